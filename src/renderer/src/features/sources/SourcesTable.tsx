// The sources table on the shared DataTable: each source with its kind,
// affiliation, default reliability (Admiralty labels from the scales), whom
// it relays, and how the claims resting on it fared. What each column reads
// and how it sorts, filters and groups: source-fields.ts.
import { DataTable, type DataTableProps } from '../table/DataTable'
import { optionLabel } from '../table/engine/keys'
import { createDataColumnHelper, fromField } from '../table/features'
import type { TableSource } from '../table/table-source'
import { sourceFields as f, kindOptions, partisanOptions, reliabilityOptions } from './source-fields'
import { spelledOut } from '@shared/text/invisible'
import { SafeJoin, SafeText } from '../shell/SafeText'
import type { SourceRow } from './source-row'

const h = createDataColumnHelper<SourceRow>()
const Empty = () => <span className="dt-empty-value">—</span>
const text = (v: unknown) => (typeof v === 'string' && v ? <SafeText text={v} /> : <Empty />)
const percent = new Intl.NumberFormat(undefined, { style: 'percent', maximumFractionDigits: 0 })
/** A share means nothing for a source without claims. */
const share = (v: number, row: SourceRow) => (row.claims ? percent.format(v) : <Empty />)

export const sourceColumns = h.columns([
  h.accessor(f.name.value, {
    ...fromField(f.name),
    header: 'Name',
    size: 230,
    cell: (c) => <SafeText text={c.getValue()} tooltip />,
  }),
  h.accessor(f.aliases.value, {
    ...fromField(f.aliases),
    header: 'Aliases',
    size: 190,
    cell: (c) => (c.getValue().length ? <SafeJoin parts={c.getValue()} separator=", " /> : <Empty />),
  }),
  h.accessor(f.kind.value, {
    ...fromField(f.kind),
    header: 'Kind',
    size: 160,
    cell: (c) => optionLabel({ options: kindOptions }, c.getValue()),
  }),
  h.accessor(f.affiliation.value, {
    ...fromField(f.affiliation),
    header: 'Affiliation',
    size: 170,
    cell: (c) => text(c.getValue()),
  }),
  h.accessor(f.partisan.value, {
    ...fromField(f.partisan),
    header: 'Partisan',
    size: 112,
    cell: (c) => optionLabel({ options: partisanOptions }, c.getValue()),
  }),
  h.accessor(f.reliability.value, {
    ...fromField(f.reliability),
    header: 'Reliability',
    size: 190,
    cell: (c) => {
      const v = c.getValue()
      return v ? optionLabel({ options: reliabilityOptions }, v) : <Empty />
    },
  }),
  h.accessor(f.relays.value, {
    ...fromField(f.relays),
    header: 'Relays',
    size: 170,
    cell: (c) => text(c.getValue()),
  }),
  h.accessor(f.claims.value, {
    ...fromField(f.claims, { align: 'end', label: 'Claims in this case' }),
    header: 'Claims',
    size: 90,
  }),
  h.accessor(f.allClaims.value, {
    ...fromField(f.allClaims, { align: 'end', label: 'Claims in all cases' }),
    header: 'All cases',
    size: 96,
  }),
  h.accessor(f.corroborated.value, {
    ...fromField(f.corroborated, { align: 'end' }),
    header: 'Corroborated',
    size: 120,
    cell: (c) => share(c.getValue(), c.row.original),
  }),
  h.accessor(f.disputed.value, {
    ...fromField(f.disputed, { align: 'end' }),
    header: 'Disputed',
    size: 100,
    cell: (c) => share(c.getValue(), c.row.original),
  }),
])

const sourceLabel = (row: SourceRow) => spelledOut(row.name)

export type SourcesTableProps = Omit<
  DataTableProps<SourceRow>,
  'source' | 'columns' | 'label' | 'searchLabel' | 'rowLabel'
> & { source: TableSource<SourceRow> }

export function SourcesTable({ source, ...props }: SourcesTableProps) {
  return (
    <DataTable
      source={source}
      columns={sourceColumns}
      label="Sources table"
      searchLabel="Search sources"
      rowLabel={sourceLabel}
      {...props}
    />
  )
}
