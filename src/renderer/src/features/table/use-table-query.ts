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
  window: RowWindow,
  locate: string | undefined,
): void {
  const { set, bump, revision } = state
  useEffect(() => source.subscribe(bump), [source, bump])
  const asked = JSON.stringify([query, window, locate ?? null, revision])
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
 * The new answer, but with the old rows kept when the same rows came back
 * (while claims load, or when an edit elsewhere changed nothing in view):
 * TanStack then keeps its rows and the memoised row views do not re-render.
 */
function share<R>(old: Answer<R> | null, next: Answer<R>): Answer<R> {
  const before = old?.result
  const after = next.result
  if (!before || before.start !== after.start || before.rows.length !== after.rows.length) return next
  if (JSON.stringify(before.rows) !== JSON.stringify(after.rows)) return next
  return { ...next, result: { ...after, rows: before.rows } }
}
