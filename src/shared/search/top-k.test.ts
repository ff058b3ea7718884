// The bounded heap keeps exactly the best `limit` documents.
import fc from 'fast-check'
import { expect, it } from 'vitest'
import { pushBounded } from './top-k'

it('keeps the best scores of any sequence', () => {
  fc.assert(
    fc.property(fc.array(fc.double({ min: 0, max: 100, noNaN: true })), fc.nat(12), (scores, limit) => {
      const score = Float64Array.from(scores)
      const heap: number[] = []
      scores.forEach((_, doc) => pushBounded(heap, doc, score, limit))
      const kept = heap.map((doc) => score[doc]!).sort((a, b) => b - a)
      expect(kept).toEqual([...scores].sort((a, b) => b - a).slice(0, limit))
    }),
  )
})
