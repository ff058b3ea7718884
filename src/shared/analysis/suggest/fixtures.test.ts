// Precision and recall of claim suggestions on the hand-labelled fixtures in
// tests/fixtures/suggest/, per language and per split (development set, and
// the two batches held out while the engine was written). How a suggestion
// is matched to a gold claim, speaker and channel is written down in
// tests/suggest/score.ts: spans overlapping by at least half of each, one to
// one; names equal after folding case, articles and punctuation, or one
// containing the other word for word (two words or more), registry aliases
// included.
import { describe, expect, it } from 'vitest'
import { suggestClaims } from './engine'
import { type Suggestion } from './index'
import {
  addCounts,
  emptyCounts,
  goldSpans,
  loadFixtures,
  precision,
  recall,
  row,
  score,
  type Counts,
  type Fixture,
} from '../../../../tests/suggest/score'

const fixtures = loadFixtures()
const results = new Map<Fixture, { suggestions: Suggestion[]; counts: Counts }>()
for (const f of fixtures) {
  const suggestions = suggestClaims({ text: f.text, language: f.language, registry: f.registry })
  results.set(f, { suggestions, counts: score(f, suggestions).counts })
}

function total(test: (f: Fixture) => boolean): Counts {
  return fixtures.filter(test).reduce((acc, f) => addCounts(acc, results.get(f)!.counts), emptyCounts())
}

describe('claim suggestions on the labelled fixtures', () => {
  it('has the labelled set the issue asks for', () => {
    expect(fixtures.filter((f) => f.language === 'en').length).toBeGreaterThanOrEqual(6)
    expect(fixtures.filter((f) => f.language === 'ar').length).toBeGreaterThanOrEqual(2)
    expect(fixtures.some((f) => f.split !== 'dev')).toBe(true)
    for (const f of fixtures) expect(() => goldSpans(f)).not.toThrow()
  })

  it('prints precision and recall per language and split', () => {
    const lines = ['', 'Claim suggestions: P = precision, R = recall, (right/suggested|gold)']
    for (const f of fixtures) lines.push(row(`${f.name} [${f.language}, ${f.split}]`, results.get(f)!.counts))
    for (const lang of ['en', 'ar'] as const) {
      for (const split of ['dev', 'held-out', 'held-out-2'])
        lines.push(
          row(
            `${lang} ${split}`,
            total((f) => f.language === lang && f.split === split),
          ),
        )
      lines.push(
        row(
          `${lang} all`,
          total((f) => f.language === lang),
        ),
      )
    }
    console.log(lines.join('\n'))
    expect(lines.length).toBeGreaterThan(fixtures.length)
  })

  it('meets the English targets: claims and speakers P ≥ 0.9, R ≥ 0.85; channels ≥ 0.8', () => {
    const en = total((f) => f.language === 'en')
    expect(precision(en.claims)).toBeGreaterThanOrEqual(0.9)
    expect(recall(en.claims)).toBeGreaterThanOrEqual(0.85)
    expect(precision(en.speakers)).toBeGreaterThanOrEqual(0.9)
    expect(recall(en.speakers)).toBeGreaterThanOrEqual(0.85)
    expect(precision(en.channels)).toBeGreaterThanOrEqual(0.8)
    expect(recall(en.channels)).toBeGreaterThanOrEqual(0.8)
  })

  it('meets the Arabic target: claims recall ≥ 0.7', () => {
    expect(recall(total((f) => f.language === 'ar').claims)).toBeGreaterThanOrEqual(0.7)
  })

  it('finds every attributed claim of the sample article with the right speaker', () => {
    const sample = fixtures.find((f) => f.name === 'sample-article')!
    const { pairs } = score(sample, results.get(sample)!.suggestions)
    const attributed = goldSpans(sample).filter((g) => g.attributed !== false)
    expect(attributed.length).toBe(6)
    for (const g of attributed) {
      const pair = pairs.find((p) => p.gold.start === g.start)
      expect(pair, `found: ${g.quote.slice(0, 60)}`).toBeDefined()
      expect(pair!.speakerRight, `speaker ${g.speaker} for ${g.quote.slice(0, 60)}`).toBe(true)
    }
    const various = pairs.find((p) => p.gold.attributed === false)
    expect(various?.suggestion.attributed).toBe(false)
  })
})
