// The reliability × credibility matrix as counts: claims per graded cell
// ("B2") and how many are not fully graded. Pure, so the ledger worker counts.
import type { ClaimRow } from './claim-row'

export interface MatrixCounts {
  /** Claims per cell, keyed by the Admiralty code ("B2"). */
  counts: Record<string, number>
  ungraded: number
}

export function countMatrix(rows: Iterable<Pick<ClaimRow, 'reliability' | 'credibility'>>): MatrixCounts {
  const counts: Record<string, number> = {}
  let ungraded = 0
  for (const r of rows) {
    if (!r.reliability || !r.credibility) ungraded++
    else counts[r.reliability + r.credibility] = (counts[r.reliability + r.credibility] ?? 0) + 1
  }
  return { counts, ungraded }
}
