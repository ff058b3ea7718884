// Matching stored selectors on a possibly edited text, modelled on
// hypothesis/client's matchQuote. anchor.ts asks step 1 of the text as written
// (certainMatch), runs all steps on the folded text, then relocates far moves. Guiding principle: a confident wrong match is
// worse than an orphan. An orphan tells the analyst "look again"; a highlight on
// the wrong sentence silently attaches their judgement to text it was not about.
//
// Order of attempts (cheapest and most certain first):
//  1. the quote verbatim between its full stored prefix and suffix, within a
//     couple of quote lengths of the stored position: 'exact' if it is exactly
//     there, else 'moved' (searchExact, which widens its window only as needed);
//  2. where the quote was: a verbatim or approximate match near the stored
//     position whose surroundings still largely agree ('exact'/'moved'/'fuzzy');
//  3. a verbatim copy with its full context farther away, unless two such copies
//     are about equally far (then we cannot tell which is ours);
//  4. every verbatim occurrence plus the nearby approximate matches, scored
//     together hypothesis-style (quote similarity, prefix/suffix similarity,
//     nearness) and accepted only with enough evidence (see isTrustworthy);
//  5. the quote still verbatim at its stored position although its surroundings
//     changed: 'exact'. Otherwise 'orphaned'.
import { byScore, exactCandidates, fuzzyCandidates, scoreAt, scoreCandidate, settings } from './candidates'
import type { Candidate, Settings } from './candidates'
import { nearestWithFullContext, occurrencesNear, searchExact } from './occurrences'
import { sharedPrefixContext, sharedSuffixContext } from './similarity'
import type { AnchorOptions, AnchorResult, TextSelectors } from './types'

/** A verbatim quote at least this long that occurs once is its own evidence, even if its context was rewritten. */
const SELF_IDENTIFYING_LENGTH = 16
/** Contexts this similar or better count as "the same surroundings". */
const MIN_CONTEXT_SIMILARITY = 0.5
/** Context this similar on average means "still between the same words". */
const STRONG_CONTEXT = 0.8
/** Characters of stored context that, still adjoining a short quote, say it is the same place. */
const ADJOINING = 8
/** Scores closer than this (quote + context part only) are treated as a tie. */
const TIE = 0.01

const orphaned = (): AnchorResult => ({ status: 'orphaned' })

/**
 * The quote verbatim between its full stored prefix and suffix near the stored
 * position (step 1 alone): the one answer that needs no judgement, and the
 * cheap one that an unchanged or lightly edited document gives nearly always.
 */
export function certainMatch(text: string, selectors: TextSelectors, options: AnchorOptions): AnchorResult {
  const q = selectors.quote
  if (typeof text !== 'string' || typeof q?.exact !== 'string' || q.exact.length === 0) return orphaned()
  const s = settings(text, q.exact, q.prefix, q.suffix, selectors.position?.start, options)
  const nearest = nearestWithFullContext(s, occurrencesNear(s))
  if (nearest === undefined) return orphaned()
  return result(s, scoreCandidate(s, nearest, nearest + q.exact.length, 0, 1, 1))
}

