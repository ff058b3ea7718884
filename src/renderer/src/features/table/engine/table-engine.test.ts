// The table engine answers as a table should: case-folded sorts with empties
// last, one-of and substring filters, faceted counts over the other filters,
// the whole-row search, group-by on array columns, windows of display rows —
// and keeps answering the same after rows change one at a time as it would
// after a rebuild (checked against a plain model on random edits).
import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { field, type EngineColumn } from './columns'
import type { TableQuery } from './query'
import { TableEngine } from './table-engine'
import { runSteps } from './stepped-sort'

interface Item {
  id: string
  name: string
  grade: 'A' | 'B' | 'C' | null
  tags: string[]
}
const gradeOptions = [
  { value: 'A', label: 'Best' },
  { value: 'B', label: 'Good' },
  { value: 'C', label: 'Fair' },
]
const columns: EngineColumn<Item>[] = [
  field({ id: 'name', value: (r: Item) => r.name || undefined, sort: 'text', filter: 'text' }),
  field({
    id: 'grade',
    value: (r: Item) => r.grade ?? undefined,
    sort: 'option',
    filter: 'enum',
    options: gradeOptions,
    emptyLabel: 'Ungraded',
    groupable: true,
  }),
  field({ id: 'tags', value: (r: Item) => r.tags, sort: 'list', filter: 'array', groupable: true }),
]
const data: Item[] = [
  { id: '1', name: 'delta', grade: 'B', tags: ['x', 'y'] },
  { id: '2', name: 'Alpha', grade: 'C', tags: ['y'] },
  { id: '3', name: 'charlie', grade: null, tags: [] },
  { id: '4', name: 'bravo', grade: 'A', tags: ['x'] },
]
const none: TableQuery = { sorting: [], columnFilters: [], globalFilter: '', grouping: [], expanded: {} }
const all = { start: 0, end: 1000 }

function engineOf(rows: readonly Item[] = data) {
  const engine = new TableEngine(columns)
  engine.upsert(rows)
  return engine
}
const keys = (engine: TableEngine<Item>, q: Partial<TableQuery>) =>
  engine.query({ ...none, ...q }, all).rows.map((r) => r.key)

describe('sorting', () => {
  it('sorts text case-insensitively and options in declared order, empties last', () => {
    const e = engineOf()
    expect(keys(e, { sorting: [{ id: 'name', desc: false }] })).toEqual(['2', '4', '3', '1'])
    expect(keys(e, { sorting: [{ id: 'grade', desc: true }] })).toEqual(['2', '1', '4', '3'])
    expect(keys(e, { sorting: [{ id: 'grade', desc: false }] })).toEqual(['4', '1', '2', '3'])
  })

  const rows: Item[] = [
    { id: 'r0', name: 'beta', grade: 'B', tags: [] },
    { id: 'r1', name: '', grade: 'A', tags: [] },
    { id: 'r2', name: 'Alpha', grade: null, tags: [] },
    { id: 'r3', name: 'alpha', grade: 'B', tags: [] },
    { id: 'r4', name: 'gamma', grade: 'A', tags: [] },
  ]
  it('keeps ties in insertion order and empties last in either direction', () => {
    const e = engineOf(rows)
    expect(keys(e, { sorting: [{ id: 'name', desc: false }] })).toEqual(['r2', 'r3', 'r0', 'r4', 'r1'])
    expect(keys(e, { sorting: [{ id: 'name', desc: true }] })).toEqual(['r4', 'r0', 'r2', 'r3', 'r1'])
  })
  it('sorts by several columns, options in declared order', () => {
    const e = engineOf(rows)
    const by = (g: boolean, n: boolean) => ({
      sorting: [
        { id: 'grade', desc: g },
        { id: 'name', desc: n },
      ],
    })
    expect(keys(e, by(false, true))).toEqual(['r4', 'r1', 'r0', 'r3', 'r2'])
    expect(keys(e, by(true, false))).toEqual(['r3', 'r0', 'r4', 'r1', 'r2'])
  })
})

