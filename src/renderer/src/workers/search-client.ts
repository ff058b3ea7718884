// The app's side of the search worker: typed calls in place of messages.
// Build the index from the store in batches (with progress, cancellable),
// send each change as it is saved, and search as the analyst types; a search
// overtaken by a newer one resolves to null.
import type { SearchEvent, SearchRequest } from '@shared/search/protocol'
import type { InputRef, SearchInput, SearchQuery, SearchResults } from '@shared/search/types'

/** A Worker, or one end of a MessageChannel (tests connect one to the handler). */
export interface SearchPort {
  postMessage(message: SearchRequest): void
  onmessage: ((event: MessageEvent<SearchEvent>) => void) | null
}

export interface BuildProgress {
  /** Rows indexed so far, of `total` when it was given. */
  done: number
  total: number | null
}
export type BuildOutcome =
  { status: 'done'; records: number; ms: number; longestSliceMs: number } | { status: 'cancelled' }

export interface SearchAnswer {
  results: SearchResults
  /** Time the worker spent on the query. */
  ms: number
  /** An index build is under way: these results come from the index as it was. */
  indexing: boolean
}

interface PendingBuild {
  id: number
  resolve: (outcome: BuildOutcome) => void
  reject: (error: Error) => void
  onProgress?: (progress: BuildProgress) => void
}

export class SearchClient {
  private nextId = 1
  private pendingBuild: PendingBuild | null = null
  private readonly queries = new Map<
    number,
    { resolve: (answer: SearchAnswer | null) => void; reject: (error: Error) => void }
  >()

  /** Starts the search worker. */
  static start(): SearchClient {
    const worker = new Worker(new URL('./search.worker.ts', import.meta.url), {
      type: 'module',
      name: 'search',
    })
    return new SearchClient(worker, () => worker.terminate())
  }

  constructor(
    private readonly port: SearchPort,
    private readonly close: () => void = () => {},
  ) {
    port.onmessage = (event) => this.receive(event.data)
  }

  /**
   * Builds a fresh index from `batches` (read them from the store a few
   * thousand rows at a time). Queries keep being answered from the previous
   * index until this one is done. Aborting `signal`, or starting another
   * build, cancels it.
   */
  async build(
    batches: Iterable<SearchInput[]> | AsyncIterable<SearchInput[]>,
    options: { total?: number; onProgress?: (progress: BuildProgress) => void; signal?: AbortSignal } = {},
  ): Promise<BuildOutcome> {
    const id = this.nextId++
    this.pendingBuild?.resolve({ status: 'cancelled' })
    const outcome = new Promise<BuildOutcome>((resolve, reject) => {
      this.pendingBuild = { id, resolve, reject, onProgress: options.onProgress }
    })
    const { signal } = options
    const cancel = () => this.port.postMessage({ type: 'build-cancel', buildId: id })
    signal?.addEventListener('abort', cancel, { once: true })
    this.port.postMessage({ type: 'build-start', buildId: id, total: options.total ?? null })
    try {
      for await (const inputs of batches) {
        if (signal?.aborted || this.pendingBuild?.id !== id) break
        this.port.postMessage({ type: 'build-batch', buildId: id, inputs })
      }
      if (!signal?.aborted && this.pendingBuild?.id === id)
        this.port.postMessage({ type: 'build-end', buildId: id })
    } catch (error) {
      cancel()
      throw error
    }
    try {
      return await outcome
    } finally {
      signal?.removeEventListener('abort', cancel)
    }
  }

  /** Rows added or changed in the store. */
  upsert(inputs: SearchInput[]): void {
    if (inputs.length > 0) this.port.postMessage({ type: 'upsert', inputs })
  }

  /** Rows deleted from the store. */
  remove(refs: InputRef[]): void {
    if (refs.length > 0) this.port.postMessage({ type: 'remove', refs })
  }

  /** Resolves to the results, or to null when a newer search replaced this one before it ran. */
  search(query: SearchQuery): Promise<SearchAnswer | null> {
    const queryId = this.nextId++
    return new Promise((resolve, reject) => {
      this.queries.set(queryId, { resolve, reject })
      this.port.postMessage({ type: 'query', queryId, query })
    })
  }

  dispose(): void {
    this.port.onmessage = null
    this.close()
    this.pendingBuild?.resolve({ status: 'cancelled' })
    this.pendingBuild = null
    for (const q of this.queries.values()) q.resolve(null)
    this.queries.clear()
  }

  private receive(event: SearchEvent): void {
    switch (event.type) {
      case 'build-progress':
        if (this.pendingBuild?.id === event.buildId)
          this.pendingBuild.onProgress?.({ done: event.done, total: event.total })
        return
      case 'build-done':
      case 'build-cancelled': {
        if (this.pendingBuild?.id !== event.buildId) return
        const { resolve } = this.pendingBuild
        this.pendingBuild = null
        if (event.type === 'build-cancelled') resolve({ status: 'cancelled' })
        else
          resolve({
            status: 'done',
            records: event.records,
            ms: event.ms,
            longestSliceMs: event.longestSliceMs,
          })
        return
      }
      case 'results':
      case 'superseded': {
        const query = this.queries.get(event.queryId)
        this.queries.delete(event.queryId)
        if (event.type === 'superseded') query?.resolve(null)
        else query?.resolve({ results: event.results, ms: event.ms, indexing: event.indexing })
        return
      }
      case 'error': {
        const error = new Error(`Search worker: ${event.message}`)
        if (event.queryId !== undefined) {
          this.queries.get(event.queryId)?.reject(error)
          this.queries.delete(event.queryId)
        } else if (event.buildId !== undefined && this.pendingBuild?.id === event.buildId) {
          this.pendingBuild.reject(error)
          this.pendingBuild = null
        } else console.error(error)
        return
      }
    }
  }
}
