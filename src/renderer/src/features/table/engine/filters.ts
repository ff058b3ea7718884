// The filters of a table query as per-slot predicates, each with a signature
// (to cache its mask) and, for typed text, a test of whether it only narrows
// an earlier filter (so a keystroke that adds a letter re-tests only the rows
// that passed before).
import type { ColumnIndex } from './column-index'
import { foldNeedle, searchWords } from './keys'
import type { TableQuery } from './query'

export interface SlotFilter {
  /** Unique for what the filter lets through. */
  sig: string
  /** The column whose faceted counts ignore this filter; undefined for the search and the external filter. */
  columnId?: string
  /** Same family (column, or the search), so one may narrow the other. */
  family: string
  test: (slot: number) => boolean
  /** Brings the keys `test` reads up to date with rows added since (call before testing them). */
  prepare: () => void
  /** Whether everything this filter passes, `earlier` passed too. */
  narrows?: (earlier: SlotFilter) => boolean
  words?: readonly string[]
}

const anyIn = (keys: string | readonly string[], chosen: ReadonlySet<string>) =>
  typeof keys === 'string' ? chosen.has(keys) : keys.some((k) => chosen.has(k))

/** The filters a query applies, in a fixed order; empty filters are dropped. */
export function filtersOf<R extends { id: string }>(
  q: TableQuery,
  column: (id: string) => ColumnIndex<R> | undefined,
  haystack: () => string[],
): SlotFilter[] {
  const out: SlotFilter[] = []
  for (const [id, value] of Object.entries(q.external ?? {})) {
    const index = column(id)
    if (!index) continue
    const facets = index.facets.all()
    const chosen = new Set([value])
    out.push({
      sig: `x:${id}=${value}`,
      family: `x:${id}`,
      test: (s) => anyIn(facets[s]!, chosen),
      prepare: () => void index.facets.all(),
    })
  }
  for (const f of q.columnFilters) {
    const index = column(f.id)
    if (!index) continue
    if (typeof f.value === 'string') {
      const needle = foldNeedle(f.value)
      if (!needle) continue
      const texts = index.texts.all()
      const family = `t:${f.id}`
      out.push({
        sig: `${family}=${needle}`,
        columnId: f.id,
        family,
        words: [needle],
        test: (s) => texts[s]!.includes(needle),
        prepare: () => void index.texts.all(),
        narrows: (earlier) => earlier.family === family && needle.includes(earlier.words![0]!),
      })
    } else {
      if (f.value.length === 0) continue
      const facets = index.facets.all()
      const chosen = new Set(f.value)
      out.push({
        sig: `o:${f.id}=${JSON.stringify([...chosen].sort())}`,
        columnId: f.id,
        family: `o:${f.id}`,
        test: (s) => anyIn(facets[s]!, chosen),
        prepare: () => void index.facets.all(),
      })
    }
  }
  const words = searchWords(q.globalFilter)
  if (words.length) {
    const texts = haystack()
    const prepare = () => void haystack()
    out.push({
      sig: `g:${JSON.stringify(words)}`,
      family: 'g',
      words,
      test: (s) => {
        const text = texts[s]!
        for (const w of words) if (!text.includes(w)) return false
        return true
      },
      prepare,
      // Every earlier word is inside some new word: the new search finds a subset.
      narrows: (earlier) =>
        earlier.family === 'g' && earlier.words!.every((old) => words.some((w) => w.includes(old))),
    })
  }
  return out
}
