// Candidates for putting an orphaned annotation back, and re-attaching it.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { anchor, candidatesFor, describeRange, selectorsForPassage, wordDiff } from './index'

const fixture = (name: string) =>
  JSON.parse(
    readFileSync(new URL(`../../../tests/fixtures/anchoring/${name}.json`, import.meta.url), 'utf8'),
  ) as { a: string[]; b: string[] }

const selectorsOf = (text: string, quote: string) => {
  const start = text.indexOf(quote)
  if (start === -1) throw new Error(`${quote} not in text`)
  return describeRange(text, start, start + quote.length)
}

describe('candidatesFor', () => {
  const yemen = fixture('cut-paragraph')
  const a = yemen.a.join('\n')
  const b = yemen.b.join('\n')

  it('offers the look-alike sentence for a cut one, with the changed words marked', () => {
    const quote = 'The World Food Programme said it had suspended deliveries to three districts'
    const selectors = selectorsOf(a, quote)
    expect(anchor(b, selectors)).toEqual({ status: 'orphaned' })
    const [best, ...rest] = candidatesFor(b, selectors, 3)
    expect(best).toBeDefined()
    expect(best!.text).toBe('The World Food Programme said it had resumed deliveries to two districts')
    expect(b.slice(best!.start, best!.end)).toBe(best!.text)
    expect(best!.quoteSimilarity).toBeGreaterThan(0.8)
    expect(best!.quoteSimilarity).toBeLessThan(1)
    expect(best!.diff.filter((d) => d.kind !== 'same').map((d) => `${d.kind}:${d.text}`)).toEqual([
      'removed:suspended',
      'added:resumed',
      'removed:three',
      'added:two',
    ])
    for (const other of rest) expect(other.score).toBeLessThanOrEqual(best!.score)
  })

  it('returns at most n passages, best first, none overlapping', () => {
    const selectors = selectorsOf(a, 'World Food Programme')
    const found = candidatesFor(b, selectors, 5)
    expect(found.length).toBeGreaterThan(0)
    expect(found.length).toBeLessThanOrEqual(5)
    expect(candidatesFor(b, selectors, 1)).toHaveLength(1)
    for (let i = 1; i < found.length; i++) expect(found[i]!.score).toBeLessThanOrEqual(found[i - 1]!.score)
    for (const x of found)
      for (const y of found) if (x !== y) expect(x.end <= y.start || y.end <= x.start).toBe(true)
  })

  it('finds a reworded quote far from where it was, with the dropped word marked', () => {
    const text = `${'Filler paragraph about other matters entirely. '.repeat(200)}\nHe said “the talks collapsed on Friday” and left.`
    const selectors = describeRange(
      'He said "talks collapsed late on Friday" and left.',
      8,
      'He said "talks collapsed late on Friday"'.length,
    )
    const [best] = candidatesFor(text, selectors, 2)
    expect(best?.text).toContain('talks collapsed on Friday”')
    expect(best!.start).toBeGreaterThan(text.indexOf('\n'))
    expect(best!.diff.some((d) => d.kind === 'removed' && d.text.includes('late'))).toBe(true)
  })

  it('has nothing to offer when no passage resembles the quote', () => {
    const selectors = describeRange('The ceasefire held through the night.', 4, 13)
    expect(candidatesFor(yemen.b.join('\n'), selectors)).toEqual([])
    expect(candidatesFor('', selectors)).toEqual([])
  })
})

describe('re-attaching', () => {
  it('builds selectors for a chosen passage that anchor exactly there', () => {
    const b = fixture('renamed-people').b.join('\n')
    const start = b.indexOf('Mr. Jalali told reporters')
    const selectors = selectorsForPassage(b, start, start + 'Mr. Jalali told reporters'.length)
    expect(selectors.quote.exact).toBe('Mr. Jalali told reporters')
    expect(anchor(b, selectors)).toEqual({ status: 'exact', start, end: start + 25, score: 1 })
  })

  it('diffs words, not characters', () => {
    expect(wordDiff('Saeed Jalili said', 'Saeed Jalali said')).toEqual([
      { kind: 'same', text: 'Saeed ' },
      { kind: 'removed', text: 'Jalili' },
      { kind: 'added', text: 'Jalali' },
      { kind: 'same', text: ' said' },
    ])
  })
})
