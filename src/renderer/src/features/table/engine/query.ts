// The questions a table asks its rows and the answers it gets back: plain,
// structured-clonable data, so the same contract crosses a worker boundary
// (the ledger) or stays in process (the sources table, tests).

/** The part of a table's view state that decides which rows show, and in what order. */
export interface TableQuery {
  sorting: readonly { id: string; desc: boolean }[]
  /** A string filters by substring; a list of keys by one-of ('' stands for no value). */
  columnFilters: readonly { id: string; value: string | readonly string[] }[]
  globalFilter: string
  /** Group-by column ids; one level is supported (the first id). */
  grouping: readonly string[]
  /** true: every group open; else the keys of the open groups. */
  expanded: true | Readonly<Record<string, boolean>>
  /** Applied before everything else: rows whose column's value is exactly this key (the matrix cell). */
  external?: Readonly<Record<string, string>>
  /** Columns whose faceted counts the answer should carry (an open filter checklist). */
  facets?: readonly string[]
}

/** A range of display rows, end exclusive. */
export interface RowWindow {
  start: number
  end: number
}

export type DisplayRow<R> =
  | {
      kind: 'leaf'
      /** Unique per appearance: the row id, or `${groupKey}>${id}` under a group. */
      key: string
      id: string
      depth: number
      row: R
    }
  | {
      kind: 'group'
      /** `${columnId}:${value}` */
      key: string
      columnId: string
      value: string
      /** Rows in the group (a row with several tags counts in each of their groups). */
      size: number
      expanded: boolean
      depth: number
    }

export interface TableResult<R> {
  /** Bumped by every change to the rows. */
  revision: number
  /** Every row of the table (the "M" of "N of M rows"). */
  total: number
  /** Rows passing the external filter, the column filters and the search (the "N"). */
  matched: number
  /** Display rows: group rows plus the rows of open groups, or the matched rows. */
  count: number
  /** The index of rows[0]. */
  start: number
  rows: DisplayRow<R>[]
  /** Index of the display row asked for with `locate`, -1 when absent or not asked. */
  located: number
  /** Faceted counts (key → rows) of the columns asked for, over the rows passing every other filter. */
  facets: Record<string, [string, number][]>
  /** While rows are still arriving: how many so far, of how many. */
  loading?: { loaded: number; total: number }
}
