// The grid itself: a real <table role="grid"> inside its own scroll container,
// a sticky header, and a body that renders only the rows in view
// (@tanstack/react-virtual, fixed row height, spacer rows above and below so
// the table keeps native column layout). It reports the rows in view, and
// DataTable fetches them (a row not fetched yet shows as an empty row). The
// grid is one tab stop; the arrow, Page, Home and End keys move the active row
// (aria-activedescendant), Space selects it or opens/closes a group, Enter
// opens it.
import {
  useCallback,
  useEffect,
  useId,
  useMemo,
  useState,
  type ChangeEvent,
  type Dispatch,
  type KeyboardEvent,
  type MouseEvent,
  type SetStateAction,
} from 'react'
import type { RowSelectionState } from '@tanstack/react-table'
import { observeElementRect, useVirtualizer, type Rect, type Virtualizer } from '@tanstack/react-virtual'
import type { DisplayRow } from './engine/query'
import type { DataRow, DataTable } from './features'
import { DataRowView, GroupRowView, rowDomId } from './GridRows'
import { HeaderRow } from './HeaderCell'
import { isShiftEvent, nextActiveIndex } from './keyboard'

export const ROW_HEIGHT = 32
const DEFAULT_HEADER_HEIGHT = 64
const SELECT_WIDTH = 36
const estimateSize = () => ROW_HEIGHT

/** The active row: by key once known (it follows the row), else by place; `scroll` brings it into view. */
export interface Active {
  key: string | undefined
  index: number
  scroll: boolean
}

export interface GridProps<TRow extends DataRow> {
  table: DataTable<TRow>
  label: string
  rowLabel: (row: TRow) => string
  rowSelection: RowSelectionState
  /** Display rows (group rows and the rows of open groups). */
  count: number
  /** The first answer arrived (before it, "no rows" would be a lie). */
  ready: boolean
  /** A display row if it has been fetched. */
  rowAt: (index: number) => DisplayRow<TRow> | undefined
  /** More than one column is sorted (headers then number their place in the sort). */
  multiSort: boolean
  /** The table state (a new object whenever any slice changes): re-renders the memoised header. */
  state: object
  /** Every row passing the filters is selected / some row is (the header checkbox). */
  allSelected: boolean
  someSelected: boolean
  typingDelay: number
  active: Active
  activeIndex: number
  setActive: Dispatch<SetStateAction<Active>>
  onOpen?: (id: string) => void
  onToggleRow: (index: number, id: string, on: boolean, range: boolean) => void
  onToggleAll: (on: boolean) => void
  onToggleGroup: (key: string, open?: boolean) => void
  /** The display rows in view, first and last. */
  onRange: (start: number, end: number) => void
  /** Viewport size to assume where there is no layout (jsdom); see DataTable. */
  initialRect?: Rect
}

