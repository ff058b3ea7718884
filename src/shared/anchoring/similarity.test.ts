// The banded edit distance against a plain dynamic-programming oracle.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import search from 'approx-string-match'
import { bestOccurrenceErrors, editDistanceWithin, textMatchScore } from './similarity'

function levenshtein(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    const cur = [i]
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1), prev[j]! + 1, cur[j - 1]! + 1)
    }
    prev = cur
  }
  return prev[b.length]!
}

describe('editDistanceWithin', () => {
  it('agrees with full Levenshtein, capped at max + 1', () => {
    const str = fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'é', '🙂'), maxLength: 14 })
    fc.assert(
      fc.property(str, str, fc.nat(10), (a, b, max) => {
        expect(editDistanceWithin(a, b, max)).toBe(Math.min(levenshtein(a, b), max + 1))
      }),
      { numRuns: 2000 },
    )
  })

  it('handles the simple cases', () => {
    expect(editDistanceWithin('kitten', 'sitting', 5)).toBe(3)
    expect(editDistanceWithin('kitten', 'sitting', 2)).toBe(3)
    expect(editDistanceWithin('', 'abc', 3)).toBe(3)
    expect(editDistanceWithin('same', 'same', 0)).toBe(0)
  })
})

describe('textMatchScore', () => {
  it('is 1 for verbatim context, lower for edited, 1 for no stored context', () => {
    expect(textMatchScore('the Syrian city of ', 'the Syrian city of ')).toBe(1)
    expect(textMatchScore('the Syrian town of ', 'the Syrian city of ')).toBeCloseTo(1 - 4 / 19)
    expect(textMatchScore('anything', '')).toBe(1)
    expect(textMatchScore('', 'prefix')).toBe(0)
  })
})

describe('bestOccurrenceErrors', () => {
  it('agrees with approx-string-match on the errors of the best occurrence', () => {
    // Up to 40 units: both the bit-parallel (≤ 32) and the plain algorithm.
    const str = fc.string({ unit: fc.constantFrom('a', 'b', 'c', ' ', 'é', '🙂'), maxLength: 40 })
    fc.assert(
      fc.property(str, str, (text, pattern) => {
        fc.pre(pattern.length > 0)
        const library = search(text, pattern, pattern.length)[0]?.errors ?? pattern.length
        expect(bestOccurrenceErrors(text, pattern)).toBe(library)
      }),
      { numRuns: 2000 },
    )
  })
})
