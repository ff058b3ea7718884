// Folding: what an analyst types must equal what the text says, across case,
// Latin diacritics and Arabic spelling; and the offset-keeping fold must agree
// with the fast one and map back to the right characters.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { foldWithOffsets, normalise, originalRange } from './normalise'

describe('normalise', () => {
  it('folds case', () => {
    expect(normalise('HOMS')).toBe(normalise('Homs'))
    expect(normalise('Hayat Tahrir al-Sham')).toBe('hayat tahrir al-sham')
  })

  it('folds Latin diacritics, precomposed or combining', () => {
    expect(normalise('Jalālī')).toBe('jalali')
    expect(normalise('Jala\u0304li\u0304')).toBe('jalali')
    expect(normalise('Ḥamā')).toBe('hama')
    expect(normalise('Maʿarrat al-Nuʿmān')).toBe('maarrat al-numan')
    expect(normalise('Ṭarṭūs')).toBe('tartus')
    expect(normalise('Şanlıurfa')).toBe('sanliurfa')
    expect(normalise('İdlib')).toBe('idlib')
  })

  it('folds letters that have no decomposition', () => {
    expect(normalise('Straße')).toBe('strasse')
    expect(normalise('Łódź')).toBe('lodz')
    expect(normalise('Øresund')).toBe('oresund')
    expect(normalise('ΟΔΟΣ')).toBe(normalise('οδος'))
  })

  it('removes Arabic short vowels, shadda and sukun', () => {
    expect(normalise('حِمْص')).toBe('حمص')
    expect(normalise('مُحَمَّد')).toBe('محمد')
    expect(normalise('كِتَابٌ')).toBe('كتاب')
  })

  it('removes tatweel', () => {
    expect(normalise('حمـــص')).toBe('حمص')
  })

  it('folds alef with hamza or madda (and alef wasla) to bare alef', () => {
    expect(normalise('أحمد')).toBe('احمد')
    expect(normalise('إدلب')).toBe('ادلب')
    expect(normalise('آلاف')).toBe('الاف')
    expect(normalise('ٱلله')).toBe('الله')
  })

  it('folds alef maqsura to yeh and teh marbuta to heh', () => {
    expect(normalise('مستشفى')).toBe('مستشفي')
    expect(normalise('حماة')).toBe('حماه')
    expect(normalise('الرقة')).toBe(normalise('الرقه'))
  })

  it('folds Persian letters and Arabic-Indic digits', () => {
    expect(normalise('کرد')).toBe('كرد')
    expect(normalise('ایران')).toBe('ايران')
    expect(normalise('٢٠٢٤')).toBe('2024')
    expect(normalise('۱۴۰۳')).toBe('1403')
  })

  it('drops invisible format characters', () => {
    expect(normalise('می\u200cخواهم')).toBe(normalise('میخواهم'))
    expect(normalise('\u200fحمص\u200e')).toBe('حمص')
  })

  it('folds Arabic presentation forms, as PDF text often carries them', () => {
    expect(normalise('\ufea3\ufee4\ufeba')).toBe('حمص')
  })

  it('is idempotent', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme' }), (s) => normalise(normalise(s)) === normalise(s)))
  })
})

describe('foldWithOffsets', () => {
  const alphabet = [...'aAéÉe\u0301ßİıΣσςłحِمْصـأإآىةی٣ \n.,-', '🇸🇾', '👩‍👩‍👧', 'ﻻ', 'ﬁ']

  it('folds exactly like normalise', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...alphabet)), (parts) => {
        const text = parts.join('')
        expect(foldWithOffsets(text).folded).toBe(normalise(text))
      }),
    )
    fc.assert(fc.property(fc.string({ unit: 'grapheme' }), (s) => foldWithOffsets(s).folded === normalise(s)))
  })

  it('maps every folded character back to the character it came from', () => {
    const text = 'Jalālī met AḤMAD in حِمْص'
    const map = foldWithOffsets(text)
    const at = map.folded.indexOf('ahmad')
    expect(originalRange(map, at, at + 5)).toEqual({ start: 11, end: 16 })
    expect(text.slice(11, 16)).toBe('AḤMAD')
    const homs = map.folded.indexOf('حمص')
    const range = originalRange(map, homs, homs + 3)
    // The trailing sukun belongs to the last letter and is taken along.
    expect(text.slice(range.start, range.end)).toBe('حِمْص')
  })

  it('never ends a range inside a character that folded to several', () => {
    const text = 'Straße'
    const map = foldWithOffsets(text)
    expect(map.folded).toBe('strasse')
    expect(originalRange(map, 0, 5)).toEqual({ start: 0, end: 5 })
    expect(text.slice(0, 5)).toBe('Straß')
  })

  it('keeps surrogate pairs whole', () => {
    const text = 'x🇸🇾y'
    const map = foldWithOffsets(text)
    const y = map.folded.indexOf('y')
    expect(originalRange(map, y, y + 1)).toEqual({ start: 5, end: 6 })
    expect(originalRange(map, 1, 3)).toEqual({ start: 1, end: 3 })
  })

  it('maps every range into the original text, in order', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...alphabet)), fc.nat(), fc.nat(), (parts, a, b) => {
        const text = parts.join('')
        const map = foldWithOffsets(text)
        const from = Math.min(a, b) % (map.folded.length + 1)
        const to = Math.min(map.folded.length, from + (Math.max(a, b) % 5))
        const { start, end } = originalRange(map, from, to)
        expect(0 <= start && start <= end && end <= text.length).toBe(true)
        // The original range folds to text that contains what was matched.
        expect(normalise(text.slice(start, end))).toContain(map.folded.slice(from, to))
      }),
    )
  })
})
