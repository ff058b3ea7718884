// What a table engine knows about a column: how to read its value from a row
// and how that value sorts, filters, groups and is searched. The React table
// (DataTable) describes the same columns for display; both are built from one
// field list per table (claim-fields.ts, source-fields.ts), which holds no
// React so the ledger worker can import it.
import type { SortKind } from './keys'

/** One choice of an enumerated column: the stored value and the label people read. */
export interface FilterOption {
  value: string
  label: string
}

export type FilterKind = 'text' | 'enum' | 'array' | 'none'

export interface EngineColumn<R, V = unknown> {
  id: string
  /** The cell value; the same function is the React column's accessor. */
  value: (row: R) => V
  /** How the column sorts; absent: it does not. */
  sort?: SortKind
  /** Which filter the header offers; absent or 'none': none. */
  filter?: FilterKind
  /** The fixed values of an enumerated column in their natural order (sort rank, group order, labels). */
  options?: readonly FilterOption[]
  /** Label of the empty value in filters and group rows; without it empties are not offered. */
  emptyLabel?: string
  /** Offered in "Group by". */
  groupable?: boolean
  /** Part of the global search; defaults to true. */
  searchable?: boolean
}

/** Declares a column with its value type kept (the React column's cell reads it typed). */
export const field = <R, V>(column: EngineColumn<R, V>): EngineColumn<R, V> => column
