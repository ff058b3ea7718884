// The columns of the sources table as data (see claim-fields.ts): each
// source's kind, affiliation, default reliability (Admiralty labels from the
// scales), whom it relays, and how the claims resting on it fared.
import { reliabilityGrades } from '@shared/domain/scales'
import { sourceKinds } from '@shared/domain/source'
import { field, type FilterOption } from '../table/engine/columns'
import { orNone } from '../claims/claim-fields'
import type { SourceRow } from './source-row'

export const kindOptions: FilterOption[] = sourceKinds.map((k) => ({ value: k.id, label: k.label }))
export const reliabilityOptions: FilterOption[] = reliabilityGrades.map((g) => ({
  value: g.grade,
  label: `${g.grade}: ${g.label}`,
}))
export const partisanOptions: FilterOption[] = [
  { value: 'true', label: 'Yes' },
  { value: 'false', label: 'No' },
]

export const sourceFields = {
  name: field({ id: 'name', value: (r: SourceRow) => r.name, sort: 'text', filter: 'text' }),
  aliases: field({ id: 'aliases', value: (r: SourceRow) => r.aliases, sort: 'list', filter: 'array' }),
  kind: field({
    id: 'kind',
    value: (r: SourceRow) => r.kind,
    sort: 'option',
    filter: 'enum',
    options: kindOptions,
    groupable: true,
  }),
  affiliation: field({
    id: 'affiliation',
    value: (r: SourceRow) => orNone(r.affiliation),
    sort: 'text',
    filter: 'text',
    groupable: true,
    emptyLabel: 'No affiliation',
  }),
  partisan: field({
    id: 'partisan',
    value: (r: SourceRow) => String(r.partisan),
    sort: 'option',
    filter: 'enum',
    options: partisanOptions,
    groupable: true,
  }),
  reliability: field({
    id: 'reliability',
    value: (r: SourceRow) => orNone(r.reliability),
    sort: 'option',
    filter: 'enum',
    options: reliabilityOptions,
    emptyLabel: 'Not graded',
    groupable: true,
  }),
  relays: field({
    id: 'relays',
    value: (r: SourceRow) => orNone(r.relays),
    sort: 'text',
    filter: 'text',
    groupable: true,
    emptyLabel: 'Independent',
  }),
  claims: field({ id: 'claims', value: (r: SourceRow) => r.claims, sort: 'basic', searchable: false }),
  allClaims: field({ id: 'allClaims', value: (r: SourceRow) => r.allClaims, sort: 'basic', searchable: false }),
  corroborated: field({
    id: 'corroborated',
    value: (r: SourceRow) => r.corroborated,
    sort: 'basic',
    searchable: false,
  }),
  disputed: field({ id: 'disputed', value: (r: SourceRow) => r.disputed, sort: 'basic', searchable: false }),
}

export const sourceColumnList = Object.values(sourceFields)
