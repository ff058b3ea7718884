// Folding typographic variants, its maps back into the original text, and
// anchoring across copies that differ only in typography.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { foldString, foldText, foldedWithin, toFoldedOffset, toOriginalRange } from './fold'
import { anchor, describeRange } from './index'

describe('foldText', () => {
  it('folds quotes, dashes, spaces, ellipsis and invisible marks, and leaves words alone', () => {
    expect(foldString('“Our forces” – Assad’s… «non»')).toBe(`'Our forces' - Assad's... 'non'`)
    expect(foldString('12\u00a0000  people\n\nfled\u200b')).toBe('12 000 people fled')
    expect(foldString('co\u00adoperate \u200fقال\u200e')).toBe('cooperate قال')
    expect(foldString('Homs, café, HTS-led, ٣ 🇸🇾')).toBe('Homs, café, HTS-led, ٣ 🇸🇾')
  })

  it('folds Arabic presentation forms to letters and drops tatweel', () => {
    expect(foldString('ﺣﻤﺺ')).toBe('حمص')
    expect(foldString('قـال المـــرصد')).toBe('قال المرصد')
    expect(foldString('ﻻ')).toBe('لا') // one ligature, two letters
  })

  it('folds honorifics and the Arabic article only in front of a name', () => {
    expect(foldString('Mr. Al-Assad met Dr. Nasser and al-Golani')).toBe('Assad met Nasser and Golani')
    expect(foldString('Abdul-Ghani, Mr. and Mrs. smith, signal-to-noise, Al-')).toBe(
      'Abdul-Ghani, Mr. and Mrs. smith, signal-to-noise, Al-',
    )
  })

  it('returns the same string and no maps when nothing folds', () => {
    const f = foldText('Plain text with single spaces.')
    expect(f).toMatchObject({ changed: false, starts: null, ends: null })
    expect(f.text).toBe(f.original)
    expect(toOriginalRange(f, 3, 7)).toEqual({ start: 3, end: 7 })
  })

  it('maps folded offsets back to the original text', () => {
    const original = 'He said “no”  —  twice… Mr. Jalali'
    const f = foldText(original)
    expect(f.text).toBe(`He said 'no' - twice... Jalali`)
    const range = (s: string) => {
      const at = f.text.indexOf(s)
      const r = toOriginalRange(f, at, at + s.length)
      return original.slice(r.start, r.end)
    }
    expect(range(`'no'`)).toBe('“no”')
    expect(range('- twice...')).toBe('—  twice…')
    expect(range('.')).toBe('…')
    expect(range('Jalali')).toBe('Jalali')
    expect(range(`'no' - twice... Jalali`)).toBe('“no”  —  twice… Mr. Jalali')
    expect(toFoldedOffset(f, original.indexOf('twice'))).toBe(f.text.indexOf('twice'))
    expect(toFoldedOffset(f, original.indexOf('Mr.'))).toBe(f.text.indexOf('Jalali'))
    expect(foldedWithin(f, 0, 8)).toBe(false)
    expect(foldedWithin(f, 0, 9)).toBe(true)
  })

  it('keeps every folded unit mapped inside the original, in order', () => {
    const piece = fc.constantFrom(
      ...['a', 'Homs', ' ', '  ', '\n', '\u00a0', '“', '’', '"', '—', '–', '…', '...', 'ﺣﻤﺺ', 'قـال', '🇸🇾'],
      ...['e\u0301', '\u200b', 'Mr. Jalali', 'al-Assad', 'ﻻ', 'x'],
    )
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
        const original = pieces.join('')
        const f = foldText(original)
        expect(f.text).toBe(foldString(original))
        if (!f.starts || !f.ends) return
        expect(f.starts[f.text.length]).toBe(original.length)
        for (let i = 0; i < f.text.length; i++) {
          expect(f.starts[i]!).toBeLessThan(f.ends[i]!)
          if (i > 0) expect(f.starts[i]!).toBeGreaterThanOrEqual(f.starts[i - 1]!)
          // The folded unit comes from the original units it maps to.
          expect(foldString(original.slice(f.starts[i], f.ends[i]))).toContain(f.text[i]!.trim() || ' ')
        }
      }),
      { numRuns: 300 },
    )
  })
})

describe('anchoring across typographic variants', () => {
  // A token and the spellings another outlet may use for it: same words, other typography.
  const variants: Record<string, string[]> = {
    ' ': [' ', '\u00a0', '  '],
    '“': ['"', '«', '“'],
    '”': ['"', '»', '”'],
    '’': ["'", '’'],
    '—': ['-', '—', '–'],
    '…': ['...', '…'],
    قال: ['قـال', 'قال'],
    المرصد: ['المـرصد', 'المرصد'],
    Assad: ['al-Assad', 'Mr. Al-Assad', 'Assad'],
  }
  const words = ['Homs', 'the', 'city', 'forces', 'said', 'Observatory', 'Damascus', 'HTS', 'Aleppo', 'rebel']
  const wordArb = fc.constantFrom(...words, '“Homs”', '’s', 'قال', 'المرصد', 'Assad', '…')
  const separatorArb = fc.constantFrom(' ', ' ', ' — ', ', ', '.\n', '… ')
  /** Each token spelled as in A and as another outlet might: same words, other typography. */
  const restyle = (token: string, pick: number): string => {
    const parts = token.split(/(“|”|’|—|…|قال|المرصد|Assad| )/u)
    return parts
      .map((p, k) => {
        const options = variants[p] ?? [p]
        return options[(pick + k) % options.length]!
      })
      .join('')
  }
  const pairArb = fc
    .array(fc.tuple(wordArb, separatorArb, fc.nat()), { minLength: 8, maxLength: 60 })
    .map((tokens) => {
      let a = ''
      let b = ''
      const startsA: number[] = []
      const startsB: number[] = []
      for (const [word, separator, pick] of tokens) {
        for (const token of [word, separator]) {
          startsA.push(a.length)
          startsB.push(b.length)
          a += token
          b += restyle(token, pick)
        }
      }
      startsA.push(a.length)
      startsB.push(b.length)
      return { a, b, startsA, startsB, count: startsA.length - 1 }
    })

  it('lands on the same words when only typography changed', () => {
    fc.assert(
      fc.property(pairArb, fc.nat(), fc.nat(), ({ a, b, startsA, startsB, count }, x, y) => {
        const i = x % count
        const j = i + 1 + (y % Math.min(8, count - i))
        const sel = describeRange(a, startsA[i]!, startsA[j]!)
        const { exact, prefix, suffix } = sel.quote
        fc.pre(exact.trim().length >= 3)
        // Only a passage that is unique, even after folding, has one right answer.
        const folded = foldString(a)
        const key = foldString(prefix + exact + suffix)
        fc.pre(folded.indexOf(key) === folded.lastIndexOf(key))
        const result = anchor(b, sel)
        expect(result.status).not.toBe('orphaned')
        if (result.status === 'orphaned') return
        // The same words: only spaces, punctuation or what folds away ("Mr. Al-") between the edges.
        const fb = foldText(b)
        const edge = (p: number, q: number) => {
          const [x, y] = [toFoldedOffset(fb, p), toFoldedOffset(fb, q)]
          return /^[\s\p{P}]*$/u.test(fb.text.slice(Math.min(x, y), Math.max(x, y)))
        }
        const expected = b.slice(startsB[i], startsB[j])
        const found = b.slice(result.start, result.end)
        expect(
          edge(result.start, startsB[i]!) && edge(result.end, startsB[j]!),
          `${found} ≠ ${expected}`,
        ).toBe(true)
      }),
      { numRuns: 400 },
    )
  })
})
