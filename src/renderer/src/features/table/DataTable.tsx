// A reusable data table over TanStack Table v9: search, per-column filters
// with faceted counts, multi-column sort, group by (array columns too), column
// order/width/visibility, row selection and keyboard navigation. For 100,000
// rows: only the rows in view are rendered (Grid), sorting compares
// precomputed keys (sorting.ts), typed filters wait for a pause in typing,
// and everything that is O(n) is memoised on the row model it depends on.
//
// State: TanStack owns the view state (seeded once from `initialState`, which
// is validated: it usually comes from storage) and DataTable reports every
// settled change through `onViewStateChange` as plain JSON. Selection is
// controlled when `selectedIds` is given. Pass stable `data`, `columns`,
// `rowLabel` and `externalFilter` (module constants or memoised): a new
// identity re-runs the row models.
import { useEffect, useEffectEvent, useMemo, useRef, useState } from 'react'
import type { ReactNode } from 'react'
import { functionalUpdate, useTable, type RowSelectionState, type Updater } from '@tanstack/react-table'
import type { Rect } from '@tanstack/react-virtual'
import { dataTableFeatures, type DataColumnDef, type DataRow } from './features'
import { rowSearchFilter, searchAnchorColumn } from './filters'
import { Grid } from './Grid'
import { isShiftEvent } from './keyboard'
import { defaultVisibility, initialTableState, selectedIdsOf, toSelection } from './table-state'
import { Toolbar } from './Toolbar'
import { toViewState, type TableViewState } from './view-state'
import './table.css'
import './controls.css'

export interface DataTableProps<TRow extends DataRow> {
  /** All rows; the status line counts them as the "M" of "N of M rows". */
  data: readonly TRow[]
  /** Column definitions from `createDataColumnHelper`; keep them at module scope. */
  columns: readonly DataColumnDef<TRow>[]
  /** Accessible name of the grid, e.g. "Claims table". */
  label: string
  /** Accessible name and placeholder of the search box, e.g. "Search claims". */
  searchLabel: string
  /** Names a row for its checkbox: "Select row: <rowLabel(row)>". */
  rowLabel: (row: TRow) => string
  /** A view state previously reported by onViewStateChange; anything malformed is ignored. Read once. */
  initialState?: unknown
  onViewStateChange?: (state: TableViewState) => void
  /** Controls the selection when given (e.g. to clear it after a bulk edit). */
  selectedIds?: readonly string[]
  onSelectionChange?: (ids: string[]) => void
  /** The row to make active (highlighted, scrolled into view), e.g. after choosing it elsewhere. */
  activeId?: string
  /** Called on a row click and on Enter. */
  onOpen?: (id: string) => void
  /** Applied before the search, filters and facet counts (the claims matrix cell). Memoise it. */
  externalFilter?: (row: TRow) => boolean
  /** Viewport size to assume when the scroll container measures 0×0 (tests under jsdom). */
  initialRect?: Rect
  /**
   * Actions beside the row count that act on every row the filters show, in
   * display order (e.g. "cite all shown"). The ids are gathered only when asked.
   */
  shownActions?: (shownIds: () => string[]) => ReactNode
}

const getRowId = (row: DataRow) => row.id

interface ShownRow {
  id: string
  subRows: ShownRow[]
  getIsGrouped(): boolean
}
/** Leaf row ids in display order; a row under several groups (tags) counts once. */
function shownIds(rows: readonly ShownRow[], out = new Set<string>()): string[] {
  for (const row of rows) {
    if (row.getIsGrouped()) shownIds(row.subRows, out)
    else out.add(row.id)
  }
  return [...out]
}
const defaultColumn = { size: 140, minSize: 48, maxSize: 1200 }
const count = new Intl.NumberFormat()
/** From this many rows on, typed searches and filters wait for a pause in typing. */
const LARGE = 20_000
const TYPING_DELAY = 200

