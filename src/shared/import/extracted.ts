// The one result every importer returns (web page, MHTML, PDF, Word, text,
// Markdown): every candidate block of the source with a keep-or-drop decision
// and its reason, the metadata the source declares about itself, and which
// extractor made it. The import preview shows it; the analyst's choices turn
// it into the frozen document text with `chosenBlocks`.
import { fallbackTitle, type BlockKind, type DocumentMeta, type TextBlock } from '../domain/document'

export type ImportFormat = 'html' | 'mhtml' | 'pdf' | 'docx' | 'txt' | 'md'
export type TextDirection = 'ltr' | 'rtl'

/** Why a block was left out. The preview shows it beside the struck-through text. */
export type DropReason =
  | 'hidden'
  | 'navigation'
  | 'advertisement'
  | 'boilerplate'
  | 'byline'
  | 'not in article'
  | 'running header'
  | 'page number'

export interface ExtractedBlock {
  /** Canonical: one line, white space collapsed, never empty. */
  text: string
  kind: BlockKind
  /** Whether the extractor keeps it in the article. */
  kept: boolean
  /** Set when `kept` is false. */
  reason?: DropReason
  /** PDF only: the 1-based page the block starts on. */
  page?: number
  /** Only where the block's direction differs from the document's. */
  dir?: TextDirection
}

export interface ExtractedMeta {
  title: string
  outlet: string
  author: string
  /** http(s) only, else empty. */
  url: string
  /** Calendar days, YYYY-MM-DD, or empty. */
  published: string
  modified: string
  /** BCP 47 tag as declared (e.g. "ar", "en-GB"), or empty. */
  lang: string
  dir: TextDirection
  /** When the file itself says the page was saved (MHTML's Date), YYYY-MM-DD. */
  retrieved?: string
}

export interface ExtractorInfo {
  /** e.g. "html+readability", "pdf.js", "mammoth". */
  name: string
  /** The library versions and this code's own rule version, e.g. "@mozilla/readability 0.6.0; rules 1". */
  version: string
}

export interface SourceFileInfo {
  name: string
  size: number
  /** A media type, e.g. "application/pdf". */
  type: string
  /** Hex SHA-256 of the original bytes. */
  sha256: string
}

export interface ExtractedDocument {
  format: ImportFormat
  source: SourceFileInfo
  blocks: ExtractedBlock[]
  meta: ExtractedMeta
  extractor: ExtractorInfo
  /** Things the analyst should know, as sentences (e.g. "3 pages had no text"). */
  warnings: string[]
}

export type ImportErrorCode =
  | 'unsupported-format'
  | 'empty'
  | 'pdf-no-text'
  | 'pdf-password'
  | 'pdf-invalid'
  | 'docx-invalid'
  | 'mhtml-no-html'
  | 'cancelled'
  | 'failed'

/** A refusal the analyst can act on; `message` is a sentence the UI shows as it is. */
export class ImportError extends Error {
  override readonly name = 'ImportError'
  constructor(
    readonly code: ImportErrorCode,
    message: string,
  ) {
    super(message)
  }
}

export const isImportError = (e: unknown): e is ImportError =>
  e instanceof ImportError ||
  (typeof e === 'object' && e !== null && (e as { name?: unknown }).name === 'ImportError')

/**
 * The analyst's choice in the preview. `mode: 'article'` starts from the
 * extractor's decisions, `mode: 'whole-page'` from every visible block (hidden
 * ones stay out unless put back); `overrides` maps a block's index to kept or
 * not, and always wins.
 */
export interface BlockChoice {
  mode: 'article' | 'whole-page'
  overrides?: ReadonlyMap<number, boolean> | Readonly<Record<number, boolean>>
}

export function isChosen(
  doc: ExtractedDocument,
  index: number,
  choice: BlockChoice = { mode: 'article' },
): boolean {
  const block = doc.blocks[index]
  if (!block) return false
  const o = choice.overrides
  const override = o instanceof Map ? o.get(index) : (o as Record<number, boolean> | undefined)?.[index]
  if (override !== undefined) return override
  return choice.mode === 'whole-page' ? block.reason !== 'hidden' : block.kept
}

/**
 * The blocks that become the document, in order, with their pages and
 * directions kept beside them (one entry per line of the canonical text).
 */
export function chosenBlocks(
  doc: ExtractedDocument,
  choice: BlockChoice = { mode: 'article' },
): { blocks: TextBlock[]; pages: (number | undefined)[]; dirs: TextDirection[] } {
  const blocks: TextBlock[] = []
  const pages: (number | undefined)[] = []
  const dirs: TextDirection[] = []
  doc.blocks.forEach((b, i) => {
    if (!isChosen(doc, i, choice)) return
    blocks.push({ kind: b.kind, text: b.text })
    pages.push(b.page)
    dirs.push(b.dir ?? doc.meta.dir)
  })
  return { blocks, pages, dirs }
}

/**
 * The editable details of the document to be, from what the file declared:
 * `today` (a local YYYY-MM-DD, see localDay) is the retrieved date unless the
 * file says when it was saved. Fields are cut to the lengths the details form
 * accepts; a missing title falls back to the file's name.
 */
export function documentMetaFrom(doc: ExtractedDocument, today: string): DocumentMeta {
  const cut = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s)
  return {
    title: cut(doc.meta.title || fallbackTitle('', doc.source.name), 300),
    outlet: cut(doc.meta.outlet, 200),
    author: cut(doc.meta.author, 200),
    url: doc.meta.url.length <= 2048 ? doc.meta.url : '',
    published: doc.meta.published,
    retrieved: doc.meta.retrieved || today,
  }
}
