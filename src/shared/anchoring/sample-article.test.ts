// Anchoring against the real sample article: a baseline of known spans, then
// the edits analysts' documents actually go through.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { anchor, describeRange, type AnchorResult, type TextSelectors } from './index'

const article = readFileSync(new URL('../../../resources/sample-article.txt', import.meta.url), 'utf8')

function spanOf(result: AnchorResult, text: string): string | null {
  return result.status === 'orphaned' ? null : text.slice(result.start, result.end)
}

/** Start of the n-th (0-based) occurrence of `needle`. */
function nth(text: string, needle: string, n: number): number {
  let at = -1
  for (let i = 0; i <= n; i++) at = text.indexOf(needle, at + 1)
  if (at === -1) throw new Error(`occurrence ${n} of ${needle} not found`)
  return at
}

describe('sample article baseline', () => {
  it('has nine paragraphs, curly quotes and an em dash', () => {
    expect(article.split('\n')).toHaveLength(9)
    expect(article).toContain('“Our forces')
    expect(article).toContain('country’s')
    expect(article).toContain(' — ')
  })

  const baseline: Array<[string, number, number]> = [
    ['Thousands of people have fled the Syrian city of Homs', 0, 53],
    ['Hayat Tahrir al-Sham (HTS)', 342, 368],
    ['three of the country’s five largest cities', 246, 288],
    ['central city of Hama — where government forces', 544, 590],
    ['Hassan Abdul-Ghani', 838, 856],
    ['is a stepping stone to Damascus', 1154, 1185],
    ['the Observatory said', 2118, 2138],
  ]

  it.each(baseline)('%s at [%i, %i) round-trips to exact', (quote, start, end) => {
    expect(article.indexOf(quote)).toBe(start)
    const selectors = describeRange(article, start, end)
    expect(selectors.quote.exact).toBe(quote)
    expect(selectors.position).toEqual({ type: 'TextPositionSelector', start, end })
    expect(selectors.quote.prefix).toBe(article.slice(Math.max(0, start - 32), start))
    expect(selectors.quote.suffix).toBe(article.slice(end, end + 32))
    expect(anchor(article, selectors)).toEqual({ status: 'exact', start, end, score: 1 })
  })

  it('keeps the first paragraph prefix empty and the last suffix empty', () => {
    expect(describeRange(article, 0, 9).quote.prefix).toBe('')
    expect(describeRange(article, 2118, 2138).quote.suffix).toBe('.')
    expect(describeRange(article, article.length - 5, article.length).quote.suffix).toBe('')
  })
})