describe('filters and facets', () => {
  it('filters enumerations by chosen values and counts facets over the other filters', () => {
    const e = engineOf()
    expect(keys(e, { columnFilters: [{ id: 'grade', value: ['A', ''] }] })).toEqual(['3', '4'])
    const q: TableQuery = {
      ...none,
      columnFilters: [
        { id: 'grade', value: ['A', 'B'] },
        { id: 'tags', value: 'y' },
      ],
      facets: ['grade', 'tags'],
    }
    const result = e.query(q, all)
    expect(result.rows.map((r) => r.key)).toEqual(['1'])
    expect(result.matched).toBe(1)
    expect(result.total).toBe(4)
    // Grade facets ignore the grade filter but respect the tag filter: rows 1 and 2.
    expect(Object.fromEntries(result.facets.grade!)).toEqual({ B: 1, C: 1 })
    // Tag facets count elements of every row passing the grade filter: rows 1 and 4.
    expect(Object.fromEntries(result.facets.tags!)).toEqual({ x: 2, y: 1 })
  })

  it('matches a trimmed, case-insensitive substring; empty cells never match', () => {
    const e = engineOf()
    expect(keys(e, { columnFilters: [{ id: 'name', value: '  ALP ' }] })).toEqual(['2'])
    expect(keys(e, { columnFilters: [{ id: 'name', value: '   ' }] })).toHaveLength(4)
    expect(keys(e, { columnFilters: [{ id: 'tags', value: 'q' }] })).toEqual([])
  })

  it('matches array columns on any element, by substring or by a list ("" for none)', () => {
    const rows: Item[] = [
      { id: 'a', name: 'a', grade: null, tags: ['Homs', 'Hama'] },
      { id: 'b', name: 'b', grade: null, tags: ['Homs'] },
      { id: 'c', name: 'c', grade: null, tags: [] },
    ]
    const e = engineOf(rows)
    expect(keys(e, { columnFilters: [{ id: 'tags', value: 'ham' }] })).toEqual(['a'])
    expect(keys(e, { columnFilters: [{ id: 'tags', value: ['Hama', 'Idlib'] }] })).toEqual(['a'])
    expect(keys(e, { columnFilters: [{ id: 'tags', value: ['Hom'] }] })).toEqual([])
    expect(keys(e, { columnFilters: [{ id: 'tags', value: [''] }] })).toEqual(['c'])
  })

  it('applies the external filter before the rest, facets included', () => {
    const e = engineOf()
    const result = e.query({ ...none, external: { grade: 'B' }, facets: ['tags'] }, all)
    expect(result.rows.map((r) => r.key)).toEqual(['1'])
    expect(Object.fromEntries(result.facets.tags!)).toEqual({ x: 1, y: 1 })
  })
})

describe('search', () => {
  it('searches every column at once, option labels included; every word must occur', () => {
    const e = engineOf()
    expect(keys(e, { globalFilter: 'good' })).toEqual(['1'])
    expect(keys(e, { globalFilter: 'x  BRAVO' })).toEqual(['4'])
    expect(keys(e, { globalFilter: 'x bravo delta' })).toEqual([])
  })
  it('narrows a search as letters are added and widens it again', () => {
    const e = engineOf()
    expect(keys(e, { globalFilter: 'a' })).toHaveLength(4)
    expect(keys(e, { globalFilter: 'al' })).toEqual(['2'])
    expect(keys(e, { globalFilter: 'alp' })).toEqual(['2'])
    expect(keys(e, { globalFilter: 'a' })).toHaveLength(4)
  })
})

