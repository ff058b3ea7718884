// The view state survives a round trip through JSON (storage), and whatever
// comes back from storage is checked before the table uses it.
import { describe, expect, it } from 'vitest'
import { defaultVisibility, initialTableState, selectedIdsOf, toSelection } from './table-state'
import { emptyViewState, moveColumn, parseViewState, toViewState, type TableViewState } from './view-state'

const view: TableViewState = {
  sorting: [
    { id: 'status', desc: false },
    { id: 'statement', desc: true },
  ],
  columnOrder: ['statement', 'status', 'tags'],
  columnSizing: { statement: 420 },
  columnVisibility: { notes: true, tags: false },
  grouping: ['tags'],
  columnFilters: [
    { id: 'status', value: ['corroborated', 'disputed'] },
    { id: 'statement', value: 'homs' },
  ],
  globalFilter: 'convoy',
}
const ids = ['statement', 'status', 'tags', 'notes']

describe('view state', () => {
  it('round-trips through JSON unchanged', () => {
    const tableState = {
      ...view,
      expanded: { 'tags:a': true },
      rowSelection: { c1: true },
      columnResizing: {},
    }
    const stored: unknown = JSON.parse(JSON.stringify(toViewState(tableState)))
    expect(parseViewState(stored, ids)).toEqual(view)
  })

  it('drops unknown columns and malformed entries instead of failing', () => {
    const stored = {
      sorting: [{ id: 'gone', desc: true }, { id: 'status' }, 'x', { id: 'status', desc: true }],
      columnOrder: ['tags', 'gone', 'tags', 7],
      columnSizing: { statement: 'wide', tags: -4, status: 151.6 },
      columnVisibility: { notes: 'yes', tags: false },
      grouping: ['gone'],
      columnFilters: [
        { id: 'status', value: [] },
        { id: 'tags', value: { a: 1 } },
        { id: 'statement', value: 'x' },
      ],
      globalFilter: 42,
    }
    expect(parseViewState(stored, ids)).toEqual({
      sorting: [{ id: 'status', desc: true }],
      columnOrder: ['tags'],
      columnSizing: { status: 152 },
      columnVisibility: { tags: false },
      grouping: [],
      columnFilters: [{ id: 'statement', value: 'x' }],
      globalFilter: '',
    })
    expect(parseViewState(null)).toEqual(emptyViewState)
    expect(parseViewState('[]')).toEqual(emptyViewState)
  })

  it('keeps only filters that filter something', () => {
    const state = {
      ...emptyViewState,
      columnFilters: [
        { id: 'a', value: '  ' },
        { id: 'b', value: ['x'] },
        { id: 'c', value: 3 },
      ],
    }
    expect(toViewState(state).columnFilters).toEqual([{ id: 'b', value: ['x'] }])
  })
})

describe('initial table state', () => {
  const columns = [
    { accessorKey: 'statement' },
    { id: 'notes', meta: { hiddenByDefault: true } },
    { accessorKey: 'modified', meta: { hiddenByDefault: true } },
  ]
  it('hides default-hidden columns unless the stored view shows them', () => {
    expect(defaultVisibility(columns)).toEqual({ notes: false, modified: false })
    const state = initialTableState(columns, { columnVisibility: { notes: true, statement: false } })
    expect(state.columnVisibility).toEqual({ notes: true, modified: false, statement: false })
  })
})

describe('selection', () => {
  it('converts between ids and TanStack selection state', () => {
    expect(selectedIdsOf(toSelection(['a', 'b']))).toEqual(['a', 'b'])
  })
})

describe('moveColumn', () => {
  const order = ['a', 'b', 'h', 'c']
  const visible = new Set(['a', 'b', 'c'])
  it('moves a column past its visible neighbour, hidden columns keeping their slots', () => {
    expect(moveColumn(order, visible, 'b', 1)).toEqual(['a', 'h', 'c', 'b'])
    expect(moveColumn(order, visible, 'c', -1)).toEqual(['a', 'c', 'b', 'h'])
    expect(moveColumn(order, visible, 'a', 1)).toEqual(['b', 'a', 'h', 'c'])
  })
  it('leaves the order alone at either end', () => {
    expect(moveColumn(order, visible, 'a', -1)).toEqual(order)
    expect(moveColumn(order, visible, 'c', 1)).toEqual(order)
    expect(moveColumn(order, visible, 'zz', 1)).toEqual(order)
  })
})
