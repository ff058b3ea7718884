// The columns of the claims table as data: how each reads its value from a
// ClaimRow and how it sorts, filters, groups and is searched. Shared by the
// table engine in the ledger worker and the React columns (ClaimsTable), and
// free of React so the worker can import it. Enumerated columns take their
// values and labels from the domain scales (Admiralty reliability and
// credibility, claim types and statuses, analytic confidence), so filters,
// group rows and search read as the standards do.
import { claimStatuses, claimTypes } from '@shared/domain/claim'
import { confidenceLevels, credibilityGrades, reliabilityGrades } from '@shared/domain/scales'
import { field, type FilterOption } from '../table/engine/columns'
import type { ClaimRow } from './claim-row'

export const typeOptions: FilterOption[] = claimTypes.map((t) => ({ value: t.id, label: t.label }))
export const statusOptions: FilterOption[] = claimStatuses.map((s) => ({ value: s.id, label: s.label }))
export const reliabilityOptions: FilterOption[] = reliabilityGrades.map((g) => ({
  value: g.grade,
  label: `${g.grade}: ${g.label}`,
}))
export const credibilityOptions: FilterOption[] = credibilityGrades.map((g) => ({
  value: g.grade,
  label: `${g.grade}: ${g.label}`,
}))
export const confidenceOptions: FilterOption[] = confidenceLevels.map((c) => ({
  value: c.id,
  label: c.label,
}))

/** '' and null both read as "no value": sorted last either way, filtered and grouped as empty. */
export const orNone = <T>(v: T | null | ''): T | undefined => (v === null || v === '' ? undefined : v)

const text = { sort: 'text', filter: 'text' } as const
const enumerated = { sort: 'option', filter: 'enum' } as const
const list = { sort: 'list', filter: 'array' } as const

export const claimFields = {
  statement: field({ id: 'statement', value: (r: ClaimRow) => r.statement, ...text }),
  type: field({
    id: 'type',
    value: (r: ClaimRow) => r.type,
    ...enumerated,
    options: typeOptions,
    groupable: true,
  }),
  source: field({
    id: 'source',
    value: (r: ClaimRow) => orNone(r.source),
    ...text,
    groupable: true,
    emptyLabel: 'No source',
  }),
  via: field({ id: 'via', value: (r: ClaimRow) => orNone(r.via), ...text }),
  grade: field({
    id: 'grade',
    value: (r: ClaimRow) => orNone(r.grade),
    ...text,
    groupable: true,
    emptyLabel: 'Ungraded',
  }),
  reliability: field({
    id: 'reliability',
    value: (r: ClaimRow) => orNone(r.reliability),
    ...enumerated,
    options: reliabilityOptions,
    emptyLabel: 'Not graded',
    groupable: true,
  }),
  credibility: field({
    id: 'credibility',
    value: (r: ClaimRow) => orNone(r.credibility),
    ...enumerated,
    options: credibilityOptions,
    emptyLabel: 'Not graded',
    groupable: true,
  }),
  status: field({
    id: 'status',
    value: (r: ClaimRow) => r.status,
    ...enumerated,
    options: statusOptions,
    groupable: true,
  }),
  likelihood: field({ id: 'likelihood', value: (r: ClaimRow) => orNone(r.likelihood), ...text }),
  confidence: field({
    id: 'confidence',
    value: (r: ClaimRow) => orNone(r.confidence),
    ...enumerated,
    options: confidenceOptions,
    emptyLabel: 'Not assessed',
  }),
  occurred: field({ id: 'occurred', value: (r: ClaimRow) => orNone(r.occurred), ...text }),
  reported: field({ id: 'reported', value: (r: ClaimRow) => orNone(r.reported), ...text }),
  places: field({ id: 'places', value: (r: ClaimRow) => r.places, ...list }),
  tags: field({
    id: 'tags',
    value: (r: ClaimRow) => r.tags,
    ...list,
    groupable: true,
    emptyLabel: 'No tags',
  }),
  passages: field({
    id: 'passages',
    value: (r: ClaimRow) => r.passages,
    sort: 'basic',
    searchable: false,
  }),
  notes: field({ id: 'notes', value: (r: ClaimRow) => orNone(r.notes), ...text }),
  modified: field({ id: 'modified', value: (r: ClaimRow) => r.modified, ...text, searchable: false }),
}

/** Every claims column, in the table's default order. */
export const claimColumnList = Object.values(claimFields)
