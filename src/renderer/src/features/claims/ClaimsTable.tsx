// The claims table: a column for every ClaimRow field on the shared DataTable.
// What each column reads and how it sorts, filters and groups comes from
// claim-fields.ts (shared with the table engine in the ledger worker); here
// are the headers, widths and cells. Columns are module constants: DataTable
// needs them stable.
import { DataTable, type DataTableProps } from '../table/DataTable'
import { optionLabel } from '../table/engine/keys'
import { createDataColumnHelper, fromField } from '../table/features'
import type { TableSource } from '../table/table-source'
import {
  claimFields as f,
  confidenceOptions,
  credibilityOptions,
  reliabilityOptions,
  statusOptions,
  typeOptions,
} from './claim-fields'
import { spelledOut } from '@shared/text/invisible'
import { SafeText } from '../shell/SafeText'
import type { ClaimRow } from './claim-row'

const h = createDataColumnHelper<ClaimRow>()
const Empty = () => <span className="dt-empty-value">—</span>
const text = (v: unknown) => (typeof v === 'string' && v ? <SafeText text={v} /> : <Empty />)
const list = (v: unknown) =>
  Array.isArray(v) && v.length ? (
    // Index keys: the list is rendered whole, and a tag may be repeated.
    v.map((x: unknown, i) => <SafeText key={i} className="dt-chip" text={String(x)} />)
  ) : (
    <Empty />
  )

export const claimColumns = h.columns([
  h.accessor(f.statement.value, {
    ...fromField(f.statement),
    header: 'Statement',
    size: 300,
    cell: (c) => <SafeText text={c.getValue()} tooltip />,
  }),
  h.accessor(f.type.value, {
    ...fromField(f.type),
    header: 'Type',
    size: 140,
    cell: (c) => optionLabel({ options: typeOptions }, c.getValue()),
  }),
  h.accessor(f.source.value, {
    ...fromField(f.source),
    header: 'Source',
    size: 170,
    cell: (c) => text(c.getValue()),
  }),
  h.accessor(f.via.value, { ...fromField(f.via), header: 'Via', size: 140, cell: (c) => text(c.getValue()) }),
  h.accessor(f.grade.value, {
    ...fromField(f.grade, { label: 'Grade' }),
    header: 'Grade',
    size: 96,
    cell: (c) => {
      const v = c.getValue()
      return v ? <span className="dt-code">{v}</span> : <Empty />
    },
  }),
  h.accessor(f.reliability.value, {
    ...fromField(f.reliability),
    header: 'Reliability',
    size: 180,
    cell: (c) => {
      const v = c.getValue()
      return v ? optionLabel({ options: reliabilityOptions }, v) : <Empty />
    },
  }),
  h.accessor(f.credibility.value, {
    ...fromField(f.credibility),
    header: 'Credibility',
    size: 200,
    cell: (c) => {
      const v = c.getValue()
      return v ? optionLabel({ options: credibilityOptions }, v) : <Empty />
    },
  }),
  h.accessor(f.status.value, {
    ...fromField(f.status),
    header: 'Status',
    size: 130,
    cell: (c) => (
      <span className={`status status-${c.getValue()}`}>
        {optionLabel({ options: statusOptions }, c.getValue())}
      </span>
    ),
  }),
  h.accessor(f.likelihood.value, {
    ...fromField(f.likelihood),
    header: 'Likelihood',
    size: 150,
    cell: (c) => text(c.getValue()),
  }),
  h.accessor(f.confidence.value, {
    ...fromField(f.confidence),
    header: 'Confidence',
    size: 132,
    cell: (c) => {
      const v = c.getValue()
      return v ? optionLabel({ options: confidenceOptions }, v) : <Empty />
    },
  }),
  h.accessor(f.occurred.value, {
    ...fromField(f.occurred),
    header: 'Occurred',
    size: 110,
    cell: (c) => text(c.getValue()),
  }),
  h.accessor(f.reported.value, {
    ...fromField(f.reported),
    header: 'Reported',
    size: 110,
    cell: (c) => text(c.getValue()),
  }),
  h.accessor(f.places.value, {
    ...fromField(f.places, { hiddenByDefault: true }),
    header: 'Places',
    size: 150,
    cell: (c) => list(c.getValue()),
  }),
  h.accessor(f.tags.value, {
    ...fromField(f.tags),
    header: 'Tags',
    size: 170,
    cell: (c) => list(c.getValue()),
  }),
  h.accessor(f.passages.value, {
    ...fromField(f.passages, { align: 'end' }),
    header: 'Passages',
    size: 96,
  }),
  h.accessor(f.notes.value, {
    ...fromField(f.notes, { hiddenByDefault: true }),
    header: 'Notes',
    size: 240,
    cell: (c) => text(c.getValue()),
  }),
  h.accessor(f.modified.value, {
    ...fromField(f.modified, { hiddenByDefault: true }),
    header: 'Modified',
    size: 150,
    cell: (c) => c.getValue().slice(0, 16).replace('T', ' '),
  }),
])

const claimLabel = (row: ClaimRow) => spelledOut(row.statement)

export type ClaimsTableProps = Omit<
  DataTableProps<ClaimRow>,
  'source' | 'columns' | 'label' | 'searchLabel' | 'rowLabel'
> & {
  source: TableSource<ClaimRow>
}

export function ClaimsTable({ source, ...props }: ClaimsTableProps) {
  return (
    <DataTable
      source={source}
      columns={claimColumns}
      label="Claims table"
      searchLabel="Search claims"
      rowLabel={claimLabel}
      {...props}
    />
  )
}
