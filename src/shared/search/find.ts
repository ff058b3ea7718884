// Find in the open document: every occurrence of what the analyst typed,
// folded the same way as search (case, diacritics, Arabic spelling), with
// offsets into the ORIGINAL text for the highlight painter. Like a browser's
// find, it matches inside words too, which also finds "حمص" in "بحمص".
import { foldWithOffsets, normalise, originalRange, type FoldedText } from './normalise'
import type { Span } from './types'

/** More matches than anyone steps through; painting stays bounded. */
export const MAX_MATCHES = 10_000

export interface FindResult {
  matches: Span[]
  /** True when there were more than `limit` matches and only the first `limit` are given. */
  truncated: boolean
}

/**
 * Folds a document's text once and answers any number of finds on it: the
 * fold of 1 MB is the costly part, a find on the folded text is an indexOf
 * loop. Keep one per open document.
 */
export class DocumentFinder {
  private readonly map: FoldedText

  constructor(readonly text: string) {
    this.map = foldWithOffsets(text)
  }

  find(query: string, limit = MAX_MATCHES): FindResult {
    // Runs of spaces in the query match one space: the canonical text has no runs.
    const needle = normalise(query.trim().replace(/\s+/gu, ' '))
    const matches: Span[] = []
    if (needle === '') return { matches, truncated: false }
    const { folded } = this.map
    for (let at = folded.indexOf(needle); at !== -1; at = folded.indexOf(needle, at + needle.length)) {
      if (matches.length === limit) return { matches, truncated: true }
      matches.push(originalRange(this.map, at, at + needle.length))
    }
    return { matches, truncated: false }
  }
}

/** Every match of `query` in `text` (one-off; keep a DocumentFinder to find repeatedly in one text). */
export function findInText(text: string, query: string, limit?: number): FindResult {
  return new DocumentFinder(text).find(query, limit)
}
