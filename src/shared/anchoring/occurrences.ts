// Exact occurrences of a quote, searched outward from the expected position.
//
// The common cases after an edit are "nothing changed" and "text was inserted or
// deleted elsewhere", where the quote still sits between its stored prefix and
// suffix. Scanning a 1 MB document for every one of thousands of annotations
// would dominate load time, so we search a window around the expected position
// and widen it geometrically only while needed. The answer is the same as a full
// scan: anything outside the window is farther away than what we accept.
import { isGraphemeBoundary } from './graphemes'
import { INDEXED_LENGTH, occurrencesOf } from './words'

export interface QuoteContext {
  text: string
  exact: string
  prefix: string
  suffix: string
  /** Expected start of the quote (the stored position, clamped). */
  hint: number
  /** Distance from `hint` within which a match counts as "where we left it". */
  nearRadius: number
}

export type ExactSearch =
  /** The nearest occurrence with the full stored prefix and suffix around it. */
  | { kind: 'perfect'; start: number }
  /** Several verbatim copies (quote and context) far away, none clearly nearest. */
  | { kind: 'ambiguous' }
  /** No occurrence has its full context: every occurrence in the text, in order. */
  | { kind: 'scanned'; starts: number[] }

export function hasFullContext(q: QuoteContext, start: number): boolean {
  const end = start + q.exact.length
  return (
    start >= q.prefix.length &&
    q.text.startsWith(q.prefix, start - q.prefix.length) &&
    q.text.startsWith(q.suffix, end)
  )
}

/** Every start of the quote in the text by its words (once per search), or null when it has none to look up. */
const everywhere = new WeakMap<QuoteContext, number[] | null>()
function everyOccurrence(q: QuoteContext): number[] | null {
  let found = everywhere.get(q)
  if (found === undefined) everywhere.set(q, (found = occurrencesOf(q.text, q.exact)))
  return found
}

/**
 * Starts of `exact` lying entirely within [lo, hi). An occurrence that begins or
 * ends inside a grapheme cluster ("e" inside "é" written as e + U+0301, "👩" inside
 * a family emoji) is not the quoted text, so it is skipped.
 */
function occurrencesIn(q: QuoteContext, lo: number, hi: number): number[] {
  const { text, exact } = q
  // A wide window of a long text: look the quote up by its words instead of
  // scanning (a quote that is nowhere would otherwise cost a whole scan).
  const indexed = hi - lo >= INDEXED_LENGTH ? everyOccurrence(q) : null
  if (indexed !== null)
    return indexed.filter(
      (at) =>
        at >= lo &&
        at + exact.length <= hi &&
        isGraphemeBoundary(text, at) &&
        isGraphemeBoundary(text, at + exact.length),
    )
  // Search a slice (cheap in V8: a view, not a copy) so a quote with no further
  // occurrence does not make indexOf run on to the end of a 1 MB text.
  const window = text.slice(lo, hi)
  const found: number[] = []
  for (let at = window.indexOf(exact); at !== -1; at = window.indexOf(exact, at + 1)) {
    if (isGraphemeBoundary(text, lo + at) && isGraphemeBoundary(text, lo + at + exact.length))
      found.push(lo + at)
  }
  return found
}

/** Verbatim occurrences starting within `nearRadius` of the expected position. */
export function occurrencesNear(q: QuoteContext): number[] {
  // Fast path: unchanged at the stored position (the common case on load).
  if (q.text.startsWith(q.exact, q.hint) && hasFullContext(q, q.hint)) {
    const here = occurrencesIn(q, q.hint, q.hint + q.exact.length)
    if (here.length > 0) return here
  }
  return occurrencesIn(q, Math.max(0, q.hint - q.nearRadius), q.hint + q.nearRadius + q.exact.length)
}

/** The occurrence nearest to the expected position among `starts` that has its full stored context. */
export function nearestWithFullContext(q: QuoteContext, starts: number[]): number | undefined {
  const perfect = starts.filter((s) => hasFullContext(q, s))
  return perfect.sort((a, b) => Math.abs(a - q.hint) - Math.abs(b - q.hint))[0]
}

export function searchExact(q: QuoteContext): ExactSearch {
  const n = q.text.length
  const distance = (s: number): number => Math.abs(s - q.hint)
  let radius = Math.max(q.nearRadius, 1024)
  for (;;) {
    const lo = Math.max(0, q.hint - radius)
    const hi = Math.min(n, q.hint + q.exact.length + radius)
    const wholeText = lo === 0 && hi === n
    const starts = occurrencesIn(q, lo, hi)
    const perfect = starts.filter((s) => hasFullContext(q, s)).sort((a, b) => distance(a) - distance(b))
    const best = perfect[0]
    if (best !== undefined) {
      const d = distance(best)
      // Near the stored position: accept at once, whatever lies farther away.
      if (d <= q.nearRadius) return { kind: 'perfect', start: best }
      // Far away: only accept once we can see every rival up to twice as far.
      if (wholeText || radius >= 2 * d) {
        const rival = perfect[1]
        // Trade-off: a document can contain the same passage twice (a quoted
        // paragraph, a repeated disclaimer). If the quote drifted far from where
        // we stored it and two verbatim copies (quote + full context) are about
        // equally far, choosing one is a coin toss, and a confident wrong
        // highlight misleads the analyst more than an orphan they can re-attach.
        // When one copy is at most half as far as the next, nearness decides.
        if (rival !== undefined && distance(rival) < 2 * d) return { kind: 'ambiguous' }
        return { kind: 'perfect', start: best }
      }
    } else if (wholeText) {
      return { kind: 'scanned', starts }
    }
    radius *= 8
  }
}
