// The claims table: a column for every ClaimRow field on the shared DataTable.
// Enumerated columns take their values and labels from the domain scales
// (Admiralty reliability and credibility, claim types and statuses, analytic
// confidence), so filters, group rows and search read as the standards do.
// Columns are module constants: DataTable needs them stable.
import { claimStatuses, claimTypes } from '@shared/domain/claim'
import { confidenceLevels, credibilityGrades, reliabilityGrades } from '@shared/domain/scales'
import { DataTable, type DataTableProps } from '../table/DataTable'
import { createDataColumnHelper, type FilterOption } from '../table/features'
import { optionLabel } from '../table/filters'
import { spelledOut } from '@shared/text/invisible'
import { SafeText } from '../shell/SafeText'
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

const h = createDataColumnHelper<ClaimRow>()
/** '' and null both read as "no value": sorted last either way, filtered and grouped as empty. */
const orNone = <T,>(v: T | null | ''): T | undefined => (v === null || v === '' ? undefined : v)
const Empty = () => <span className="dt-empty-value">—</span>
const text = (v: unknown) => (typeof v === 'string' && v ? <SafeText text={v} /> : <Empty />)
const list = (v: unknown) =>
  Array.isArray(v) && v.length ? (
    // Index keys: the list is rendered whole, and a tag may be repeated.
    v.map((x: unknown, i) => <SafeText key={i} className="dt-chip" text={String(x)} />)
  ) : (
    <Empty />
  )
const textColumn = { sortFn: 'text', filterFn: 'text' } as const
const enumColumn = { sortFn: 'option', filterFn: 'oneOf' } as const
const listColumn = { sortFn: 'list', filterFn: 'anyElement' } as const

export const claimColumns = h.columns([
  h.accessor('statement', {
    header: 'Statement',
    size: 300,
    ...textColumn,
    meta: { filter: 'text' },
    cell: (c) => <SafeText text={c.getValue()} tooltip />,
  }),
  h.accessor('type', {
    header: 'Type',
    size: 140,
    ...enumColumn,
    meta: { filter: 'enum', options: typeOptions, groupable: true },
    cell: (c) => optionLabel({ options: typeOptions }, c.getValue()),
  }),
  h.accessor((r) => orNone(r.source), {
    id: 'source',
    header: 'Source',
    size: 170,
    ...textColumn,
    meta: { filter: 'text', groupable: true, emptyLabel: 'No source' },
    cell: (c) => text(c.getValue()),
  }),
  h.accessor((r) => orNone(r.via), {
    id: 'via',
    header: 'Via',
    size: 140,
    ...textColumn,
    meta: { filter: 'text' },
    cell: (c) => text(c.getValue()),
  }),
  h.accessor((r) => orNone(r.grade), {
    id: 'grade',
    header: 'Grade',
    size: 96,
    ...textColumn,
    meta: { label: 'Grade', filter: 'text', groupable: true, emptyLabel: 'Ungraded' },
    cell: (c) => {
      const v = c.getValue()
      return v ? <span className="dt-code">{v}</span> : <Empty />
    },
  }),
  h.accessor((r) => orNone(r.reliability), {
    id: 'reliability',
    header: 'Reliability',
    size: 180,
    ...enumColumn,
    meta: { filter: 'enum', options: reliabilityOptions, emptyLabel: 'Not graded', groupable: true },
    cell: (c) => {
      const v = c.getValue()
      return v ? optionLabel({ options: reliabilityOptions }, v) : <Empty />
    },
  }),
  h.accessor((r) => orNone(r.credibility), {
    id: 'credibility',
    header: 'Credibility',
    size: 200,
    ...enumColumn,
    meta: { filter: 'enum', options: credibilityOptions, emptyLabel: 'Not graded', groupable: true },
    cell: (c) => {
      const v = c.getValue()
      return v ? optionLabel({ options: credibilityOptions }, v) : <Empty />
    },
  }),
  h.accessor('status', {
    header: 'Status',
    size: 130,
    ...enumColumn,
    meta: { filter: 'enum', options: statusOptions, groupable: true },
    cell: (c) => (
      <span className={`status status-${c.getValue()}`}>
        {optionLabel({ options: statusOptions }, c.getValue())}
      </span>
    ),
  }),
  h.accessor((r) => orNone(r.likelihood), {
    id: 'likelihood',
    header: 'Likelihood',
    size: 150,
    ...textColumn,
    meta: { filter: 'text' },
    cell: (c) => text(c.getValue()),
  }),
  h.accessor((r) => orNone(r.confidence), {
    id: 'confidence',
    header: 'Confidence',
    size: 132,
    ...enumColumn,
    meta: { filter: 'enum', options: confidenceOptions, emptyLabel: 'Not assessed' },
    cell: (c) => {
      const v = c.getValue()
      return v ? optionLabel({ options: confidenceOptions }, v) : <Empty />
    },
  }),
  h.accessor((r) => orNone(r.occurred), {
    id: 'occurred',
    header: 'Occurred',
    size: 110,
    ...textColumn,
    meta: { filter: 'text' },
    cell: (c) => text(c.getValue()),
  }),
  h.accessor((r) => orNone(r.reported), {
    id: 'reported',
    header: 'Reported',
    size: 110,
    ...textColumn,
    meta: { filter: 'text' },
    cell: (c) => text(c.getValue()),
  }),
  h.accessor('places', {
    header: 'Places',
    size: 150,
    ...listColumn,
    getUniqueValues: (r) => r.places,
    meta: { filter: 'array', hiddenByDefault: true },
    cell: (c) => list(c.getValue()),
  }),
  h.accessor('tags', {
    header: 'Tags',
    size: 170,
    ...listColumn,
    getUniqueValues: (r) => r.tags,
    meta: { filter: 'array', groupable: true, emptyLabel: 'No tags' },
    cell: (c) => list(c.getValue()),
  }),
  h.accessor('passages', {
    header: 'Passages',
    size: 96,
    sortFn: 'basic',
    meta: { align: 'end', searchable: false },
  }),
  h.accessor((r) => orNone(r.notes), {
    id: 'notes',
    header: 'Notes',
    size: 240,
    ...textColumn,
    meta: { filter: 'text', hiddenByDefault: true },
    cell: (c) => text(c.getValue()),
  }),
  h.accessor('modified', {
    header: 'Modified',
    size: 150,
    ...textColumn,
    meta: { filter: 'text', hiddenByDefault: true, searchable: false },
    cell: (c) => c.getValue().slice(0, 16).replace('T', ' '),
  }),
])

const claimLabel = (row: ClaimRow) => spelledOut(row.statement)

export type ClaimsTableProps = Omit<
  DataTableProps<ClaimRow>,
  'data' | 'columns' | 'label' | 'searchLabel' | 'rowLabel'
> & {
  rows: readonly ClaimRow[]
}

export function ClaimsTable({ rows, ...props }: ClaimsTableProps) {
  return (
    <DataTable
      data={rows}
      columns={claimColumns}
      label="Claims table"
      searchLabel="Search claims"
      rowLabel={claimLabel}
      {...props}
    />
  )
}
