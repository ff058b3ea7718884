// Every IPC channel between the renderer and the main process, with its
// argument and result types. Main handlers, the preload and the renderer's
// Electron platform are all typed from this one file. Handlers validate their
// arguments with the zod schemas below and answer with a Result instead of
// throwing across the process boundary.
import { z } from 'zod'

export type Result<T> = { ok: true; value: T } | { ok: false; error: string }

/** A text file the user picked in a native dialog, read by the main process. */
export interface OpenedFile {
  name: string
  content: string
}

export const saveFileRequestSchema = z.object({
  defaultName: z
    .string()
    .min(1)
    .max(200)
    .refine((n) => !/[\\/]/.test(n), 'must be a file name, not a path'),
  content: z.string().max(200 * 1024 * 1024),
  filters: z
    .array(z.object({ name: z.string().min(1).max(100), extensions: z.array(z.string().regex(/^[a-z0-9]+$/i)).min(1) }))
    .max(10),
})
export type SaveFileRequest = z.infer<typeof saveFileRequestSchema>

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

export interface IpcContract {
  /** Native open dialog for .txt/.md/.html; an empty list when cancelled. */
  'dialog:open-documents': { args: []; result: Result<OpenedFile[]> }
  /** Native save dialog; `null` when cancelled, else the chosen path. */
  'dialog:save-file': { args: [SaveFileRequest]; result: Result<{ path: string } | null> }
  'shell:open-external': { args: [url: string]; result: Result<null> }
}
export type IpcChannel = keyof IpcContract

/** Commands the native menu sends to the focused window's renderer. */
export const menuCommands = ['open-document', 'import-text', 'export-annotations', 'undo', 'redo'] as const
export type MenuCommand = (typeof menuCommands)[number]
export const menuCommandChannel = 'menu:command'

/** What the preload exposes as `window.workbench`. */
export interface WorkbenchBridge {
  openDocuments(): Promise<IpcContract['dialog:open-documents']['result']>
  saveFile(request: SaveFileRequest): Promise<IpcContract['dialog:save-file']['result']>
  openExternal(url: string): Promise<IpcContract['shell:open-external']['result']>
  /** Subscribe to menu commands; returns the unsubscribe function. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void
}

/** Files larger than this are refused rather than read into memory. */
export const maxOpenFileBytes = 20 * 1024 * 1024
export const openableExtensions = ['txt', 'md', 'markdown', 'html', 'htm'] as const
