// Asks a TableSource for what the table shows and keeps the last answer on
// screen until the next arrives (no flash of empty rows while a sort runs).
// At most one question is in flight per table: while one runs, only the
// latest new question waits, so typing or fast scrolling never piles up work
// in the worker. Any change to the source's rows asks again.
//
// Two hooks, because the answer feeds the table (its rows are TanStack's
// data) and the table's state makes the question: `useAnswer` comes before
// `useTable`, `useAsk` after it.
import { useEffect, useRef, useState } from 'react'
import type { DisplayRow } from './engine/query'
import { sameRow } from './same-row'
import type { RowWindow, TableQuery, TableResult, TableSource } from './table-source'

export interface Answer<R> {
  result: TableResult<R>
  /** The row key or id the question asked to locate. */
  locate: string | undefined
}

export interface AnswerState<R> {
  answer: Answer<R> | null
  error: unknown
  /** Bumped by every change to the source's rows. */
  revision: number
  set: (next: { answer: Answer<R> } | { error: unknown }) => void
  bump: () => void
}

export function useAnswer<R>(): AnswerState<R> {
  const [state, setState] = useState<{ answer: Answer<R> | null; error: unknown }>({
    answer: null,
    error: null,
  })
  const [revision, setRevision] = useState(0)
  const [actions] = useState(() => ({
    set: (next: { answer: Answer<R> } | { error: unknown }) =>
      setState((old) =>
        'answer' in next
          ? { answer: share(old.answer, next.answer), error: null }
          : { ...old, error: next.error },
      ),
    bump: () => setRevision((r) => r + 1),
  }))
  return { ...state, revision, ...actions }
}

export function useAsk<R>(
  state: AnswerState<R>,
  source: TableSource<R>,
  query: TableQuery,
  rows: RowWindow,
  locate: string | undefined,
): void {
  const { set, bump, revision } = state
  useEffect(() => source.subscribe(bump), [source, bump])
  const asked = JSON.stringify([query, rows, locate ?? null, revision])
  const flight = useRef<{ busy: boolean; next: (() => void) | null }>({ busy: false, next: null })

  useEffect(() => {
    let alive = true
    const f = flight.current
    const [q, w, l] = JSON.parse(asked) as [TableQuery, RowWindow, string | null]
    const run = () => {
      f.busy = true
      source
        .query(q, w, l ?? undefined)
        .then(
          (result) => alive && set({ answer: { result, locate: l ?? undefined } }),
          (error: unknown) => alive && set({ error }),
        )
        .finally(() => {
          f.busy = false
          const next = f.next
          f.next = null
          next?.()
        })
    }
    if (f.busy) f.next = run
    else run()
    return () => {
      alive = false
    }
  }, [asked, source, set])
}

/**
 * The new answer, with the old row objects kept wherever the same row came
 * back (while claims load, after scrolling a little, after an edit elsewhere):
 * the memoised row views then skip them, and when every row is the same the
 * whole list is the old one, so TanStack keeps its rows too.
 */
function share<R>(old: Answer<R> | null, next: Answer<R>): Answer<R> {
  if (!old) return next
  const before = new Map(old.result.rows.map((r) => [r.key, r]))
  const rows = next.result.rows.map((r) => {
    const o = before.get(r.key)
    return o && sameDisplayRow(o, r) ? o : r
  })
  const same =
    old.result.start === next.result.start &&
    rows.length === old.result.rows.length &&
    rows.every((r, i) => r === old.result.rows[i])
  return { ...next, result: { ...next.result, rows: same ? old.result.rows : rows } }
}

function sameDisplayRow<R>(a: DisplayRow<R>, b: DisplayRow<R>): boolean {
  if (a.kind === 'group' || b.kind === 'group') return a.kind === b.kind && a.key === b.key && sameRow(a, b)
  return a.key === b.key && a.depth === b.depth && sameRow(a.row as object, b.row as object)
}