describe('grouping', () => {
  it('groups by an array column with a row under each of its tags', () => {
    const e = engineOf()
    const grouped = e.query({ ...none, grouping: ['tags'] }, all)
    expect(grouped.rows.map((r) => (r.kind === 'group' ? [r.key, r.size, r.expanded] : r.key))).toEqual([
      ['tags:x', 2, false],
      ['tags:y', 2, false],
      ['tags:', 1, false],
    ])
    expect(grouped.matched).toBe(4)
    expect(keys(e, { grouping: ['tags'], expanded: true })).toEqual([
      'tags:x',
      'tags:x>1',
      'tags:x>4',
      'tags:y',
      'tags:y>1',
      'tags:y>2',
      'tags:',
      'tags:>3',
    ])
    expect(keys(e, { grouping: ['tags'], expanded: true, sorting: [{ id: 'name', desc: false }] })).toEqual([
      'tags:x',
      'tags:x>4',
      'tags:x>1',
      'tags:y',
      'tags:y>2',
      'tags:y>1',
      'tags:',
      'tags:>3',
    ])
    expect(keys(e, { grouping: ['tags'], expanded: { 'tags:y': true } })).toEqual([
      'tags:x',
      'tags:y',
      'tags:y>1',
      'tags:y>2',
      'tags:',
    ])
  })

  it('orders groups by the grouping column when the table is sorted by it', () => {
    const e = engineOf()
    expect(keys(e, { grouping: ['grade'] })).toEqual(['grade:A', 'grade:B', 'grade:C', 'grade:'])
    expect(keys(e, { grouping: ['grade'], sorting: [{ id: 'grade', desc: true }] })).toEqual([
      'grade:C',
      'grade:B',
      'grade:A',
      'grade:',
    ])
    expect(e.groupKeys({ ...none, grouping: ['grade'] })).toEqual(['grade:A', 'grade:B', 'grade:C', 'grade:'])
  })
})

describe('windows, ids and locating rows', () => {
  const many: Item[] = Array.from({ length: 50 }, (_, i) => ({
    id: `m${i}`,
    name: `row ${String(i).padStart(2, '0')}`,
    grade: i % 2 ? 'A' : 'B',
    tags: i % 5 ? ['t'] : [],
  }))

  it('returns only the rows of the window, with their place', () => {
    const e = engineOf(many)
    const r = e.query(none, { start: 10, end: 13 })
    expect(r.start).toBe(10)
    expect(r.count).toBe(50)
    expect(r.rows.map((x) => x.key)).toEqual(['m10', 'm11', 'm12'])
    const g = e.query({ ...none, grouping: ['tags'], expanded: true }, { start: 39, end: 43 })
    // Group t (40 rows) fills 0..40, group '' starts at 41.
    expect(g.count).toBe(52)
    expect(g.rows.map((x) => x.key)).toEqual(['tags:t>m48', 'tags:t>m49', 'tags:', 'tags:>m0'])
  })

  it('locates a row by id or by its key under a group, and a group by its key', () => {
    const e = engineOf(many)
    const q = { ...none, sorting: [{ id: 'name', desc: true }] }
    expect(e.query(q, { start: 0, end: 1 }, 'm47').located).toBe(2)
    expect(e.query(q, { start: 0, end: 1 }, 'gone').located).toBe(-1)
    const grouped = { ...none, grouping: ['grade'], expanded: true as const }
    expect(e.query(grouped, { start: 0, end: 1 }, 'grade:B').located).toBe(26)
    expect(e.query(grouped, { start: 0, end: 1 }, 'm2').located).toBe(28)
    expect(e.query(grouped, { start: 0, end: 1 }, 'grade:B>m2').located).toBe(28)
    // The same row under the other kind of key, after grouping is switched off.
    expect(e.query(none, { start: 0, end: 1 }, 'grade:B>m2').located).toBe(2)
  })

  it('lists the shown ids once each, all or in a range, and counts shown ids', () => {
    const e = engineOf(data)
    const q = { ...none, columnFilters: [{ id: 'tags', value: 'x' }] }
    expect(e.ids(q)).toEqual(['1', '4'])
    expect(e.ids({ ...none, grouping: ['tags'] })).toEqual(['1', '4', '2', '3'])
    expect(e.ids({ ...none, grouping: ['tags'], expanded: true }, { start: 0, end: 6 })).toEqual([
      '1',
      '4',
      '2',
    ])
    expect(e.countShown(q, ['1', '2', '4', 'zz'])).toBe(2)
  })
})

