// Provenance of an import: the original file's SHA-256 (Web Crypto, the same
// in the browser, a worker and Node 20) and its media type.
import type { ImportFormat } from './extracted'

export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  // A copy when the view is partial or shared, since digest takes the whole buffer behind a view in some engines.
  const data = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? bytes : bytes.slice()
  const digest = await crypto.subtle.digest('SHA-256', data as Uint8Array<ArrayBuffer>)
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('')
}

export const mediaTypes: Record<ImportFormat, string> = {
  html: 'text/html',
  mhtml: 'multipart/related',
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  txt: 'text/plain',
  md: 'text/markdown',
}

const kindLabels: Record<string, string> = {
  [mediaTypes.html]: 'Web page',
  [mediaTypes.mhtml]: 'Web page archive (MHTML)',
  [mediaTypes.pdf]: 'PDF',
  [mediaTypes.docx]: 'Word document',
  [mediaTypes.txt]: 'Plain text',
  [mediaTypes.md]: 'Markdown',
}

/** What kind of file a media type is, in words ("PDF", "Web page"); the type itself when unknown. */
export function fileKindLabel(type: string): string {
  return kindLabels[type] ?? type
}

/** A file size for people, exact in bytes after it: "48.2 KB (49,321 bytes)". */
export function fileSizeText(bytes: number): string {
  const exact = `${bytes.toLocaleString('en')} ${bytes === 1 ? 'byte' : 'bytes'}`
  if (bytes < 1024) return exact
  const [value, unit] = bytes < 1024 * 1024 ? [bytes / 1024, 'KB'] : [bytes / 1024 / 1024, 'MB']
  return `${value.toFixed(1)} ${unit} (${exact})`
}

/**
 * A name a save dialog can offer for a stored original: the file name as it
 * came, but never a path (a case file from elsewhere may carry any text here)
 * and short enough for every file system.
 */
export function saveableName(name: string, fallback = 'original'): string {
  // Control characters dropped (a name is shown and written, never interpreted).
  const base = [...(name.split(/[\\/]/).pop() ?? '')]
    .filter((c) => c.charCodeAt(0) >= 0x20 && c !== '\u007f')
    .join('')
    .trim()
  const safe = base === '' || base === '.' || base === '..' ? fallback : base
  if (safe.length <= 200) return safe
  const ext = /\.[a-z0-9]{1,8}$/i.exec(safe)?.[0] ?? ''
  return safe.slice(0, 200 - ext.length) + ext
}
