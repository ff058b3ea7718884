// The renderer's side of the suggestion worker: start a job with the
// document, get batches as they come, cancel it, or start another (which
// cancels the one before). The panel upserts batches by suggestion id.
import type { SuggestBatch, SuggestInput } from '@shared/analysis/suggest'
import type { SuggestRequest, SuggestResponse } from './suggest-protocol'

export interface SuggestWorkerLike {
  postMessage(message: SuggestRequest): void
  addEventListener(type: 'message', listener: (event: MessageEvent<SuggestResponse>) => void): void
  terminate?(): void
}

export type SuggestOutcome =
  | { status: 'done'; count: number; ms: number }
  | { status: 'cancelled' }
  | { status: 'error'; message: string }

export interface SuggestJob {
  /** Settles when the job has finished, was cancelled (also by a newer job) or failed. */
  result: Promise<SuggestOutcome>
  cancel(): void
}

export interface SuggestClient {
  suggest(
    input: SuggestInput,
    onBatch: (batch: SuggestBatch) => void,
    options?: { chunkChars?: number },
  ): SuggestJob
  /** Stops the worker; pending jobs settle as cancelled. */
  dispose(): void
}

export function createSuggestWorker(): SuggestWorkerLike {
  return new Worker(new URL('./suggest.worker.ts', import.meta.url), { type: 'module', name: 'suggestions' })
}

export function createSuggestClient(worker: SuggestWorkerLike = createSuggestWorker()): SuggestClient {
  let nextJob = 1
  const jobs = new Map<
    number,
    { onBatch: (batch: SuggestBatch) => void; settle: (o: SuggestOutcome) => void }
  >()
  const finish = (job: number, outcome: SuggestOutcome) => {
    jobs.get(job)?.settle(outcome)
    jobs.delete(job)
  }

  worker.addEventListener('message', ({ data }) => {
    const job = jobs.get(data.job)
    if (!job) return
    if (data.type === 'batch')
      job.onBatch({ suggestions: data.suggestions, done: data.done, total: data.total })
    else if (data.type === 'done') finish(data.job, { status: 'done', count: data.count, ms: data.ms })
    else if (data.type === 'cancelled') finish(data.job, { status: 'cancelled' })
    else finish(data.job, { status: 'error', message: data.message })
  })

  return {
    suggest(input, onBatch, options = {}) {
      // One job at a time: the newer document wins.
      for (const id of [...jobs.keys()]) {
        worker.postMessage({ type: 'cancel', job: id })
        finish(id, { status: 'cancelled' })
      }
      const job = nextJob++
      const result = new Promise<SuggestOutcome>((settle) => jobs.set(job, { onBatch, settle }))
      worker.postMessage({ type: 'suggest', job, input, chunkChars: options.chunkChars })
      return {
        result,
        cancel: () => {
          if (!jobs.has(job)) return
          worker.postMessage({ type: 'cancel', job })
          finish(job, { status: 'cancelled' })
        },
      }
    },
    dispose() {
      for (const id of [...jobs.keys()]) finish(id, { status: 'cancelled' })
      worker.terminate?.()
    },
  }
}
