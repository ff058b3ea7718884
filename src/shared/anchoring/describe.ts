// Building selectors for a user's selection: the quote with a little context on
// each side (used to find it again after edits) and its position (the fast path
// when nothing changed). Everything is cut on grapheme boundaries so a stored
// selector never begins or ends inside an emoji or a letter + combining mark.
import { graphemeBoundaryAtOrAfter, graphemeBoundaryAtOrBefore, snapToGraphemes } from './graphemes'
import type { TextSelectors } from './types'

export const DEFAULT_CONTEXT_LENGTH = 32

/**
 * Build both selectors for [start, end) of `text` (snapped outward to graphemes first).
 * prefix/suffix hold up to `contextLength` UTF-16 units before/after the quote, cut
 * inward at a grapheme boundary: a shorter context is fine, half a cluster is not.
 * Paragraph separators ("\n") are ordinary context characters.
 */
export function describeRange(
  text: string,
  start: number,
  end: number,
  contextLength: number = DEFAULT_CONTEXT_LENGTH,
): TextSelectors {
  const range = snapToGraphemes(text, start, end)
  const context = Number.isFinite(contextLength)
    ? Math.max(0, Math.floor(contextLength))
    : DEFAULT_CONTEXT_LENGTH
  const prefixStart = graphemeBoundaryAtOrAfter(text, Math.max(0, range.start - context))
  const suffixEnd = graphemeBoundaryAtOrBefore(text, Math.min(text.length, range.end + context))
  return {
    quote: {
      type: 'TextQuoteSelector',
      exact: text.slice(range.start, range.end),
      prefix: text.slice(prefixStart, range.start),
      suffix: text.slice(range.end, suffixEnd),
    },
    position: { type: 'TextPositionSelector', start: range.start, end: range.end },
  }
}
