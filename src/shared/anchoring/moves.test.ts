// Property: a paragraph moved anywhere in the document (verbatim, or with its
// typography restyled) is followed when its quote is unmistakable, and never
// swapped for other words: the result is the moved passage, the same words
// where they recur, or an orphan.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { anchor, describeRange, foldString } from './index'

const words = ['Homs', 'the', 'city', 'forces', 'said', 'Observatory', 'Damascus', 'rebel', 'HTS', 'Aleppo']
const rare = ['Talbiseh', 'Rastan', 'Qusayr', 'Palmyra', 'Tartus', 'Jableh', 'Salamiyah', 'Masyaf']
const arabic = ['قال', 'المرصد', 'حمص', 'فروا']
const wordArb = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...words) },
  { weight: 1, arbitrary: fc.constantFrom(...rare) },
  { weight: 1, arbitrary: fc.constantFrom(...arabic) },
  { weight: 1, arbitrary: fc.constantFrom('“Homs”', 'Assad’s', '—', '12\u00a0000') },
)
const paragraphArb = fc.array(wordArb, { minLength: 4, maxLength: 30 }).map((w) => w.join(' '))
const restyle = (s: string) =>
  s.replaceAll('“', '"').replaceAll('”', '"').replaceAll('’', "'").replaceAll('—', '-')

describe('moved paragraphs', () => {
  it('are followed wherever they went when unmistakable, and never replaced by other words', () => {
    fc.assert(
      fc.property(
        fc.array(paragraphArb, { minLength: 3, maxLength: 12 }),
        fc.nat(),
        fc.nat(),
        fc.nat(),
        fc.nat(),
        fc.boolean(),
        (paragraphs, from, to, a, b, restyled) => {
          const i = from % paragraphs.length
          const moved = paragraphs[i]!
          // Of two identical paragraphs, neither is more "ours" than the other.
          fc.pre(paragraphs.filter((p) => p === moved).length === 1)
          // A span of whole words inside the paragraph that moves.
          const spaces = [0, ...[...moved.matchAll(/ /g)].map((m) => m.index + 1), moved.length + 1]
          const x = spaces[a % spaces.length]!
          const y = spaces[b % spaces.length]!
          const [s, e] = [Math.min(x, y), Math.max(x, y) - 1]
          fc.pre(e - s >= 3)
          const before = paragraphs.join('\n')
          const offset = paragraphs.slice(0, i).reduce((n, p) => n + p.length + 1, 0)
          const selectors = describeRange(before, offset + s, offset + e)
          const rest = paragraphs.filter((_, k) => k !== i)
          const j = to % (rest.length + 1)
          fc.pre(j !== i)
          const landed = restyled ? restyle(moved) : moved
          const after = [...rest.slice(0, j), landed, ...rest.slice(j)].join('\n')
          const newStart = rest.slice(0, j).reduce((n, p) => n + p.length + 1, 0)
          const passage = landed.slice(
            s,
            s + (restyled ? restyle(moved.slice(s, e)) : moved.slice(s, e)).length,
          )
          const result = anchor(after, selectors)
          const exact = foldString(selectors.quote.exact)
          const folded = foldString(after)
          const unique = folded.indexOf(exact) !== -1 && folded.indexOf(exact) === folded.lastIndexOf(exact)
          if (result.status === 'orphaned') {
            // Only an unmistakable quote must be found: long, and nowhere else.
            expect(exact.length < 16 || !unique).toBe(true)
            return
          }
          const found = { start: result.start, end: result.end }
          const expected = { start: newStart + s, end: newStart + s + passage.length }
          // The moved passage; or, where its words recur, the same words elsewhere
          // (then nothing in the selectors can tell the places apart), never others.
          if (unique) expect(found).toEqual(expected)
          else expect(foldString(after.slice(found.start, found.end))).toBe(exact)
        },
      ),
      { numRuns: 400 },
    )
  })
})
