// Words and Arabic forms: what goes into the index for a word, and where the
// words of a text are, for marking.
import { describe, expect, it } from 'vitest'
import { arabicForms, indexTerms, queryTerm, wordSpans, words } from './terms'

describe('words', () => {
  it('splits folded text into words', () => {
    expect(words('Thousands fled HOMS, the monitor said.')).toEqual([
      'thousands',
      'fled',
      'homs',
      'the',
      'monitor',
      'said',
    ])
    expect(words('Hayat Tahrir al-Sham (HTS)')).toEqual(['hayat', 'tahrir', 'al', 'sham', 'hts'])
  })

  it('keeps Arabic words whole, with their marks and tatweel folded away', () => {
    expect(words('قال المرصدُ إنّ حمـص')).toEqual(['قال', 'المرصد', 'ان', 'حمص'])
  })

  it('keeps a Persian word with a zero-width non-joiner as one word', () => {
    expect(words('می\u200cخواهم')).toHaveLength(1)
  })
})

describe('wordSpans', () => {
  it('gives each word its offsets in the original text', () => {
    const text = 'Jalālī reached بِحمص.'
    const spans = wordSpans(text)
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual(['Jalālī', 'reached', 'بِحمص'])
    expect(spans.map((s) => s.words)).toEqual([['jalali'], ['reached'], ['بحمص']])
  })
})

describe('arabicForms', () => {
  it('strips a one-letter preposition: بحمص and لحمص also index حمص', () => {
    expect(arabicForms('بحمص')).toContain('حمص')
    expect(arabicForms('لحمص')).toContain('حمص')
    expect(arabicForms('كحمص')).toContain('حمص')
  })

  it('strips a conjunction and the article: والمرصد also indexes المرصد and مرصد', () => {
    expect(arabicForms('والمرصد')).toEqual(['والمرصد', 'المرصد', 'مرصد'])
    expect(arabicForms('فالمرصد')).toEqual(['فالمرصد', 'المرصد', 'مرصد'])
  })

  it('strips a preposition before the article: بالمرصد', () => {
    expect(arabicForms('بالمرصد')).toEqual(['بالمرصد', 'المرصد', 'مرصد'])
    expect(arabicForms('وبالمرصد')).toEqual(['وبالمرصد', 'بالمرصد', 'المرصد', 'مرصد'])
  })

  it('restores the article elided after ل: للمرصد is ل + المرصد', () => {
    expect(arabicForms('للمرصد')).toEqual(['للمرصد', 'المرصد', 'مرصد'])
  })

  it('leaves at least three letters, so short words keep their root', () => {
    expect(arabicForms('بيت')).toEqual(['بيت'])
    expect(arabicForms('الله')).toEqual(['الله'])
    expect(arabicForms('ولد')).toEqual(['ولد'])
  })

  it('leaves other scripts alone', () => {
    expect(arabicForms('wall')).toEqual(['wall'])
  })
})

describe('indexTerms and queryTerm', () => {
  it('drop stop words in both languages', () => {
    expect(indexTerms('the')).toBeNull()
    expect(indexTerms('في')).toBeNull()
    expect(queryTerm('of')).toBeNull()
    expect(queryTerm('not')).toBe('not')
  })

  it('index every Arabic form but look a query word up as typed', () => {
    expect(indexTerms('والمرصد')).toEqual(['والمرصد', 'المرصد', 'مرصد'])
    expect(queryTerm('والمرصد')).toBe('والمرصد')
    expect(indexTerms('homs')).toBe('homs')
  })
})
