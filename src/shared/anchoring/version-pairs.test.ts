// Anchoring across two versions of the same story (tests/fixtures/anchoring/*.json):
// spans annotated on version A, re-anchored on version B. Every span whose words
// survive must land on them; every span whose words were cut must be orphaned;
// none may land on other words. Each fixture says what changed and, per span,
// the words it must land on in B (or null).
import { readdirSync, readFileSync } from 'node:fs'
import { afterAll, describe, expect, it } from 'vitest'
import { anchor, describeRange } from './index'

interface Span {
  quote: string
  /** A unique passage of A containing the quote, when the quote alone is not unique. */
  in?: string
  expect: string | null
  /** A unique passage of B containing the expected words, when they are not unique. */
  expectIn?: string
  note?: string
}
interface VersionPair {
  story: string
  changes: string[]
  a: string[]
  b: string[]
  spans: Span[]
}

const dir = new URL('../../../tests/fixtures/anchoring/', import.meta.url)
const pairs = readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((f) => ({ file: f, pair: JSON.parse(readFileSync(new URL(f, dir), 'utf8')) as VersionPair }))

/** Start of `quote` inside the unique passage `within` (or the unique `quote` itself) of `text`. */
function locate(text: string, quote: string, within: string = quote): number {
  const at = text.indexOf(within)
  if (at === -1 || text.indexOf(within, at + 1) !== -1)
    throw new Error(`fixture: ${JSON.stringify(within)} must occur exactly once`)
  const inner = within.indexOf(quote)
  if (inner === -1) throw new Error(`fixture: ${JSON.stringify(quote)} is not in its passage`)
  return at + inner
}

/** Only spaces and punctuation between the two offsets: the same words, edges aside. */
const sameEdge = (text: string, x: number, y: number) =>
  /^[\p{P}\p{Z}\s]*$/u.test(text.slice(Math.min(x, y), Math.max(x, y)))

type Outcome = 'anchored right' | 'orphaned right' | 'missed' | 'wrong'
const counts: Record<Outcome, number> = { 'anchored right': 0, 'orphaned right': 0, missed: 0, wrong: 0 }
const contextless = { anchored: 0, orphaned: 0 }

describe.each(pairs)('$file', ({ pair }) => {
  const a = pair.a.join('\n')
  const b = pair.b.join('\n')

  it.each(pair.spans)('$quote → $expect', (span) => {
    const start = locate(a, span.quote, span.in)
    const result = anchor(b, describeRange(a, start, start + span.quote.length))
    let outcome: Outcome
    let found: string | null = null
    if (result.status !== 'orphaned') found = b.slice(result.start, result.end)
    if (span.expect === null) outcome = found === null ? 'orphaned right' : 'wrong'
    else if (result.status === 'orphaned') outcome = 'missed'
    else {
      const expectedStart = locate(b, span.expect, span.expectIn)
      const expectedEnd = expectedStart + span.expect.length
      const right = sameEdge(b, result.start, expectedStart) && sameEdge(b, result.end, expectedEnd)
      outcome = right ? 'anchored right' : 'wrong'
    }
    counts[outcome]++
    expect({ outcome, found }).toEqual({
      outcome: span.expect === null ? 'orphaned right' : 'anchored right',
      found: outcome === 'anchored right' ? found : span.expect,
    })
  })

  // Recogito stores a quote and offsets but no context: only the quote's own
  // words vouch for a place, so it may orphan more often, never land elsewhere.
  it.each(pair.spans)('without context: $quote lands on $expect or nowhere', (span) => {
    const start = locate(a, span.quote, span.in)
    const result = anchor(b, describeRange(a, start, start + span.quote.length, 0))
    contextless[result.status === 'orphaned' ? 'orphaned' : 'anchored']++
    if (result.status === 'orphaned') return
    const found = b.slice(result.start, result.end)
    expect(span.expect, `landed on ${JSON.stringify(found)}`).not.toBeNull()
    const expectedStart = locate(b, span.expect!, span.expectIn)
    const right =
      sameEdge(b, result.start, expectedStart) && sameEdge(b, result.end, expectedStart + span.expect!.length)
    expect(right, `landed on ${JSON.stringify(found)}`).toBe(true)
  })
})

afterAll(() => {
  const total = Object.values(counts).reduce((x, y) => x + y, 0)
  console.log(
    `version pairs: ${pairs.length} stories, ${total} spans: ${counts['anchored right']} anchored right, ` +
      `${counts['orphaned right']} orphaned right, ${counts.missed} missed, ${counts.wrong} wrong; ` +
      `without context, ${contextless.anchored} anchored right and ${contextless.orphaned} orphaned`,
  )
})