describe('sample article after edits', () => {
  it('finds a quote moved by an insertion before it', () => {
    const selectors = describeRange(article, 838, 856) // Hassan Abdul-Ghani
    const inserted = 'Editor’s note: this report was updated on Saturday.\n'
    const edited = inserted + article
    const result = anchor(edited, selectors)
    expect(result).toMatchObject({
      status: 'moved',
      start: 838 + inserted.length,
      end: 856 + inserted.length,
    })
    expect(spanOf(result, edited)).toBe('Hassan Abdul-Ghani')
  })

  it('finds a quote moved by a deletion before it', () => {
    const selectors = describeRange(article, 1154, 1185)
    const deleted =
      'Thousands of people have fled the Syrian city of Homs as rebel fighters pushed further south with their rapid assault on government forces, a leading monitoring group said.\n'
    const edited = article.slice(deleted.length)
    expect(anchor(edited, selectors)).toMatchObject({ status: 'moved', start: 1154 - deleted.length })
  })

  it('matches fuzzily when a word inside the quote changed', () => {
    const quote = 'is a stepping stone to Damascus'
    const selectors = describeRange(article, 1154, 1185)
    const edited = article.replace(quote, 'is a stepping stone toward Damascus')
    const result = anchor(edited, selectors)
    expect(result).toMatchObject({ status: 'fuzzy', start: 1154, end: 1189 })
    expect(spanOf(result, edited)).toBe('is a stepping stone toward Damascus')
    if (result.status !== 'orphaned') expect(result.score).toBeGreaterThan(0.9)
  })

  it('matches fuzzily when the quote changed and moved a little', () => {
    const quote = 'three of the country’s five largest cities'
    const selectors = describeRange(article, 246, 288)
    const edited = ('BREAKING: ' + article).replace(quote, 'three of the nation’s five largest cities')
    const result = anchor(edited, selectors)
    expect(result.status).toBe('fuzzy')
    expect(spanOf(result, edited)).toBe('three of the nation’s five largest cities')
  })

  it('orphans a deleted quote instead of guessing', () => {
    const sentence =
      'In less than two weeks they have already captured the city of Aleppo in the north, as well as the central city of Hama — where government forces were forced out Thursday.\n'
    const start = article.indexOf('captured the city of Aleppo')
    const selectors = describeRange(article, start, start + 'captured the city of Aleppo in the north'.length)
    expect(anchor(article.replace(sentence, ''), selectors)).toEqual({ status: 'orphaned' })
  })

  it('orphans a short quote whose only occurrence was reworded', () => {
    const selectors = describeRange(article, 838, 856)
    const edited = article.replace('Hassan Abdul-Ghani', 'a rebel spokesman')
    expect(anchor(edited, selectors)).toEqual({ status: 'orphaned' })
  })

  it.each([0, 1, 2, 3, 4])(
    'resolves occurrence %i of the repeated "Homs" by its context after a shift',
    (n) => {
      const start = nth(article, 'Homs', n)
      const selectors = describeRange(article, start, start + 4)
      const inserted = 'Update: fighting continued overnight near the city of Homs, residents said.\n'
      const result = anchor(inserted + article, selectors)
      expect(result).toMatchObject({
        status: 'moved',
        start: start + inserted.length,
        end: start + 4 + inserted.length,
      })
    },
  )

  it('resolves the repeated "Observatory" to the right occurrence after a shift', () => {
    const second = nth(article, 'Observatory', 1)
    const selectors = describeRange(article, second, second + 'Observatory'.length)
    const edited = article.replace(
      'With his forces nearing, ',
      'With his forces nearing and morale collapsing, ',
    )
    const shift = edited.length - article.length
    expect(anchor(edited, selectors)).toMatchObject({ status: 'moved', start: second + shift })
  })

  it('does not trust the stored position when another "Homs" slides into it', () => {
    // Insert exactly the gap between the 2nd and 3rd "Homs" before the 2nd, so the
    // 2nd now sits at the 3rd's stored offset. Its context gives it away.
    const second = nth(article, 'Homs', 1)
    const third = nth(article, 'Homs', 2)
    const selectors = describeRange(article, third, third + 4)
    const padding = 'x'.repeat(third - second)
    const edited = article.slice(0, second - 30) + padding + article.slice(second - 30)
    expect(edited.slice(third, third + 4)).toBe('Homs')
    expect(anchor(edited, selectors)).toMatchObject({ status: 'moved', start: third + padding.length })
  })

  it('stays exact when only a word beside the quote changed', () => {
    const selectors = describeRange(article, 838, 856)
    const edited = article.replace('said Hassan Abdul-Ghani, senior', 'said Hassan Abdul-Ghani, chief')
    expect(anchor(edited, selectors)).toMatchObject({ status: 'exact', start: 838, end: 856 })
  })

  it('orphans a one-letter look-alike whose surroundings were rewritten', () => {
    const selectors = describeRange(article, 49, 53) // first "Homs"
    const edited = article.replace(
      'have fled the Syrian city of Homs as rebel fighters pushed',
      'escaped from a besieged Homz while militants advanced',
    )
    expect(anchor(edited, selectors)).toEqual({ status: 'orphaned' })
  })

  it('follows a long unique quote to a new paragraph even though its context is new', () => {
    const quote = 'Hayat Tahrir al-Sham (HTS)'
    const selectors = describeRange(article, 342, 368)
    const edited =
      article.replace(`militant group ${quote} and`, 'militant group and') +
      `\nAnalysts call the group ${quote} today.`
    const result = anchor(edited, selectors)
    expect(result).toMatchObject({ status: 'moved', start: edited.indexOf(quote) })
  })

  describe('documents that repeat a passage', () => {
    const paragraphs = article.split('\n')
    const lead = paragraphs[0]!
    const quote = 'fled the Syrian city of Homs'

    it('keeps an annotation on the edited copy rather than jumping to a distant verbatim copy', () => {
      const text = `${article}\n${lead}`
      const start = text.indexOf(quote)
      const selectors = describeRange(text, start, start + quote.length)
      const edited = text.replace(quote, 'fled the Syrian town of Homs')
      expect(anchor(edited, selectors)).toMatchObject({ status: 'fuzzy', start, end: start + quote.length })
    })

    it('orphans rather than pick between two equally distant verbatim copies', () => {
      // Every copy of the lead sits between the same filler paragraphs, so all
      // copies have identical context. The annotation is on the middle one.
      const filler = paragraphs.slice(1, 5).join('\n')
      const build = (gap: string): string => [filler, lead, filler, lead, gap, lead, filler].join('\n')
      const deleteMiddle = (text: string): { selectors: TextSelectors; edited: string; third: number } => {
        const middle = text.indexOf(lead, text.indexOf(lead) + 1)
        const start = middle + lead.indexOf(quote)
        const edited = text.slice(0, middle) + text.slice(middle + lead.length + 1)
        return {
          selectors: describeRange(text, start, start + quote.length),
          edited,
          third: edited.lastIndexOf(quote),
        }
      }
      const even = deleteMiddle(build(filler))
      expect(anchor(even.edited, even.selectors)).toEqual({ status: 'orphaned' })
      // With one copy clearly nearer, nearness decides.
      const skewed = deleteMiddle(build(filler.slice(-300)))
      expect(anchor(skewed.edited, skewed.selectors)).toMatchObject({ status: 'moved', start: skewed.third })
    })
  })

  it('orphans when the quote was reworded and a different, far copy has no matching context', () => {
    const first = nth(article, 'Homs', 0)
    const selectors = describeRange(article, first, first + 4)
    const edited = article.replace('Syrian city of Homs as rebel', 'Syrian city of Hama as rebel')
    const result = anchor(edited, selectors)
    // "Hama" is two edits from "Homs" (over budget); other "Homs" lack its context.
    expect(result).toEqual({ status: 'orphaned' })
  })
})
