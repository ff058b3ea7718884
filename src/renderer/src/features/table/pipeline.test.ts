// The table model without React: the shared feature registry with the custom
// filters, sorts and multi-value grouping, driven through TanStack's API.
import { describe, expect, it } from 'vitest'
import { constructTable, type TableState } from '@tanstack/react-table'
import { storeReactivityBindings } from '@tanstack/table-core/store-reactivity-bindings'
import { createDataColumnHelper, dataTableFeatures, type DataTableFeatures } from './features'
import { rowSearchFilter, searchAnchorColumn } from './filters'
import { displayKeys, groupSize } from './grouping'

interface Item {
  id: string
  name: string
  grade: 'A' | 'B' | 'C' | null
  tags: string[]
}
const helper = createDataColumnHelper<Item>()
const gradeOptions = [
  { value: 'A', label: 'Best' },
  { value: 'B', label: 'Good' },
  { value: 'C', label: 'Fair' },
]
const columns = helper.columns([
  helper.accessor('name', { header: 'Name', sortFn: 'text', filterFn: 'text', meta: { filter: 'text' } }),
  helper.accessor((r) => r.grade ?? undefined, {
    id: 'grade',
    header: 'Grade',
    sortFn: 'option',
    filterFn: 'oneOf',
    meta: { filter: 'enum', options: gradeOptions, emptyLabel: 'Ungraded', groupable: true },
  }),
  helper.accessor('tags', {
    header: 'Tags',
    sortFn: 'list',
    filterFn: 'anyElement',
    getUniqueValues: (r) => r.tags,
    meta: { filter: 'array', groupable: true },
  }),
])
const data: Item[] = [
  { id: '1', name: 'delta', grade: 'B', tags: ['x', 'y'] },
  { id: '2', name: 'Alpha', grade: 'C', tags: ['y'] },
  { id: '3', name: 'charlie', grade: null, tags: [] },
  { id: '4', name: 'bravo', grade: 'A', tags: ['x'] },
]

// React adds its own reactivity feature in useTable; plain constructTable needs one.
const features: DataTableFeatures = Object.assign({}, dataTableFeatures, {
  coreReactivityFeature: storeReactivityBindings(),
})

function makeTable(initialState: Partial<TableState<DataTableFeatures>> = {}) {
  return constructTable({
    features,
    columns,
    data,
    getRowId: (r: Item) => r.id,
    initialState,
    globalFilterFn: rowSearchFilter,
    getColumnCanGlobalFilter: searchAnchorColumn,
    groupedColumnMode: false,
  })
}
const ids = (rows: readonly { id: string }[]) => rows.map((r) => r.id)

describe('table model', () => {
  it('sorts text case-insensitively and options in declared order, empties last', () => {
    const t = makeTable()
    t.setSorting([{ id: 'name', desc: false }])
    expect(ids(t.getRowModel().rows)).toEqual(['2', '4', '3', '1'])
    t.setSorting([{ id: 'grade', desc: true }])
    expect(ids(t.getRowModel().rows)).toEqual(['2', '1', '4', '3'])
  })

  it('filters enumerations by chosen values and counts facets over the other filters', () => {
    const t = makeTable()
    t.setColumnFilters([{ id: 'grade', value: ['A', ''] }])
    expect(ids(t.getRowModel().rows).sort()).toEqual(['3', '4'])
    t.setColumnFilters([
      { id: 'grade', value: ['A', 'B'] },
      { id: 'tags', value: 'y' },
    ])
    expect(ids(t.getRowModel().rows)).toEqual(['1'])
    // Grade facets ignore the grade filter but respect the tag filter: rows 1 and 2.
    expect([...t.getColumn('grade')!.getFacetedUniqueValues()].sort()).toEqual([
      ['B', 1],
      ['C', 1],
    ])
    // Tag facets count elements of every row passing the grade filter: rows 1 and 4.
    expect(Object.fromEntries(t.getColumn('tags')!.getFacetedUniqueValues())).toEqual({ x: 2, y: 1 })
  })

  it('searches every column at once, option labels included', () => {
    const t = makeTable()
    t.setGlobalFilter('good')
    expect(ids(t.getRowModel().rows)).toEqual(['1'])
    t.setGlobalFilter('x  BRAVO')
    expect(ids(t.getRowModel().rows)).toEqual(['4'])
  })

  it('groups by an array column with a row under each of its tags', () => {
    const t = makeTable({ grouping: ['tags'] })
    const groups = t.getRowModel().rows
    expect(groups.map((g) => [g.id, groupSize(g)])).toEqual([
      ['tags:x', 2],
      ['tags:y', 2],
      ['tags:', 1],
    ])
    t.setExpanded(true)
    const rows = t.getRowModel().rows
    expect(displayKeys(rows)).toEqual([
      'tags:x',
      'tags:x>1',
      'tags:x>4',
      'tags:y',
      'tags:y>1',
      'tags:y>2',
      'tags:',
      'tags:>3',
    ])
    t.setSorting([{ id: 'name', desc: false }])
    expect(displayKeys(t.getRowModel().rows)).toEqual([
      'tags:x',
      'tags:x>4',
      'tags:x>1',
      'tags:y',
      'tags:y>2',
      'tags:y>1',
      'tags:',
      'tags:>3',
    ])
  })

  it('selects every filtered row and only those', () => {
    const t = makeTable()
    t.setColumnFilters([{ id: 'tags', value: 'x' }])
    t.toggleAllRowsSelected(true)
    expect(Object.keys(t.atoms.rowSelection.get()).sort()).toEqual(['1', '4'])
    expect(t.getIsAllRowsSelected()).toBe(true)
  })

  it('orders leaf columns by the column order state', () => {
    const t = makeTable({ columnOrder: ['tags', 'name'] })
    expect(t.getAllLeafColumns().map((c) => c.id)).toEqual(['tags', 'name', 'grade'])
  })
})
