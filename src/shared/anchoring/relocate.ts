// Finding a quote that was both edited and moved far (a paragraph reordered by
// another outlet, with a name respelled inside it). The approximate search in
// candidates.ts only looks near the stored position; searching a whole 1 MB
// text approximately for every orphan would take seconds. Instead the quote's
// words vote: each occurrence of one of its rarer words proposes where the
// quote would start; the places that gather votes are then searched
// approximately in a small window. Seed-and-extend, as in BLAST.
//
// This is the least certain way we attach an annotation, so it must see every
// rival: when more places tie for the votes than we examine, we do not pick.
import { approximateCandidates, type Candidate, type Settings } from './candidates'
import { tokens, wordIndex } from './words'

/** Words shorter than this say little about where a quote is ("of", "في"). */
const MIN_SEED_LENGTH = 3
/** A word occurring more often than this is not a seed ("the", "said"). */
const MAX_SEED_OCCURRENCES = 400
/** The rarest words are the best evidence of where a quote went; a dozen suffice. */
const MAX_SEEDS = 12
const MAX_VOTES = 6_000

interface Region {
  /** Range of proposed starts of the quote. */
  from: number
  to: number
  /** Number of distinct quote words voting for it. */
  votes: number
}

export interface Seeded {
  /** The best approximate match in each examined region, best first. */
  candidates: Candidate[]
  /** False when more regions tied for the last examined place than we examined. */
  complete: boolean
  /** Number of usable seed words in the quote. */
  seeds: number
}

/**
 * Words of the quote and of its stored context that can vote, with their offset
 * from the quote's start (negative in the prefix). Context words are the best
 * evidence when the quote itself was edited ("Hemedti" spelled "Hemeti"); words
 * cut by the ends of the stored context are left out. A word the quote shares
 * with its context (one cut mid-word) is whole here, as in the text.
 */
function seedWords(s: Settings): Array<{ word: string; offset: number }> {
  const full = s.prefix + s.exact + s.suffix
  return tokens(full)
    .filter((t) => (t.start > 0 || s.prefix === '') && (t.end < full.length || s.suffix === ''))
    .filter((t) => t.word.length >= MIN_SEED_LENGTH)
    .map((t) => ({ word: t.word, offset: t.start - s.prefix.length }))
}

function regionsFor(s: Settings): { regions: Region[]; seeds: number } {
  const index = wordIndex(s.text)
  const seeds = seedWords(s)
    .map((seed) => ({ ...seed, at: index.get(seed.word) ?? [] }))
    .filter((seed) => seed.at.length > 0 && seed.at.length <= MAX_SEED_OCCURRENCES)
    .sort((a, b) => a.at.length - b.at.length)
    .slice(0, MAX_SEEDS)
  // Pack (proposed start, seed number) into one sortable, non-negative number.
  const shift = s.exact.length + s.suffix.length
  const votes: number[] = []
  for (const [n, seed] of seeds.entries()) {
    if (votes.length + seed.at.length > MAX_VOTES) break
    for (const at of seed.at) votes.push((at - seed.offset + shift) * MAX_SEEDS + n)
  }
  const sorted = Float64Array.from(votes).sort()
  // Edits inside the quote and its context shift its words relative to each other.
  const width = (s.maxErrors + 8) * MAX_SEEDS
  const regions: Region[] = []
  const seen = new Uint32Array(MAX_SEEDS)
  let generation = 0
  for (let i = 0; i < sorted.length;) {
    generation++
    const first = sorted[i]!
    let j = i
    let distinct = 0
    while (j < sorted.length && sorted[j]! - first <= width) {
      const n = sorted[j]! % MAX_SEEDS
      if (seen[n] !== generation) {
        seen[n] = generation
        distinct++
      }
      j++
    }
    const start = (v: number) => Math.floor(v / MAX_SEEDS) - shift
    regions.push({ from: start(first), to: start(sorted[j - 1]!), votes: distinct })
    i = j
  }
  return { regions: regions.sort((a, b) => b.votes - a.votes), seeds: seeds.length }
}

/**
 * The best match of the quote (within s.maxErrors) in each region its words and
 * its context's words vote for, anywhere in s.text: every region with at least
 * half the votes of the best one, up to `limit` of them. A place with fewer than
 * half the evidence of the best is not its rival.
 */
export function seededCandidates(s: Settings, limit: number): Seeded {
  const { regions, seeds } = regionsFor(s)
  const threshold = Math.max(1, Math.ceil((regions[0]?.votes ?? 0) / 2))
  const contenders = regions.filter((r) => r.votes >= threshold)
  const examined = contenders.slice(0, limit)
  const complete = contenders.length <= limit
  const pad = s.maxErrors + 2
  const candidates: Candidate[] = []
  for (const region of examined) {
    const lo = Math.max(0, region.from - pad)
    const hi = Math.min(s.text.length, region.to + s.exact.length + pad)
    const found = approximateCandidates(s, lo, hi, { verbatim: true, limit: 16 })
    const best = found.sort((a, b) => b.evidence - a.evidence || a.errors - b.errors)[0]
    if (best && !candidates.some((c) => c.start < best.end && best.start < c.end)) candidates.push(best)
  }
  return { candidates: candidates.sort((a, b) => b.evidence - a.evidence), complete, seeds }
}

/** Quotes shorter than this are not relocated far away: too many places look alike. */
const MIN_RELOCATABLE_LENGTH = 4
/** Regions examined: every place where the quote's words line up about as well as at the best one. */
const RELOCATION_REGIONS = 8
/** A rival with evidence this close to the best makes the match ambiguous. */
const RIVAL_MARGIN = 0.05

/**
 * A far, edited copy of the quote, or undefined. Accepted only when its own
 * surroundings agree with the stored prefix/suffix (a moved paragraph carries its
 * sentences with it) and no other place comes close.
 */
export function relocate(s: Settings): Candidate | undefined {
  if (s.exact.length < MIN_RELOCATABLE_LENGTH || s.maxErrors === 0) return undefined
  const { candidates, complete } = seededCandidates(s, RELOCATION_REGIONS)
  const best = candidates[0]
  if (!complete || !best || best.errors === 0) return undefined
  // The shorter the quote, the more its surroundings must vouch for the place.
  const minContext = s.exact.length < 8 ? 0.9 : s.exact.length < 16 ? 0.75 : 0.5
  if (best.context < minContext || best.evidence < s.minScore) return undefined
  const rival = candidates.find(
    (c) =>
      c !== best &&
      (c.end <= best.start || c.start >= best.end) &&
      c.evidence >= best.evidence - RIVAL_MARGIN,
  )
  return rival ? undefined : best
}