export function DataTable<TRow extends DataRow>({
  data,
  columns,
  label,
  searchLabel,
  rowLabel,
  initialState,
  onViewStateChange,
  selectedIds,
  onSelectionChange,
  activeId,
  onOpen,
  externalFilter,
  initialRect,
  shownActions,
}: DataTableProps<TRow>) {
  const [initial] = useState(() => initialTableState(columns, initialState))
  const defaults = useMemo(() => defaultVisibility(columns), [columns])
  const rows = useMemo(() => (externalFilter ? data.filter(externalFilter) : data), [data, externalFilter])

  const [localSelection, setLocalSelection] = useState<RowSelectionState>({})
  const controlled = useMemo(() => (selectedIds ? toSelection(selectedIds) : undefined), [selectedIds])
  const rowSelection = controlled ?? localSelection
  const onRowSelectionChange = (updater: Updater<RowSelectionState>) => {
    const next = functionalUpdate(updater, rowSelection)
    if (!controlled) setLocalSelection(next)
    onSelectionChange?.(selectedIdsOf(next))
  }

  const table = useTable({
    features: dataTableFeatures,
    columns,
    data: rows,
    getRowId,
    defaultColumn,
    initialState: initial,
    state: { rowSelection },
    onRowSelectionChange,
    isRowRangeSelectionEvent: isShiftEvent,
    globalFilterFn: rowSearchFilter,
    getColumnCanGlobalFilter: searchAnchorColumn,
    groupedColumnMode: false,
    columnResizeMode: 'onChange',
    enableMultiSort: true,
    isMultiSortEvent: isShiftEvent,
  })
  const s = table.state

  // Report the view once it settles (not on every pointer move of a resize).
  const resizing = s.columnResizing.isResizingColumn !== false
  const view = useMemo(
    () =>
      toViewState({
        sorting: s.sorting,
        columnOrder: s.columnOrder,
        columnSizing: s.columnSizing,
        columnVisibility: s.columnVisibility,
        grouping: s.grouping,
        columnFilters: s.columnFilters,
        globalFilter: s.globalFilter,
      }),
    [
      s.sorting,
      s.columnOrder,
      s.columnSizing,
      s.columnVisibility,
      s.grouping,
      s.columnFilters,
      s.globalFilter,
    ],
  )
  const report = useEffectEvent((next: TableViewState) => onViewStateChange?.(next))
  const reported = useRef<string | null>(null)
  useEffect(() => {
    if (resizing) return
    const json = JSON.stringify(view)
    // The first settled view is where we started from: nothing to report.
    if (reported.current !== null && json !== reported.current) report(view)
    reported.current = json
  }, [view, resizing])

  // Worked out here, not in Grid: Grid re-renders while scrolling, these are O(n).
  const filtered = table.getFilteredRowModel().rows
  const selected = useMemo(() => selectedIdsOf(rowSelection).length, [rowSelection])
  const allSelected = useMemo(
    () => filtered.length > 0 && filtered.every((r) => rowSelection[r.id]),
    [filtered, rowSelection],
  )
  const typingDelay = data.length > LARGE ? TYPING_DELAY : 0
  const globalFilter = typeof s.globalFilter === 'string' ? s.globalFilter : ''

  return (
    <div className="data-table">
      <Toolbar
        table={table}
        searchLabel={searchLabel}
        globalFilter={globalFilter}
        groupedBy={s.grouping[0]}
        filtered={s.columnFilters.length > 0 || globalFilter !== ''}
        defaultVisibility={defaults}
        typingDelay={typingDelay}
      />
      <Grid
        table={table}
        label={label}
        rowLabel={rowLabel}
        rowSelection={rowSelection}
        grouped={s.grouping.length > 0}
        expanded={s.expanded}
        multiSort={s.sorting.length > 1}
        state={s}
        allSelected={allSelected}
        someSelected={selected > 0}
        typingDelay={typingDelay}
        activeId={activeId}
        onOpen={onOpen}
        initialRect={initialRect}
      />
      <div className="dt-footer">
        <p className="dt-status" role="status" aria-live="polite">
          {count.format(filtered.length)} of {count.format(data.length)} rows
          {selected > 0 && ` · ${count.format(selected)} selected`}
        </p>
        {shownActions?.(() => shownIds(table.getRowModel().rows))}
      </div>
    </div>
  )
}
