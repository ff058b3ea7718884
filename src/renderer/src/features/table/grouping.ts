// Grouping that understands array columns. TanStack's grouped row model files
// each row under one `${value}` key, so a row tagged [a, b] would land in a
// group called "a,b". This drop-in replacement for `createGroupedRowModel()`
// files a row under *each* element of an array value (and under '' when the
// array is empty): grouping by tag shows a claim under every one of its tags.
// The same Row instance then appears under several groups; DataTable keys
// each appearance by its group path (`displayKeys`), and selection, which is
// keyed by row id, stays shared between the appearances.
import {
  constructRow,
  makeObjectMap,
  memo,
  type Row,
  type RowData,
  type RowModel,
  type Table,
  type TableFeatures,
} from '@tanstack/react-table'
import type { DataColumnMeta, FilterOption } from './features'
import { compareKeys, facetKey } from './filters'

/** The group keys of one value: one per distinct array element, [''] for an empty array. */
export function groupKeysOf(value: unknown): string[] {
  if (!Array.isArray(value)) return [facetKey(value)]
  if (value.length === 0) return ['']
  return [...new Set(value.map(facetKey))]
}

/** Explodes items into groups, an item with an array value joining every group it names. */
export function explodeGroups<T>(items: readonly T[], valueOf: (item: T) => unknown): Map<string, T[]> {
  const groups = new Map<string, T[]>()
  for (const item of items) {
    for (const key of groupKeysOf(valueOf(item))) {
      const members = groups.get(key)
      if (members) members.push(item)
      else groups.set(key, [item])
    }
  }
  return groups
}

/** Groups of an enumerated column follow its declared options, others sort by name; '' (none) goes last. */
export function orderGroupKeys(keys: Iterable<string>, options?: readonly FilterOption[]): string[] {
  const rank = new Map(options?.map((o, i) => [o.value, i]))
  const score = (k: string) => (k === '' ? Infinity : (rank.get(k) ?? options?.length ?? 0))
  return [...keys].sort((a, b) => score(a) - score(b) || compareKeys(a, b))
}

/** Rows a group row stands for (its distinct leaf rows at the next level). */
export function groupSize(row: { subRows: readonly unknown[] }): number {
  const size: unknown = (row as { groupSize?: unknown }).groupSize
  return typeof size === 'number' ? size : row.subRows.length
}

/**
 * A key per displayed row that is unique even when a row appears in several
 * groups: group rows use their id (which already holds the group path),
 * leaf rows are prefixed with the group they are shown under. O(n).
 */
export function displayKeys(
  rows: readonly { id: string; depth: number; groupingColumnId?: string }[],
): string[] {
  const path: string[] = []
  return rows.map((row) => {
    if (row.groupingColumnId) {
      path[row.depth] = row.id
      return row.id
    }
    return row.depth > 0 ? `${path[row.depth - 1]}>${row.id}` : row.id
  })
}

// The slice of the table API the model needs; typed structurally because the
// model is built before the feature registry (and so its Table type) exists.
interface GroupingTable {
  atoms: { grouping?: { get: () => readonly string[] } }
  options: { columns: unknown }
  getPreGroupedRowModel: () => RowModel<TableFeatures, RowData>
  getColumn: (id: string) =>
    | {
        accessorFn?: (original: RowData, index: number) => unknown
        columnDef: {
          meta?: object
          getGroupingValue?: (original: RowData, index: number, row: AnyRow) => unknown
        }
      }
    | undefined
}

type AnyTable = Table<TableFeatures, RowData>
type AnyRow = Row<TableFeatures, RowData>

export function createMultiValueGroupedRowModel() {
  return (table: AnyTable) => {
    const t = table as unknown as GroupingTable
    return memo({
      memoDeps: () => [t.atoms.grouping?.get(), t.getPreGroupedRowModel(), t.options.columns],
      fn: () => groupRowModel(table, t),
    })
  }
}

function groupRowModel(table: AnyTable, t: GroupingTable): RowModel<TableFeatures, RowData> {
  const rowModel = t.getPreGroupedRowModel()
  const grouping = (t.atoms.grouping?.get() ?? []).filter((id) => t.getColumn(id))
  if (!rowModel.rows.length || !grouping.length) {
    // Grouping moves leaf rows down a level in place; undo that once ungrouped.
    for (const row of rowModel.rows) {
      row.depth = 0
      row.parentId = undefined
    }
    return rowModel
  }
  const flatRows: AnyRow[] = []
  const rowsById = makeObjectMap<AnyRow>()

  const groupUp = (
    rows: AnyRow[],
    depth: number,
    parentId: string | undefined,
    path: Readonly<Record<string, string>>,
  ): AnyRow[] => {
    if (depth >= grouping.length) {
      for (const row of rows) {
        row.depth = depth
        flatRows.push(row)
        rowsById[row.id] = row
      }
      return rows
    }
    const columnId = grouping[depth]!
    const column = t.getColumn(columnId)!
    const meta: DataColumnMeta | undefined = column.columnDef.meta
    const getGroupingValue = column.columnDef.getGroupingValue
    const accessor = column.accessorFn
    // The accessor directly: row.getValue costs a column lookup on each first read.
    const groups = explodeGroups(rows, (row) =>
      getGroupingValue
        ? getGroupingValue(row.original, row.index, row)
        : accessor
          ? accessor(row.original, row.index)
          : row.getValue(columnId),
    )
    return orderGroupKeys(groups.keys(), meta?.options).map((key, index) => {
      const members = groups.get(key)!
      const id = `${parentId ? `${parentId}>` : ''}${columnId}:${key}`
      const values = { ...path, [columnId]: key }
      const groupRow = constructRow(table, id, members[0]!.original, index, depth, undefined, parentId)
      flatRows.push(groupRow)
      rowsById[id] = groupRow
      const subRows = groupUp(members, depth + 1, id, values)
      for (const sub of subRows) sub.parentId = id
      // Own properties survive the sorted model's clone of group rows.
      Object.assign(groupRow, {
        groupingColumnId: columnId,
        groupingValue: key,
        groupSize: members.length,
        subRows,
        getValue: (colId: string) => values[colId],
      })
      return groupRow
    })
  }

  return { rows: groupUp(rowModel.rows, 0, undefined, {}), flatRows, rowsById }
}
