// Putting orphans back: the passages of the current text that an orphaned
// annotation most likely belonged to, with how alike they are and what differs,
// for the analyst to choose from ("Needs review"). Unlike anchor(), nothing is
// accepted here, so the budget is generous: a candidate may differ in up to half
// of its characters, and the analyst judges.
import { diffWords } from 'diff'
import { settings, approximateCandidates, type Candidate } from './candidates'
import { describeRange } from './describe'
import { foldedDocument, foldSelectors, toOriginalRange } from './fold'
import { snapToGraphemes } from './graphemes'
import { seededCandidates } from './relocate'
import type { TextSelectors } from './types'
import { toWholeWords } from './word-check'

export interface DiffPart {
  /** same: in both; removed: only in the annotation's quote; added: only in the passage. */
  kind: 'same' | 'removed' | 'added'
  text: string
}

export interface PassageCandidate {
  /** The passage in the current text, [start, end). */
  start: number
  end: number
  text: string
  /** 0..1, the same scale as anchor()'s score: quote, context and nearness together. */
  score: number
  /** 0..1: 1 minus the edits (after folding typography) per character of the quote. */
  quoteSimilarity: number
  /** 0..1: how well the text around it matches the stored prefix and suffix. */
  contextSimilarity: number
  /** The stored quote against the passage, word by word. */
  diff: DiffPart[]
}

/** Above this the approximate search gets slow and a "match" says little. */
const MAX_REVIEW_ERRORS = 64
const SEEDED_REGIONS = 24
const MAX_VERBATIM = 200

/** Word-by-word differences from `before` to `after` (spaces are not differences). */
export function wordDiff(before: string, after: string): DiffPart[] {
  return diffWords(before, after).map((c) => ({
    kind: c.added ? 'added' : c.removed ? 'removed' : 'same',
    text: c.value,
  }))
}

/**
 * Up to `n` passages of `text` the annotation described by `selectors` may have
 * been about, best first, none overlapping. Empty when nothing resembles it.
 */
export function candidatesFor(text: string, selectors: TextSelectors, n = 3): PassageCandidate[] {
  if (typeof text !== 'string' || typeof selectors?.quote?.exact !== 'string' || n <= 0) return []
  const doc = foldedDocument(text)
  const { quote, position } = foldSelectors(doc, selectors)
  if (quote.exact.length === 0) return []
  const maxErrors = Math.min(Math.floor(quote.exact.length / 2), MAX_REVIEW_ERRORS)
  const s = settings(doc.text, quote.exact, quote.prefix, quote.suffix, position.start, { maxErrors })
  const lo = Math.max(0, s.hint - s.nearRadius)
  const hi = Math.min(s.text.length, s.hint + s.exact.length + s.nearRadius)
  const found: Candidate[] = [
    ...approximateCandidates(s, lo, hi, { verbatim: true, limit: 50 }),
    ...seededCandidates(s, SEEDED_REGIONS).candidates,
  ]
  // A quote too short to have seed words is still found wherever it is verbatim.
  for (let at = s.text.indexOf(s.exact), k = 0; at !== -1 && k < MAX_VERBATIM; k++) {
    found.push(...approximateCandidates(s, at, at + s.exact.length, { verbatim: true, limit: 1 }))
    at = s.text.indexOf(s.exact, at + 1)
  }
  const chosen: Candidate[] = []
  for (const c of found.sort((a, b) => b.score - a.score || a.errors - b.errors)) {
    if (chosen.length >= n) break
    if (!chosen.some((o) => o.start < c.end && c.start < o.end)) chosen.push(c)
  }
  const stored = selectors.quote
  return chosen.map((c) => {
    const mapped = toOriginalRange(doc, c.start, c.end)
    const words = toWholeWords(text, mapped.start, mapped.end, {
      exact: stored.exact,
      prefix: typeof stored.prefix === 'string' ? stored.prefix : '',
      suffix: typeof stored.suffix === 'string' ? stored.suffix : '',
    })
    const { start, end } = snapToGraphemes(text, words.start, words.end)
    const passage = text.slice(start, end)
    return {
      start,
      end,
      text: passage,
      score: Math.round(c.score * 1e4) / 1e4,
      quoteSimilarity: Math.round((1 - c.errors / s.exact.length) * 1e4) / 1e4,
      contextSimilarity: Math.round(c.context * 1e4) / 1e4,
      diff: wordDiff(stored.exact, passage),
    }
  })
}

/** New selectors for an annotation re-attached to [start, end) of `text` (snapped to whole graphemes). */
export function selectorsForPassage(text: string, start: number, end: number): TextSelectors {
  return describeRange(text, start, end)
}
