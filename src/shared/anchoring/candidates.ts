// Candidate generation and scoring for re-anchoring: verbatim occurrences and
// approximate (approx-string-match) matches, each scored like hypothesis's
// matchQuote from quote similarity, prefix/suffix similarity and nearness.
import search from 'approx-string-match'
import { clampOffset, snapToGraphemes } from './graphemes'
import type { QuoteContext } from './occurrences'
import {
  editDistanceWithin,
  prefixScore,
  sharedPrefixContext,
  sharedSuffixContext,
  suffixScore,
} from './similarity'
import type { AnchorOptions } from './types'

// hypothesis's weights: the quote matters most, context next, position only breaks ties.
const QUOTE_WEIGHT = 50
const PREFIX_WEIGHT = 20
const SUFFIX_WEIGHT = 20
// The context similarity above forgives a shift (the stored suffix found a few
// characters along), which is right when a word beside the quote changed but
// lets two copies of a short, repeated quote tie when a paragraph moved; the
// one whose context still adjoins it, character for character, is ours. Worth
// more than nearness, which says little once paragraphs move.
const ALIGNED_WEIGHT = 4
const POSITION_WEIGHT = 2
const TOTAL_WEIGHT = QUOTE_WEIGHT + PREFIX_WEIGHT + SUFFIX_WEIGHT + ALIGNED_WEIGHT + POSITION_WEIGHT

const DEFAULT_WINDOW_PADDING = 256
const DEFAULT_MIN_SCORE = 0.7
/** Bounds on candidates we score with the (costlier) approximate context comparison. */
const MAX_EXACT_CANDIDATES = 16
const MAX_FUZZY_CANDIDATES = 50

export interface Candidate {
  start: number
  end: number
  errors: number
  /** Mean of prefix and suffix similarity, 0..1. */
  context: number
  /** Quote + context part of the score, 0..1 of their weights (no position). */
  evidence: number
  distance: number
  score: number
}

export interface Settings extends QuoteContext {
  maxErrors: number
  minScore: number
}

export function settings(
  text: string,
  exact: string,
  prefix: unknown,
  suffix: unknown,
  start: unknown,
  options: AnchorOptions,
): Settings {
  const nonNegative = (v: number | undefined, fallback: number): number =>
    typeof v === 'number' && Number.isFinite(v) ? Math.max(0, Math.floor(v)) : fallback
  const length = exact.length
  // More than half the quote changed is no longer "the same quote" (hypothesis's own ceiling).
  const maxErrors = Math.min(
    nonNegative(options.maxErrors, Math.min(32, Math.floor(length / 4))),
    Math.floor(length / 2),
  )
  const padding = nonNegative(options.windowPadding, DEFAULT_WINDOW_PADDING)
  const minScore = typeof options.minScore === 'number' ? options.minScore : DEFAULT_MIN_SCORE
  return {
    text,
    exact,
    prefix: typeof prefix === 'string' ? prefix : '',
    suffix: typeof suffix === 'string' ? suffix : '',
    hint: clampOffset(typeof start === 'number' ? start : 0, text.length),
    nearRadius: 2 * length + padding,
    maxErrors,
    minScore,
  }
}

/** Score a span whose context similarity is known (1, 1 for a verbatim match inside its full context). */
export function scoreCandidate(
  s: Settings,
  start: number,
  end: number,
  errors: number,
  pre: number,
  suf: number,
): Candidate {
  const distance = Math.abs(start - s.hint)
  const quoteScore = 1 - errors / s.exact.length
  // Decays smoothly with distance; 0.5 at the edge of the "near" radius.
  const positionScore = s.nearRadius / (s.nearRadius + distance)
  const contextLength = s.prefix.length + s.suffix.length
  const aligned =
    contextLength === 0 || (pre === 1 && suf === 1)
      ? 1
      : (sharedPrefixContext(s.text, start, s.prefix) + sharedSuffixContext(s.text, end, s.suffix)) /
        contextLength
  const evidenceRaw =
    QUOTE_WEIGHT * quoteScore + PREFIX_WEIGHT * pre + SUFFIX_WEIGHT * suf + ALIGNED_WEIGHT * aligned
  return {
    start,
    end,
    errors,
    context: (pre + suf) / 2,
    evidence: evidenceRaw / (TOTAL_WEIGHT - POSITION_WEIGHT),
    distance,
    score: (evidenceRaw + POSITION_WEIGHT * positionScore) / TOTAL_WEIGHT,
  }
}

