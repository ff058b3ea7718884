// A drop-in replacement for TanStack's `createSortedRowModel()` that sorts by
// precomputed keys. TanStack's model calls the column comparator for each of
// the ~1.7 million comparisons a 100,000-row sort makes, and each call reads
// cell values through the row cache: about 600 ms for one text column. Here
// each row's key is computed once per sorted column and an index array is
// sorted on plain strings and numbers (decorate, sort, undecorate), which
// takes a fraction of that. Same inputs (sorting state, pre-sorted model),
// same output shape, stable, empties last in either direction.
import {
  copyInstancePropertiesWithoutMemos,
  memo,
  type Row,
  type RowData,
  type RowModel,
  type Table,
  type TableFeatures,
} from '@tanstack/react-table'
import type { DataColumnMeta } from './features'
import { compareSortKeys, sortKey, sortKindOf, type SortKey } from './sort-fns'

type AnyTable = Table<TableFeatures, RowData>
type AnyRow = Row<TableFeatures, RowData>

// The slice of the table API the model reads (typed structurally: the model
// is created before the feature registry, and so the table type, exists).
interface SortingTable {
  atoms: { sorting?: { get: () => readonly { id: string; desc: boolean }[] } }
  options: { enableSorting?: boolean }
  getPreSortedRowModel: () => RowModel<TableFeatures, RowData>
  getColumn: (id: string) =>
    | {
        accessorFn?: (original: RowData, index: number) => unknown
        columnDef: { meta?: object; sortFn?: unknown; enableSorting?: boolean; invertSorting?: boolean }
      }
    | undefined
}

interface Spec {
  id: string
  /** 1 ascending, -1 descending (invertSorting flips it again). */
  direction: number
  key: (row: AnyRow) => SortKey
}

export function createKeyedSortedRowModel() {
  return (table: AnyTable) => {
    const t = table as unknown as SortingTable
    return memo({
      memoDeps: () => [t.atoms.sorting?.get(), t.getPreSortedRowModel()],
      fn: () => sortRowModel(t),
    })
  }
}

function specsOf(t: SortingTable): Spec[] {
  const specs: Spec[] = []
  if (t.options.enableSorting === false) return specs
  for (const s of t.atoms.sorting?.get() ?? []) {
    const column = t.getColumn(s.id)
    const accessor = column?.accessorFn
    if (!column || !accessor || column.columnDef.enableSorting === false) continue
    const kind = sortKindOf(column.columnDef.sortFn)
    const meta: DataColumnMeta | undefined = column.columnDef.meta
    const direction = (s.desc ? -1 : 1) * (column.columnDef.invertSorting ? -1 : 1)
    // Leaf rows through the accessor (row.getValue costs a column lookup per
    // first read); group rows answer for their grouping column themselves.
    const read = (row: AnyRow) =>
      row.groupingColumnId ? row.getValue(s.id) : accessor(row.original, row.index)
    specs.push({ id: s.id, direction, key: (row) => sortKey(kind, read(row), meta) })
  }
  return specs
}

/** The order of `rows` under `specs`: indexes into `rows`, ties kept in their incoming order. */
export function sortedOrder<T>(
  rows: readonly T[],
  specs: readonly { direction: number; key: (row: T) => SortKey }[],
) {
  const keys = specs.map((spec) => rows.map(spec.key))
  const order = Array.from(rows, (_, i) => i)
  order.sort((a, b) => {
    for (let s = 0; s < specs.length; s++) {
      const ka = keys[s]![a]
      const kb = keys[s]![b]
      if (ka === kb) continue
      // Empties stay last whichever way the column is sorted.
      if (ka === undefined || kb === undefined) return compareSortKeys(ka, kb)
      return compareSortKeys(ka, kb) * specs[s]!.direction
    }
    return a - b
  })
  return order
}

function sortRowModel(t: SortingTable): RowModel<TableFeatures, RowData> {
  const pre = t.getPreSortedRowModel()
  const specs = specsOf(t)
  if (!pre.rows.length || !specs.length) return pre
  const flatRows: AnyRow[] = []

  const sortLevel = (rows: AnyRow[]): { rows: AnyRow[]; changed: boolean } => {
    const order = sortedOrder(rows, specs)
    let changed = false
    const sorted = order.map((from, to) => {
      let row = rows[from]!
      if (from !== to) changed = true
      const at = flatRows.push(row) - 1
      if (row.subRows.length) {
        const sub = sortLevel(row.subRows)
        if (sub.changed) {
          // Group rows belong to the grouped model, which is memoised: sort a copy.
          const copy = copyInstancePropertiesWithoutMemos(
            Object.create(Object.getPrototypeOf(row)) as AnyRow,
            row,
          )
          copy.subRows = sub.rows
          flatRows[at] = row = copy
          changed = true
        }
      }
      return row
    })
    return { rows: sorted, changed }
  }

  return { rows: sortLevel(pre.rows).rows, flatRows, rowsById: pre.rowsById }
}
