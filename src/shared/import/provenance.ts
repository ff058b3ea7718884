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
