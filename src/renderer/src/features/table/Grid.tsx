// The grid itself: a real <table role="grid"> inside its own scroll container,
// a sticky header, and a body that renders only the rows in view
// (@tanstack/react-virtual, fixed row height, spacer rows above and below so
// the table keeps native column layout). The grid is one tab stop; the arrow,
// Page, Home and End keys move the active row (aria-activedescendant),
// Space selects it or opens/closes a group, Enter opens it.
import {
  useCallback,
  useEffect,
  useEffectEvent,
  useId,
  useMemo,
  useState,
  type ChangeEvent,
  type KeyboardEvent,
  type MouseEvent,
} from 'react'
import type { ExpandedState, RowSelectionState } from '@tanstack/react-table'
import { observeElementRect, useVirtualizer, type Rect, type Virtualizer } from '@tanstack/react-virtual'
import type { DataRow, DataTable } from './features'
import { displayKeys } from './grouping'
import { DataRowView, GroupRowView, rowDomId } from './GridRows'
import { HeaderRow } from './HeaderCell'
import { nextActiveIndex } from './keyboard'

export const ROW_HEIGHT = 32
const DEFAULT_HEADER_HEIGHT = 64
const SELECT_WIDTH = 36
const estimateSize = () => ROW_HEIGHT

export interface GridProps<TRow extends DataRow> {
  table: DataTable<TRow>
  label: string
  rowLabel: (row: TRow) => string
  rowSelection: RowSelectionState
  grouped: boolean
  expanded: ExpandedState
  /** More than one column is sorted (headers then number their place in the sort). */
  multiSort: boolean
  /** The table state (a new object whenever any slice changes): re-renders the memoised header. */
  state: object
  /** Every row passing the filters is selected / some row is (the header checkbox). */
  allSelected: boolean
  someSelected: boolean
  typingDelay: number
  activeId?: string
  onOpen?: (id: string) => void
  /** Viewport size to assume where there is no layout (jsdom); see DataTable. */
  initialRect?: Rect
}

