// Re-anchoring stored selectors on a possibly edited text. Guiding principle: a
// confident wrong match is worse than an orphan. An orphan tells the analyst
// "look again"; a highlight on the wrong sentence silently attaches their
// judgement to text it was not about.
//
// Three passes, each only when the one before found nothing it could trust:
//  1. on the text as written, the quote verbatim between its full stored context
//     near where it was (fast; what an unchanged document gives for nearly all);
//  2. match.ts on the folded text (fold.ts), where curly and straight quotes,
//     dashes, spaces, "…", name variants and Arabic presentation forms compare
//     equal: the quote near where it was, verbatim or approximately, or verbatim
//     farther away with its context;
//  3. relocate.ts on the folded text: an edited quote moved far away, found by
//     the words it still shares, accepted only with agreeing context and no rival.
// Results of passes 2 and 3 are mapped back to offsets in the original text.
import { settings } from './candidates'
import { foldedDocument, foldSelectors, foldString, storedStart, toOriginalRange } from './fold'
import { snapToGraphemes } from './graphemes'
import { certainMatch, matchSelectors } from './match'
import { relocate } from './relocate'
import { toWholeWords, wordsSurvive } from './word-check'
import { editDistanceWithin } from './similarity'
import type { AnchorOptions, AnchorResult, TextSelectors } from './types'

const orphaned = (): AnchorResult => ({ status: 'orphaned' })
const str = (v: unknown) => (typeof v === 'string' ? v : '')

export function anchor(text: string, selectors: TextSelectors, options: AnchorOptions = {}): AnchorResult {
  // Selectors come from storage and imports and may be corrupt; the safe outcome
  // for anything unexpected is an orphan, never an exception in the reader.
  try {
    const exact = selectors.quote.exact
    if (typeof text !== 'string' || typeof exact !== 'string' || exact.length === 0) return orphaned()
    // The edit budget is the one the quote as written gets, in every pass, so
    // folding never widens it; it is spent on folded strings, so typography is free.
    const budget = settings(text, exact, '', '', 0, options).maxErrors
    const q = selectors.quote
    if (!str(q.prefix) && !str(q.suffix) && repeats(text, exact)) {
      // No stored context (Recogito keeps none) and the words occur more than
      // once: only the stored position can say which copy, so it must be there.
      const at = storedStart(text, selectors)
      return text.slice(at, at + exact.length) === exact
        ? { status: 'exact', start: at, end: at + exact.length, score: 1 }
        : orphaned()
    }
    // Unchanged where it was: the common case on load, answered on the text as written.
    const sure = certainMatch(text, selectors, options)
    if (sure.status !== 'orphaned') return sure
    const folded = foldedPasses(text, selectors, { ...options, maxErrors: budget })
    const near = checked(text, selectors, folded.near(), budget)
    if (near.status !== 'orphaned') return near
    return checked(text, selectors, folded.far(), budget)
  } catch {
    return orphaned()
  }
}

/**
 * The last word on a match that is not verbatim, whichever pass found it: widen
 * it to whole words where the quote was whole words, then it must still be
 * within the edit budget (on folded text) and keep the quote's words.
 */
function checked(text: string, selectors: TextSelectors, found: AnchorResult, budget: number): AnchorResult {
  if (found.status === 'orphaned') return found
  const q = selectors.quote
  const exact = q.exact
  const range =
    found.status === 'fuzzy'
      ? toWholeWords(text, found.start, found.end, { exact, prefix: str(q.prefix), suffix: str(q.suffix) })
      : found
  const { start, end } = snapToGraphemes(text, range.start, range.end)
  if (start === end) return orphaned()
  const span = text.slice(start, end)
  if (span !== exact) {
    if (editDistanceWithin(foldString(span), foldString(exact), budget) > budget) return orphaned()
    if (!wordsSurvive(exact, span, !str(q.prefix) && !str(q.suffix))) return orphaned()
    return { status: 'fuzzy', start, end, score: found.score }
  }
  // Status speaks of the original text: verbatim where it was, or elsewhere.
  return {
    status: start === storedStart(text, selectors) ? 'exact' : 'moved',
    start,
    end,
    score: found.score,
  }
}

/** Whether the quote occurs more than once in the text, typography folded. */
function repeats(text: string, exact: string): boolean {
  const haystack = foldedDocument(text).text
  const needle = foldString(exact)
  const first = haystack.indexOf(needle)
  return first !== -1 && haystack.indexOf(needle, first + 1) !== -1
}

/** Passes 2 and 3, on the folded text, each returning a range in the original text. */
function foldedPasses(text: string, selectors: TextSelectors, options: AnchorOptions) {
  const doc = foldedDocument(text)
  const folded = foldSelectors(doc, selectors)
  const q = folded.quote
  const inOriginal = (found: AnchorResult): AnchorResult =>
    found.status === 'orphaned' ? found : { ...found, ...toOriginalRange(doc, found.start, found.end) }
  return {
    near: (): AnchorResult => inOriginal(matchSelectors(doc.text, folded, options)),
    far(): AnchorResult {
      if (q.exact.length === 0) return orphaned()
      const s = settings(doc.text, q.exact, q.prefix, q.suffix, folded.position.start, options)
      const found = relocate(s)
      if (!found) return orphaned()
      const score = Math.round(found.score * 1e4) / 1e4
      return inOriginal({ status: 'fuzzy', start: found.start, end: found.end, score })
    },
  }
}
