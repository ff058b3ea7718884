// The header row: the select-all checkbox, then per column the sort button
// (Shift adds a column to the sort), the column menu (move, sort, group,
// hide), the column's filter and the resize handle (drag, or arrow keys when
// focused). The row is memoised so scrolling, which re-renders the grid every
// few rows, does not re-render the header.
import { memo, type KeyboardEvent } from 'react'
import type { Header } from '@tanstack/react-table'
import { columnLabel, type DataRow, type DataTable, type DataTableFeatures } from './features'
import { FilterControl } from './FilterControl'
import { Popover } from './Popover'
import { moveColumn } from './view-state'

const RESIZE_STEP = 10
const RESIZE_STEP_LARGE = 50

function HeaderRowImpl<TRow extends DataRow>({
  table,
  multiSort,
  typingDelay,
  allSelected,
  someSelected,
  onToggleAll,
}: {
  table: DataTable<TRow>
  /**
   * Not read here: TanStack keeps state in its own atoms. A new table state is
   * what tells the memoised row that its headers changed.
   */
  state: object
  multiSort: boolean
  typingDelay: number
  allSelected: boolean
  someSelected: boolean
  /** Selects or clears every row the filters show (not only those fetched). */
  onToggleAll: (on: boolean) => void
}) {
  const headers = table.getHeaderGroups()[0]?.headers ?? []
  return (
    <tr aria-rowindex={1}>
      <th scope="col" className="dt-th dt-select" aria-label="Selection">
        <input
          type="checkbox"
          aria-label="Select all rows"
          checked={allSelected}
          ref={(el) => {
            if (el) el.indeterminate = someSelected && !allSelected
          }}
          onChange={(e) => onToggleAll(e.target.checked)}
        />
      </th>
      {headers.map((header) => (
        <HeaderCell
          key={header.id}
          header={header}
          table={table}
          multiSort={multiSort}
          typingDelay={typingDelay}
        />
      ))}
    </tr>
  )
}

// memo() loses the generic parameter; the cast restores it (the props are the same).
export const HeaderRow = memo(HeaderRowImpl) as typeof HeaderRowImpl

function HeaderCell<TRow extends DataRow>({
  header,
  table,
  multiSort,
  typingDelay,
}: {
  header: Header<DataTableFeatures, TRow, unknown>
  table: DataTable<TRow>
  /** More than one column is sorted, so each shows its place in the sort. */
  multiSort: boolean
  typingDelay: number
}) {
  const column = header.column
  const label = columnLabel(column)
  const sorted = column.getIsSorted()
  const canSort = column.getCanSort()
  const align = column.columnDef.meta?.align ?? 'start'
  return (
    <th
      scope="col"
      aria-label={label}
      aria-sort={
        !canSort ? undefined : sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : 'none'
      }
      className={`dt-th dt-align-${align}`}
    >
      <div className="dt-th-top">
        {canSort ? (
          <button
            type="button"
            className="dt-sort"
            aria-label={`Sort by ${label}`}
            title="Sort; Shift+click adds to the sort"
            onClick={column.getToggleSortingHandler()}
          >
            <span className="dt-th-label">{label}</span>
            <span className="dt-sort-mark" aria-hidden="true">
              {sorted === 'asc' ? '▲' : sorted === 'desc' ? '▼' : ''}
              {sorted && multiSort ? column.getSortIndex() + 1 : ''}
            </span>
          </button>
        ) : (
          <span className="dt-th-label">{label}</span>
        )}
        <ColumnMenu table={table} columnId={column.id} label={label} />
      </div>
      <div className="dt-th-filter">
        <FilterControl column={column} typingDelay={typingDelay} />
      </div>
      {column.getCanResize() && <ResizeHandle header={header} table={table} label={label} />}
    </th>
  )
}

function ColumnMenu<TRow extends DataRow>({
  table,
  columnId,
  label,
}: {
  table: DataTable<TRow>
  columnId: string
  label: string
}) {
  const column = table.getColumn(columnId)!
  const visible = table.getVisibleLeafColumns()
  const index = visible.indexOf(column)
  const move = (direction: -1 | 1, button: HTMLButtonElement) => {
    const order = table.getAllLeafColumns().map((c) => c.id)
    table.setColumnOrder(moveColumn(order, new Set(visible.map((c) => c.id)), columnId, direction))
    // The header moves in the DOM, which drops focus in some browsers; keep it on the button.
    requestAnimationFrame(() => button.focus())
  }
  const sorted = column.getIsSorted()
  return (
    <Popover
      label={`Options for ${label}`}
      buttonClassName="dt-icon-button"
      buttonContent={<span aria-hidden="true">⋮</span>}
      panelLabel={`${label} column`}
    >
      {(close) => (
        <div className="dt-menu">
          <button type="button" disabled={index <= 0} onClick={(e) => move(-1, e.currentTarget)}>
            Move left
          </button>
          <button
            type="button"
            disabled={index >= visible.length - 1}
            onClick={(e) => move(1, e.currentTarget)}
          >
            Move right
          </button>
          {column.getCanSort() && (
            <>
              <button type="button" disabled={sorted === 'asc'} onClick={() => column.toggleSorting(false)}>
                Sort ascending
              </button>
              <button type="button" disabled={sorted === 'desc'} onClick={() => column.toggleSorting(true)}>
                Sort descending
              </button>
            </>
          )}
          {column.columnDef.meta?.groupable && (
            <button
              type="button"
              disabled={column.getIsGrouped()}
              onClick={() => {
                table.setGrouping([columnId])
                table.resetExpanded(true)
                close()
              }}
            >
              Group by this column
            </button>
          )}
          {column.getCanHide() && (
            <button
              type="button"
              onClick={() => {
                close()
                column.toggleVisibility(false)
              }}
            >
              Hide column
            </button>
          )}
        </div>
      )}
    </Popover>
  )
}

function ResizeHandle<TRow extends DataRow>({
  header,
  table,
  label,
}: {
  header: Header<DataTableFeatures, TRow, unknown>
  table: DataTable<TRow>
  label: string
}) {
  const column = header.column
  const size = column.getSize()
  const min = column.columnDef.minSize ?? 40
  const max = column.columnDef.maxSize ?? 1000
  const onKeyDown = (e: KeyboardEvent) => {
    const step = e.shiftKey ? RESIZE_STEP_LARGE : RESIZE_STEP
    const next =
      e.key === 'ArrowLeft'
        ? size - step
        : e.key === 'ArrowRight'
          ? size + step
          : e.key === 'Home'
            ? min
            : e.key === 'End'
              ? max
              : null
    if (next === null) return
    e.preventDefault()
    table.setColumnSizing((old) => ({ ...old, [column.id]: Math.min(max, Math.max(min, next)) }))
  }
  const onStart = header.getResizeHandler()
  return (
    <div
      role="separator"
      aria-orientation="vertical"
      aria-label={`Resize ${label}`}
      aria-valuenow={size}
      aria-valuemin={min}
      aria-valuemax={max}
      tabIndex={0}
      title="Drag, or use the arrow keys, to resize; double-click to reset"
      className={column.getIsResizing() ? 'dt-resizer is-resizing' : 'dt-resizer'}
      onMouseDown={onStart}
      onTouchStart={onStart}
      onDoubleClick={() => column.resetSize()}
      onKeyDown={onKeyDown}
    />
  )
}
