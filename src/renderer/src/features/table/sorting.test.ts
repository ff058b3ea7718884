// The keyed sort: keys computed once per row, empties last both ways, ties
// kept in their incoming order.
import { describe, expect, it } from 'vitest'
import { sortKey } from './sort-fns'
import { sortedOrder } from './sorting'

const rows = [
  { name: 'beta', grade: 'B' },
  { name: '', grade: 'A' },
  { name: 'Alpha', grade: null },
  { name: 'alpha', grade: 'B' },
  { name: 'gamma', grade: 'A' },
]
const options = ['A', 'B'].map((v) => ({ value: v, label: v }))
const byName = (direction: number) => ({
  direction,
  key: (r: (typeof rows)[number]) => sortKey('text', r.name),
})
const byGrade = (direction: number) => ({
  direction,
  key: (r: (typeof rows)[number]) => sortKey('option', r.grade, { options }),
})

describe('sortedOrder', () => {
  it('folds case, keeps ties in order and puts empties last in either direction', () => {
    expect(sortedOrder(rows, [byName(1)])).toEqual([2, 3, 0, 4, 1])
    expect(sortedOrder(rows, [byName(-1)])).toEqual([4, 0, 2, 3, 1])
  })
  it('sorts by several keys, options in declared order', () => {
    expect(sortedOrder(rows, [byGrade(1), byName(-1)])).toEqual([4, 1, 0, 3, 2])
    expect(sortedOrder(rows, [byGrade(-1), byName(1)])).toEqual([3, 0, 4, 1, 2])
  })
})

describe('sortKey', () => {
  it('reduces values to comparable keys, empties to undefined', () => {
    expect(sortKey('text', 'Homs')).toBe('homs')
    expect(sortKey('list', ['Homs', 'Hama'])).toBe('homs, hama')
    expect(sortKey('list', [])).toBeUndefined()
    expect(sortKey('basic', 3)).toBe(3)
    expect(sortKey('option', 'B', { options })).toBe(1)
    expect(sortKey('option', 'Z', { options })).toBe(2)
    expect(sortKey('text', null)).toBeUndefined()
  })
})
