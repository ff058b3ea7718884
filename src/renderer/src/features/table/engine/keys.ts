// How a table reads its cells: the keys a value is sorted, filtered, counted,
// grouped and searched under. Pure and DOM-free, so the same rules run in the
// ledger worker and in an in-process table. Empty values (null, undefined,
// '') have no sort key and go last in either direction, as in a spreadsheet;
// they are filtered, counted and grouped under ''.
import type { FilterOption } from './columns'

export type SortKey = string | number | undefined

/** The key a value is filtered, counted and grouped under: '' for null/undefined/''. */
export function facetKey(value: unknown): string {
  if (value === null || value === undefined) return ''
  return typeof value === 'string' ? value : String(value)
}

/** The facet keys of one value: one per distinct array element, [''] for an empty array or no value. */
export function facetKeysOf(value: unknown): string[] {
  if (!Array.isArray(value)) return [facetKey(value)]
  if (value.length === 0) return ['']
  return [...new Set(value.map(facetKey))]
}

const ranks = new WeakMap<readonly FilterOption[], Map<string, number>>()

/** The place of a key among a column's declared options; unknown keys after every option. */
export function optionRank(options: readonly FilterOption[], key: string): number {
  let map = ranks.get(options)
  if (!map) ranks.set(options, (map = new Map(options.map((o, i) => [o.value, i]))))
  return map.get(key) ?? options.length
}

export type SortKind = 'text' | 'list' | 'option' | 'basic'

/**
 * The sort key of one cell value; undefined for an empty value. Text folds
 * case (then compares by code point: fast, and right for ISO dates), lists
 * sort by their joined text, options by their declared order, numbers as
 * they are.
 */
export function sortKey(kind: SortKind, value: unknown, options?: readonly FilterOption[]): SortKey {
  if (value === undefined || value === null || value === '') return undefined
  if (Array.isArray(value)) return value.length ? value.map(facetKey).join(', ').toLowerCase() : undefined
  if (kind === 'option' && options) return optionRank(options, facetKey(value))
  if (typeof value === 'number') return Number.isNaN(value) ? undefined : value
  const text = facetKey(value)
  return kind === 'basic' ? text : text.toLowerCase()
}

/** Ascending order of two keys, empties last. Callers apply a direction to non-empty keys only. */
export function compareSortKeys(a: SortKey, b: SortKey): number {
  if (a === b) return 0
  if (a === undefined) return 1
  if (b === undefined) return -1
  return a < b ? -1 : a > b ? 1 : 0
}

const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' })
/** Names in the order people expect ("item 9" before "item 10", case ignored). */
export const compareKeys = (a: string, b: string) => collator.compare(a, b)

/** Groups of an enumerated column follow its declared options, others sort by name; '' (none) goes last. */
export function orderGroupKeys(keys: Iterable<string>, options?: readonly FilterOption[]): string[] {
  const rank = new Map(options?.map((o, i) => [o.value, i]))
  const score = (k: string) => (k === '' ? Infinity : (rank.get(k) ?? options?.length ?? 0))
  return [...keys].sort((a, b) => score(a) - score(b) || compareKeys(a, b))
}

/** The folded text a text filter looks in: array elements one per line, so a needle never spans two. */
export function filterText(value: unknown): string {
  if (Array.isArray(value)) return value.map(facetKey).join('\n').toLowerCase()
  return facetKey(value).toLowerCase()
}

/** A typed filter or search, folded: trimmed, lower-cased. */
export const foldNeedle = (v: string) => v.trim().toLowerCase()

/** The words of a search: every one must occur somewhere in the row. */
export const searchWords = (v: string) => foldNeedle(v).split(/\s+/).filter(Boolean)

/** Shown for a value in filters, group rows and search: the option label, or the value itself. */
export function optionLabel(
  column: { options?: readonly FilterOption[]; emptyLabel?: string } | undefined,
  key: string,
): string {
  if (key === '') return column?.emptyLabel ?? '(none)'
  return column?.options?.find((o) => o.value === key)?.label ?? key
}

export interface FacetCount extends FilterOption {
  count: number
}

/**
 * The choices of an enumerated filter with how many rows hold each: every
 * declared option in order (or, without options, the keys found, by name),
 * then the empty value when the column names it.
 */
export function facetCounts(
  column: { options?: readonly FilterOption[]; emptyLabel?: string } | undefined,
  counts: ReadonlyMap<string, number>,
): FacetCount[] {
  const options: FilterOption[] = column?.options
    ? [...column.options]
    : [...counts.keys()]
        .filter((k) => k !== '')
        .sort(compareKeys)
        .map((k) => ({ value: k, label: k }))
  if (column?.emptyLabel !== undefined) options.push({ value: '', label: column.emptyLabel })
  return options.map((o) => ({ ...o, count: counts.get(o.value) ?? 0 }))
}