/** Steps 1 to 5 above. May throw on corrupt selectors; anchor() catches. */
export function matchSelectors(text: string, selectors: TextSelectors, options: AnchorOptions): AnchorResult {
  const quote = selectors?.quote
  const exact = quote?.exact
  if (typeof text !== 'string' || typeof exact !== 'string' || exact.length === 0) return orphaned()
  const s = settings(text, exact, quote.prefix, quote.suffix, selectors.position?.start, options)

  const inFullContext = (start: number): AnchorResult =>
    result(s, scoreCandidate(s, start, start + exact.length, 0, 1, 1))

  const near = occurrencesNear(s)
  const nearest = nearestWithFullContext(s, near)
  if (nearest !== undefined) return inFullContext(nearest)

  // Nothing verbatim between its full stored context near the stored position.
  // Before trusting anything farther away, look where the quote was: an edit in
  // or right beside it is far more common than a move. This matters when the
  // document repeats a passage: a distant verbatim copy must not win over the
  // copy the analyst annotated, edited in place. (Hypothesis ranks every verbatim
  // match above every approximate one and would jump to the distant copy.)
  const fuzzy = fuzzyCandidates(s)
  const inPlace = byScore([...exactCandidates(s, near), ...fuzzy])[0]
  if (inPlace && inPlace.context >= STRONG_CONTEXT && isTrustworthy(s, inPlace, 0)) return result(s, inPlace)

  const found = searchExact(s)
  if (found.kind === 'perfect') return inFullContext(found.start)
  const candidates = found.kind === 'scanned' ? byScore([...exactCandidates(s, found.starts), ...fuzzy]) : []
  const best = candidates[0]
  const verbatimCount = found.kind === 'scanned' ? found.starts.length : 0
  // A short quote whose stored context still adjoins two places: the context
  // cannot say which is ours (a paragraph moved and another took its place).
  const rivalAdjoins = (c: { start: number; end: number }) =>
    s.exact.length < SELF_IDENTIFYING_LENGTH &&
    candidates.some((o) => (o.end <= c.start || o.start >= c.end) && adjoins(s, o.start, o.end))
  if (
    best &&
    !isAmbiguous(s, best, candidates) &&
    isTrustworthy(s, best, verbatimCount) &&
    !rivalAdjoins(best)
  ) {
    return result(s, best)
  }
  // No convincing candidate, but the quote is still verbatim at its stored
  // position (only its surroundings changed): that is the plain answer.
  if (!near.includes(s.hint)) return orphaned()
  const atHint = { start: s.hint, end: s.hint + exact.length }
  if (
    exact.length < SELF_IDENTIFYING_LENGTH &&
    (!adjoins(s, atHint.start, atHint.end) || rivalAdjoins(atHint))
  )
    return orphaned()
  return result(s, scoreAt(s, s.hint, s.hint + exact.length, 0))
}

/**
 * Two distinct (non-overlapping) candidates with the same quote + context evidence,
 * the best of them far from where the quote used to be and the other not clearly
 * farther: context cannot separate them and nearness barely does, so we refuse to
 * guess. Near the stored position we do pick the nearest; that is where an
 * unchanged document would have put it.
 */
function isAmbiguous(s: Settings, best: Candidate, candidates: Candidate[]): boolean {
  if (best.distance <= s.nearRadius) return false
  return candidates.some(
    (c) =>
      c !== best &&
      (c.end <= best.start || c.start >= best.end) &&
      c.evidence >= best.evidence - TIE &&
      c.distance < 2 * best.distance,
  )
}

/** Whether the best-scored candidate has enough evidence to be shown as the annotation's text. */
function isTrustworthy(s: Settings, best: Candidate, verbatimCount: number): boolean {
  // A short quote ("Homs", "Assad said") recurs; only surroundings that still
  // adjoin it tell which occurrence is ours, whatever else the scores say.
  if (s.exact.length < SELF_IDENTIFYING_LENGTH && !adjoins(s, best.start, best.end)) return false
  if (best.errors > 0) return best.errors <= s.maxErrors && best.score >= s.minScore
  // Verbatim at the stored position: only the context around it changed.
  if (best.start === s.hint) return true
  // Verbatim elsewhere with its context gone: a long quote that occurs once is
  // still unmistakable; a short or repeated one ("Homs") could be any occurrence,
  // so it needs its surroundings to vouch for it.
  if (verbatimCount === 1 && s.exact.length >= SELF_IDENTIFYING_LENGTH) return true
  return best.context >= MIN_CONTEXT_SIMILARITY && best.score >= s.minScore
}

/**
 * Whether a stored context still adjoins [start, end) character for character:
 * 8 or more characters of it, or all of a shorter one. An empty context (the
 * quote began the document) vouches for nothing.
 */
function adjoins(s: Settings, start: number, end: number): boolean {
  const side = (stored: string, shared: number) =>
    stored.length > 0 && shared >= Math.min(ADJOINING, stored.length)
  return (
    side(s.prefix, sharedPrefixContext(s.text, start, s.prefix)) ||
    side(s.suffix, sharedSuffixContext(s.text, end, s.suffix))
  )
}

function result(s: Settings, c: Candidate): AnchorResult {
  const unchanged = c.errors === 0 && c.start === s.hint
  const status = c.errors > 0 ? 'fuzzy' : unchanged ? 'exact' : 'moved'
  return { status, start: c.start, end: c.end, score: Math.round(c.score * 1e4) / 1e4 }
}
