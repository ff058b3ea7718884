// The one TanStack Table v9 feature registry every data table shares, and the
// column metadata DataTable reads to build filters, menus and group-by.
// Kept at module scope: v9 requires a stable `features` object, and sharing it
// keeps the column helpers of every table typed against the same registry.
//
// Tables run in TanStack's manual (server-side) mode: TanStack keeps the
// column model, the view state (sort, filters, search, grouping, expansion,
// order, sizing, visibility), the selection state and cell rendering, while a
// TableSource (table-source.ts) over the table engine sorts, filters, groups
// and counts, and hands over only the rows in view. So no row-model factory is
// registered here: none would ever run.
import {
  columnFilteringFeature,
  columnGroupingFeature,
  columnOrderingFeature,
  columnResizingFeature,
  columnSizingFeature,
  columnVisibilityFeature,
  createColumnHelper,
  globalFilteringFeature,
  metaHelper,
  rowExpandingFeature,
  rowSelectionFeature,
  rowSortingFeature,
  tableFeatures,
  type Cell,
  type Column,
  type ColumnDef,
  type Row,
  type Table,
} from '@tanstack/react-table'
import type { EngineColumn, FilterKind, FilterOption } from './engine/columns'

export type { FilterKind, FilterOption }

export interface DataColumnMeta {
  /** The column's name in controls ("Sort by …", "Filter …"); defaults to the header text. */
  label?: string
  /** Which filter control the header shows; defaults to none. */
  filter?: FilterKind
  /** The fixed values of an enumerated column, in their natural order. */
  options?: readonly FilterOption[]
  /** Label of the empty value ('' / null) in filters and group rows; without it empties are not offered. */
  emptyLabel?: string
  /** Offered in the "Group by" select. */
  groupable?: boolean
  /** Hidden until the analyst shows it from the Columns menu. */
  hiddenByDefault?: boolean
  /** Numbers align to the end so digits line up. */
  align?: 'start' | 'end'
}

export const dataTableFeatures = tableFeatures({
  columnFilteringFeature,
  globalFilteringFeature,
  columnGroupingFeature,
  rowSortingFeature,
  rowExpandingFeature,
  columnOrderingFeature,
  columnVisibilityFeature,
  columnSizingFeature,
  columnResizingFeature,
  rowSelectionFeature,
  columnMeta: metaHelper<DataColumnMeta>(),
})

export type DataTableFeatures = typeof dataTableFeatures
/** Every row a DataTable shows has a stable application id (selection and "open" use it). */
export interface DataRow {
  id: string
}
export type DataTable<TRow extends DataRow> = Table<DataTableFeatures, TRow>
export type DataTableRow<TRow extends DataRow> = Row<DataTableFeatures, TRow>
export type DataTableColumn<TRow extends DataRow> = Column<DataTableFeatures, TRow, unknown>
export type DataTableCell<TRow extends DataRow> = Cell<DataTableFeatures, TRow, unknown>
export type DataColumnDef<TRow extends DataRow> = ColumnDef<DataTableFeatures, TRow, unknown>

/** The column helper a table module uses to declare its (module-level, stable) columns. */
export const createDataColumnHelper = <TRow extends DataRow>() =>
  createColumnHelper<DataTableFeatures, TRow>()

/**
 * The parts of a React column that come from its engine field: the id, whether
 * it sorts (numbers start descending, text ascending, whatever rows are in
 * view), and the filter, options and group-by its header offers.
 */
export function fromField<R, V>(
  f: EngineColumn<R, V>,
  meta: Pick<DataColumnMeta, 'hiddenByDefault' | 'align' | 'label'> = {},
) {
  return {
    id: f.id,
    enableSorting: f.sort !== undefined,
    sortDescFirst: f.sort === 'basic',
    enableColumnFilter: f.filter !== undefined && f.filter !== 'none',
    enableGrouping: f.groupable === true,
    meta: { filter: f.filter, options: f.options, emptyLabel: f.emptyLabel, groupable: f.groupable, ...meta },
  }
}

/** The human name of a column, for labels and menus. */
export function columnLabel(column: {
  id: string
  columnDef: { header?: unknown; meta?: DataColumnMeta }
}): string {
  const header = column.columnDef.header
  return column.columnDef.meta?.label ?? (typeof header === 'string' ? header : column.id)
}
