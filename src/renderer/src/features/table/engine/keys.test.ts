// The keys cells are sorted, filtered, grouped and counted under.
import { describe, expect, it } from 'vitest'
import {
  compareSortKeys,
  facetCounts,
  facetKey,
  facetKeysOf,
  filterText,
  optionLabel,
  orderGroupKeys,
  searchWords,
  sortKey,
} from './keys'

const options = ['A', 'B'].map((v) => ({ value: v, label: v }))

describe('facetKey and facetKeysOf', () => {
  it('folds empty values together and stringifies the rest', () => {
    expect([null, undefined, '', 'B', true, 3].map(facetKey)).toEqual(['', '', '', 'B', 'true', '3'])
  })
  it('gives one key per distinct element, and "" for no value or an empty array', () => {
    expect(facetKeysOf(['north', 'military', 'north'])).toEqual(['north', 'military'])
    expect(facetKeysOf([])).toEqual([''])
    expect(facetKeysOf(null)).toEqual([''])
    expect(facetKeysOf('B')).toEqual(['B'])
  })
})

describe('sortKey', () => {
  it('reduces values to comparable keys, empties to undefined', () => {
    expect(sortKey('text', 'Homs')).toBe('homs')
    expect(sortKey('list', ['Homs', 'Hama'])).toBe('homs, hama')
    expect(sortKey('list', [])).toBeUndefined()
    expect(sortKey('basic', 3)).toBe(3)
    expect(sortKey('option', 'B', options)).toBe(1)
    expect(sortKey('option', 'Z', options)).toBe(2)
    expect(sortKey('text', null)).toBeUndefined()
  })
  it('orders empties last', () => {
    expect([undefined, 'b', 'a'].sort(compareSortKeys)).toEqual(['a', 'b', undefined])
  })
})

describe('filter and search text', () => {
  it('folds case and keeps array elements apart', () => {
    expect(filterText(['Homs', 'Hama'])).toBe('homs\nhama')
    expect(filterText(undefined)).toBe('')
    expect(searchWords('  Convoy   HOMS ')).toEqual(['convoy', 'homs'])
  })
})

describe('orderGroupKeys', () => {
  it('follows declared options, then names, with the empty group last', () => {
    const levels = [
      { value: 'low', label: 'Low' },
      { value: 'high', label: 'High' },
    ]
    expect(orderGroupKeys(['', 'high', 'odd', 'low'], levels)).toEqual(['low', 'high', 'odd', ''])
    expect(orderGroupKeys(['north', '', 'Military', 'item 10', 'item 9'])).toEqual([
      'item 9',
      'item 10',
      'Military',
      'north',
      '',
    ])
  })
})

describe('facetCounts', () => {
  const meta = {
    options: [
      { value: 'A', label: 'A: Completely reliable' },
      { value: 'B', label: 'B: Usually reliable' },
    ],
    emptyLabel: 'Not graded',
  }
  it('lists every option in order with its count, then the empty value', () => {
    const counts = new Map([
      ['B', 3],
      ['', 3],
    ])
    expect(facetCounts(meta, counts)).toEqual([
      { value: 'A', label: 'A: Completely reliable', count: 0 },
      { value: 'B', label: 'B: Usually reliable', count: 3 },
      { value: '', label: 'Not graded', count: 3 },
    ])
  })
  it('lists the values found when a column declares no options', () => {
    const counts = new Map([
      ['north', 2],
      ['military', 1],
      ['', 4],
    ])
    expect(facetCounts(undefined, counts)).toEqual([
      { value: 'military', label: 'military', count: 1 },
      { value: 'north', label: 'north', count: 2 },
    ])
  })
  it('labels values for display', () => {
    expect(optionLabel(meta, 'B')).toBe('B: Usually reliable')
    expect(optionLabel(meta, '')).toBe('Not graded')
    expect(optionLabel(undefined, 'x')).toBe('x')
  })
})
