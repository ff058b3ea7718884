// Our index must rank exactly as MiniSearch does with the same settings: the
// same matches, the same counts per kind and the same scores at the top.
import MiniSearch from 'minisearch'
import { beforeAll, describe, expect, it } from 'vitest'
import { generateWorkspace } from '../../../tests/bench/search-data'
import { fieldBoost, miniSearchOptions, typoBudget } from './index-options'
import { InvertedIndex, type KindTop } from './inverted-index'
import { recordsOf, type IndexRecord } from './records'
import { queryTerm, words } from './terms'
import type { HitKind } from './types'

const LIMIT = 10
let records: IndexRecord[]

beforeAll(() => {
  const inputs = generateWorkspace({
    documents: 12,
    textChars: 150_000,
    annotations: 300,
    claims: 1_500,
    briefings: 2,
  })
  records = inputs.flatMap((i) => recordsOf(i))
})

function build(): { ours: InvertedIndex; theirs: MiniSearch<IndexRecord> } {
  const ours = new InvertedIndex()
  for (const r of records) ours.add(r)
  const theirs = new MiniSearch<IndexRecord>(miniSearchOptions)
  theirs.addAll(records)
  return { ours, theirs }
}

/** Our search, with the query words expanded as the engine does. */
function ourSearch(index: InvertedIndex, text: string, caseId: string | null = null): KindTop[] {
  const terms = words(text)
    .map(queryTerm)
    .filter((t): t is string => t !== null)
  const expansions = terms.map((t, i) => index.expand(t, i === terms.length - 1, typoBudget(t)))
  return index.search(expansions, {
    caseId,
    kinds: null,
    boost: fieldBoost,
    limit: LIMIT,
  })
}

/** MiniSearch's search, grouped the same way. */
function theirSearch(index: MiniSearch<IndexRecord>, text: string, caseId: string | null = null) {
  const results = index.search(text, {
    prefix: (_term, i, terms) => i === terms.length - 1,
    filter: (r) => caseId === null || r.caseId === null || r.caseId === caseId,
  })
  const groups = new Map<HitKind, { total: number; scores: number[]; keys: string[] }>()
  for (const r of results) {
    const kind = r.kind as HitKind
    const g = groups.get(kind) ?? { total: 0, scores: [], keys: [] }
    groups.set(kind, g)
    g.total++
    g.scores.push(r.score)
    g.keys.push(r.id as string)
  }
  return groups
}

function expectSameRanking(ours: KindTop[], theirs: ReturnType<typeof theirSearch>, query: string) {
  expect(ours.map((g) => g.kind).sort(), query).toEqual([...theirs.keys()].sort())
  for (const group of ours) {
    const other = theirs.get(group.kind)!
    expect(group.total, `${query}: ${group.kind}`).toBe(other.total)
    const expected = other.scores.slice(0, LIMIT)
    expect(group.top.map((h) => h.score)).toHaveLength(expected.length)
    group.top.forEach((hit, i) => expect(hit.score).toBeCloseTo(expected[i]!, 9))
    // Equal scores may come in either order; a hit scored above the cut must be the same record.
    const cut = expected[expected.length - 1]!
    const above = (keys: string[], scores: number[]) => keys.filter((_, i) => scores[i]! > cut + 1e-9).sort()
    expect(
      above(
        group.top.map((h) => h.key),
        group.top.map((h) => h.score),
      ),
    ).toEqual(above(other.keys, other.scores))
  }
}

const queries = [
  'homs',
  'Ho',
  'convoy checkpoint',
  'حمص',
  'المرصد',
  'Jalali',
  'displaced civilians',
  'شار',
  'Hospitel',
]

describe('InvertedIndex', { timeout: 60_000 }, () => {
  it('ranks as MiniSearch does on the same records', () => {
    const { ours, theirs } = build()
    for (const q of queries) expectSameRanking(ourSearch(ours, q), theirSearch(theirs, q), q)
  })

  it('filters by case as MiniSearch filters', () => {
    const { ours, theirs } = build()
    for (const q of ['homs', 'convoy']) {
      expectSameRanking(ourSearch(ours, q, 'case-other'), theirSearch(theirs, q, 'case-other'), q)
    }
  })

  it('still ranks the same after records are replaced and removed', async () => {
    const { ours, theirs } = build()
    const changed = records.filter((_, i) => i % 7 === 0)
    for (const r of changed) {
      const edited = { ...r, fields: { ...r.fields, text: `${r.fields.text ?? ''} convoy near Homs` } }
      ours.remove(r.key)
      ours.add(edited)
      theirs.replace(edited)
    }
    for (const r of records.filter((_, i) => i % 11 === 3)) {
      ours.remove(r.key)
      theirs.discard(r.key)
    }
    // MiniSearch counts a removed record in its term statistics until vacuumed; ours never does.
    await theirs.vacuum()
    for (const q of queries) expectSameRanking(ourSearch(ours, q), theirSearch(theirs, q), q)
    expect(ours.size).toBe(theirs.documentCount)
  })

  it('refuses a key twice, and ignores removing an unknown record', () => {
    const index = new InvertedIndex()
    index.add(records[0]!)
    expect(() => index.add(records[0]!)).toThrow(/Duplicate/)
    expect(index.remove(records[1]!.key)).toBe(false)
    expect(index.size).toBe(1)
  })

  it('keeps answering correctly after compacting many removals', () => {
    const index = new InvertedIndex()
    for (const r of records) index.add(r)
    const removed = records.filter((r) => r.kind === 'passage')
    for (const r of removed) index.remove(r.key)
    const groups = ourSearch(index, 'homs')
    expect(groups.find((g) => g.kind === 'passage')).toBeUndefined()
    for (const r of removed) index.add(r)
    const { theirs } = build()
    expectSameRanking(ourSearch(index, 'homs'), theirSearch(theirs, 'homs'), 'homs after re-adding')
  })
})
