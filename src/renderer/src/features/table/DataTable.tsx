// A reusable data table over TanStack Table v9 in its manual (server-side)
// mode: search, per-column filters with faceted counts, multi-column sort,
// group by (array columns too), column order/width/visibility, row selection
// and keyboard navigation, at any number of rows. TanStack keeps the column
// model, the view state, the selection and cell rendering; a TableSource
// (the ledger worker, or a table engine in process) filters, sorts, groups
// and counts, and only the rows in view (plus a margin) reach TanStack as
// `data` and the DOM.
//
// State: TanStack owns the view state (seeded once from `initialState`, which
// is validated: it usually comes from storage) and DataTable reports every
// settled change through `onViewStateChange` as plain JSON. Selection is
// controlled when `selectedIds` is given. Pass stable `source`, `columns`,
// `rowLabel` and `externalFilter` (module constants or memoised).
import { useCallback, useEffect, useEffectEvent, useLayoutEffect, useMemo, useRef, useState } from 'react'
import type { ReactNode } from 'react'
import { functionalUpdate, useTable, type RowSelectionState, type Updater } from '@tanstack/react-table'
import type { Rect } from '@tanstack/react-virtual'
import type { DisplayRow } from './engine/query'
import { FacetsContext, type Facets } from './facets-context'
import { dataTableFeatures, type DataColumnDef, type DataRow } from './features'
import { Grid, type Active } from './Grid'
import { isShiftEvent } from './keyboard'
import { defaultVisibility, initialTableState, selectedIdsOf, toSelection } from './table-state'
import type { RowWindow, TableQuery, TableSource } from './table-source'
import { Toolbar } from './Toolbar'
import { useAnswer, useAsk } from './use-table-query'
import { toViewState, type TableViewState } from './view-state'
import './table.css'
import './controls.css'

export interface DataTableProps<TRow extends DataRow> {
  /** Where the rows come from; the status line counts them as the "M" of "N of M rows". */
  source: TableSource<TRow>
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
  /** Applied before the search, filters and facet counts: rows whose column holds exactly this key (the claims matrix cell). Memoise it. */
  externalFilter?: Readonly<Record<string, string>>
  /** Viewport size to assume when the scroll container measures 0×0 (tests under jsdom). */
  initialRect?: Rect
  /**
   * Actions beside the row count that act on every row the filters show, in
   * display order (e.g. "cite all shown"). The ids are gathered only when asked.
   */
  shownActions?: (shownIds: () => Promise<string[]>) => ReactNode
}

const getRowId = (row: DataRow) => row.id
const defaultColumn = { size: 140, minSize: 48, maxSize: 1200 }
const count = new Intl.NumberFormat()
/** From this many rows on, typed searches and filters wait for a pause in typing. */
const LARGE = 20_000
const TYPING_DELAY = 200
/**
 * Rows are fetched around those in view with MARGIN rows to spare on each
 * side, in whole BLOCKs, so a brisk scroll asks every fifty rows or so and the
 * answer (a few milliseconds away) arrives before the margin is used up.
 */
const BLOCK = 50
const MARGIN = 100

/** A function of stable identity that always calls the latest `fn` (for handlers passed to memoised rows). */
function useStable<A extends unknown[], R>(fn: (...args: A) => R): (...args: A) => R {
  const latest = useRef(fn)
  useLayoutEffect(() => {
    latest.current = fn
  })
  return useCallback((...args: A) => latest.current(...args), [])
}

function windowAround(start: number, end: number): RowWindow {
  return {
    start: Math.max(0, Math.floor((start - MARGIN) / BLOCK) * BLOCK),
    end: Math.ceil((end + 1 + MARGIN) / BLOCK) * BLOCK,
  }
}

