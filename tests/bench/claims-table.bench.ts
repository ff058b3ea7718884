// Benchmark of the claims table model on 100,000 generated claims: what a
// first render and each interaction cost in TanStack's row models (no DOM;
// the grid renders only the ~40 rows in view). Every iteration builds a fresh
// table so no memoised model is reused.
// Run: npx vitest bench --run tests/bench/claims-table.bench.ts
import { bench, describe } from 'vitest'
import { prng } from './prng'
import { constructTable, type TableState } from '@tanstack/react-table'
import { storeReactivityBindings } from '@tanstack/table-core/store-reactivity-bindings'
import type { ClaimId, SourceId } from '../../src/shared/domain/ids'
import type { ClaimRow } from '../../src/renderer/src/features/claims/claim-row'
import { claimColumns } from '../../src/renderer/src/features/claims/ClaimsTable'
import { dataTableFeatures, type DataTableFeatures } from '../../src/renderer/src/features/table/features'
import { rowSearchFilter, searchAnchorColumn } from '../../src/renderer/src/features/table/filters'

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
  const source = `Source ${Math.floor(random() * 400)}`
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

const features: DataTableFeatures = Object.assign({}, dataTableFeatures, {
  coreReactivityFeature: storeReactivityBindings(),
})
function makeTable(state: Partial<TableState<DataTableFeatures>> = {}, data: readonly ClaimRow[] = rows) {
  return constructTable({
    features,
    columns: claimColumns,
    data,
    getRowId: (r: ClaimRow) => r.id,
    initialState: state,
    globalFilterFn: rowSearchFilter,
    getColumnCanGlobalFilter: searchAnchorColumn,
    groupedColumnMode: false,
  })
}
const cold = { iterations: 5, time: 0, warmupIterations: 1 }
const warm = { iterations: 20, time: 0, warmupIterations: 2 }

// A fresh table each iteration: what opening the view (or new data) costs.
describe(`claims table, ${ROWS.toLocaleString('en')} rows, built from scratch`, () => {
  bench('rows only (no filter, sort or group)', () => void makeTable().getRowModel(), cold)
  bench(
    'filter (status, statement) + sort (status, statement) + group by tag',
    () => {
      void makeTable({
        columnFilters: [
          { id: 'status', value: ['corroborated', 'disputed', 'unverified'] },
          { id: 'statement', value: 'convoy' },
        ],
        sorting: [
          { id: 'status', desc: false },
          { id: 'statement', desc: true },
        ],
        grouping: ['tags'],
      }).getRowModel()
    },
    cold,
  )
  bench(
    'external filter (matrix cell B2), then rows',
    () => {
      void makeTable(
        {},
        rows.filter((r) => r.reliability === 'B' && r.credibility === '2'),
      ).getRowModel()
    },
    cold,
  )
})

// One table; each iteration changes one setting back and forth, as a click would.
describe(`claims table, ${ROWS.toLocaleString('en')} rows, one interaction`, () => {
  const table = makeTable()
  table.getRowModel()
  let flip = false
  const run = (change: (on: boolean) => void) => () => {
    flip = !flip
    change(flip)
    void table.getRowModel().rows.length
  }
  bench(
    'sort by statement, asc/desc',
    run((on) => table.setSorting([{ id: 'statement', desc: on }])),
    warm,
  )
  bench(
    'sort by status then occurred',
    run((on) =>
      table.setSorting([
        { id: 'status', desc: on },
        { id: 'occurred', desc: false },
      ]),
    ),
    warm,
  )
  bench(
    'filter status (enum)',
    run((on) =>
      table.setColumnFilters(
        on ? [{ id: 'status', value: ['disputed'] }] : [{ id: 'status', value: ['corroborated', 'refuted'] }],
      ),
    ),
    warm,
  )
  bench(
    'filter statement (text)',
    run((on) => table.setColumnFilters([{ id: 'statement', value: on ? 'convoy' : 'homs' }])),
    warm,
  )
  bench(
    'global search',
    run((on) => table.setGlobalFilter(on ? 'convoy homs' : 'aleppo forces')),
    warm,
  )
  bench(
    'group by tag / by status (collapsed)',
    run((on) => table.setGrouping([on ? 'tags' : 'status'])),
    warm,
  )
  bench(
    'faceted counts for Status after a type filter',
    () => {
      flip = !flip
      table.setColumnFilters([{ id: 'type', value: [flip ? 'prediction' : 'assessment'] }])
      void table.getColumn('status')!.getFacetedUniqueValues()
    },
    warm,
  )
})
