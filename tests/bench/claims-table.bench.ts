// The claims table model on 100,000 generated claims, without the DOM: the
// table engine (what the ledger worker runs) beside TanStack Table's own row
// models on the same rows, for the operations an analyst triggers. Only the
// ~40 rows in view are ever rendered, so these are the costs that matter.
// Run: npx vitest bench --run tests/bench/claims-table.bench.ts
import { bench, describe } from 'vitest'
import {
  columnFilteringFeature,
  constructTable,
  createFilteredRowModel,
  createSortedRowModel,
  filterFn_includesString,
  globalFilteringFeature,
  rowSortingFeature,
  sortFn_text,
  tableFeatures,
} from '@tanstack/react-table'
import { storeReactivityBindings } from '@tanstack/table-core/store-reactivity-bindings'
import { prng } from './prng'
import type { ClaimId, SourceId } from '../../src/shared/domain/ids'
import type { ClaimRow } from '../../src/renderer/src/features/claims/claim-row'
import { claimColumnList } from '../../src/renderer/src/features/claims/claim-fields'
import { TableEngine } from '../../src/renderer/src/features/table/engine/table-engine'
import type { TableQuery } from '../../src/renderer/src/features/table/engine/query'
import { runSteps } from '../../src/renderer/src/features/table/engine/stepped-sort'

const ROWS = 100_000

const random = prng(7)
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!
const words = [
  'shelling',
  'convoy',
  'ceasefire',
  'airstrike',
  'protest',
  'Homs',
  'Aleppo',
  'Idlib',
  'forces',
  'civilians',
]
const statuses = ['unverified', 'corroborated', 'disputed', 'refuted', 'retracted'] as const
const types = ['reported-fact', 'direct-quote', 'assessment', 'prediction', 'event-report'] as const
const grades = ['A', 'B', 'C', 'D', 'E', 'F', null] as const
const creds = ['1', '2', '3', '4', '5', '6', null] as const
const tags = [
  'military',
  'humanitarian',
  'north',
  'south',
  'casualties',
  'displacement',
  'economy',
  'diplomacy',
]

const rows: ClaimRow[] = Array.from({ length: ROWS }, (_, i) => {
  const reliability = pick(grades)
  const credibility = pick(creds)
  const source = `Source ${Math.floor(random() * 2000)}`
  return {
    id: `claim-${i}` as ClaimId,
    statement: Array.from({ length: 6 + Math.floor(random() * 10) }, () => pick(words)).join(' '),
    type: pick(types),
    source,
    sourceId: source as SourceId,
    via: random() < 0.3 ? `Outlet ${Math.floor(random() * 40)}` : '',
    reliability,
    credibility,
    grade: reliability || credibility ? `${reliability ?? '–'}${credibility ?? '–'}` : '',
    status: pick(statuses),
    likelihood: random() < 0.5 ? 'likely' : '',
    confidence: random() < 0.5 ? 'moderate' : null,
    occurred: `2024-${String(1 + Math.floor(random() * 12)).padStart(2, '0')}-${String(1 + Math.floor(random() * 28)).padStart(2, '0')}`,
    reported: '',
    places: [pick(['Homs', 'Hama', 'Aleppo', 'Idlib'])],
    tags: Array.from({ length: Math.floor(random() * 4) }, () => pick(tags)),
    notes: '',
    passages: Math.floor(random() * 4),
    modified: '2025-01-01T10:00:00.000Z',
  }
})

const cold = { iterations: 5, time: 0, warmupIterations: 1 }
const warm = { iterations: 20, time: 0, warmupIterations: 2 }
const none: TableQuery = { sorting: [], columnFilters: [], globalFilter: '', grouping: [], expanded: {} }
const view = { start: 0, end: 60 }

