// Unicode: Arabic, ZWJ emoji, flags and combining marks must never be split,
// and sentence ranges must work on mixed Arabic/English paragraphs.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  anchor,
  countWords,
  describeRange,
  isGraphemeBoundary,
  sentenceRanges,
  snapToGraphemes,
} from './index'

const family = '👩‍👩‍👧' // 8 code units, one grapheme
const flags = '🇸🇾🇬🇧' // two flags, 4 code units each
const eAcute = 'e\u0301' // e + combining acute accent
const arabic = 'قال المرصد السوري لحقوق الإنسان إن آلاف الأشخاص فروا من حمص'

const graphemes = (s: string): string[] =>
  [...new Intl.Segmenter('en', { granularity: 'grapheme' }).segment(s)].map((g) => g.segment)

/** Every selector part must be a whole number of graphemes of the text it came from. */
function expectWholeGraphemes(text: string, start: number, end: number): void {
  const sel = describeRange(text, start, end)
  const s = sel.position.start
  const e = sel.position.end
  for (const offset of [s - sel.quote.prefix.length, s, e, e + sel.quote.suffix.length]) {
    expect(isGraphemeBoundary(text, offset), `offset ${offset} of ${JSON.stringify(text)}`).toBe(true)
  }
  expect(text.slice(s - sel.quote.prefix.length, e + sel.quote.suffix.length)).toBe(
    sel.quote.prefix + sel.quote.exact + sel.quote.suffix,
  )
}

describe('snapToGraphemes', () => {
  it('widens ranges that cut into a ZWJ family emoji', () => {
    const text = `ab${family}cd`
    expect(snapToGraphemes(text, 3, 5)).toEqual({ start: 2, end: 10 })
    expect(snapToGraphemes(text, 1, 3)).toEqual({ start: 1, end: 10 })
    expect(snapToGraphemes(text, 2, 10)).toEqual({ start: 2, end: 10 })
  })

  it('never splits a flag or pairs the wrong regional indicators', () => {
    const text = `x${flags}y`
    expect(snapToGraphemes(text, 3, 6)).toEqual({ start: 1, end: 9 })
    expect(snapToGraphemes(text, 5, 6)).toEqual({ start: 5, end: 9 })
    expect(graphemes(text.slice(5, 9))).toEqual(['🇬🇧'])
  })

  it('keeps a combining mark with its base letter', () => {
    const text = `caf${eAcute} au lait`
    expect(snapToGraphemes(text, 0, 4)).toEqual({ start: 0, end: 5 })
    expect(snapToGraphemes(text, 4, 5)).toEqual({ start: 3, end: 5 })
  })

  it('clamps, orders and tolerates junk offsets', () => {
    expect(snapToGraphemes('hello', -5, 99)).toEqual({ start: 0, end: 5 })
    expect(snapToGraphemes('hello', 4, 1)).toEqual({ start: 1, end: 4 })
    expect(snapToGraphemes('hello', Number.NaN, 2)).toEqual({ start: 0, end: 2 })
    expect(snapToGraphemes('', 0, 3)).toEqual({ start: 0, end: 0 })
    expect(snapToGraphemes(`a${family}`, 4, 4)).toEqual({ start: 1, end: 9 })
  })

  it('handles a grapheme far from any ASCII (long Arabic and emoji runs)', () => {
    const text = `${arabic}${family.repeat(400)}${arabic}`
    const mid = arabic.length + 8 * 200 + 3
    expect(snapToGraphemes(text, mid, mid)).toEqual({ start: mid - 3, end: mid + 5 })
  })
})

