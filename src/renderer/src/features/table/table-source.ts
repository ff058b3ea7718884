// Where a DataTable's rows come from. The table keeps its view state and asks
// the source for what to show: counts, a window of display rows, faceted
// counts, the ids of shown rows (select all, Shift ranges, "cite all shown").
// The claims table asks the ledger worker; `localTableSource` answers in
// process from a table engine (the sources table, tests). Answers are
// promises either way, so the table never assumes which.
import type { EngineColumn } from './engine/columns'
import type { RowWindow, TableQuery, TableResult } from './engine/query'
import { TableEngine } from './engine/table-engine'
import { sameRow } from './same-row'

export type { RowWindow, TableQuery, TableResult }

export interface TableSource<R> {
  /** Counts and the display rows of a window; `locate` asks for the index of a row key or id. */
  query(q: TableQuery, window: RowWindow, locate?: string): Promise<TableResult<R>>
  /** Ids of the shown rows in display order, each once: all of them, or those in a window. */
  ids(q: TableQuery, window?: RowWindow): Promise<string[]>
  /** How many of these ids the query shows. */
  countShown(q: TableQuery, ids: readonly string[]): Promise<number>
  /** Keys of every group row, in display order. */
  groupKeys(q: TableQuery): Promise<string[]>
  /** Calls back after every change to the rows; returns the unsubscribe. */
  subscribe(onChange: () => void): () => void
}

export interface LocalTableSource<R> extends TableSource<R> {
  /** Replaces the rows: only rows that differ are re-keyed, gone ones removed. */
  setRows(rows: readonly R[]): void
}

/** A source over an in-process table engine. */
export function localTableSource<R extends { id: string }>(
  columns: readonly EngineColumn<R>[],
  rows: readonly R[] = [],
): LocalTableSource<R> {
  const engine = new TableEngine(columns)
  engine.upsert(rows)
  const listeners = new Set<() => void>()
  // Answers come a microtask later, as from a worker: rows set in the same
  // round of effects as the first question are already there to answer it.
  const later = async () => {}
  return {
    query: (q, window, locate) => later().then(() => engine.query(q, window, locate)),
    ids: (q, window) => later().then(() => engine.ids(q, window)),
    countShown: (q, ids) => later().then(() => engine.countShown(q, ids)),
    groupKeys: (q) => later().then(() => engine.groupKeys(q)),
    subscribe(onChange) {
      listeners.add(onChange)
      return () => listeners.delete(onChange)
    },
    setRows(next) {
      const ids = new Set(next.map((r) => r.id))
      const gone = engine
        .rows()
        .filter((r) => !ids.has(r.id))
        .map((r) => r.id)
      const changed = next.filter((r) => !sameRow(engine.get(r.id), r))
      if (!gone.length && !changed.length) return
      engine.remove(gone)
      engine.upsert(changed)
      for (const listener of listeners) listener()
    },
  }
}
