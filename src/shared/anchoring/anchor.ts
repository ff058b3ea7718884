// Re-anchoring stored selectors on a possibly edited text. Guiding principle: a
// confident wrong match is worse than an orphan. An orphan tells the analyst
// "look again"; a highlight on the wrong sentence silently attaches their
// judgement to text it was not about.
//
// Three passes, each only when the one before found nothing it could trust:
//  1. match.ts on the text as written: the quote near where it was, verbatim or
//     approximately, or verbatim farther away with its context (fast; this is
//     what an unchanged or lightly edited document needs);
//  2. the same on the folded text (fold.ts), where curly and straight quotes,
//     dashes, spaces, "…" and Arabic presentation forms compare equal;
//  3. relocate.ts on the folded text: an edited quote moved far away, found by
//     the words it still shares, accepted only with agreeing context and no rival.
// Results of passes 2 and 3 are mapped back to offsets in the original text.
import { settings } from './candidates'
import { foldedDocument, foldString, toFoldedOffset, toOriginalRange, type FoldedText } from './fold'
import { clampOffset, snapToGraphemes } from './graphemes'
import { matchSelectors } from './match'
import { relocate } from './relocate'
import { editDistanceWithin } from './similarity'
import type { AnchorOptions, AnchorResult, TextSelectors } from './types'

const orphaned = (): AnchorResult => ({ status: 'orphaned' })

export function anchor(text: string, selectors: TextSelectors, options: AnchorOptions = {}): AnchorResult {
  // Selectors come from storage and imports and may be corrupt; the safe outcome
  // for anything unexpected is an orphan, never an exception in the reader.
  try {
    const asWritten = matchSelectors(text, selectors, options)
    if (asWritten.status !== 'orphaned') return asWritten
    return anchorFolded(text, selectors, options)
  } catch {
    return orphaned()
  }
}

/** The stored quote and context folded, with the stored position moved onto the folded text. */
export function foldSelectors(doc: FoldedText, selectors: TextSelectors): TextSelectors {
  const { quote } = selectors
  const str = (v: unknown) => (typeof v === 'string' ? foldString(v) : '')
  const exact = str(quote.exact)
  const start = toFoldedOffset(doc, storedStart(doc.original, selectors))
  return {
    quote: { type: 'TextQuoteSelector', exact, prefix: str(quote.prefix), suffix: str(quote.suffix) },
    position: { type: 'TextPositionSelector', start, end: start + exact.length },
  }
}

/** The stored start clamped into the text, as match.ts reads it. */
function storedStart(text: string, selectors: TextSelectors): number {
  const start = selectors.position?.start
  return clampOffset(typeof start === 'number' ? start : 0, text.length)
}

function anchorFolded(text: string, selectors: TextSelectors, options: AnchorOptions): AnchorResult {
  if (typeof text !== 'string' || typeof selectors?.quote?.exact !== 'string') return orphaned()
  const doc = foldedDocument(text)
  const folded = foldSelectors(doc, selectors)
  const q = folded.quote
  const foldingChanged =
    doc.changed ||
    q.exact !== selectors.quote.exact ||
    q.prefix !== selectors.quote.prefix ||
    q.suffix !== selectors.quote.suffix
  // The edit budget is the one the quote as written would get, so folding never
  // widens it; it is spent on the folded strings, so typography costs nothing.
  const budget = settings(text, selectors.quote.exact, '', '', 0, options).maxErrors
  const foldedOptions = { ...options, maxErrors: budget }
  let found = foldingChanged ? matchSelectors(doc.text, folded, foldedOptions) : orphaned()
  if (found.status === 'orphaned' && q.exact.length > 0) {
    const s = settings(doc.text, q.exact, q.prefix, q.suffix, folded.position.start, foldedOptions)
    const far = relocate(doc, s)
    if (far)
      found = { status: 'fuzzy', start: far.start, end: far.end, score: Math.round(far.score * 1e4) / 1e4 }
  }
  if (found.status === 'orphaned') return found
  const mapped = toOriginalRange(doc, found.start, found.end)
  const { start, end } = snapToGraphemes(text, mapped.start, mapped.end)
  if (start === end) return orphaned()
  // Status speaks of the original text: verbatim or not, where it was or not.
  const verbatim = text.slice(start, end) === selectors.quote.exact
  // Snapping to whole graphemes may have added a mark or two: measure what we return.
  if (!verbatim && editDistanceWithin(foldString(text.slice(start, end)), q.exact, budget) > budget)
    return orphaned()
  const status = !verbatim ? 'fuzzy' : start === storedStart(text, selectors) ? 'exact' : 'moved'
  return { status, start, end, score: found.score }
}
