// The one TanStack Table v9 feature registry every data table shares, and the
// column metadata DataTable reads to build filters, menus and group-by.
// Kept at module scope: v9 requires a stable `features` object, and sharing it
// keeps the column helpers of every table typed against the same registry.
// Two row-model slots hold our own models: grouping that files a row under
// each element of an array (grouping.ts) and a keyed sort fast enough for
// 100,000 rows (sorting.ts); filtering, faceting and expansion are TanStack's.
import {
  columnFacetingFeature,
  columnFilteringFeature,
  columnGroupingFeature,
  columnOrderingFeature,
  columnResizingFeature,
  columnSizingFeature,
  columnVisibilityFeature,
  createColumnHelper,
  createExpandedRowModel,
  createFacetedRowModel,
  createFacetedUniqueValues,
  createFilteredRowModel,
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
import { anyElementFilter, oneOfFilter, textFilter } from './filters'
import { createMultiValueGroupedRowModel } from './grouping'
import { sortBasic, sortList, sortOption, sortText } from './sort-fns'
import { createKeyedSortedRowModel } from './sorting'

/** One choice of an enumerated column: the stored value and the label people read. */
export interface FilterOption {
  value: string
  label: string
}

export type FilterKind = 'text' | 'enum' | 'array' | 'none'

export interface DataColumnMeta {
  /** The column's name in controls ("Sort by …", "Filter …"); defaults to the header text. */
  label?: string
  /** Which filter control the header shows; defaults to none. */
  filter?: FilterKind
  /** The fixed values of an enumerated column, in their natural order (used to sort too). */
  options?: readonly FilterOption[]
  /** Label of the empty value ('' / null) in filters and group rows; without it empties are not offered. */
  emptyLabel?: string
  /** Offered in the "Group by" select. */
  groupable?: boolean
  /** Hidden until the analyst shows it from the Columns menu. */
  hiddenByDefault?: boolean
  /** Numbers align to the end so digits line up. */
  align?: 'start' | 'end'
  /** Included in the global search; defaults to true. */
  searchable?: boolean
}

export const dataTableFeatures = tableFeatures({
  columnFilteringFeature,
  globalFilteringFeature,
  columnFacetingFeature,
  columnGroupingFeature,
  rowSortingFeature,
  rowExpandingFeature,
  columnOrderingFeature,
  columnVisibilityFeature,
  columnSizingFeature,
  columnResizingFeature,
  rowSelectionFeature,
  filteredRowModel: createFilteredRowModel(),
  facetedRowModel: createFacetedRowModel(),
  facetedUniqueValues: createFacetedUniqueValues(),
  groupedRowModel: createMultiValueGroupedRowModel(),
  sortedRowModel: createKeyedSortedRowModel(),
  expandedRowModel: createExpandedRowModel(),
  filterFns: { text: textFilter, oneOf: oneOfFilter, anyElement: anyElementFilter },
  sortFns: { text: sortText, option: sortOption, list: sortList, basic: sortBasic },
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

/** The human name of a column, for labels and menus. */
export function columnLabel(column: {
  id: string
  columnDef: { header?: unknown; meta?: DataColumnMeta }
}): string {
  const header = column.columnDef.header
  return column.columnDef.meta?.label ?? (typeof header === 'string' ? header : column.id)
}
