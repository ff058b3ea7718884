// The import worker's message contract and its server side. The client sends
// a file's name and bytes; the worker answers with progress, then the
// extracted document or a typed error. A request can be cancelled at any
// time; requests run one at a time in the order they came, so a batch of 50
// files never holds 50 parsed documents at once.
import {
  ImportError,
  isImportError,
  type ExtractedDocument,
  type ImportErrorCode,
} from '@shared/import/extracted'
import { extractFile, type ExtractDeps } from '../features/import/extract/extract-file'
import type { Progress } from '../features/import/extract/pdf-extract'

export type ImportRequest =
  | { type: 'extract'; id: number; name: string; bytes: Uint8Array }
  | { type: 'cancel'; id: number }
  /** Runs the HTML path once and loads pdf.js ahead of the first file (mammoth still loads when first needed). */
  | { type: 'warm' }

export type ImportResponse =
  | { type: 'progress'; id: number; progress: Progress }
  | { type: 'done'; id: number; document: ExtractedDocument }
  | { type: 'failed'; id: number; error: { code: ImportErrorCode; message: string } }

export type { Progress }

/** What a worker global scope or a MessagePort offers. */
export interface Endpoint {
  postMessage(message: unknown): void
  addEventListener(type: 'message', listener: (event: MessageEvent) => void): void
}

/** Serves extraction requests on `endpoint` (the worker's own scope, or a port in tests). */
export function serveImports(endpoint: Endpoint, deps: ExtractDeps): void {
  const queue: Extract<ImportRequest, { type: 'extract' }>[] = []
  const controllers = new Map<number, AbortController>()
  let running = false
  const reply = (message: ImportResponse) => endpoint.postMessage(message)

  const next = async () => {
    if (running) return
    const job = queue.shift()
    if (!job) return
    running = true
    const controller = controllers.get(job.id) ?? new AbortController()
    try {
      reply({ type: 'progress', id: job.id, progress: { stage: 'Reading', done: 0, total: 1 } })
      const document = await extractFile(job.name, job.bytes, deps, {
        signal: controller.signal,
        onProgress: (progress) => reply({ type: 'progress', id: job.id, progress }),
      })
      if (controller.signal.aborted) throw new ImportError('cancelled', 'The import was cancelled.')
      reply({ type: 'done', id: job.id, document })
    } catch (e) {
      const error = isImportError(e)
        ? { code: e.code, message: e.message }
        : { code: 'failed' as const, message: `${job.name} could not be read: ${(e as Error).message}` }
      reply({ type: 'failed', id: job.id, error })
    } finally {
      controllers.delete(job.id)
      running = false
      void next()
    }
  }

  endpoint.addEventListener('message', (event: MessageEvent) => {
    const msg = event.data as ImportRequest
    if (msg.type === 'extract') {
      controllers.set(msg.id, new AbortController())
      queue.push(msg)
      void next()
    } else if (msg.type === 'warm') {
      // A tiny page through the whole HTML path compiles it before a real one comes; then pdf.js loads.
      void extractFile('warm.html', new TextEncoder().encode('<p>Warm.</p>'), deps)
        .catch(() => undefined)
        .then(() => deps.loadPdf())
        .catch(() => undefined)
    } else if (msg.type === 'cancel') {
      const waiting = queue.findIndex((j) => j.id === msg.id)
      if (waiting !== -1) {
        queue.splice(waiting, 1)
        controllers.delete(msg.id)
        reply({
          type: 'failed',
          id: msg.id,
          error: { code: 'cancelled', message: 'The import was cancelled.' },
        })
      } else controllers.get(msg.id)?.abort()
    }
  })
}
