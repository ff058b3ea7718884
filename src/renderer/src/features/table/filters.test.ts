// Filter functions and facet counting, called directly as TanStack calls them
// (the filter value resolved once, then one call per row).
import { describe, expect, it } from 'vitest'
import type { Row } from '@tanstack/react-table'
import type { DataTableFeatures } from './features'
import { anyElementFilter, facetCounts, facetKey, oneOfFilter, optionLabel, textFilter } from './filters'

type Fn = typeof textFilter
/** Runs a filter on one cell value, resolving the filter value first like the table does. */
const passes = (fn: Fn, cell: unknown, filterValue: unknown) => {
  const row = { getValue: () => cell } as unknown as Row<DataTableFeatures, { id: string }>
  return fn(row, 'col', fn.resolveFilterValue ? fn.resolveFilterValue(filterValue) : filterValue)
}

describe('facetKey', () => {
  it('folds empty values together and stringifies the rest', () => {
    expect([null, undefined, '', 'B', true, 3].map(facetKey)).toEqual(['', '', '', 'B', 'true', '3'])
  })
})

describe('textFilter', () => {
  it('matches a trimmed, case-insensitive substring; empty cells never match', () => {
    expect(passes(textFilter, 'Shelling near Homs', '  HOMS ')).toBe(true)
    expect(passes(textFilter, 'Shelling near Homs', 'hama')).toBe(false)
    expect(passes(textFilter, undefined, 'x')).toBe(false)
    expect(textFilter.autoRemove?.('  ')).toBe(true)
  })
})

describe('oneOfFilter', () => {
  it('passes rows whose value is chosen, with "" standing for no value', () => {
    expect(passes(oneOfFilter, 'B', ['A', 'B'])).toBe(true)
    expect(passes(oneOfFilter, 'C', ['A', 'B'])).toBe(false)
    expect(passes(oneOfFilter, undefined, [''])).toBe(true)
    expect(passes(oneOfFilter, true, ['true'])).toBe(true)
    expect(oneOfFilter.autoRemove?.([])).toBe(true)
  })
  it('passes an array cell when any element is chosen, an empty one as ""', () => {
    expect(passes(oneOfFilter, ['north', 'military'], ['military'])).toBe(true)
    expect(passes(oneOfFilter, ['north'], ['military'])).toBe(false)
    expect(passes(oneOfFilter, [], [''])).toBe(true)
  })
})

describe('anyElementFilter', () => {
  it('matches text against any element of an array column', () => {
    expect(passes(anyElementFilter, ['Homs', 'Hama'], 'ham')).toBe(true)
    expect(passes(anyElementFilter, ['Homs', 'Hama'], 'idlib')).toBe(false)
    expect(passes(anyElementFilter, [], 'homs')).toBe(false)
  })
  it('matches a list of values exactly against any element', () => {
    expect(passes(anyElementFilter, ['Homs', 'Hama'], ['Hama', 'Idlib'])).toBe(true)
    expect(passes(anyElementFilter, ['Homs'], ['Hom'])).toBe(false)
    expect(passes(anyElementFilter, [], [''])).toBe(true)
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
  it('lists every option in order with its count, empties (null and undefined) folded together', () => {
    const unique = new Map<unknown, number>([
      ['B', 3],
      [undefined, 2],
      [null, 1],
    ])
    expect(facetCounts(meta, unique)).toEqual([
      { value: 'A', label: 'A: Completely reliable', count: 0 },
      { value: 'B', label: 'B: Usually reliable', count: 3 },
      { value: '', label: 'Not graded', count: 3 },
    ])
  })
  it('lists the values found when a column declares no options', () => {
    const unique = new Map<unknown, number>([
      ['north', 2],
      ['military', 1],
      ['', 4],
    ])
    expect(facetCounts(undefined, unique)).toEqual([
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