describe('changes', () => {
  it('updates a row in place: its sort place, filters, search and groups follow', () => {
    const e = engineOf()
    const q = { ...none, sorting: [{ id: 'name', desc: false }] }
    expect(keys(e, q)).toEqual(['2', '4', '3', '1'])
    e.upsert([{ id: '1', name: 'aardvark', grade: 'A', tags: ['z'] }])
    expect(keys(e, q)).toEqual(['1', '2', '4', '3'])
    expect(keys(e, { globalFilter: 'aardvark' })).toEqual(['1'])
    expect(keys(e, { grouping: ['tags'] })).toEqual(['tags:x', 'tags:y', 'tags:z', 'tags:'])
    e.remove(['2'])
    expect(keys(e, q)).toEqual(['1', '4', '3'])
    expect(e.size).toBe(3)
    expect(e.get('2')).toBeUndefined()
  })

  it('builds its keys and orders in steps that give the same answers', () => {
    const e = engineOf()
    runSteps(e.prepare())
    expect(keys(e, { sorting: [{ id: 'grade', desc: true }] })).toEqual(['2', '1', '4', '3'])
    expect(keys(e, { globalFilter: 'good' })).toEqual(['1'])
  })

  // A plain model: filter, then a stable sort by the same keys, from scratch each time.
  function expected(rows: Map<string, Item>, q: TableQuery): string[] {
    const list = [...rows.values()]
    const nameOf = (r: Item) => r.name.toLowerCase() || undefined
    const rankOf = (r: Item) => (r.grade ? 'ABC'.indexOf(r.grade) : undefined)
    let out = list.filter((r) =>
      q.columnFilters.every((f) =>
        f.id === 'name'
          ? r.name.toLowerCase().includes(String(f.value))
          : f.id === 'grade'
            ? (f.value as string[]).includes(r.grade ?? '')
            : r.tags.some((t) => t.includes(String(f.value))),
      ),
    )
    for (const s of [...q.sorting].reverse()) {
      const key = s.id === 'name' ? nameOf : rankOf
      out = out
        .map((r, i) => ({ r, i }))
        .sort((a, b) => {
          const ka = key(a.r)
          const kb = key(b.r)
          if (ka === kb) return a.i - b.i
          if (ka === undefined) return 1
          if (kb === undefined) return -1
          return (ka < kb ? -1 : 1) * (s.desc ? -1 : 1)
        })
        .map((x) => x.r)
    }
    return out.map((r) => r.id)
  }

  const item = fc.record({
    id: fc.constantFrom(...Array.from({ length: 200 }, (_, i) => `i${i}`)),
    name: fc.constantFrom('', 'alpha', 'Beta', 'beta', 'gamma', 'delta', 'Alpha'),
    grade: fc.constantFrom('A' as const, 'B' as const, 'C' as const, null),
    tags: fc.subarray(['x', 'y', 'z']),
  })
  const edit = fc.oneof(
    fc.record({ put: fc.array(item, { minLength: 1, maxLength: 160 }) }),
    fc.record({
      remove: fc.array(
        item.map((i) => i.id),
        { minLength: 1, maxLength: 90 },
      ),
    }),
  )
  const query = fc.record({
    sorting: fc.subarray(
      [
        { id: 'grade', desc: false },
        { id: 'name', desc: true },
      ],
      { minLength: 0 },
    ),
    columnFilters: fc.subarray([
      { id: 'name', value: 'a' },
      { id: 'grade', value: ['A', ''] },
      { id: 'tags', value: 'y' },
    ]),
  })

  it('answers after any sequence of edits as a rebuild would', () => {
    fc.assert(
      fc.property(fc.array(edit, { maxLength: 12 }), query, (edits, partial) => {
        const q: TableQuery = { ...none, ...partial }
        const e = new TableEngine(columns)
        const model = new Map<string, Item>()
        // Keep the orders and masks alive across edits, so edits must maintain them.
        keys(e, q)
        for (const step of edits) {
          if ('put' in step) {
            e.upsert(step.put)
            for (const r of step.put) model.set(r.id, r)
          } else {
            e.remove(step.remove)
            for (const id of step.remove) model.delete(id)
          }
          expect(keys(e, q)).toEqual(expected(model, q))
        }
      }),
      { numRuns: 150 },
    )
  })
})
