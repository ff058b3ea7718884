// Every IPC channel between the renderer and the main process, with its
// argument and result types. Main handlers, the preload and the renderer's
// Electron platform are all typed from this one file. Handlers validate their
// arguments with the zod schemas in ipc-schemas.ts (kept apart so the preload
// bundle stays free of zod) and answer with a Result instead of throwing
// across the process boundary.
export type Result<T> = { ok: true; value: T } | { ok: false; error: string }

/**
 * A file the user picked, as its raw bytes: the renderer decodes text with the
 * one shared decoder (src/shared/import/decode.ts) and hands binary formats
 * (PDF, Word) to their readers, so both hosts treat a file the same way.
 */
export interface OpenedFile {
  name: string
  bytes: Uint8Array
}

export interface SaveFileRequest {
  /** A file name only, never a path. */
  defaultName: string
  /** Text is written as UTF-8; bytes (an original file, say) are written exactly as they are. */
  content: string | Uint8Array
  filters: { name: string; extensions: string[] }[]
}

/** A briefing to print: a complete HTML document (no scripts) and where to save it. */
export interface PdfRequest {
  html: string
  pageSize: 'A4' | 'Letter'
  defaultName: string
}

export interface IpcContract {
  /** Native open dialog for documents (text, Markdown, web pages, PDF, Word); an empty list when cancelled. */
  'dialog:open-documents': { args: []; result: Result<OpenedFile[]> }
  /** Native open dialog for one workspace or annotation file (.json/.jsonld); an empty list when cancelled. */
  'dialog:open-data': { args: []; result: Result<OpenedFile[]> }
  /** Native save dialog; `null` when cancelled, else the chosen path. */
  'dialog:save-file': { args: [SaveFileRequest]; result: Result<{ path: string } | null> }
  'shell:open-external': { args: [url: string]; result: Result<null> }
  /** Renders the HTML in a hidden sandboxed window, prints it to PDF, asks where to save it; `null` when cancelled. */
  'briefing:save-pdf': { args: [PdfRequest]; result: Result<{ path: string } | null> }
}
export type IpcChannel = keyof IpcContract

/** Commands the native menu sends to the focused window's renderer. */
export const menuCommands = [
  'open-document',
  'import-text',
  'import-annotations',
  'export-annotations',
  'undo',
  'redo',
  'search',
  'find',
] as const
export type MenuCommand = (typeof menuCommands)[number]
export const menuCommandChannel = 'menu:command'

/** What the preload exposes as `window.workbench`. */
export interface WorkbenchBridge {
  openDocuments(): Promise<IpcContract['dialog:open-documents']['result']>
  openDataFile(): Promise<IpcContract['dialog:open-data']['result']>
  saveFile(request: SaveFileRequest): Promise<IpcContract['dialog:save-file']['result']>
  openExternal(url: string): Promise<IpcContract['shell:open-external']['result']>
  savePdf(request: PdfRequest): Promise<IpcContract['briefing:save-pdf']['result']>
  /** Subscribe to menu commands; returns the unsubscribe function. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void
}

/** Documents larger than this are refused rather than read into memory. */
export const maxOpenFileBytes = 100 * 1024 * 1024
/** Workspace and case files: a desk's case of 100,000 claims with its originals fits well within this. */
export const maxDataFileBytes = 1024 * 1024 * 1024
export const openableExtensions = [
  'txt',
  'md',
  'markdown',
  'html',
  'htm',
  'mhtml',
  'mht',
  'pdf',
  'docx',
] as const
export const dataExtensions = ['json', 'jsonld'] as const
