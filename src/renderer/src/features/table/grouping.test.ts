// Group-by on array columns: a row joins the group of every element.
import { describe, expect, it } from 'vitest'
import { displayKeys, explodeGroups, groupKeysOf, groupSize, orderGroupKeys } from './grouping'

describe('groupKeysOf', () => {
  it('gives one key per distinct element, and "" for no value or an empty array', () => {
    expect(groupKeysOf(['north', 'military', 'north'])).toEqual(['north', 'military'])
    expect(groupKeysOf([])).toEqual([''])
    expect(groupKeysOf(null)).toEqual([''])
    expect(groupKeysOf('B')).toEqual(['B'])
  })
})

describe('explodeGroups', () => {
  it('puts a row with several tags under each of them', () => {
    const rows = [
      { id: '1', tags: ['a', 'b'] },
      { id: '2', tags: ['b'] },
      { id: '3', tags: [] },
    ]
    const groups = explodeGroups(rows, (r) => r.tags)
    expect(Object.fromEntries([...groups].map(([k, members]) => [k, members.map((m) => m.id)]))).toEqual({
      a: ['1'],
      b: ['1', '2'],
      '': ['3'],
    })
  })
})

describe('orderGroupKeys', () => {
  it('follows declared options, then names, with the empty group last', () => {
    const options = [
      { value: 'low', label: 'Low' },
      { value: 'high', label: 'High' },
    ]
    expect(orderGroupKeys(['', 'high', 'odd', 'low'], options)).toEqual(['low', 'high', 'odd', ''])
    expect(orderGroupKeys(['north', '', 'Military', 'item 10', 'item 9'])).toEqual([
      'item 9',
      'item 10',
      'Military',
      'north',
      '',
    ])
  })
})

describe('displayKeys', () => {
  it('keys each appearance of a row by the group it is listed under', () => {
    const rows = [
      { id: 'tags:a', depth: 0, groupingColumnId: 'tags' },
      { id: '1', depth: 1 },
      { id: 'tags:b', depth: 0, groupingColumnId: 'tags' },
      { id: '1', depth: 1 },
      { id: '2', depth: 1 },
    ]
    expect(displayKeys(rows)).toEqual(['tags:a', 'tags:a>1', 'tags:b', 'tags:b>1', 'tags:b>2'])
    expect(displayKeys([{ id: 'x', depth: 0 }])).toEqual(['x'])
  })
})

describe('groupSize', () => {
  it('reads the size the grouped model recorded, else counts sub-rows', () => {
    expect(groupSize(Object.assign({ subRows: [1] }, { groupSize: 4 }))).toBe(4)
    expect(groupSize({ subRows: [1, 2] })).toBe(2)
  })
})
