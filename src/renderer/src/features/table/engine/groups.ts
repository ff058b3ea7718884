// Group-by over a table engine's shown rows: rows bucketed by the facet keys
// of the grouping column (a row under each of its tags, '' for none), groups
// in the column's order (or sorted, when the table is sorted by that column),
// and the flat list of display rows this makes: a group row, then its rows
// when it is open.
import type { EngineColumn } from './columns'
import { compareSortKeys, orderGroupKeys, sortKey } from './keys'
import type { DisplayRow, TableQuery } from './query'

export interface Groups {
  /** Group values in display order. */
  values: string[]
  /** Each group's rows (slots), in the table's order. */
  members: Int32Array[]
}

/** Whether a group (by key) is open under a query's expanded state. */
export const openIn = (q: TableQuery) => (key: string) => q.expanded === true || q.expanded[key] === true

/** Buckets the shown slots by their facet keys in the grouping column. */
export function bucket(
  view: Int32Array,
  facets: readonly (string | readonly string[])[],
): Map<string, number[]> {
  const buckets = new Map<string, number[]>()
  const add = (k: string, slot: number) => {
    const members = buckets.get(k)
    if (members) members.push(slot)
    else buckets.set(k, [slot])
  }
  for (const slot of view) {
    const keys = facets[slot]!
    if (typeof keys === 'string') add(keys, slot)
    else for (const k of keys) add(k, slot)
  }
  return buckets
}

/**
 * The groups of some buckets. `ordered` lists the bucket keys in the column's
 * natural group order (see orderGroupKeys); sorting by the grouping column
 * orders the groups instead (other sorts order the rows inside them).
 */
export function groupsOf<R>(
  buckets: ReadonlyMap<string, number[]>,
  ordered: readonly string[],
  column: EngineColumn<R>,
  sorting: TableQuery['sorting'],
): Groups {
  let values = [...ordered]
  const spec = sorting.find((s) => s.id === column.id)
  if (spec && column.sort) {
    const kind = column.sort === 'list' ? 'text' : column.sort
    values = values
      .map((v, i) => ({ v, i, k: sortKey(kind, v, column.options) }))
      .sort((a, b) => {
        if (a.k === undefined || b.k === undefined) return compareSortKeys(a.k, b.k) || a.i - b.i
        return compareSortKeys(a.k, b.k) * (spec.desc ? -1 : 1) || a.i - b.i
      })
      .map((x) => x.v)
  }
  return { values, members: values.map((v) => Int32Array.from(buckets.get(v)!)) }
}

/**
 * Keeps the natural group order of each column while its set of group names
 * stays the same: ordering 2,000 source names with the collator costs tens of
 * milliseconds, and an edit rarely adds or removes a name.
 */
export class GroupOrders {
  private readonly known = new Map<string, string[]>()

  of<R>(column: EngineColumn<R>, present: ReadonlyMap<string, unknown>): string[] {
    const known = this.known.get(column.id)
    if (known && known.length === present.size && known.every((k) => present.has(k))) return known
    const ordered = orderGroupKeys(present.keys(), column.options)
    this.known.set(column.id, ordered)
    return ordered
  }
}

/** How many display rows the groups make: each group row, plus the rows of open groups. */
export function displayCount(groupId: string, groups: Groups, open: (key: string) => boolean): number {
  let n = 0
  groups.values.forEach((v, i) => (n += 1 + (open(`${groupId}:${v}`) ? groups.members[i]!.length : 0)))
  return n
}

/** Emits the display rows from `start` to `end` (exclusive); `leaf` makes a row shown under a group. */
export function walkGroups<R>(
  groupId: string,
  groups: Groups,
  open: (key: string) => boolean,
  start: number,
  end: number,
  leaf: (slot: number, groupKey: string) => DisplayRow<R>,
  emit: (row: DisplayRow<R>) => void,
): void {
  let at = 0
  for (let g = 0; g < groups.values.length && at < end; g++) {
    const value = groups.values[g]!
    const key = `${groupId}:${value}`
    const members = groups.members[g]!
    const expanded = open(key)
    if (at >= start)
      emit({ kind: 'group', key, columnId: groupId, value, size: members.length, expanded, depth: 0 })
    at++
    if (!expanded) continue
    if (at + members.length <= start) {
      at += members.length
      continue
    }
    for (let i = Math.max(0, start - at); i < members.length && at + i < end; i++)
      emit(leaf(members[i]!, key))
    at += members.length
  }
}

/**
 * The display index of a group row (by its key), of a row under a given group
 * (`${groupKey}>${id}`), or else of a row's first appearance in an open group;
 * -1 when it is not shown.
 */
export function locateInGroups(
  groupId: string,
  groups: Groups,
  open: (key: string) => boolean,
  key: string,
  slot: number | undefined,
): number {
  const cut = key.lastIndexOf('>')
  const parent = cut >= 0 ? key.slice(0, cut) : null
  let at = 0
  let first = -1
  for (let g = 0; g < groups.values.length; g++) {
    const gk = `${groupId}:${groups.values[g]}`
    if (gk === key) return at
    at++
    if (!open(gk)) continue
    const members = groups.members[g]!
    if (slot !== undefined) {
      const i = members.indexOf(slot)
      if (i >= 0) {
        if (gk === parent) return at + i
        if (first < 0) first = at + i
      }
    }
    at += members.length
  }
  return first
}
