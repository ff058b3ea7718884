// A case file carries the case's matrices with their audit entries, and
// rehoming it into a store renews taken matrix ids with every reference following.
import { describe, expect, it } from 'vitest'
import type { AchMatrixRecord } from '../analysis/ach'
import type { AuditRecord } from '../domain/audit'
import type { CaseRecord } from '../domain/case'
import type { AchMatrixId, CaseId } from '../domain/ids'
import { briefing, claims, docEn, fixtureCaseId, matrix, sources } from '../../../tests/fixtures/briefing'
import { caseSlice, rehome } from './case-file'
import type { WorkspaceData } from './workspace'

const at = '2024-12-06T09:00:00.000Z'
const homs: CaseRecord = {
  id: fixtureCaseId,
  name: 'Homs',
  description: '',
  marking: 'UNCLASSIFIED',
  archived: false,
  created: at,
  modified: at,
}
const other: CaseRecord = { ...homs, id: 'case-other' as CaseId, name: 'Elsewhere' }
const homsMatrix: AchMatrixRecord = { ...matrix, caseId: fixtureCaseId }
const otherMatrix: AchMatrixRecord = { ...matrix, id: 'm-other' as AchMatrixId, caseId: other.id }
const audit = (id: string, m: AchMatrixRecord): AuditRecord => ({
  id,
  entity: 'matrix',
  entityId: m.id,
  at,
  who: 'A. Analyst',
  action: 'create',
  changes: [],
  note: '',
})
const all: WorkspaceData = {
  cases: [homs, other],
  documents: [docEn],
  annotations: [],
  claims,
  sources,
  briefings: [briefing],
  achMatrices: [homsMatrix, otherMatrix],
  audit: [audit('a-homs', homsMatrix), audit('a-other', otherMatrix)],
}

describe('caseSlice', () => {
  it('holds the case’s matrices and their audit entries, not another case’s', () => {
    const slice = caseSlice(all, fixtureCaseId)
    expect(slice.achMatrices).toEqual([homsMatrix])
    expect(slice.audit.map((a) => a.id)).toEqual(['a-homs'])
    expect(caseSlice(all, other.id).achMatrices).toEqual([otherMatrix])
  })
})

describe('rehome', () => {
  const slice = caseSlice(all, fixtureCaseId)
  const target: CaseRecord = { ...homs, id: 'case-new' as CaseId, name: 'Homs (imported)' }

  it('keeps free ids and moves the matrices into the target case', () => {
    const moved = rehome(slice, { target, taken: () => false })
    expect(moved.achMatrices).toEqual([{ ...homsMatrix, caseId: target.id }])
    expect(moved.briefings[0]!.achMatrixIds).toEqual([matrix.id])
  })

  it('renews a taken matrix id, and the briefing and audit entries follow it', () => {
    let n = 0
    const moved = rehome(slice, {
      target,
      taken: (collection) => collection === 'achMatrices',
      newId: () => `fresh-${++n}`,
    })
    expect(moved.achMatrices.map((m) => m.id)).toEqual(['fresh-1'])
    expect(moved.briefings[0]!.achMatrixIds).toEqual(['fresh-1'])
    expect(moved.audit.map((a) => a.entityId)).toEqual(['fresh-1'])
  })

  it('points the matrix rows at renewed claim ids, leaving free items as they are', () => {
    const moved = rehome(slice, {
      target,
      taken: (collection, id) => collection === 'claims' && id === 'c-deny',
      newId: () => 'c-renewed',
    })
    const items = moved.achMatrices[0]!.evidence.map((e) => e.item)
    expect(items).toEqual([
      { kind: 'claim', claimId: 'c-fled' },
      { kind: 'claim', claimId: 'c-renewed' },
      { kind: 'claim', claimId: 'c-roads' },
      { kind: 'absence', text: 'No reports of government reinforcements arriving.' },
    ])
    expect(
      moved.claims.find((c) => c.statement === claims.find((x) => x.id === 'c-deny')!.statement)!.id,
    ).toBe('c-renewed')
  })

  it('leaves a briefing from before matrices without the field', () => {
    const { achMatrixIds: _none, ...older } = briefing
    const moved = rehome({ ...slice, briefings: [older] }, { target, taken: () => false })
    expect('achMatrixIds' in moved.briefings[0]!).toBe(false)
  })
})
