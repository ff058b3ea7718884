// Documents: the canonical text every selector points into, and the editable
// metadata around it. The text is one string with one block (paragraph or
// heading) per line; it never changes once annotated.
import { z } from 'zod'
import type { CaseId, DocumentId } from './ids'

/**
 * What a block of text was in its source: a paragraph, a heading, a list item,
 * a block quote, a figure or table caption, a table cell, or a line of
 * preformatted text. Every kind is still one line of the canonical text.
 */
export const blockKinds = [
  'p',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'li',
  'quote',
  'caption',
  'cell',
  'pre',
] as const
export type BlockKind = (typeof blockKinds)[number]

export function isHeading(kind: BlockKind): kind is 'h1' | 'h2' | 'h3' | 'h4' | 'h5' | 'h6' {
  return /^h[1-6]$/.test(kind)
}

const isoDate = z
  .string()
  .trim()
  .refine((s) => s === '' || (/^\d{4}-\d{2}-\d{2}$/.test(s) && !Number.isNaN(Date.parse(s))), {
    message: 'Use a date as YYYY-MM-DD, or leave it empty',
  })

export const documentMetaSchema = z.object({
  title: z.string().trim().min(1, 'A title is required').max(300, 'Keep the title under 300 characters'),
  outlet: z.string().trim().max(200),
  author: z.string().trim().max(200),
  url: z
    .string()
    .trim()
    .max(2048)
    .refine((s) => {
      if (s === '') return true
      try {
        const { protocol } = new URL(s)
        return protocol === 'http:' || protocol === 'https:'
      } catch {
        return false
      }
    }, 'Use a full http:// or https:// address, or leave it empty'),
  published: isoDate,
  retrieved: isoDate,
})
export type DocumentMeta = z.infer<typeof documentMetaSchema>

export interface DocumentRecord extends DocumentMeta {
  id: DocumentId
  /** The case the document belongs to; its annotations and claims go with it. */
  caseId: CaseId
  text: string
  /** One entry per line of `text`. */
  blocks: BlockKind[]
  /**
   * The printed page each block starts on, parallel to `blocks`, for documents
   * that have pages (a PDF); null for a block whose page is unknown. Absent for
   * documents without pages. Citations then read "p. 3, ¶ 2" instead of "¶ 7".
   */
  blockPages?: (number | null)[]
  /** The base direction of the text, from the source's dir/lang or the majority of its letters. */
  dir?: 'ltr' | 'rtl'
  /** The language the source declared (BCP 47), or absent. */
  lang?: string
  /** Where the text came from: the original file, kept byte for byte (see OriginalRecord). Absent for pasted text. */
  original?: DocumentOriginal
  /** Hex SHA-256 of `text`: the W3C target source is `urn:sha256:<hash>`. */
  textHash: string
  wordCount: number
  created: string
  modified: string
}

/** Provenance of an imported document: which file, exactly, and what read it. */
export interface DocumentOriginal {
  name: string
  size: number
  /** Media type, e.g. "application/pdf". */
  type: string
  /** Hex SHA-256 of the original bytes; also the key of the stored original. */
  sha256: string
  /** When it was imported (ISO date and time). */
  importedAt: string
  /** The extractor and its version, e.g. "pdf.js 5.6.205; rules 1". */
  extractor: string
}

export const emptyMeta: DocumentMeta = {
  title: '',
  outlet: '',
  author: '',
  url: '',
  published: '',
  retrieved: '',
}

/** A block of imported text before it becomes a document. */
export interface TextBlock {
  kind: BlockKind
  text: string
}

/**
 * Joins blocks into canonical text: whitespace inside a block collapsed to
 * single spaces (line breaks included), empty blocks dropped, one "\n" between
 * blocks. Text that is already canonical comes back unchanged, byte for byte.
 */
export function canonicalise(blocks: readonly TextBlock[]): { text: string; blocks: BlockKind[] } {
  const kept = blocks
    .map((b) => ({
      kind: b.kind,
      text: b.text.replace(/[\s\u00a0]+/gu, (ws) => (ws === '\u00a0' ? ws : ' ')).trim(),
    }))
    .filter((b) => b.text !== '')
  return { text: kept.map((b) => b.text).join('\n'), blocks: kept.map((b) => b.kind) }
}

/** Plain text: one paragraph per non-empty line (a BOM and CRLF are tolerated). */
export function blocksFromPlainText(raw: string): TextBlock[] {
  return raw
    .replace(/^\uFEFF/, '')
    .split(/\r\n|\r|\n/)
    .map((text) => ({ kind: 'p' as const, text }))
}

export function lines(text: string): string[] {
  return text.split('\n')
}

/** Start offset of every line of `text`. */
export function lineStarts(text: string): number[] {
  const starts = [0]
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1)
  return starts
}

/** A title from the first block, for imports that carry none. */
export function fallbackTitle(text: string, fileName?: string): string {
  if (fileName)
    return (
      fileName
        .replace(/\.[^.]+$/, '')
        .replace(/[-_]+/g, ' ')
        .trim() || 'Untitled document'
    )
  const first = text.split('\n', 1)[0] ?? ''
  const words = first.split(' ').slice(0, 12).join(' ')
  return words.length < first.length ? `${words}…` : words || 'Untitled document'
}