export function Grid<TRow extends DataRow>({
  table,
  label,
  rowLabel,
  rowSelection,
  count,
  ready,
  rowAt,
  multiSort,
  state,
  allSelected,
  someSelected,
  typingDelay,
  active,
  activeIndex,
  setActive,
  onOpen,
  onToggleRow,
  onToggleAll,
  onToggleGroup,
  onRange,
  initialRect,
}: GridProps<TRow>) {
  const gridId = useId()
  const [scrollEl, setScrollEl] = useState<HTMLDivElement | null>(null)
  const [headerHeight, setHeaderHeight] = useState(DEFAULT_HEADER_HEIGHT)
  const columns = table.getVisibleLeafColumns()
  const rowsById = table.getRowModel().rowsById

  // The header's real height, so scrolling a row into view clears the sticky header.
  const measureHeader = useCallback((el: HTMLTableSectionElement | null) => {
    if (!el || typeof ResizeObserver === 'undefined') return
    const observer = new ResizeObserver(() => setHeaderHeight(el.offsetHeight || DEFAULT_HEADER_HEIGHT))
    observer.observe(el)
    return () => observer.disconnect()
  }, [])

  // Without layout (jsdom) every element measures 0×0 and nothing would render;
  // with `initialRect`, a zero measurement falls back to it.
  const observeRect = useMemo(
    () =>
      initialRect
        ? (instance: Virtualizer<HTMLDivElement, Element>, cb: (rect: Rect) => void) =>
            observeElementRect(instance, (rect) => cb(rect.height > 0 ? rect : initialRect))
        : undefined,
    [initialRect],
  )
  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualizer is read during render by design
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scrollEl,
    estimateSize,
    // Rows are keyed by place (the default), not by the row shown there: a
    // key function that changes with every answer would make the virtualiser
    // re-measure all 100,000 places each time (tens of milliseconds).
    overscan: 8,
    paddingStart: headerHeight,
    scrollPaddingStart: headerHeight,
    initialRect,
    // Never undefined: the React wrapper spreads options over its defaults.
    observeElementRect: observeRect ?? observeElementRect,
  })

  const items = virtualizer.getVirtualItems()
  const first = items[0]?.index ?? 0
  const last = items[items.length - 1]?.index ?? 0
  useEffect(() => onRange(first, last), [first, last, onRange])

  // Bring the active row into view once its place is known (after a key move, or when located).
  useEffect(() => {
    if (!active.scroll || activeIndex < 0) return
    virtualizer.scrollToIndex(activeIndex, { align: 'auto' })
    setActive((a) => ({ ...a, scroll: false }))
  }, [active.scroll, activeIndex, virtualizer, setActive])

  const moveTo = (index: number, scroll = true) => setActive({ key: rowAt(index)?.key, index, scroll })

  const onToggle = useCallback(
    (e: ChangeEvent<HTMLInputElement>) => {
      const index = Number(e.currentTarget.dataset.index)
      const row = rowAt(index)
      if (row?.kind === 'leaf') onToggleRow(index, row.id, e.currentTarget.checked, isShiftEvent(e))
    },
    [rowAt, onToggleRow],
  )

  const onKeyDown = (e: KeyboardEvent<HTMLTableElement>) => {
    if (e.target !== e.currentTarget || e.altKey) return
    if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'a') {
      e.preventDefault()
      onToggleAll(!allSelected)
      return
    }
    const viewport = (virtualizer.scrollRect?.height ?? 0) - headerHeight
    const page = Math.max(1, Math.floor(viewport / ROW_HEIGHT) - 1)
    const next = nextActiveIndex(e.key, activeIndex, count, page)
    if (next !== null) {
      e.preventDefault()
      moveTo(next)
      return
    }
    const row = rowAt(activeIndex)
    if (!row) return
    if (e.key === ' ' || e.key === 'Enter') {
      e.preventDefault()
      if (row.kind === 'group') onToggleGroup(row.key)
      else if (e.key === ' ') onToggleRow(activeIndex, row.id, !rowSelection[row.id], false)
      else onOpen?.(row.id)
    } else if (e.key === 'ArrowRight' && row.kind === 'group' && !row.expanded) {
      e.preventDefault()
      onToggleGroup(row.key, true)
    } else if (e.key === 'ArrowLeft') {
      e.preventDefault()
      if (row.kind === 'group' && row.expanded) onToggleGroup(row.key, false)
      else if (row.kind === 'leaf' && row.depth > 0) {
        // Back to the group this appearance of the row is listed under.
        setActive({ key: row.key.slice(0, -(row.id.length + 1)), index: -1, scroll: true })
      }
    }
  }

  const onBodyMouseDown = (e: MouseEvent<HTMLTableSectionElement>) => {
    // Row checkboxes and group buttons are not tab stops; keep focus on the grid.
    if (e.target instanceof Element && e.target.closest('input, button')) {
      e.preventDefault()
      e.currentTarget.closest('table')?.focus()
    }
  }
  const onBodyClick = (e: MouseEvent<HTMLTableSectionElement>) => {
    const tr = e.target instanceof Element ? e.target.closest<HTMLElement>('tr[data-index]') : null
    if (!tr) return
    const index = Number(tr.dataset.index)
    const row = rowAt(index)
    if (!row) return
    // A checkbox only selects; the open (active) row stays where it was.
    if (e.target instanceof Element && e.target.closest('input')) return
    setActive({ key: row.key, index, scroll: false })
    if (e.target instanceof Element && e.target.closest('button')) return
    if (row.kind === 'group') onToggleGroup(row.key)
    else onOpen?.(row.id)
  }

  const paddingTop = items.length ? items[0]!.start - headerHeight : 0
  const paddingBottom = items.length ? virtualizer.getTotalSize() - items[items.length - 1]!.end : 0
  const colSpan = columns.length + 1
  const activeRendered = items.some((item) => item.index === activeIndex)

  return (
    <div className="dt-scroll" ref={setScrollEl}>
      <table
        role="grid"
        className="dt-grid"
        aria-label={label}
        aria-rowcount={count + 1}
        aria-colcount={colSpan}
        aria-multiselectable="true"
        aria-busy={!ready}
        aria-activedescendant={activeRendered ? rowDomId(gridId, activeIndex) : undefined}
        tabIndex={0}
        onKeyDown={onKeyDown}
        onFocus={(e) => {
          if (e.target === e.currentTarget && activeIndex < 0 && count) moveTo(0, false)
        }}
        style={{ width: table.getTotalSize() + SELECT_WIDTH }}
      >
        <colgroup>
          <col style={{ width: SELECT_WIDTH }} />
          {columns.map((c) => (
            <col key={c.id} style={{ width: c.getSize() }} />
          ))}
        </colgroup>
        <thead ref={measureHeader}>
          <HeaderRow
            table={table}
            state={state}
            multiSort={multiSort}
            typingDelay={typingDelay}
            allSelected={allSelected}
            someSelected={someSelected}
            onToggleAll={onToggleAll}
          />
        </thead>
        <tbody onMouseDown={onBodyMouseDown} onClick={onBodyClick}>
          {paddingTop > 0 && (
            <tr className="dt-spacer" aria-hidden="true" style={{ height: paddingTop }}>
              <td colSpan={colSpan} />
            </tr>
          )}
          {items.map((item) => {
            const row = rowAt(item.index)
            const tanstackRow = row?.kind === 'leaf' ? rowsById[row.id] : undefined
            if (row?.kind === 'group') {
              const column = table.getColumn(row.columnId)
              return (
                <GroupRowView
                  key={item.key}
                  gridId={gridId}
                  group={row}
                  column={column}
                  index={item.index}
                  active={item.index === activeIndex}
                  columns={columns}
                  onToggleGroup={onToggleGroup}
                />
              )
            }
            if (row && tanstackRow)
              return (
                <DataRowView
                  key={item.key}
                  gridId={gridId}
                  row={tanstackRow}
                  depth={row.depth}
                  index={item.index}
                  active={item.index === activeIndex}
                  selected={!!rowSelection[row.id]}
                  columns={columns}
                  rowLabel={rowLabel}
                  onToggle={onToggle}
                />
              )
            // Not fetched yet: an empty row of the same height keeps the scrollbar honest.
            return (
              <tr
                key={item.key}
                className="dt-row dt-pending"
                aria-rowindex={item.index + 2}
                data-index={item.index}
              >
                <td colSpan={colSpan} />
              </tr>
            )
          })}
          {paddingBottom > 0 && (
            <tr className="dt-spacer" aria-hidden="true" style={{ height: paddingBottom }}>
              <td colSpan={colSpan} />
            </tr>
          )}
        </tbody>
      </table>
      {ready && count === 0 && <p className="dt-empty">No rows match the search and filters.</p>}
    </div>
  )
}
