// The rows the virtualiser renders: a data row (selection checkbox, then one
// cell per visible column) and a group row (a disclosure button spanning the
// table). Both are memoised on plain props: the Row instance (stable until the
// fetched rows change), flags, and handlers that are stable per answer, so
// scrolling, resizing or selecting one row re-renders only what changed.
// Clicks are handled once on <tbody> (see Grid), not per row.
import { memo, type ChangeEvent } from 'react'
import { FlexRender } from '@tanstack/react-table'
import { optionLabel } from './engine/keys'
import type { DisplayRow } from './engine/query'
import { columnLabel, type DataRow, type DataTableColumn, type DataTableRow } from './features'
import { spelledOut } from '@shared/text/invisible'
import { SafeText } from '../shell/SafeText'

export const rowDomId = (gridId: string, index: number) => `${gridId}-r${index}`

interface RowViewProps<TRow extends DataRow> {
  gridId: string
  index: number
  active: boolean
  /** Visible leaf columns in order; passed so a layout change re-renders the row. */
  columns: readonly DataTableColumn<TRow>[]
}

function DataRowViewImpl<TRow extends DataRow>({
  gridId,
  row,
  depth,
  index,
  active,
  selected,
  columns,
  rowLabel,
  onToggle,
}: RowViewProps<TRow> & {
  row: DataTableRow<TRow>
  /** 1 under a group row. */
  depth: number
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
      className={`dt-row${active ? ' is-active' : ''}${selected ? ' is-selected' : ''}${depth ? ' is-nested' : ''}`}
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
  group,
  column,
  index,
  active,
  columns,
  onToggleGroup,
}: RowViewProps<TRow> & {
  group: Extract<DisplayRow<TRow>, { kind: 'group' }>
  column: DataTableColumn<TRow> | undefined
  onToggleGroup: (key: string) => void
}) {
  const name = column ? columnLabel(column) : ''
  const value = optionLabel(column?.columnDef.meta, group.value)
  const count = group.size
  const expanded = group.expanded
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
        style={{ paddingInlineStart: 8 + group.depth * 20 }}
      >
        <button
          type="button"
          tabIndex={-1}
          className="dt-group-toggle"
          aria-expanded={expanded}
          aria-label={`${name}: ${spelledOut(value)}, ${count} ${count === 1 ? 'row' : 'rows'}`}
          onClick={() => onToggleGroup(group.key)}
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

// A new answer makes new TanStack Row objects for the same rows; a row is the
// same to render when it stands for the same data object (kept across answers
// by use-table-query) and every other prop is unchanged.
function sameDataRow<TRow extends DataRow>(
  a: Parameters<typeof DataRowViewImpl<TRow>>[0],
  b: Parameters<typeof DataRowViewImpl<TRow>>[0],
): boolean {
  for (const k of Object.keys(b) as (keyof typeof b)[]) {
    if (k === 'row') {
      if (a.row.original !== b.row.original || a.row.id !== b.row.id) return false
    } else if (a[k] !== b[k]) return false
  }
  return true
}

// memo() loses the generic parameter; the casts restore it (the props are the same).
export const DataRowView = memo(DataRowViewImpl, sameDataRow) as typeof DataRowViewImpl
export const GroupRowView = memo(GroupRowViewImpl) as typeof GroupRowViewImpl
