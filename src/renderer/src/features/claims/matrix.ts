// The reliability × credibility matrix as counts: claims per graded cell
// ("B2") and how many are not fully graded. Pure, so the ledger worker counts.
import type { ClaimRow } from './claim-row'

export interface MatrixCounts {
  /** Claims per cell, keyed by the Admiralty code ("B2"). */
  counts: Record<string, number>
  ungraded: number
}

type Graded = Pick<ClaimRow, 'reliability' | 'credibility'>

/** Adds a row to the counts (sign 1) or takes it away (sign -1); nothing for no row. */
export function tallyCell(m: MatrixCounts, row: Graded | undefined, sign: 1 | -1): void {
  if (!row) return
  if (!row.reliability || !row.credibility) {
    m.ungraded += sign
    return
  }
  const cell = row.reliability + row.credibility
  const n = (m.counts[cell] ?? 0) + sign
  if (n) m.counts[cell] = n
  else delete m.counts[cell]
}
