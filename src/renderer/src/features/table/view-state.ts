// The part of a table's state an analyst would expect to find again next time
// (sort, column order, widths, visibility, grouping, filters, search), as plain
// JSON. DataTable reports it through `onViewStateChange`; the caller stores it
// wherever it likes and hands it back as `initialState`. What comes back may be
// old or hand-edited, so `parseViewState` trusts nothing.

export type FilterValue = string | string[]

export interface TableViewState {
  sorting: { id: string; desc: boolean }[]
  columnOrder: string[]
  /** Widths in CSS pixels, only for columns the analyst resized. */
  columnSizing: Record<string, number>
  /** false hides a column; a missing entry means the column's default. */
  columnVisibility: Record<string, boolean>
  grouping: string[]
  /** Text filters hold a string, enumerated filters the chosen values. */
  columnFilters: { id: string; value: FilterValue }[]
  globalFilter: string
}

export const emptyViewState: TableViewState = {
  sorting: [],
  columnOrder: [],
  columnSizing: {},
  columnVisibility: {},
  grouping: [],
  columnFilters: [],
  globalFilter: '',
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v)
const isStringArray = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string')

function filterValue(v: unknown): FilterValue | undefined {
  if (typeof v === 'string') return v.trim() ? v : undefined
  if (isStringArray(v)) return v.length ? [...v] : undefined
  return undefined
}

/**
 * Reads a stored view state. Unknown columns (renamed or removed since it was
 * saved), malformed entries and wrong types are dropped rather than failing,
 * so a stale setting never breaks the table.
 */
export function parseViewState(input: unknown, columnIds?: readonly string[]): TableViewState {
  if (!isRecord(input)) return { ...emptyViewState }
  const known = columnIds ? new Set(columnIds) : undefined
  const ok = (id: unknown): id is string => typeof id === 'string' && (!known || known.has(id))
  const list = (v: unknown) => (Array.isArray(v) ? v : [])
  const entries = (v: unknown) => (isRecord(v) ? Object.entries(v) : [])

  const sorting = list(input.sorting)
    .filter(isRecord)
    .filter((s) => ok(s.id) && typeof s.desc === 'boolean')
    .map((s) => ({ id: s.id as string, desc: s.desc as boolean }))
  const columnOrder = [...new Set(list(input.columnOrder).filter(ok))]
  const columnSizing: Record<string, number> = {}
  for (const [id, size] of entries(input.columnSizing)) {
    if (ok(id) && typeof size === 'number' && Number.isFinite(size) && size > 0)
      columnSizing[id] = Math.round(size)
  }
  const columnVisibility: Record<string, boolean> = {}
  for (const [id, shown] of entries(input.columnVisibility)) {
    if (ok(id) && typeof shown === 'boolean') columnVisibility[id] = shown
  }
  const grouping = list(input.grouping).filter(ok).slice(0, 1)
  const columnFilters: TableViewState['columnFilters'] = []
  for (const f of list(input.columnFilters).filter(isRecord)) {
    const value = filterValue(f.value)
    if (ok(f.id) && value !== undefined && !columnFilters.some((c) => c.id === f.id)) {
      columnFilters.push({ id: f.id, value })
    }
  }
  const globalFilter = typeof input.globalFilter === 'string' ? input.globalFilter : ''
  return { sorting, columnOrder, columnSizing, columnVisibility, grouping, columnFilters, globalFilter }
}

/** The view state inside a TanStack table state (which also holds selection, expansion, resizing). */
export function toViewState(state: {
  sorting: readonly { id: string; desc: boolean }[]
  columnOrder: readonly string[]
  columnSizing: Readonly<Record<string, number>>
  columnVisibility: Readonly<Record<string, boolean>>
  grouping: readonly string[]
  columnFilters: readonly { id: string; value: unknown }[]
  globalFilter: unknown
}): TableViewState {
  const columnFilters: TableViewState['columnFilters'] = []
  for (const f of state.columnFilters) {
    const value = filterValue(f.value)
    if (value !== undefined) columnFilters.push({ id: f.id, value })
  }
  return {
    sorting: state.sorting.map((s) => ({ id: s.id, desc: s.desc })),
    columnOrder: [...state.columnOrder],
    columnSizing: { ...state.columnSizing },
    columnVisibility: { ...state.columnVisibility },
    grouping: [...state.grouping],
    columnFilters,
    globalFilter: typeof state.globalFilter === 'string' ? state.globalFilter : '',
  }
}

/**
 * The column order after moving `id` one place left or right among the
 * visible columns (hidden columns keep their slots). `order` is the full
 * current order of every leaf column.
 */
export function moveColumn(
  order: readonly string[],
  visible: ReadonlySet<string>,
  id: string,
  direction: -1 | 1,
): string[] {
  const next = [...order]
  const from = next.indexOf(id)
  if (from < 0) return next
  let to = from + direction
  while (to >= 0 && to < next.length && !visible.has(next[to]!)) to += direction
  if (to < 0 || to >= next.length) return next
  next.splice(from, 1)
  next.splice(to, 0, id)
  return next
}
