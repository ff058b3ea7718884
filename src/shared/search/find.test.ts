// Find in the open document: every match, as ranges of the ORIGINAL text that
// the highlight painter can paint.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { DocumentFinder, findInText } from './find'

const article = readFileSync(new URL('../../../resources/sample-article.txt', import.meta.url), 'utf8')
const texts = (text: string, query: string) =>
  findInText(text, query).matches.map((m) => text.slice(m.start, m.end))

describe('find in document', () => {
  it('finds every occurrence in the sample article, whatever the case', () => {
    const found = texts(article, 'homs')
    expect(found.length).toBe(article.match(/homs/gi)!.length)
    expect(new Set(found)).toEqual(new Set(article.match(/homs/gi)))
  })

  it('matches across diacritics and maps back to the accented text', () => {
    const text = 'Abu Muhammad al-Jalālī met JALALI and Jala\u0304li\u0304.'
    expect(texts(text, 'jalali')).toEqual(['Jalālī', 'JALALI', 'Jala\u0304li\u0304'])
    expect(texts(text, 'Jalālī')).toEqual(['Jalālī', 'JALALI', 'Jala\u0304li\u0304'])
  })

  it('finds an Arabic word inside its prefixed forms and across vowel marks and tatweel', () => {
    const text = 'فروا من بحمص ولِحِمْصَ إلى حمـص'
    expect(texts(text, 'حمص')).toEqual(['حمص', 'حِمْصَ', 'حمـص'])
    expect(texts(text, 'الى')).toEqual(['إلى'])
  })

  it('finds a phrase, with any run of spaces in the query matching one', () => {
    expect(texts(article, 'rebel   fighters')).toEqual(texts(article, 'Rebel fighters'))
    expect(texts(article, 'rebel fighters').length).toBeGreaterThan(0)
  })

  it('returns nothing for an empty query or one that folds away', () => {
    expect(findInText(article, '   ').matches).toEqual([])
    expect(findInText(article, '\u0301').matches).toEqual([])
    expect(findInText(article, 'xyzzy').matches).toEqual([])
  })

  it('gives matches in order, without overlaps', () => {
    const { matches } = findInText('aaaa aaaa', 'aa')
    expect(matches).toEqual([
      { start: 0, end: 2 },
      { start: 2, end: 4 },
      { start: 5, end: 7 },
      { start: 7, end: 9 },
    ])
  })

  it('stops at the limit and says so', () => {
    const result = findInText('ab '.repeat(100), 'ab', 10)
    expect(result.matches).toHaveLength(10)
    expect(result.truncated).toBe(true)
    expect(findInText('ab '.repeat(10), 'ab', 10).truncated).toBe(false)
  })

  it('answers many finds on one folded text', () => {
    const finder = new DocumentFinder(article)
    expect(finder.find('Aleppo').matches.length).toBe(article.match(/aleppo/gi)!.length)
    expect(finder.find('HTS').matches.length).toBe(article.match(/hts/gi)!.length)
  })
})
