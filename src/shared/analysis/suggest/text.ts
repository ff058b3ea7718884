// Text helpers of the suggestion engine: name keys for matching, a stable
// hash for suggestion ids, the script of a block, and quotation spans.
import type { SuggestLanguage, SuggestionId } from './types'

const ARABIC_LETTER = /[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]/g
const LATIN_LETTER = /[A-Za-z\u00C0-\u024F]/g

/** The language of a block by its letters: Arabic when Arabic letters outnumber Latin ones. */
export function blockLanguage(block: string, fallback: SuggestLanguage): SuggestLanguage {
  const arabic = block.match(ARABIC_LETTER)?.length ?? 0
  const latin = block.match(LATIN_LETTER)?.length ?? 0
  if (arabic === 0 && latin === 0) return fallback
  return arabic > latin ? 'ar' : 'en'
}

// One way to compare names across the app: the source registry's.
export { nameKey } from '../../domain/source'

/** 64-bit string hash (two 32-bit lanes, cyrb53-style mixing) as 16 hex digits: fast, not cryptographic. */
export function hash64(text: string, seed = 0): string {
  let h1 = 0xdeadbeef ^ seed
  let h2 = 0x41c6ce57 ^ seed
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i)
    h1 = Math.imul(h1 ^ ch, 2654435761)
    h2 = Math.imul(h2 ^ ch, 1597334677)
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909)
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909)
  return (h2 >>> 0).toString(16).padStart(8, '0') + (h1 >>> 0).toString(16).padStart(8, '0')
}

/** The id of a suggestion: the same document text and span always give the same id. */
export function suggestionId(textFingerprint: string, start: number, end: number): SuggestionId {
  return `sg-${hash64(`${textFingerprint}:${start}:${end}`)}` as SuggestionId
}

export interface QuoteSpan {
  /** Offset of the opening mark (or of the block start when the quote carries over). */
  start: number
  /** Offset just after the closing mark (or the block end when the quote stays open). */
  end: number
  closed: boolean
}

const OPEN = new Set(['“', '«', '„'])
const CLOSE = new Set(['”', '»'])

/**
 * Quotations in a block, offsets relative to the block. Curly and guillemet
 * marks pair up; straight double quotes toggle. A quotation still open at the
 * end of the block is returned with closed = false (news style continues it
 * in the next paragraph, which opens again with a quotation mark).
 */
export function quoteSpans(block: string): QuoteSpan[] {
  const spans: QuoteSpan[] = []
  let open = -1
  let straight = false
  for (let i = 0; i < block.length; i++) {
    const ch = block[i]!
    if (ch === '"') {
      if (open === -1) {
        open = i
        straight = true
      } else if (straight) {
        spans.push({ start: open, end: i + 1, closed: true })
        open = -1
      }
    } else if (OPEN.has(ch)) {
      // A new opening mark inside an open quotation: the earlier one was never closed.
      if (open !== -1 && !straight) spans.push({ start: open, end: i, closed: false })
      open = i
      straight = false
    } else if (CLOSE.has(ch) && open !== -1 && !straight) {
      spans.push({ start: open, end: i + 1, closed: true })
      open = -1
    }
  }
  if (open !== -1) spans.push({ start: open, end: block.length, closed: false })
  return spans
}

/** Share of [start, end) covered by quotation spans (the marks included). */
export function quotedShare(spans: readonly QuoteSpan[], start: number, end: number): number {
  if (end <= start) return 0
  let covered = 0
  for (const q of spans) covered += Math.max(0, Math.min(end, q.end) - Math.max(start, q.start))
  return covered / (end - start)
}

export const isInside = (spans: readonly QuoteSpan[], at: number): boolean =>
  spans.some((q) => at > q.start && at < q.end)

/** Trims spaces and the punctuation that clings to phrase edges. */
export function trimPhrase(s: string): string {
  return s.replace(/^[\s,;:–—-]+/u, '').replace(/[\s,;:–—-]+$/u, '')
}

/** Upper-cases the first letter (for statements cut out of a sentence). */
export const capitalise = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1)
