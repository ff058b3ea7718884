// The search worker's logic as a plain function of messages, so it can be
// tested without a browser: search.worker.ts only wires it to `self`.
//
// A build is worked through in slices of a few tens of milliseconds; between
// slices the worker reads its messages, so queries are answered (from the
// previous index) and a cancel takes effect while a large case is indexed.
// Only the latest of several waiting queries runs: while the analyst types,
// the ones typed over are answered "superseded".
import { SearchEngine, type EngineBuild } from '@shared/search/engine'
import type { SearchEvent, SearchRequest } from '@shared/search/protocol'
import type { InputRef, SearchInput } from '@shared/search/types'

export interface HandlerOptions {
  /** How long the worker works on a build before reading its messages again. Default 25 ms. */
  sliceMs?: number
  now?: () => number
  /** Lets queued messages run. Default: a zero timeout. */
  pause?: () => Promise<void>
}

type Change = { type: 'upsert'; inputs: SearchInput[] } | { type: 'remove'; refs: InputRef[] }

interface Build {
  id: number
  engineBuild: EngineBuild
  batches: SearchInput[][]
  /** Position in the first batch. */
  at: number
  ended: boolean
  total: number | null
  startedAt: number
  longestSliceMs: number
  /** Changes saved while the build ran: applied to the old index at once and to the new one when it is ready. */
  changes: Change[]
}

export function createSearchHandler(
  post: (event: SearchEvent) => void,
  options: HandlerOptions = {},
): (request: SearchRequest) => void {
  const sliceMs = options.sliceMs ?? 25
  const now = options.now ?? (() => performance.now())
  const pause = options.pause ?? (() => new Promise<void>((resolve) => setTimeout(resolve, 0)))
  const engine = new SearchEngine()
  let build: Build | null = null
  let working = false
  let waitingQuery: Extract<SearchRequest, { type: 'query' }> | null = null

  const fail = (error: unknown, ids: { queryId?: number; buildId?: number } = {}) =>
    post({ type: 'error', message: error instanceof Error ? error.message : String(error), ...ids })

  function apply(change: Change): void {
    if (change.type === 'upsert') engine.upsert(change.inputs)
    else engine.remove(change.refs)
  }

  /** Works through the current build slice by slice, until it is finished, cancelled or waits for batches. */
  async function work(): Promise<void> {
    if (working) return
    working = true
    try {
      while (build && build.batches.length > 0) {
        const current = build
        const start = now()
        try {
          // One row at a time: a document of a few megabytes takes long enough on its own.
          while (current.batches.length > 0 && now() - start < sliceMs) {
            const batch = current.batches[0]!
            current.engineBuild.add([batch[current.at++]!])
            if (current.at === batch.length) {
              current.batches.shift()
              current.at = 0
            }
          }
        } catch (error) {
          build = null
          fail(error, { buildId: current.id })
          return
        }
        current.longestSliceMs = Math.max(current.longestSliceMs, now() - start)
        post({
          type: 'build-progress',
          buildId: current.id,
          done: current.engineBuild.size,
          total: current.total,
        })
        await pause()
      }
      if (build && build.ended) finish(build)
    } finally {
      working = false
    }
  }

  function finish(done: Build): void {
    const start = now()
    try {
      done.engineBuild.finish()
      for (const change of done.changes) apply(change)
    } catch (error) {
      fail(error, { buildId: done.id })
      return
    } finally {
      build = null
    }
    const longestSliceMs = Math.max(done.longestSliceMs, now() - start)
    post({
      type: 'build-done',
      buildId: done.id,
      records: engine.size,
      ms: now() - done.startedAt,
      longestSliceMs,
    })
  }

  function cancel(): void {
    if (!build) return
    const id = build.id
    build = null
    post({ type: 'build-cancelled', buildId: id })
  }

  async function answer(): Promise<void> {
    await pause()
    const request = waitingQuery
    waitingQuery = null
    if (!request) return
    const start = now()
    try {
      const results = engine.search(request.query)
      post({
        type: 'results',
        queryId: request.queryId,
        results,
        ms: now() - start,
        indexing: build !== null,
      })
    } catch (error) {
      fail(error, { queryId: request.queryId })
    }
  }

  return (request) => {
    switch (request.type) {
      case 'build-start':
        cancel()
        build = {
          id: request.buildId,
          engineBuild: engine.beginBuild(),
          batches: [],
          at: 0,
          ended: false,
          total: request.total,
          startedAt: now(),
          longestSliceMs: 0,
          changes: [],
        }
        return
      case 'build-batch':
        if (build?.id !== request.buildId) return
        if (request.inputs.length > 0) build.batches.push(request.inputs)
        void work()
        return
      case 'build-end':
        if (build?.id !== request.buildId) return
        build.ended = true
        void work()
        return
      case 'build-cancel':
        if (build?.id === request.buildId) cancel()
        return
      case 'upsert':
      case 'remove':
        try {
          apply(request)
          build?.changes.push(request)
        } catch (error) {
          fail(error)
        }
        return
      case 'query':
        if (waitingQuery) post({ type: 'superseded', queryId: waitingQuery.queryId })
        else void answer()
        waitingQuery = request
        return
    }
  }
}