export function DataTable<TRow extends DataRow>({
  source,
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
  const [rowWindow, setWindow] = useState<RowWindow>(() => windowAround(0, 40))
  const [openFacets, setOpenFacets] = useState<readonly string[]>([])
  const [active, setActive] = useState<Active>({ key: activeId, index: -1, scroll: activeId !== undefined })
  const [seenActiveId, setSeenActiveId] = useState(activeId)
  if (activeId !== seenActiveId) {
    setSeenActiveId(activeId)
    setActive({ key: activeId, index: -1, scroll: true })
  }

  const [localSelection, setLocalSelection] = useState<RowSelectionState>({})
  const controlled = useMemo(() => (selectedIds ? toSelection(selectedIds) : undefined), [selectedIds])
  const rowSelection = controlled ?? localSelection
  const selectionRef = useRef(rowSelection)
  useEffect(() => {
    selectionRef.current = rowSelection
  }, [rowSelection])
  const setSelection = (next: RowSelectionState) => {
    selectionRef.current = next
    if (!controlled) setLocalSelection(next)
    onSelectionChange?.(selectedIdsOf(next))
  }
  const onRowSelectionChange = (updater: Updater<RowSelectionState>) =>
    setSelection(functionalUpdate(updater, selectionRef.current))

  // The rows of the last answer, once each, are TanStack's data (cells render from them).
  const state = useAnswer<TRow>()
  const { answer, error, revision } = state
  const result = answer?.result
  const rows = result?.rows
  const data = useMemo(() => {
    const unique = new Map<string, TRow>()
    for (const r of rows ?? []) if (r.kind === 'leaf') unique.set(r.id, r.row)
    return [...unique.values()]
  }, [rows])
  const table = useTable({
    features: dataTableFeatures,
    columns,
    data,
    getRowId,
    defaultColumn,
    initialState: initial,
    state: { rowSelection },
    onRowSelectionChange,
    manualFiltering: true,
    manualSorting: true,
    manualGrouping: true,
    manualExpanding: true,
    groupedColumnMode: false,
    columnResizeMode: 'onChange',
    enableMultiSort: true,
    isMultiSortEvent: isShiftEvent,
  })
  const s = table.state

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
  const query: TableQuery = useMemo(
    () => ({
      sorting: view.sorting,
      columnFilters: view.columnFilters,
      globalFilter: view.globalFilter,
      grouping: view.grouping,
      expanded: s.expanded,
      ...(externalFilter ? { external: externalFilter } : {}),
      ...(openFacets.length ? { facets: openFacets } : {}),
    }),
    [view, s.expanded, externalFilter, openFacets],
  )
  useAsk(state, source, query, rowWindow, active.key)

  // Report the view once it settles (not on every pointer move of a resize).
  const resizing = s.columnResizing.isResizingColumn !== false
  const report = useEffectEvent((next: TableViewState) => onViewStateChange?.(next))
  const reported = useRef<string | null>(null)
  useEffect(() => {
    if (resizing) return
    const json = JSON.stringify(view)
    // The first settled view is where we started from: nothing to report.
    if (reported.current !== null && json !== reported.current) report(view)
    reported.current = json
  }, [view, resizing])

  const start = result?.start ?? 0
  const rowAt = useCallback(
    (index: number): DisplayRow<TRow> | undefined =>
      rows && index >= start ? rows[index - start] : undefined,
    [rows, start],
  )
  // The answer names the active row's place when it was asked for that row.
  const activeIndex =
    active.key !== undefined && answer && answer.locate === active.key ? result!.located : active.index
  // Once a row reached by index is loaded, follow it by key through later changes.
  const activeRow = active.key === undefined ? rowAt(active.index) : undefined
  if (activeRow) setActive({ ...active, key: activeRow.key })

  // Selection of every shown row: counted by the source, since only a window is here.
  const selected = useMemo(() => selectedIdsOf(rowSelection), [rowSelection])
  const filterKey = JSON.stringify([query.columnFilters, query.globalFilter, query.external, revision])
  const [shownSelected, setShownSelected] = useState<{ key: string; count: number } | null>(null)
  useEffect(() => {
    if (selected.length === 0) return
    let alive = true
    const key = `${filterKey}|${selected.length}`
    void source.countShown(query, selected).then((n) => alive && setShownSelected({ key, count: n }))
    return () => {
      alive = false
    }
    // query is read for its filters only, which filterKey stands for.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [selected, filterKey, source])
  const matched = result?.matched ?? 0
  const allSelected =
    selected.length > 0 &&
    matched > 0 &&
    shownSelected?.key === `${filterKey}|${selected.length}` &&
    shownSelected.count === matched

  const toggleAll = async (on: boolean) => {
    const ids = await source.ids(query)
    const next = { ...selectionRef.current }
    for (const id of ids) {
      if (on) next[id] = true
      else delete next[id]
    }
    setSelection(next)
  }
  // Shift+click selects from the last row toggled, by display place, within the same view.
  const anchor = useRef<{ index: number; view: string } | null>(null)
  const viewKey = JSON.stringify([query, revision])
  const toggleRow = async (index: number, id: string, on: boolean, range: boolean) => {
    const from = anchor.current?.view === viewKey ? anchor.current.index : null
    anchor.current = { index, view: viewKey }
    const ids =
      range && from !== null && from !== index
        ? await source.ids(query, { start: Math.min(from, index), end: Math.max(from, index) + 1 })
        : [id]
    const next = { ...selectionRef.current }
    for (const x of ids) {
      if (on) next[x] = true
      else delete next[x]
    }
    setSelection(next)
  }
  const toggleGroup = (key: string, open?: boolean) => {
    const current = s.expanded
    if (current !== true) {
      table.setExpanded({ ...current, [key]: open ?? !current[key] })
      return
    }
    if (open === true) return
    // Closing one group while all are open: every other group stays open.
    void source
      .groupKeys(query)
      .then((keys) =>
        table.setExpanded(Object.fromEntries(keys.filter((k) => k !== key).map((k) => [k, true]))),
      )
  }

  // Stable handlers, so the memoised rows and header re-render only when their own props change.
  const onToggleRow = useStable(
    (index: number, id: string, on: boolean, range: boolean) => void toggleRow(index, id, on, range),
  )
  const onToggleAll = useStable((on: boolean) => void toggleAll(on))
  const onToggleGroup = useStable(toggleGroup)
  // An open filter checklist asks for its column's counts (stable, so it asks once).
  const watch = useCallback((columnId: string) => {
    setOpenFacets((ids) => [...ids, columnId])
    return () =>
      setOpenFacets((ids) => {
        const at = ids.indexOf(columnId)
        return at < 0 ? ids : [...ids.slice(0, at), ...ids.slice(at + 1)]
      })
  }, [])
  const counts = result?.facets
  const facets: Facets = useMemo(() => ({ counts: counts ?? {}, watch }), [counts, watch])

  const onRange = useCallback((start: number, end: number) => {
    setWindow((w) => {
      // Still at least half a margin fetched beyond the view on both sides: nothing to ask.
      const enough = (w.start === 0 || start - MARGIN / 2 >= w.start) && end + MARGIN / 2 < w.end
      if (enough) return w
      const next = windowAround(start, end)
      return next.start === w.start && next.end === w.end ? w : next
    })
  }, [])

  const total = result?.total ?? 0
  const typingDelay = total > LARGE ? TYPING_DELAY : 0
  const globalFilter = typeof s.globalFilter === 'string' ? s.globalFilter : ''

  return (
    <FacetsContext.Provider value={facets}>
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
          count={result?.count ?? 0}
          ready={result !== undefined}
          rowAt={rowAt}
          multiSort={s.sorting.length > 1}
          state={s}
          allSelected={allSelected}
          someSelected={selected.length > 0}
          typingDelay={typingDelay}
          active={active}
          activeIndex={activeIndex}
          setActive={setActive}
          onOpen={onOpen}
          onToggleRow={onToggleRow}
          onToggleAll={onToggleAll}
          onToggleGroup={onToggleGroup}
          onRange={onRange}
          initialRect={initialRect}
        />
        <div className="dt-footer">
          <p className="dt-status" role="status" aria-live="polite">
            {error
              ? 'The rows could not be loaded.'
              : !result
                ? 'Loading rows…'
                : result.loading
                  ? `Loading rows… ${count.format(result.loading.loaded)} of ${count.format(result.loading.total)}`
                  : `${count.format(matched)} of ${count.format(total)} rows`}
            {selected.length > 0 && ` · ${count.format(selected.length)} selected`}
          </p>
          {shownActions?.(() => source.ids(query))}
        </div>
      </div>
    </FacetsContext.Provider>
  )
}
