// The zod schemas the main process checks IPC arguments against, one per
// argument type of ipc-contract.ts.
import { z } from 'zod'
import type { PdfRequest, SaveFileRequest } from './ipc-contract'

/** The most an export or a saved original may hold, text or bytes. */
const maxSaveBytes = 200 * 1024 * 1024

export const saveFileRequestSchema = z.object({
  defaultName: z
    .string()
    .min(1)
    .max(200)
    .refine((n) => !/[\\/]/.test(n), 'must be a file name, not a path'),
  content: z.union(
    [
      z.string().max(maxSaveBytes),
      z
        .instanceof(Uint8Array)
        .refine((b) => b.byteLength <= maxSaveBytes, `must be at most ${maxSaveBytes / 1024 / 1024} MB`),
    ],
    { error: 'must be text or bytes (a Uint8Array)' },
  ),
  filters: z
    .array(
      z.object({
        name: z.string().min(1).max(100),
        extensions: z.array(z.string().regex(/^[a-z0-9]+$/i)).min(1),
      }),
    )
    .max(10),
}) satisfies z.ZodType<SaveFileRequest>

/** Only web links leave the app, and only to the system browser. */
export const externalUrlSchema = z
  .string()
  .max(4096)
  .refine((u) => {
    try {
      const { protocol } = new URL(u)
      return protocol === 'https:' || protocol === 'http:'
    } catch {
      return false
    }
  }, 'only http and https links can be opened')

export const pdfRequestSchema = z.object({
  html: z
    .string()
    .min(1)
    .max(100 * 1024 * 1024)
    // Briefings are static documents: a script in one is refused, never printed.
    .refine((h) => !/<script\b/i.test(h), 'the document must not contain scripts'),
  pageSize: z.enum(['A4', 'Letter']),
  defaultName: saveFileRequestSchema.shape.defaultName,
}) satisfies z.ZodType<PdfRequest>
