// The rows the virtualiser renders: a data row (selection checkbox, then one
// cell per visible column) and a group row (a disclosure button spanning the
// table). Both are memoised on plain props: the Row instance (stable until the
// row model changes), flags, and handlers that are stable per row model, so
// scrolling, resizing or selecting one row re-renders only what changed.
// Clicks are handled once on <tbody> (see Grid), not per row.
import { memo, type ChangeEvent } from 'react'
import { FlexRender } from '@tanstack/react-table'
import { columnLabel, type DataRow, type DataTableColumn, type DataTableRow } from './features'
import { optionLabel } from './filters'
import { groupSize } from './grouping'
import { spelledOut } from '@shared/text/invisible'
import { SafeText } from '../shell/SafeText'

export const rowDomId = (gridId: string, index: number) => `${gridId}-r${index}`

interface RowViewProps<TRow extends DataRow> {
  gridId: string
  row: DataTableRow<TRow>
  index: number
  active: boolean
  /** Visible leaf columns in order; passed so a layout change re-renders the row. */
  columns: readonly DataTableColumn<TRow>[]
}

function DataRowViewImpl<TRow extends DataRow>({
  gridId,
  row,
  index,
  active,
  selected,
  columns,
  rowLabel,
  onToggle,
}: RowViewProps<TRow> & {
  selected: boolean
  rowLabel: (row: TRow) => string
  onToggle: (e: ChangeEvent<HTMLInputElement>) => void
}) {
  const cells = row.getVisibleCells()
  return (
    <tr
      id={rowDomId(gridId, index)}
      aria-rowindex={index + 2}
      aria-selected={selected}
      data-index={index}
      className={`dt-row${active ? ' is-active' : ''}${selected ? ' is-selected' : ''}${row.depth ? ' is-nested' : ''}`}
    >
      <td className="dt-select">
        <input
          type="checkbox"
          tabIndex={-1}
          aria-label={`Select row: ${rowLabel(row.original)}`}
          checked={selected}
          data-index={index}
          onChange={onToggle}
        />
      </td>
      {cells.map((cell) => (
        <td key={cell.id} className={`dt-cell dt-align-${cell.column.columnDef.meta?.align ?? 'start'}`}>
          <FlexRender cell={cell} />
        </td>
      ))}
      {columns.length === 0 && <td />}
    </tr>
  )
}

function GroupRowViewImpl<TRow extends DataRow>({
  gridId,
  row,
  index,
  active,
  columns,
  expanded,
  onToggleGroup,
}: RowViewProps<TRow> & { expanded: boolean; onToggleGroup: (index: number) => void }) {
  const column = row.groupingColumnId ? row.table.getColumn(row.groupingColumnId) : undefined
  const name = column ? columnLabel(column) : ''
  const key = typeof row.groupingValue === 'string' ? row.groupingValue : ''
  const value = optionLabel(column?.columnDef.meta, key)
  const count = groupSize(row)
  return (
    <tr
      id={rowDomId(gridId, index)}
      aria-rowindex={index + 2}
      aria-expanded={expanded}
      data-index={index}
      className={`dt-row dt-group-row${active ? ' is-active' : ''}`}
    >
      <td
        colSpan={columns.length + 1}
        className="dt-group-cell"
        style={{ paddingInlineStart: 8 + row.depth * 20 }}
      >
        <button
          type="button"
          tabIndex={-1}
          className="dt-group-toggle"
          aria-expanded={expanded}
          aria-label={`${name}: ${spelledOut(value)}, ${count} ${count === 1 ? 'row' : 'rows'}`}
          onClick={() => onToggleGroup(index)}
        >
          <span className="dt-chevron" aria-hidden="true">
            {expanded ? '▾' : '▸'}
          </span>
          <span className="dt-group-name">{name}:</span> <SafeText className="dt-group-value" text={value} />
          <span className="dt-count">{count}</span>
        </button>
      </td>
    </tr>
  )
}

// memo() loses the generic parameter; the casts restore it (the props are the same).
export const DataRowView = memo(DataRowViewImpl) as typeof DataRowViewImpl
export const GroupRowView = memo(GroupRowViewImpl) as typeof GroupRowViewImpl