export function Grid<TRow extends DataRow>({
  table,
  label,
  rowLabel,
  rowSelection,
  grouped,
  expanded,
  multiSort,
  state,
  allSelected,
  someSelected,
  typingDelay,
  activeId,
  onOpen,
  initialRect,
}: GridProps<TRow>) {
  const gridId = useId()
  const [scrollEl, setScrollEl] = useState<HTMLDivElement | null>(null)
  const [headerHeight, setHeaderHeight] = useState(DEFAULT_HEADER_HEIGHT)
  const rows = table.getRowModel().rows
  const keys = useMemo(() => (grouped ? displayKeys(rows) : null), [grouped, rows])
  const keyAt = useCallback((i: number) => keys?.[i] ?? rows[i]?.id ?? '', [keys, rows])
  const columns = table.getVisibleLeafColumns()

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
  const getItemKey = useCallback((i: number) => keyAt(i), [keyAt])
  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualizer is read during render by design
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollEl,
    estimateSize,
    getItemKey,
    overscan: 8,
    paddingStart: headerHeight,
    scrollPaddingStart: headerHeight,
    initialRect,
    // Never undefined: the React wrapper spreads options over its defaults.
    observeElementRect: observeRect ?? observeElementRect,
  })

  // The active row is held by display key (a row shown under two tags is two places).
  const keyOfId = (id: string | undefined) =>
    id === undefined || !keys ? id : keys.find((k) => k === id || k.endsWith(`>${id}`))
  const [active, setActive] = useState<string | undefined>(() => keyOfId(activeId))
  const [seenActiveId, setSeenActiveId] = useState(activeId)
  if (activeId !== seenActiveId) {
    setSeenActiveId(activeId)
    setActive(keyOfId(activeId))
  }
  const activeIndex = useMemo(() => {
    if (active === undefined) return -1
    // After grouping is switched on or off, the same row under the other kind of key.
    const suffix = active.slice(active.lastIndexOf('>') + 1)
    if (!keys) {
      const exact = rows.findIndex((r) => r.id === active)
      return exact >= 0 || suffix === active ? exact : rows.findIndex((r) => r.id === suffix)
    }
    const exact = keys.indexOf(active)
    return exact >= 0 ? exact : keys.findIndex((k) => k.endsWith(`>${active}`))
  }, [active, keys, rows])

  const scrollToActive = useEffectEvent(() => {
    if (activeIndex >= 0) virtualizer.scrollToIndex(activeIndex, { align: 'auto' })
  })
  useEffect(() => scrollToActive(), [activeId])

  const moveTo = (index: number) => {
    setActive(keyAt(index))
    virtualizer.scrollToIndex(index, { align: 'auto' })
  }
  const toggleGroup = useCallback((index: number) => rows[index]?.toggleExpanded(), [rows])
  const onToggle = useCallback(
    (e: ChangeEvent<HTMLInputElement>) =>
      rows[Number(e.currentTarget.dataset.index)]?.getToggleSelectedHandler()(e),
    [rows],
  )

  const onKeyDown = (e: KeyboardEvent<HTMLTableElement>) => {
    if (e.target !== e.currentTarget || e.altKey) return
    if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'a') {
      e.preventDefault()
      table.toggleAllRowsSelected(!allSelected)
      return
    }
    const viewport = (virtualizer.scrollRect?.height ?? 0) - headerHeight
    const page = Math.max(1, Math.floor(viewport / ROW_HEIGHT) - 1)
    const next = nextActiveIndex(e.key, activeIndex, rows.length, page)
    if (next !== null) {
      e.preventDefault()
      moveTo(next)
      return
    }
    const row = rows[activeIndex]
    if (!row) return
    const isGroup = row.getIsGrouped()
    if (e.key === ' ' || e.key === 'Enter') {
      e.preventDefault()
      if (isGroup) row.toggleExpanded()
      else if (e.key === ' ') row.toggleSelected()
      else onOpen?.(row.id)
    } else if (e.key === 'ArrowRight' && isGroup && !row.getIsExpanded()) {
      e.preventDefault()
      row.toggleExpanded(true)
    } else if (e.key === 'ArrowLeft') {
      e.preventDefault()
      if (isGroup && row.getIsExpanded()) row.toggleExpanded(false)
      else if (row.depth > 0) {
        // Back to the group this appearance of the row is listed under.
        const parentKey = keyAt(activeIndex).slice(0, -(row.id.length + 1))
        const parent = keys?.indexOf(parentKey) ?? -1
        if (parent >= 0) moveTo(parent)
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
    const row = rows[index]
    if (!row) return
    // A checkbox only selects; the open (active) row stays where it was.
    if (e.target instanceof Element && e.target.closest('input')) return
    setActive(keyAt(index))
    if (e.target instanceof Element && e.target.closest('button')) return
    if (row.getIsGrouped()) row.toggleExpanded()
    else onOpen?.(row.id)
  }

  const items = virtualizer.getVirtualItems()
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
        aria-rowcount={rows.length + 1}
        aria-colcount={colSpan}
        aria-multiselectable="true"
        aria-activedescendant={activeRendered ? rowDomId(gridId, activeIndex) : undefined}
        tabIndex={0}
        onKeyDown={onKeyDown}
        onFocus={(e) => {
          if (e.target === e.currentTarget && activeIndex < 0 && rows.length) setActive(keyAt(0))
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
            rows={rows}
            multiSort={multiSort}
            typingDelay={typingDelay}
            allSelected={allSelected}
            someSelected={someSelected}
          />
        </thead>
        <tbody onMouseDown={onBodyMouseDown} onClick={onBodyClick}>
          {paddingTop > 0 && (
            <tr className="dt-spacer" aria-hidden="true" style={{ height: paddingTop }}>
              <td colSpan={colSpan} />
            </tr>
          )}
          {items.map((item) => {
            const row = rows[item.index]!
            return row.getIsGrouped() ? (
              <GroupRowView
                key={item.key}
                gridId={gridId}
                row={row}
                index={item.index}
                active={item.index === activeIndex}
                columns={columns}
                expanded={expanded === true || !!expanded[row.id]}
                onToggleGroup={toggleGroup}
              />
            ) : (
              <DataRowView
                key={item.key}
                gridId={gridId}
                row={row}
                index={item.index}
                active={item.index === activeIndex}
                selected={!!rowSelection[row.id]}
                columns={columns}
                rowLabel={rowLabel}
                onToggle={onToggle}
              />
            )
          })}
          {paddingBottom > 0 && (
            <tr className="dt-spacer" aria-hidden="true" style={{ height: paddingBottom }}>
              <td colSpan={colSpan} />
            </tr>
          )}
        </tbody>
      </table>
      {rows.length === 0 && <p className="dt-empty">No rows match the search and filters.</p>}
    </div>
  )
}
