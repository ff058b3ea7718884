// Whatever the text, the engine returns well-formed suggestions: spans inside
// the text whose quote is the text there, unique ids, and no exceptions.
import { readFileSync } from 'node:fs'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { suggestClaims } from './engine'

const pieces = ['sample-article.txt', 'arabic-wire.txt', 'social-media.txt', 'government-statement.txt']
  .map((f) =>
    readFileSync(
      new URL(
        f === 'sample-article.txt'
          ? '../../../../resources/sample-article.txt'
          : `../../../../tests/fixtures/suggest/${f}`,
        import.meta.url,
      ),
      'utf8',
    ),
  )
  .flatMap((t) => t.split(/(?<=[.!?”»])\s+/u))

const fragment = fc.oneof(
  fc.constantFrom(...pieces),
  fc.constantFrom(
    '“',
    '”',
    '"',
    '«',
    '»',
    ',',
    ':',
    '\n',
    ' said ',
    ' according to ',
    'he told',
    '\u00a0',
    '—',
  ),
  fc.string({ maxLength: 30 }),
)

describe('suggestClaims on any text', () => {
  it('returns spans inside the text, with their quotes and unique ids', () => {
    fc.assert(
      fc.property(
        fc.array(fragment, { maxLength: 25 }),
        fc.constantFrom('en', 'ar', 'auto'),
        (parts, language) => {
          const text = parts.join(' ')
          const found = suggestClaims({ text, language: language as 'en' | 'ar' | 'auto', registry: [] })
          for (const s of found) {
            expect(s.start).toBeGreaterThanOrEqual(0)
            expect(s.end).toBeLessThanOrEqual(text.length)
            expect(s.end).toBeGreaterThan(s.start)
            expect(s.quote).toBe(text.slice(s.start, s.end))
            for (const c of s.cues) expect(text.slice(c.start, c.end)).toBe(c.text)
          }
          expect(new Set(found.map((s) => s.id)).size).toBe(found.length)
        },
      ),
      { numRuns: 150 },
    )
  })

  it('handles an empty text and blank lines', () => {
    expect(suggestClaims({ text: '', language: 'en', registry: [] })).toEqual([])
    expect(suggestClaims({ text: '\n\n\n', language: 'auto', registry: [] })).toEqual([])
  })
})
