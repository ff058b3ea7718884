// Property-based tests: random texts mixing words, Arabic, emoji, flags,
// combining marks and paragraph breaks, random ranges and random edits.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { foldString } from './fold'
import { editDistanceWithin } from './similarity'
import {
  anchor,
  describeRange,
  graphemeBoundaryAtOrBefore,
  isGraphemeBoundary,
  snapToGraphemes,
  type AnchorResult,
  type TextSelectors,
} from './index'

const words = ['Homs', 'the', 'city', 'forces', 'said', 'Observatory', 'Damascus', 'rebel', 'HTS', 'Aleppo']
const arabicWords = ['قال', 'المرصد', 'السوري', 'حمص', 'آلاف', 'فروا']
const symbols = ['🙂', '👩‍👩‍👧', '🇸🇾', '🇬🇧', 'caf\u00e9', 'cafe\u0301', '“quoted”', '—', '٣', '中文']
const separators = [' ', ' ', ' ', ', ', '. ', '\n', ' — ']

/** Whole graphemes only, none of which can merge with its neighbours (no lone marks, ZWJ or regional indicators). */
const token = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...words) },
  { weight: 2, arbitrary: fc.constantFrom(...arabicWords) },
  { weight: 2, arbitrary: fc.constantFrom(...symbols) },
  { weight: 5, arbitrary: fc.constantFrom(...separators) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 4 }) },
)
// 'medium' size gives texts from a few to a few hundred code units, so the
// 32-unit contexts often leave room for edits outside them.
const textArb = fc.array(token, { minLength: 1, maxLength: 160, size: 'medium' }).map((t) => t.join(''))
const insertionArb = fc.array(token, { minLength: 1, maxLength: 12 }).map((t) => t.join(''))

function occurrences(text: string, needle: string): number {
  let count = 0
  for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + 1)) count++
  return count
}

function defaultMaxErrors(quote: string): number {
  return Math.min(32, Math.floor(quote.length / 4))
}

/** The invariant that matters most: whatever anchor returns is the quote, or close to it, on whole graphemes. */
function expectTrustworthy(text: string, sel: TextSelectors, result: AnchorResult, maxErrors: number): void {
  if (result.status === 'orphaned') return
  expect(0 <= result.start && result.start < result.end && result.end <= text.length).toBe(true)
  expect(isGraphemeBoundary(text, result.start) && isGraphemeBoundary(text, result.end)).toBe(true)
  const found = text.slice(result.start, result.end)
  if (result.status === 'fuzzy') {
    // Typographic variants (quote marks, dashes, spaces…) compare equal, so the
    // edit budget is measured on the folded strings; the text still differs.
    expect(found).not.toBe(sel.quote.exact)
    const distance = editDistanceWithin(foldString(found), foldString(sel.quote.exact), maxErrors)
    expect(distance).toBeLessThanOrEqual(maxErrors)
  } else {
    expect(found).toBe(sel.quote.exact)
  }
  expect(result.score).toBeGreaterThan(0)
  expect(result.score).toBeLessThanOrEqual(1)
}

const rangeIn = (text: string, a: number, b: number): { start: number; end: number } => {
  const x = a % (text.length + 1)
  const y = b % (text.length + 1)
  return { start: Math.min(x, y), end: Math.max(x, y) }
}

