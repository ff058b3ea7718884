// The main thread's side of the import worker: one call per file, a promise
// for its ExtractedDocument (or an ImportError), progress on the way and
// cancellation through an AbortSignal. The worker starts on first use.
import { ImportError, type ExtractedDocument } from '@shared/import/extracted'
import type { ImportRequest, ImportResponse, Progress } from './import-protocol'

export interface ExtractOptions {
  onProgress?: (progress: Progress) => void
  signal?: AbortSignal
  /**
   * Hand the bytes' buffer to the worker instead of copying it (the caller's
   * array becomes empty). Leave off when the original is kept for provenance.
   */
  transfer?: boolean
}

export interface ImportClient {
  /** Starts the worker ahead of use (e.g. when the import dialog opens), so the first file does not wait for it. */
  warm(): void
  extract(name: string, bytes: Uint8Array, options?: ExtractOptions): Promise<ExtractedDocument>
  /** Stops the worker; pending extractions fail with 'cancelled'. */
  dispose(): void
}

/** A Worker, or anything that talks like one (a MessagePort in tests). */
export interface WorkerLike {
  postMessage(message: unknown, transfer?: Transferable[]): void
  addEventListener(type: 'message' | 'error', listener: (event: Event) => void): void
  terminate?: () => void
}

const createImportWorker = (): WorkerLike =>
  new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module', name: 'import' })

export function createImportClient(create: () => WorkerLike = createImportWorker): ImportClient {
  let worker: WorkerLike | null = null
  let nextId = 1
  const pending = new Map<
    number,
    {
      resolve: (d: ExtractedDocument) => void
      reject: (e: ImportError) => void
      onProgress?: (p: Progress) => void
    }
  >()

  const start = (): WorkerLike => {
    if (worker) return worker
    const w = create()
    w.addEventListener('message', (event) => {
      const msg = (event as MessageEvent).data as ImportResponse
      const job = pending.get(msg.id)
      if (!job) return
      if (msg.type === 'progress') job.onProgress?.(msg.progress)
      else {
        pending.delete(msg.id)
        if (msg.type === 'done') job.resolve(msg.document)
        else job.reject(new ImportError(msg.error.code, msg.error.message))
      }
    })
    // A worker that fails to load or crashes fails what it had; the next call starts a new one.
    w.addEventListener('error', (e) => {
      const event = e as ErrorEvent
      event.preventDefault()
      if (worker === w) worker = null
      w.terminate?.()
      const reason = event.message || 'it could not start'
      for (const [id, job] of pending) {
        pending.delete(id)
        job.reject(new ImportError('failed', `The import stopped: ${reason}.`))
      }
    })
    worker = w
    return w
  }

  return {
    warm() {
      start().postMessage({ type: 'warm' } satisfies ImportRequest)
    },
    extract(name, bytes, { onProgress, signal, transfer } = {}) {
      if (signal?.aborted) return Promise.reject(new ImportError('cancelled', 'The import was cancelled.'))
      const w = start()
      const id = nextId++
      return new Promise<ExtractedDocument>((resolve, reject) => {
        pending.set(id, { resolve, reject, onProgress })
        signal?.addEventListener(
          'abort',
          () => w.postMessage({ type: 'cancel', id } satisfies ImportRequest),
          { once: true },
        )
        const request: ImportRequest = { type: 'extract', id, name, bytes }
        w.postMessage(request, transfer ? [bytes.buffer] : [])
      })
    },
    dispose() {
      worker?.terminate?.()
      worker = null
      for (const [id, job] of pending) {
        pending.delete(id)
        job.reject(new ImportError('cancelled', 'The import was cancelled.'))
      }
    },
  }
}
