// The main thread's side of the anchoring worker: one promise per job, progress
// through a callback, cancellation through an AbortSignal (the promise then
// rejects with an AbortError at once and the worker stops at its next chunk).
import type { AnchorResult, TextSelectors } from '@shared/anchoring'
import { writesOf, type PreviewItem } from '@shared/import/import-plan'
import type { TargetDocument } from '@shared/import/import-targets'
import type {
  AnchorRequest,
  AnchorResponse,
  CandidatesResult,
  PlanRequest,
  PlanResult,
  ReadAndRankResult,
  ResultOf,
} from './anchor-messages'

/** What the client needs of a Worker (a real one, or an in-process one in tests). */
export interface AnchorWorkerLike {
  postMessage(message: AnchorRequest): void
  onmessage: ((event: MessageEvent<AnchorResponse>) => void) | null
  onerror: ((event: ErrorEvent) => void) | null
  terminate(): void
}

export interface JobOptions {
  onProgress?: (done: number, total: number) => void
  signal?: AbortSignal
}

export interface AnchorClient {
  /** Read an annotation file and rank the documents it could go onto, best first. */
  readAndRank(fileText: string, documents: TargetDocument[], options?: JobOptions): Promise<ReadAndRankResult>
  /** Plan the file's import onto one document: the preview and the records to write on confirm. */
  plan(request: Omit<PlanRequest, 'type' | 'id'>, options?: JobOptions): Promise<PlanResult>
  /** Candidate passages in `text` for each orphan, keyed as given. */
  candidates(
    text: string,
    orphans: Array<{ key: string; selectors: TextSelectors }>,
    n: number,
    options?: JobOptions,
  ): Promise<CandidatesResult>
  /** Anchor every annotation of one text (for a document too large to anchor on the main thread). */
  anchorAll(text: string, selectors: TextSelectors[], options?: JobOptions): Promise<AnchorResult[]>
  /** Stop the worker; pending jobs reject. */
  dispose(): void
}

/** The app's worker, bundled by Vite from anchor.worker.ts. */
export function startAnchorWorker(): AnchorWorkerLike {
  return new Worker(new URL('./anchor.worker.ts', import.meta.url), { type: 'module' }) as AnchorWorkerLike
}

interface Pending {
  resolve: (value: never) => void
  reject: (error: unknown) => void
  onProgress?: (done: number, total: number) => void
  /** Preview items sent ahead of a plan's result. */
  parts: PreviewItem[]
}

const aborted = () => new DOMException('The job was cancelled.', 'AbortError')

export function createAnchorClient(worker: AnchorWorkerLike = startAnchorWorker()): AnchorClient {
  const pending = new Map<number, Pending>()
  let nextId = 1

  worker.onmessage = ({ data }) => {
    const job = pending.get(data.id)
    if (!job) return // cancelled here already, or finished
    if (data.type === 'progress') return job.onProgress?.(data.done, data.total)
    if (data.type === 'plan-part') return void job.parts.push(...data.items)
    pending.delete(data.id)
    if (data.type === 'result') job.resolve([data.result, job.parts] as never)
    else if (data.type === 'cancelled') job.reject(aborted())
    else job.reject(new Error(data.message))
  }
  worker.onerror = (event) => {
    const error = new Error(`The anchoring worker failed: ${event.message}`)
    for (const job of pending.values()) job.reject(error)
    pending.clear()
  }

  function run<K extends keyof ResultOf>(
    message: Exclude<AnchorRequest, { type: 'cancel' }> & { type: K },
    options: JobOptions = {},
  ): Promise<[ResultOf[K], PreviewItem[]]> {
    const { signal, onProgress } = options
    if (signal?.aborted) return Promise.reject(aborted())
    return new Promise<[ResultOf[K], PreviewItem[]]>((resolve, reject) => {
      pending.set(message.id, { resolve: resolve as (v: never) => void, reject, onProgress, parts: [] })
      signal?.addEventListener(
        'abort',
        () => {
          if (!pending.delete(message.id)) return
          worker.postMessage({ type: 'cancel', id: message.id })
          reject(aborted())
        },
        { once: true },
      )
      worker.postMessage(message)
    })
  }

  return {
    readAndRank: async (fileText, documents, options) =>
      (await run<'read-and-rank'>({ type: 'read-and-rank', id: nextId++, fileText, documents }, options))[0],
    async plan(request, options) {
      const [result, items] = await run<'plan'>({ type: 'plan', id: nextId++, ...request }, options)
      return result.ok ? { ok: true, plan: { ...result.plan, items, writes: writesOf(items) } } : result
    },
    candidates: async (text, orphans, n, options) =>
      (await run<'candidates'>({ type: 'candidates', id: nextId++, text, orphans, n }, options))[0],
    anchorAll: async (text, selectors, options) =>
      (await run<'anchor-all'>({ type: 'anchor-all', id: nextId++, text, selectors }, options))[0],
    dispose() {
      worker.terminate()
      for (const job of pending.values()) job.reject(aborted())
      pending.clear()
    },
  }
}