describe(`table engine, ${ROWS.toLocaleString('en')} claims`, () => {
  bench('load the rows', () => new TableEngine(claimColumnList).upsert(rows), cold)
  bench(
    'build every key, the search text and every sorted order',
    () => {
      const e = new TableEngine(claimColumnList)
      e.upsert(rows)
      runSteps(e.prepare())
    },
    cold,
  )

  const engine = new TableEngine(claimColumnList)
  engine.upsert(rows)
  runSteps(engine.prepare())
  // Answers are cached until the rows change: each iteration asks something new.
  let i = 0
  const run = (q: (i: number) => Partial<TableQuery>) => () => void engine.query({ ...none, ...q(i++) }, view)
  const sortable = claimColumnList.filter((c) => c.sort).map((c) => c.id)
  const sortBy = (i: number) => ({ id: sortable[(i >> 1) % sortable.length]!, desc: i % 2 === 1 })
  const needles = [
    'con',
    'conv',
    'convo',
    'convoy',
    'homs',
    'hom',
    'alep',
    'idl',
    'forc',
    'civ',
    'shel',
    'cease',
  ]
  const chosen = (i: number) => statuses.filter((_, k) => (i + 1) & (1 << k))
  bench(
    'sort by one column (each column, both directions)',
    run((i) => ({ sorting: [sortBy(i)] })),
    warm,
  )
  bench(
    'sort by two columns',
    run((i) => ({ sorting: [sortBy(i), sortBy(i + 7)] })),
    warm,
  )
  bench(
    'filter status (enum)',
    run((i) => ({ columnFilters: [{ id: 'status', value: chosen(i) }] })),
    warm,
  )
  bench(
    'filter statement (text)',
    run((i) => ({ columnFilters: [{ id: 'statement', value: needles[i % needles.length]! }] })),
    warm,
  )
  bench(
    'search, a keystroke at a time',
    run((i) => ({
      globalFilter: `${needles[Math.floor(i / 4) % needles.length]!} ${'homs'.slice(0, (i % 4) + 1)}`,
    })),
    warm,
  )
  bench(
    'group by a column (collapsed)',
    run((i) => ({ grouping: [['tags', 'status', 'source', 'type', 'grade'][i % 5]!], sorting: [sortBy(i)] })),
    warm,
  )
  bench(
    'faceted counts for status after a type filter',
    run((i) => ({
      columnFilters: [{ id: 'type', value: types.filter((_, k) => (i + 1) & (1 << k)) }],
      facets: ['status'],
    })),
    warm,
  )
  let n = 0
  bench(
    'save one claim under a sort, filter and search, then the first rows',
    () => {
      const row = rows[n++ % ROWS]!
      engine.upsert([
        {
          ...row,
          status: row.status === 'disputed' ? 'refuted' : 'disputed',
          statement: `${row.statement} x`,
        },
      ])
      engine.query(
        {
          ...none,
          sorting: [{ id: 'statement', desc: false }],
          columnFilters: [{ id: 'status', value: ['disputed'] }],
          globalFilter: 'homs',
        },
        view,
      )
    },
    warm,
  )
})

// TanStack's own row models on the same rows (stock sort and filter functions).
const stock = tableFeatures({
  columnFilteringFeature,
  globalFilteringFeature,
  rowSortingFeature,
  filteredRowModel: createFilteredRowModel(),
  sortedRowModel: createSortedRowModel(),
  filterFns: { includesString: filterFn_includesString },
  sortFns: { text: sortFn_text },
})
const features = Object.assign({}, stock, { coreReactivityFeature: storeReactivityBindings() })
function stockTable() {
  return constructTable({
    features,
    columns: [
      {
        id: 'statement',
        accessorFn: (r: ClaimRow) => r.statement,
        sortFn: 'text',
        filterFn: 'includesString',
      },
      { id: 'status', accessorFn: (r: ClaimRow) => r.status, filterFn: 'includesString' },
    ],
    data: rows,
    getRowId: (r: ClaimRow) => r.id,
    globalFilterFn: 'includesString',
  } as never) as unknown as {
    getRowModel: () => { rows: unknown[] }
    setSorting: (s: unknown) => void
    setColumnFilters: (s: unknown) => void
  }
}

describe(`TanStack row models, ${ROWS.toLocaleString('en')} claims (reference)`, () => {
  bench('build the rows', () => void stockTable().getRowModel(), cold)
  const table = stockTable()
  table.getRowModel()
  let flip = false
  bench(
    'sort by statement, asc/desc',
    () => {
      flip = !flip
      table.setSorting([{ id: 'statement', desc: flip }])
      void table.getRowModel().rows.length
    },
    warm,
  )
  bench(
    'filter statement (text)',
    () => {
      flip = !flip
      table.setColumnFilters([{ id: 'statement', value: flip ? 'convoy' : 'homs' }])
      void table.getRowModel().rows.length
    },
    warm,
  )
})
