import { describe, expect, it } from 'vitest'
import { emptyClaimDraft, type ClaimRecord } from '@shared/domain/claim'
import type { CaseId, ClaimId, SourceId } from '@shared/domain/ids'
import { emptySourceDraft, type SourceRecord } from '@shared/domain/source'
import { sourceRowsOf, tallyClaim, toSourceRows, type ClaimCounts } from '../sources/source-row'
import { toClaimRows } from './claim-row'
import { tallyCell, type MatrixCounts } from './matrix'

const sohr: SourceRecord = {
  ...emptySourceDraft,
  id: 's1' as SourceId,
  name: 'SOHR',
  defaultReliability: 'B',
  created: '',
  modified: '',
}
const nbc: SourceRecord = {
  ...emptySourceDraft,
  id: 's2' as SourceId,
  name: 'NBC News',
  kind: 'outlet',
  relays: 's1' as SourceId,
  created: '',
  modified: '',
}
const claim = (id: string, extra: Partial<ClaimRecord>): ClaimRecord => ({
  ...emptyClaimDraft,
  statement: id,
  id: id as ClaimId,
  caseId: 'case-1' as CaseId,
  version: 1,
  created: '',
  modified: '',
  ...extra,
})

const claims = [
  claim('c1', {
    attributedTo: sohr.id,
    reportedVia: nbc.id,
    credibility: '2',
    likelihood: { scale: 'icd203', term: 'likely' },
    status: 'corroborated',
  }),
  claim('c2', {
    attributedTo: sohr.id,
    credibility: '2',
    reliabilityOverride: { grade: 'C', reason: 'second-hand' },
  }),
  claim('c3', { attributedTo: nbc.id, status: 'disputed' }),
]

describe('table rows', () => {
  it('resolves names and computes the Admiralty code from the effective grade', () => {
    const rows = toClaimRows(claims, [sohr, nbc])
    expect(rows.map((r) => [r.source, r.via, r.grade, r.likelihood])).toEqual([
      ['SOHR', 'NBC News', 'B2', 'likely'],
      ['SOHR', '', 'C2', ''],
      ['NBC News', '', '', ''],
    ])
  })

  it('counts claims per source with their corroborated and disputed shares', () => {
    const rows = toSourceRows([sohr, nbc], claims)
    expect(rows.map((r) => [r.name, r.claims, r.corroborated, r.disputed, r.relays])).toEqual([
      ['SOHR', 2, 0.5, 0, ''],
      ['NBC News', 1, 0, 1, 'SOHR'],
    ])
  })

  it('keeps the counts current as claims change, one claim at a time', () => {
    const counts = new Map<string, ClaimCounts>()
    for (const c of claims) tallyClaim(counts, c, 1)
    // c3 moves from NBC (disputed) to SOHR (corroborated).
    const before = claims[2]!
    tallyClaim(counts, before, -1)
    tallyClaim(counts, { ...before, attributedTo: sohr.id, status: 'corroborated' }, 1)
    expect(sourceRowsOf([sohr, nbc], counts).map((r) => [r.name, r.claims, r.corroborated])).toEqual([
      ['SOHR', 3, 2 / 3],
      ['NBC News', 0, 0],
    ])
  })

  it('fills the 6 × 6 matrix and counts what is not fully graded', () => {
    const m: MatrixCounts = { counts: {}, ungraded: 0 }
    const rows = toClaimRows(claims, [sohr, nbc])
    for (const r of rows) tallyCell(m, r, 1)
    expect(m).toEqual({ counts: { B2: 1, C2: 1 }, ungraded: 1 })
    // A claim taken away leaves its cell, and an empty cell is not listed.
    tallyCell(m, rows[1], -1)
    expect(m).toEqual({ counts: { B2: 1 }, ungraded: 1 })
  })
})
