// The message contract between the renderer and the suggestion worker: one
// request starts a job, batches stream back, a job can be cancelled, and a
// new job supersedes the one before it.
import type { SuggestInput, Suggestion } from '@shared/analysis/suggest'

export type SuggestRequest =
  { type: 'suggest'; job: number; input: SuggestInput; chunkChars?: number } | { type: 'cancel'; job: number }

export type SuggestResponse =
  /** New or revised suggestions (same id replaces); `done` of `total` characters read. */
  | { type: 'batch'; job: number; suggestions: Suggestion[]; done: number; total: number }
  | { type: 'done'; job: number; count: number; ms: number }
  | { type: 'cancelled'; job: number }
  | { type: 'error'; job: number; message: string }