describe('isGraphemeBoundary', () => {
  it('agrees with segmenting the whole text, for every offset', () => {
    // Pieces chosen to stress the windowed segmentation: CR LF, marks after a
    // newline, ZWJ, runs of regional indicators (pairing depends on parity),
    // Hangul jamo, an Arabic prepend mark, lone surrogates.
    const piece = fc.constantFrom(
      ...['a', ' ', '\n', '\r', '\r\n', '\u0301', '\u200d', '👩', '🇸', '🇾', '\u1100', '\u1161', '\u11a8'],
      ...['\u0600', '١', 'ب', '\ud83d', '\ude00', '\u094d', 'क', '.'],
    )
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 60 }), (pieces) => {
        const text = pieces.join('')
        const expected = new Set([...graphemes(text)].map((_, i, all) => all.slice(0, i).join('').length))
        expected.add(text.length)
        for (let i = 0; i <= text.length; i++)
          expect(isGraphemeBoundary(text, i), `${i}`).toBe(expected.has(i))
      }),
      { numRuns: 1000 },
    )
  })
})

describe('describeRange on unicode text', () => {
  it('cuts context before half an emoji rather than through it', () => {
    const text = `${family}${'a'.repeat(30)}QUOTE${'b'.repeat(30)}${family}`
    const start = text.indexOf('QUOTE')
    const sel = describeRange(text, start, start + 5)
    expect(sel.quote.prefix).toBe('a'.repeat(30)) // 32 units back would land inside the family
    expect(sel.quote.suffix).toBe('b'.repeat(30))
  })

  it('produces whole graphemes for emoji, flags, combining marks and Arabic', () => {
    const text = `${arabic} ${family} ${flags} r${eAcute}sum${eAcute}\nHoms ${'🙂'.repeat(20)} end`
    for (let s = 0; s < text.length; s += 3) {
      for (const len of [0, 1, 2, 5, 17]) expectWholeGraphemes(text, s, s + len)
    }
  })

  it('round-trips Arabic quotes to exact and re-finds them after an edit', () => {
    const text = `Report from Syria.\n${arabic}.\nالمرصد السوري قال ذلك أيضا.`
    const start = text.indexOf('آلاف الأشخاص')
    const sel = describeRange(text, start, start + 'آلاف الأشخاص فروا'.length)
    expect(anchor(text, sel)).toMatchObject({ status: 'exact', start })
    const edited = 'عاجل: ' + text
    expect(anchor(edited, sel)).toMatchObject({ status: 'moved', start: start + 'عاجل: '.length })
    const reworded = text.replace('فروا', 'هربوا')
    const fuzzy = anchor(reworded, sel)
    expect(fuzzy.status).toBe('fuzzy')
    if (fuzzy.status !== 'orphaned') expect(reworded.slice(fuzzy.start, fuzzy.end)).toBe('آلاف الأشخاص هربوا')
  })

  it('anchors emoji quotes and does not match half of a longer emoji sequence', () => {
    const text = `We ${family} went home.`
    const start = text.indexOf(family)
    const sel = describeRange(text, start, start + family.length)
    expect(anchor(text, sel)).toMatchObject({ status: 'exact', start, end: start + 8 })
    // A lone woman emoji must not be "found" inside the family sequence.
    const woman = describeRange('I 👩 came', 2, 4)
    expect(anchor(`I ${family} came`, woman).status).not.toBe('exact')
    expect(anchor(`I ${family} came`, woman).status).not.toBe('moved')
  })

  it('does not report "cafe" as an exact match inside "café" with a combining accent', () => {
    const sel = describeRange('the cafe opened', 4, 8)
    const result = anchor(`the caf${eAcute} opened`, sel)
    expect(result).toMatchObject({ status: 'fuzzy', start: 4, end: 9 })
  })
})

describe('segmentation of mixed scripts', () => {
  it('splits mixed Arabic/English paragraphs into sentences without crossing newlines', () => {
    const text = `Fighting spread. ${arabic}. هل هذا صحيح؟ Reports differ!\nNo full stop here\n\n  Last one.  `
    const sentences = sentenceRanges(text).map((r) => text.slice(r.start, r.end))
    expect(sentences).toEqual([
      'Fighting spread.',
      `${arabic}.`,
      'هل هذا صحيح؟',
      'Reports differ!',
      'No full stop here',
      '  Last one.',
    ])
  })

  it('counts Arabic and English words but not punctuation or emoji', () => {
    expect(countWords(arabic, 'ar')).toBe(11)
    expect(countWords(`Homs — ${family} “fell”, 2024.`)).toBe(3)
  })
})
