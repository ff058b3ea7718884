// How DataTable orders values. Each sortable column reduces a cell to a sort
// key once (folded text, an option's rank, or a number), and rows are ordered
// by comparing keys; empty values have no key and go last in either
// direction, as in a spreadsheet. The keyed row model (sorting.ts) uses the
// keys directly; the comparators registered below (needed to name `sortFn`
// in column definitions) compare the same keys, so both agree.
import { constructSortFn } from '@tanstack/react-table'
import type { DataColumnMeta, FilterOption } from './features'
import { facetKey } from './filters'

export type SortKey = string | number | undefined
export type SortKind = 'text' | 'list' | 'option' | 'basic'

const ranks = new WeakMap<readonly FilterOption[], Map<string, number>>()

function rankOf(options: readonly FilterOption[], key: string): number {
  let map = ranks.get(options)
  if (!map) ranks.set(options, (map = new Map(options.map((o, i) => [o.value, i]))))
  return map.get(key) ?? options.length
}

/** The sort key of one cell value; undefined for an empty value. */
export function sortKey(kind: SortKind, value: unknown, meta?: DataColumnMeta): SortKey {
  if (value === undefined || value === null || value === '') return undefined
  if (Array.isArray(value)) return value.length ? value.map(facetKey).join(', ').toLowerCase() : undefined
  if (kind === 'option' && meta?.options) return rankOf(meta.options, facetKey(value))
  if (typeof value === 'number') return Number.isNaN(value) ? undefined : value
  const text = facetKey(value)
  return kind === 'basic' ? text : text.toLowerCase()
}

/** Ascending order of two keys, empties last. Callers apply the direction to non-empty keys only. */
export function compareSortKeys(a: SortKey, b: SortKey): number {
  if (a === b) return 0
  if (a === undefined) return 1
  if (b === undefined) return -1
  return a < b ? -1 : a > b ? 1 : 0
}

interface SortRow {
  table: { getColumn: (columnId: string) => { columnDef: { meta?: object } } | undefined }
}
const comparator = (kind: SortKind) =>
  constructSortFn({
    sort: (a: unknown, b: unknown, rowA: SortRow, _rowB: SortRow, columnId: string) => {
      const meta: DataColumnMeta | undefined = rowA.table.getColumn(columnId)?.columnDef.meta
      return compareSortKeys(sortKey(kind, a, meta), sortKey(kind, b, meta))
    },
  })

/** Case-insensitive text order (code-point order after folding: fast, and right for ISO dates). */
export const sortText = comparator('text')
/** Arrays (tags, places) by their joined text; a group row's single value sorts the same way. */
export const sortList = comparator('list')
/** Enumerated columns in the order their options are declared (A before F, low before high). */
export const sortOption = comparator('option')
/** Numbers and other plain values as they are. */
export const sortBasic = comparator('basic')

/** The kind of key a column's `sortFn` name stands for (unknown names sort as text or numbers). */
export const sortKindOf = (sortFn: unknown): SortKind =>
  sortFn === 'option' || sortFn === 'list' || sortFn === 'basic' ? sortFn : 'text'