describe('anchoring properties', () => {
  it('round-trips every range of an unchanged text to exact at the snapped offsets', () => {
    fc.assert(
      fc.property(textArb, fc.nat(), fc.nat(), (text, a, b) => {
        const { start, end } = rangeIn(text, a, b)
        const snapped = snapToGraphemes(text, start, end)
        const sel = describeRange(text, start, end)
        fc.pre(sel.quote.exact.length > 0)
        expect(sel.position).toMatchObject(snapped)
        expect(anchor(text, sel)).toEqual({
          status: 'exact',
          start: snapped.start,
          end: snapped.end,
          score: 1,
        })
      }),
      { numRuns: 500 },
    )
  })

  it('follows the quote across an insertion or deletion that leaves it and its context alone', () => {
    fc.assert(
      fc.property(
        textArb,
        fc.nat(),
        fc.nat(),
        fc.boolean(),
        fc.boolean(),
        fc.nat(),
        fc.nat(),
        insertionArb,
        (text, a, b, before, insert, p, q, inserted) => {
          const range = rangeIn(text, a, b)
          const sel = describeRange(text, range.start, range.end)
          const { exact, prefix, suffix } = sel.quote
          fc.pre(exact.length > 0)
          const { start, end } = sel.position
          // Edit region: strictly outside [prefix start, suffix end), on grapheme boundaries.
          const [lo, hi] = before ? [0, start - prefix.length] : [end + suffix.length, text.length]
          const pick = (n: number): number => graphemeBoundaryAtOrBefore(text, lo + (n % (hi - lo + 1)))
          const x = Math.max(lo, pick(p))
          const y = Math.max(lo, pick(q))
          const [from, to] = insert ? [x, x] : [Math.min(x, y), Math.max(x, y)]
          const edited = text.slice(0, from) + (insert ? inserted : '') + text.slice(to)
          const shift = before ? edited.length - text.length : 0
          const result = anchor(edited, sel)
          expectTrustworthy(edited, sel, result, defaultMaxErrors(exact))
          if (occurrences(edited, prefix + exact + suffix) === 1) {
            expect(result).toMatchObject({
              status: shift === 0 ? 'exact' : 'moved',
              start: start + shift,
              end: end + shift,
            })
          }
        },
      ),
      { numRuns: 500 },
    )
  })

  it('re-finds a long quote with one grapheme replaced, fuzzily and in place', () => {
    fc.assert(
      fc.property(textArb, fc.nat(), fc.nat(), fc.nat(), (text, a, b, k) => {
        const range = rangeIn(text, a, b)
        const sel = describeRange(text, range.start, range.end)
        const { exact } = sel.quote
        fc.pre(exact.length >= 32)
        const graphemes = [...new Intl.Segmenter('en', { granularity: 'grapheme' }).segment(exact)]
        fc.pre(graphemes.length >= 3)
        const victim = graphemes[1 + (k % (graphemes.length - 2))]!
        fc.pre(victim.segment !== 'Z' && !/\s/.test(victim.segment))
        const at = sel.position.start + victim.index
        const edited = text.slice(0, at) + 'Z' + text.slice(at + victim.segment.length)
        const maxErrors = defaultMaxErrors(exact)
        const result = anchor(edited, sel)
        expectTrustworthy(edited, sel, result, maxErrors)
        expect(result.status).toBe('fuzzy')
        if (result.status === 'orphaned') return
        const newEnd = sel.position.end + edited.length - text.length
        expect(Math.abs(result.start - sel.position.start)).toBeLessThanOrEqual(maxErrors)
        expect(Math.abs(result.end - newEnd)).toBeLessThanOrEqual(maxErrors)
      }),
      { numRuns: 300 },
    )
  })

  it('never returns text far from the quote after arbitrary edits, with any error budget', () => {
    const edit = fc.record({
      at: fc.nat(),
      length: fc.nat({ max: 20 }),
      replacement: fc.oneof(fc.constant(''), insertionArb),
    })
    fc.assert(
      fc.property(
        textArb,
        fc.nat(),
        fc.nat(),
        fc.array(edit, { maxLength: 4 }),
        fc.option(fc.nat({ max: 12 }), { nil: undefined }),
        (text, a, b, edits, maxErrors) => {
          const range = rangeIn(text, a, b)
          const sel = describeRange(text, range.start, range.end)
          fc.pre(sel.quote.exact.length > 0)
          let edited = text
          for (const e of edits) {
            const at = e.at % (edited.length + 1)
            edited = edited.slice(0, at) + e.replacement + edited.slice(at + e.length)
          }
          const result = anchor(edited, sel, maxErrors === undefined ? {} : { maxErrors })
          const budget = Math.min(
            maxErrors ?? defaultMaxErrors(sel.quote.exact),
            Math.floor(sel.quote.exact.length / 2),
          )
          expectTrustworthy(edited, sel, result, budget)
        },
      ),
      { numRuns: 500 },
    )
  })

  it('never throws, whatever the text, selectors and options', () => {
    const anyNumber = fc.oneof(
      fc.integer({ min: -1e6, max: 1e6 }),
      fc.double(),
      fc.constantFrom(Number.NaN, Infinity, -Infinity),
    )
    const rawText = fc.string({
      unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)),
      maxLength: 60,
    })
    const anyString = fc.oneof(rawText, textArb)
    fc.assert(
      fc.property(
        anyString,
        anyString,
        anyString,
        anyString,
        anyNumber,
        anyNumber,
        fc.record(
          { maxErrors: anyNumber, windowPadding: anyNumber, minScore: anyNumber },
          { requiredKeys: [] },
        ),
        (text, exact, prefix, suffix, start, end, options) => {
          const sel: TextSelectors = {
            quote: { type: 'TextQuoteSelector', exact, prefix, suffix },
            position: { type: 'TextPositionSelector', start, end },
          }
          const result = anchor(text, sel, options)
          expect(['exact', 'moved', 'fuzzy', 'orphaned']).toContain(result.status)
          if (result.status === 'exact' || result.status === 'moved')
            expect(text.slice(result.start, result.end)).toBe(exact)
          const snapped = snapToGraphemes(text, start, end)
          expect(0 <= snapped.start && snapped.start <= snapped.end && snapped.end <= text.length).toBe(true)
          const described = describeRange(text, start, end, Math.abs(start) % 50)
          expect(described.quote.exact).toBe(text.slice(snapped.start, snapped.end))
        },
      ),
      { numRuns: 500 },
    )
    const broken = { quote: null, position: undefined } as unknown as TextSelectors
    expect(anchor('some text', broken)).toEqual({ status: 'orphaned' })
    expect(anchor('some text', describeRange('', 0, 0))).toEqual({ status: 'orphaned' })
  })
})
