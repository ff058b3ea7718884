// Glue between DataTable's props and TanStack state: the starting state from a
// stored view plus the columns' defaults, and selection as ids.
import type { RowSelectionState } from '@tanstack/react-table'
import type { DataColumnMeta } from './features'
import { parseViewState, type TableViewState } from './view-state'

interface ColumnDefLike {
  id?: string
  accessorKey?: unknown
  meta?: DataColumnMeta
}

/** A column definition's id as TanStack derives it (explicit id, else accessor key). */
export function columnIdOf(def: object): string | undefined {
  const d: ColumnDefLike = def
  if (typeof d.id === 'string') return d.id
  return typeof d.accessorKey === 'string' ? d.accessorKey : undefined
}

/** Columns flagged `hiddenByDefault` start hidden; everything else starts visible. */
export function defaultVisibility(columns: readonly object[]): Record<string, boolean> {
  const visibility: Record<string, boolean> = {}
  for (const def of columns) {
    const id = columnIdOf(def)
    if (id && (def as ColumnDefLike).meta?.hiddenByDefault) visibility[id] = false
  }
  return visibility
}

/** The table's starting state: the stored view (validated against these columns) over the defaults. */
export function initialTableState(columns: readonly object[], stored: unknown) {
  const ids = columns.map(columnIdOf).filter((id): id is string => id !== undefined)
  const view: TableViewState = parseViewState(stored, ids)
  return {
    ...view,
    columnVisibility: { ...defaultVisibility(columns), ...view.columnVisibility },
    expanded: {},
    rowSelection: {},
  }
}

export function toSelection(ids: readonly string[]): RowSelectionState {
  const selection: RowSelectionState = {}
  for (const id of ids) selection[id] = true
  return selection
}

export const selectedIdsOf = (selection: RowSelectionState): string[] =>
  Object.keys(selection).filter((id) => selection[id])
