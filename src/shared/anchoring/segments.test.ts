// Sentence ranges and word counts on the sample article and on edge cases.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { countWords, sentenceRanges } from './index'

const article = readFileSync(new URL('../../../resources/sample-article.txt', import.meta.url), 'utf8')

describe('sentenceRanges', () => {
  it('finds the ten sentences of the sample article, in order, never crossing a newline', () => {
    const ranges = sentenceRanges(article)
    expect(ranges).toHaveLength(10)
    for (const [i, r] of ranges.entries()) {
      const sentence = article.slice(r.start, r.end)
      expect(sentence).not.toContain('\n')
      expect(sentence).toBe(sentence.trim())
      if (i > 0) expect(r.start).toBeGreaterThanOrEqual(ranges[i - 1]!.end)
    }
    expect(article.slice(ranges[5]!.start, ranges[5]!.end)).toBe(
      'Homs “is a stepping stone to Damascus and what comes next,” he told NBC News on Friday.',
    )
    expect(article.slice(ranges[9]!.start, ranges[9]!.end)).toMatch(/^Pro-Assad .* the Observatory said\.$/)
  })

  it('drops empty and whitespace-only paragraphs and trims trailing whitespace', () => {
    const text = 'One. Two?\n\n   \nThree!   \nfour'
    expect(sentenceRanges(text).map((r) => text.slice(r.start, r.end))).toEqual([
      'One.',
      'Two?',
      'Three!',
      'four',
    ])
    expect(sentenceRanges('')).toEqual([])
    expect(sentenceRanges('\n\n')).toEqual([])
  })

  it('falls back to English for a malformed locale', () => {
    expect(sentenceRanges('A. B.', 'not a locale!!')).toEqual([
      { start: 0, end: 2 },
      { start: 3, end: 5 },
    ])
  })
})

describe('countWords', () => {
  it('counts word-like segments of the sample article', () => {
    expect(countWords(article)).toBe(362)
  })

  it('ignores punctuation, dashes and whitespace', () => {
    expect(countWords('')).toBe(0)
    expect(countWords(' — “ ” … ')).toBe(0)
    expect(countWords('Abdul-Ghani said: “go”.')).toBe(4)
  })
})

describe('countWords on long text', () => {
  it('counts the same whether the text comes in one paragraph or many', () => {
    const sentence = 'Thousands of people have fled the Syrian city of Homs, a monitoring group said. '
    const onePiece = sentence.repeat(400)
    const lines = Array.from({ length: 400 }, () => sentence.trim()).join('\n')
    expect(countWords(onePiece)).toBe(14 * 400)
    expect(countWords(lines)).toBe(14 * 400)
  })
})
