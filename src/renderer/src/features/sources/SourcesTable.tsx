// The sources table on the shared DataTable: each source with its kind,
// affiliation, default reliability (Admiralty labels from the scales), whom
// it relays, and how the claims resting on it fared.
import { reliabilityGrades } from '@shared/domain/scales'
import { sourceKinds } from '@shared/domain/source'
import { DataTable, type DataTableProps } from '../table/DataTable'
import { createDataColumnHelper, type FilterOption } from '../table/features'
import { optionLabel } from '../table/filters'
import { spelledOut } from '@shared/text/invisible'
import { SafeJoin, SafeText } from '../shell/SafeText'
import type { SourceRow } from './source-row'

export const kindOptions: FilterOption[] = sourceKinds.map((k) => ({ value: k.id, label: k.label }))
export const reliabilityOptions: FilterOption[] = reliabilityGrades.map((g) => ({
  value: g.grade,
  label: `${g.grade}: ${g.label}`,
}))
const partisanOptions: FilterOption[] = [
  { value: 'true', label: 'Yes' },
  { value: 'false', label: 'No' },
]

const h = createDataColumnHelper<SourceRow>()
/** '' and null both read as "no value": sorted last either way, filtered and grouped as empty. */
const orNone = <T,>(v: T | null | ''): T | undefined => (v === null || v === '' ? undefined : v)
const Empty = () => <span className="dt-empty-value">—</span>
const text = (v: unknown) => (typeof v === 'string' && v ? <SafeText text={v} /> : <Empty />)
const textColumn = { sortFn: 'text', filterFn: 'text' } as const
const enumColumn = { sortFn: 'option', filterFn: 'oneOf' } as const
const percent = new Intl.NumberFormat(undefined, { style: 'percent', maximumFractionDigits: 0 })
/** A share means nothing for a source without claims. */
const share = (v: number, row: SourceRow) => (row.claims ? percent.format(v) : <Empty />)

export const sourceColumns = h.columns([
  h.accessor('name', {
    header: 'Name',
    size: 230,
    ...textColumn,
    meta: { filter: 'text' },
    cell: (c) => <SafeText text={c.getValue()} tooltip />,
  }),
  h.accessor('aliases', {
    header: 'Aliases',
    size: 190,
    sortFn: 'list',
    filterFn: 'anyElement',
    getUniqueValues: (r) => r.aliases,
    meta: { filter: 'array' },
    cell: (c) => (c.getValue().length ? <SafeJoin parts={c.getValue()} separator=", " /> : <Empty />),
  }),
  h.accessor('kind', {
    header: 'Kind',
    size: 160,
    ...enumColumn,
    meta: { filter: 'enum', options: kindOptions, groupable: true },
    cell: (c) => optionLabel({ options: kindOptions }, c.getValue()),
  }),
  h.accessor((r) => orNone(r.affiliation), {
    id: 'affiliation',
    header: 'Affiliation',
    size: 170,
    ...textColumn,
    meta: { filter: 'text', groupable: true, emptyLabel: 'No affiliation' },
    cell: (c) => text(c.getValue()),
  }),
  h.accessor((r) => String(r.partisan), {
    id: 'partisan',
    header: 'Partisan',
    size: 112,
    ...enumColumn,
    meta: { filter: 'enum', options: partisanOptions, groupable: true },
    cell: (c) => optionLabel({ options: partisanOptions }, c.getValue()),
  }),
  h.accessor((r) => orNone(r.reliability), {
    id: 'reliability',
    header: 'Reliability',
    size: 190,
    ...enumColumn,
    meta: { filter: 'enum', options: reliabilityOptions, emptyLabel: 'Not graded', groupable: true },
    cell: (c) => {
      const v = c.getValue()
      return v ? optionLabel({ options: reliabilityOptions }, v) : <Empty />
    },
  }),
  h.accessor((r) => orNone(r.relays), {
    id: 'relays',
    header: 'Relays',
    size: 170,
    ...textColumn,
    meta: { filter: 'text', groupable: true, emptyLabel: 'Independent' },
    cell: (c) => text(c.getValue()),
  }),
  h.accessor('claims', {
    header: 'Claims',
    size: 90,
    sortFn: 'basic',
    meta: { label: 'Claims in this case', align: 'end', searchable: false },
  }),
  h.accessor('allClaims', {
    header: 'All cases',
    size: 96,
    sortFn: 'basic',
    meta: { label: 'Claims in all cases', align: 'end', searchable: false },
  }),
  h.accessor('corroborated', {
    header: 'Corroborated',
    size: 120,
    sortFn: 'basic',
    meta: { align: 'end', searchable: false },
    cell: (c) => share(c.getValue(), c.row.original),
  }),
  h.accessor('disputed', {
    header: 'Disputed',
    size: 100,
    sortFn: 'basic',
    meta: { align: 'end', searchable: false },
    cell: (c) => share(c.getValue(), c.row.original),
  }),
])

const sourceLabel = (row: SourceRow) => spelledOut(row.name)

export type SourcesTableProps = Omit<
  DataTableProps<SourceRow>,
  'data' | 'columns' | 'label' | 'searchLabel' | 'rowLabel'
> & { rows: readonly SourceRow[] }

export function SourcesTable({ rows, ...props }: SourcesTableProps) {
  return (
    <DataTable
      data={rows}
      columns={sourceColumns}
      label="Sources table"
      searchLabel="Search sources"
      rowLabel={sourceLabel}
      {...props}
    />
  )
}
