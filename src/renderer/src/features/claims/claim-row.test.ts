import { describe, expect, it } from 'vitest'
import { emptyClaimDraft, type ClaimRecord } from '@shared/domain/claim'
import type { CaseId, ClaimId, SourceId } from '@shared/domain/ids'
import { emptySourceDraft, type SourceRecord } from '@shared/domain/source'
import { toSourceRows } from '../sources/source-row'
import { toClaimRows } from './claim-row'
import { countMatrix } from './GradeMatrix'

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

  it('fills the 6 × 6 matrix and counts what is not fully graded', () => {
    const m = countMatrix(toClaimRows(claims, [sohr, nbc]))
    expect([...m.counts]).toEqual([
      ['B2', 1],
      ['C2', 1],
    ])
    expect(m.ungraded).toBe(1)
    expect(m.max).toBe(1)
  })
})
