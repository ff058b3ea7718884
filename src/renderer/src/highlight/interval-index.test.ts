import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { IntervalIndex } from './interval-index'

describe('IntervalIndex', () => {
  const index = new IntervalIndex([
    { start: 0, end: 10, value: 'outer' },
    { start: 2, end: 5, value: 'inner' },
    { start: 8, end: 20, value: 'across' },
    { start: 30, end: 31, value: 'far' },
  ])

  it('finds nested and crossing intervals, innermost first', () => {
    expect(index.at(3)).toEqual(['inner', 'outer'])
    expect(index.at(9)).toEqual(['outer', 'across'])
    expect(index.at(10)).toEqual(['across'])
    expect(index.at(25)).toEqual([])
    expect(index.at(30)).toEqual(['far'])
  })

  it('reports runs where highlights overlap', () => {
    expect(index.overlaps()).toEqual([
      { start: 2, end: 5 },
      { start: 8, end: 10 },
    ])
  })

  it('agrees with a linear scan on random intervals', () => {
    const interval = fc.tuple(fc.nat(200), fc.nat(60)).map(([s, l]) => ({ start: s, end: s + l }))
    fc.assert(
      fc.property(fc.array(interval, { maxLength: 60 }), fc.nat(260), (raw, offset) => {
        const items = raw.map((r, i) => ({ ...r, value: i }))
        const expected = items.filter((r) => r.start <= offset && offset < r.end).map((r) => r.value)
        expect(new IntervalIndex(items).at(offset).sort((a, b) => a - b)).toEqual(
          expected.sort((a, b) => a - b),
        )
      }),
    )
  })
})
