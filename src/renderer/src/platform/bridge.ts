// What the renderer needs from its host. The Electron platform answers through
// the preload's narrow bridge; the web platform uses what a browser page can
// do on its own (a file input, a download). Both satisfy this one type.
import type { MenuCommand, OpenedFile, PdfRequest, Result } from '@shared/ipc-contract'

export interface SaveRequest {
  defaultName: string
  /** Text is saved as UTF-8; bytes exactly as they are (an original file). */
  content: string | Uint8Array
  mimeType: string
  filters: { name: string; extensions: string[] }[]
}

export interface Platform {
  kind: 'electron' | 'web'
  /** Lets the user pick .txt/.md/.html files; an empty list when cancelled. */
  openDocuments(): Promise<Result<OpenedFile[]>>
  /** Lets the user pick one .json/.jsonld file (a workspace or W3C annotations); empty when cancelled. */
  openDataFile(): Promise<Result<OpenedFile[]>>
  /** Saves what the user chose to export (text or bytes); `null` when cancelled. */
  saveFile(request: SaveRequest): Promise<Result<{ path: string } | null>>
  openExternal(url: string): Promise<Result<null>>
  /**
   * Prints a briefing's HTML to a PDF file. The desktop app renders it in a
   * hidden sandboxed window; a web page cannot, so it returns null and the
   * caller falls back to the print route and the browser's own print.
   */
  savePdf: ((request: PdfRequest) => Promise<Result<{ path: string } | null>>) | null
  onMenuCommand(listener: (command: MenuCommand) => void): () => void
}