/** Score a span, measuring how well the text around it matches the stored prefix and suffix. */
export function scoreAt(s: Settings, start: number, end: number, errors: number): Candidate {
  return scoreCandidate(
    s,
    start,
    end,
    errors,
    prefixScore(s.text, start, s.prefix),
    suffixScore(s.text, end, s.suffix),
  )
}

/** Best first; equal scores go to the nearer candidate. */
export function byScore(candidates: Candidate[]): Candidate[] {
  return candidates.sort((a, b) => b.score - a.score || a.distance - b.distance)
}

/**
 * Verbatim occurrences without their full context. There can be thousands (a
 * short quote in a long text), so they are ranked by a cheap shared-context count
 * and only the best few plus the nearest few get the approximate comparison.
 */
export function exactCandidates(s: Settings, starts: number[]): Candidate[] {
  const end = (start: number): number => start + s.exact.length
  const ranked = starts.map((start) => ({
    start,
    shared: sharedPrefixContext(s.text, start, s.prefix) + sharedSuffixContext(s.text, end(start), s.suffix),
    distance: Math.abs(start - s.hint),
  }))
  const byContext = [...ranked].sort((a, b) => b.shared - a.shared || a.distance - b.distance)
  const byDistance = ranked.sort((a, b) => a.distance - b.distance)
  const chosen = new Set(
    [...byContext.slice(0, MAX_EXACT_CANDIDATES), ...byDistance.slice(0, 4)].map((r) => r.start),
  )
  return [...chosen].map((start) => scoreAt(s, start, end(start), 0))
}

/**
 * Approximate matches in a window around the expected position. The window
 * (2 × quote length + padding on each side) bounds the cost to O(window × errors / 32)
 * per annotation and keeps a rewritten quote from latching onto look-alike text
 * elsewhere in a long document. A quote both edited and moved farther than the
 * window is left to relocate.ts, which demands stronger evidence.
 */
export function fuzzyCandidates(s: Settings): Candidate[] {
  const lo = Math.max(0, s.hint - s.nearRadius)
  const hi = Math.min(s.text.length, s.hint + s.exact.length + s.nearRadius)
  return approximateCandidates(s, lo, hi, { verbatim: false, limit: MAX_FUZZY_CANDIDATES })
}

/**
 * Approximate matches (within s.maxErrors edits) starting inside text[lo, hi),
 * nearest to the expected position first, on whole graphemes. Verbatim copies are left out
 * unless asked for: the callers near the stored position get those from the
 * cheaper exact search.
 */
export function approximateCandidates(
  s: Settings,
  lo: number,
  hi: number,
  { verbatim, limit }: { verbatim: boolean; limit: number },
): Candidate[] {
  if (s.maxErrors === 0 && !verbatim) return []
  // Search a little beyond [lo, hi) and keep the matches that start inside it:
  // cut at the window's edge, a quote just past it would look like a worse
  // match of its first part (one edit short of the real, verbatim one).
  const pad = s.exact.length + s.maxErrors
  const from = Math.max(0, lo - pad)
  const matches = search(s.text.slice(from, Math.min(s.text.length, hi + pad)), s.exact, s.maxErrors)
    .filter((m) => from + m.start >= lo && from + m.start < hi)
    .map((m) => snapToGraphemes(s.text, from + m.start, from + m.end))
    .sort((a, b) => Math.abs(a.start - s.hint) - Math.abs(b.start - s.hint))
  const seen = new Set<string>()
  const out: Candidate[] = []
  for (const { start, end } of matches) {
    const key = `${start}:${end}`
    if (seen.has(key) || start === end) continue
    seen.add(key)
    // Snapping to whole graphemes can add edits, so measure the span we would return.
    const errors = editDistanceWithin(s.text.slice(start, end), s.exact, s.maxErrors)
    if ((errors === 0 && !verbatim) || errors > s.maxErrors) continue
    out.push(scoreAt(s, start, end, errors))
    if (out.length >= limit) break
  }
  return out
}
