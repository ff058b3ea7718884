// Marking the words a query matched, and cutting a window of long text around
// the first of them, so a result shows where the match is with `<mark>`.
import { arabicForms, isArabic, wordSpans } from './terms'
import type { MarkedText, Span } from './types'

/**
 * Ranges of the words of `text` that the index matched. `terms` are index
 * terms as MiniSearch reports them (after prefix or typo expansion), so a word
 * is marked when it, or one of its Arabic forms, is among them: "بحمص" is
 * marked for a match on "حمص".
 */
export function markWords(text: string, terms: ReadonlySet<string>): Span[] {
  if (terms.size === 0 || text === '') return []
  const marks: Span[] = []
  for (const span of wordSpans(text)) {
    if (span.words.some((w) => matchesWord(w, terms))) marks.push({ start: span.start, end: span.end })
  }
  return marks
}

/** Whether the folded word `w` was matched: itself or, for Arabic, one of its forms. */
export function matchesWord(w: string, terms: ReadonlySet<string>): boolean {
  return terms.has(w) || (isArabic(w) && arabicForms(w).some((form) => terms.has(form)))
}

/** Lists are stored one item a line; shown on one line. */
export const oneLine = (text: string): string => text.replaceAll('\n', ' · ')

/** `text` with its matched words marked. */
export function marked(text: string, terms: ReadonlySet<string>): MarkedText {
  return { text, marks: markWords(text, terms) }
}

export const ELLIPSIS = '…'

/**
 * A window of at most about `max` characters of `text`, starting a little
 * before the first mark and cut at spaces, with an ellipsis where text was
 * left out. `offset` maps the window back: a position p in the window is
 * p + offset in `text` (for p after a leading ellipsis).
 */
export function excerpt(text: string, marks: readonly Span[], max = 180): MarkedText & { offset: number } {
  if (text.length <= max) return { text, marks: [...marks], offset: 0 }
  const first = marks[0]
  let start = 0
  if (first && first.end > max - 20) {
    start = Math.max(0, first.start - Math.floor(max / 4))
    const space = text.lastIndexOf(' ', start)
    start = space === -1 ? 0 : space + 1
  }
  let end = Math.min(text.length, start + max)
  if (end < text.length) {
    const space = text.lastIndexOf(' ', end)
    if (space > start && (!first || space >= first.end)) end = space
  }
  const lead = start > 0 ? ELLIPSIS : ''
  const shift = lead.length - start
  return {
    text: lead + text.slice(start, end) + (end < text.length ? ELLIPSIS : ''),
    marks: marks
      .filter((m) => m.start >= start && m.end <= end)
      .map((m) => ({ start: m.start + shift, end: m.end + shift })),
    offset: -shift,
  }
}

/** A window of `text` around its marked words. */
export function snippet(text: string, terms: ReadonlySet<string>, max?: number): MarkedText {
  const { text: shown, marks } = excerpt(text, markWords(text, terms), max)
  return { text: shown, marks }
}
