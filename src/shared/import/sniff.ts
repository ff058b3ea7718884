// Which importer reads a file, from its name and its first bytes, and how its
// bytes become text: a byte-order mark wins, then a charset the file declares
// (an HTML <meta charset>), then UTF-8. Undecodable bytes become U+FFFD rather
// than failing, and a warning says so.
import { ImportError, type ImportFormat } from './extracted'

const ascii = (bytes: Uint8Array, from = 0, to = bytes.length) =>
  String.fromCharCode(...bytes.subarray(from, Math.min(to, from + 4096)))

const startsWith = (bytes: Uint8Array, sig: number[]) => sig.every((b, i) => bytes[i] === b)

export function extensionOf(name: string): string {
  const m = /\.([^./\\]+)$/.exec(name)
  return m ? m[1]!.toLowerCase() : ''
}

/** The format of a file, or an ImportError('unsupported-format') naming what it is when we can tell. */
export function sniffFormat(name: string, bytes: Uint8Array): ImportFormat {
  const ext = extensionOf(name)
  const head = ascii(bytes, 0, 1024)
  if (head.includes('%PDF-')) return 'pdf'
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
    if (ext === 'docx' || ascii(bytes, 0, 2048).includes('word/')) return 'docx'
    throw new ImportError('unsupported-format', `${name} is a ZIP archive, not a Word document (.docx).`)
  }
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0]))
    throw new ImportError(
      'unsupported-format',
      `${name} is an old-style Word or Office file. Save it as .docx or PDF and import that.`,
    )
  if (
    ext === 'mhtml' ||
    ext === 'mht' ||
    /^(?:[\w-]+:[^\n]*\r?\n)*?content-type:\s*multipart\/related/im.test(head)
  )
    return 'mhtml'
  if (ext === 'html' || ext === 'htm' || ext === 'xhtml') return 'html'
  if (ext === 'md' || ext === 'markdown') return 'md'
  if (ext === 'txt' || ext === 'text') return 'txt'
  if (
    /^\s*(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html[\s>])/i.test(
      decodeText(bytes.subarray(0, 1024)).text,
    )
  )
    return 'html'
  if (!ext && !bytes.subarray(0, 1024).includes(0)) return 'txt'
  throw new ImportError(
    'unsupported-format',
    `${name} is not a format the workbench reads. Import web pages (.html, .mhtml), PDF, Word (.docx), text or Markdown.`,
  )
}

/** The charset an HTML page declares in its first 1024 bytes, if any. */
export function declaredHtmlCharset(bytes: Uint8Array): string | undefined {
  const head = ascii(bytes, 0, 1024)
  const m =
    /<meta[^>]+charset\s*=\s*["']?\s*([\w:.-]+)/i.exec(head) ??
    /<meta[^>]+content\s*=\s*["'][^"']*charset\s*=\s*([\w:.-]+)/i.exec(head)
  return m?.[1]
}

export interface DecodedText {
  text: string
  /** The encoding actually used. */
  encoding: string
  /** True when some bytes were not valid in that encoding. */
  replaced: boolean
}

/** Bytes to text: BOM, then `charset` when the platform knows it, then UTF-8. */
export function decodeText(bytes: Uint8Array, charset?: string): DecodedText {
  let label = 'utf-8'
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) label = 'utf-8'
  else if (startsWith(bytes, [0xff, 0xfe])) label = 'utf-16le'
  else if (startsWith(bytes, [0xfe, 0xff])) label = 'utf-16be'
  else if (charset) label = charset
  let decoder: InstanceType<typeof TextDecoder>
  try {
    decoder = new TextDecoder(label)
  } catch {
    decoder = new TextDecoder('utf-8') // a label the platform does not know
  }
  const text = decoder.decode(bytes) // strips a BOM of its own encoding
  return { text, encoding: decoder.encoding, replaced: text.includes('\uFFFD') }
}
