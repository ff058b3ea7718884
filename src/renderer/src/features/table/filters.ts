// Filter functions and facet counting for DataTable. Everything here runs once
// per row per filter pass over up to 100,000 rows, so the filter value is
// normalised once (resolveFilterValue) and the per-row work is one lookup or
// one substring test.
import { constructFilterFn } from '@tanstack/react-table'
import type { DataColumnMeta, FilterOption } from './features'

/** The key a value is filtered, counted and grouped under: '' for null/undefined/''. */
export function facetKey(value: unknown): string {
  if (value === null || value === undefined) return ''
  return typeof value === 'string' ? value : String(value)
}

const lower = (v: unknown) => facetKey(v).trim().toLowerCase()
const isBlank = (v: unknown) => v === undefined || v === null || (typeof v === 'string' && v.trim() === '')

/** Case-insensitive substring match on the cell's text. */
export const textFilter = constructFilterFn({
  filter: (dataValue: unknown, needle: string) => facetKey(dataValue).toLowerCase().includes(needle),
  resolveFilterValue: lower,
  autoRemove: isBlank,
})

/**
 * Enumerated columns: the filter value is the list of chosen facet keys; a row
 * passes when its value is one of them. The list becomes a Set once per pass.
 */
export const oneOfFilter = constructFilterFn({
  filter: (dataValue: unknown, chosen: ReadonlySet<string>) => {
    if (!Array.isArray(dataValue)) return chosen.has(facetKey(dataValue))
    // An array cell (tags) passes when any element is chosen; an empty one counts as ''.
    if (dataValue.length === 0) return chosen.has('')
    return dataValue.some((v) => chosen.has(facetKey(v)))
  },
  resolveFilterValue: (v: unknown) => new Set(Array.isArray(v) ? v.map(facetKey) : []),
  autoRemove: (v: unknown) => !Array.isArray(v) || v.length === 0,
})

/**
 * Array columns (tags, places). A text filter matches when any element
 * contains it; a list filter matches when any element is in the list.
 */
export const anyElementFilter = constructFilterFn({
  filter: (dataValue: unknown, wanted: string | ReadonlySet<string>) => {
    const values: readonly unknown[] = Array.isArray(dataValue)
      ? dataValue
      : isBlank(dataValue)
        ? []
        : [dataValue]
    if (typeof wanted === 'string') return values.some((v) => facetKey(v).toLowerCase().includes(wanted))
    if (values.length === 0) return wanted.has('')
    return values.some((v) => wanted.has(facetKey(v)))
  },
  resolveFilterValue: (v: unknown) => (Array.isArray(v) ? new Set(v.map(facetKey)) : lower(v)),
  autoRemove: (v: unknown) => (Array.isArray(v) ? v.length === 0 : isBlank(v)),
})

export interface FacetCount extends FilterOption {
  count: number
}

/**
 * The options of an enumerated filter with how many rows hold each value,
 * from TanStack's faceted unique values (rows passing every *other* filter).
 * Raw values are folded onto option keys, so null and '' both count as empty.
 */
export function facetCounts(
  meta: Pick<DataColumnMeta, 'options' | 'emptyLabel'> | undefined,
  uniqueValues: ReadonlyMap<unknown, number>,
): FacetCount[] {
  const byKey = new Map<string, number>()
  for (const [value, count] of uniqueValues) {
    const key = facetKey(value)
    byKey.set(key, (byKey.get(key) ?? 0) + count)
  }
  const options: FilterOption[] = meta?.options
    ? [...meta.options]
    : [...byKey.keys()]
        .filter((k) => k !== '')
        .sort(compareKeys)
        .map((k) => ({ value: k, label: k }))
  if (meta?.emptyLabel !== undefined) options.push({ value: '', label: meta.emptyLabel })
  return options.map((o) => ({ ...o, count: byKey.get(o.value) ?? 0 }))
}

const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' })
export const compareKeys = (a: string, b: string) => collator.compare(a, b)

/** Shown for a value in filters, group rows and search: the option label, or the value itself. */
export function optionLabel(meta: DataColumnMeta | undefined, key: string): string {
  if (key === '') return meta?.emptyLabel ?? '(none)'
  return meta?.options?.find((o) => o.value === key)?.label ?? key
}

interface SearchColumn {
  id: string
  accessorFn?: (original: never, index: number) => unknown
  columnDef: { meta?: object }
}
interface SearchRow {
  original: unknown
  index: number
  table: { getAllLeafColumns: () => readonly SearchColumn[] }
}
interface Searchable {
  read: (row: SearchRow) => unknown
  labels?: ReadonlyMap<string, string>
}

// The searchable columns of a table, worked out once per column set (TanStack
// memoises the leaf column array) rather than once per row.
const searchables = new WeakMap<readonly SearchColumn[], Searchable[]>()

function searchablesOf(columns: readonly SearchColumn[]): Searchable[] {
  let list = searchables.get(columns)
  if (list) return list
  list = []
  for (const column of columns) {
    const meta: DataColumnMeta | undefined = column.columnDef.meta
    const accessor = column.accessorFn as ((original: unknown, index: number) => unknown) | undefined
    if (!accessor || meta?.searchable === false) continue
    list.push({
      // The accessor directly: row.getValue costs a column lookup per cell.
      read: (row) => accessor(row.original, row.index),
      labels: meta?.options && new Map(meta.options.map((o) => [o.value, o.label])),
    })
  }
  searchables.set(columns, list)
  return list
}

// Per row, the lower-cased text of every searchable cell (option labels
// included, so "corroborated" and "Reported fact" both match). Built on first
// search and kept per Row instance: rows are rebuilt only when data changes.
const haystacks = new WeakMap<object, string>()

function haystack(row: SearchRow): string {
  let text = haystacks.get(row)
  if (text !== undefined) return text
  const parts: string[] = []
  for (const { read, labels } of searchablesOf(row.table.getAllLeafColumns())) {
    const value = read(row)
    for (const v of Array.isArray(value) ? value : [value]) {
      const key = facetKey(v)
      if (key === '') continue
      parts.push(key)
      const label = labels?.get(key)
      if (label) parts.push(label)
    }
  }
  text = parts.join('\n').toLowerCase()
  haystacks.set(row, text)
  return text
}

/**
 * The global search. TanStack calls a global filter once per globally
 * filterable column; DataTable marks only one column filterable
 * (`searchAnchorColumn`) and this function searches the whole row at once,
 * so a keystroke costs one `includes` per row instead of one per cell.
 * Every space-separated word must occur somewhere in the row.
 */
export const rowSearchFilter = Object.assign(
  (row: SearchRow, _columnId: string, words: readonly string[]) => {
    const text = haystack(row)
    return words.every((w) => text.includes(w))
  },
  {
    resolveFilterValue: (v: unknown) => lower(v).split(/\s+/).filter(Boolean),
    autoRemove: isBlank,
  },
)

/** Only the first accessor column takes part in the global filter (see rowSearchFilter). */
export function searchAnchorColumn(column: {
  id: string
  table: { getAllLeafColumns: () => { id: string; accessorFn?: unknown }[] }
}): boolean {
  return column.table.getAllLeafColumns().find((c) => c.accessorFn)?.id === column.id
}
