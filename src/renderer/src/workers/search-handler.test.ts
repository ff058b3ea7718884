// The search worker's protocol, run as a plain function: what the worker
// answers to each message, in order, without a browser.
import { describe, expect, it } from 'vitest'
import type { ClaimId, DocumentId, SourceId } from '@shared/domain/ids'
import type { SearchEvent, SearchRequest } from '@shared/search/protocol'
import type { ClaimInput, SearchInput, SourceInput } from '@shared/search/types'
import { createSearchHandler, type HandlerOptions } from './search-handler'

const sohr: SourceInput = {
  id: 'sohr' as SourceId,
  name: 'Syrian Observatory for Human Rights',
  aliases: ['SOHR'],
  affiliation: '',
  notes: '',
}
const claim = (n: number, statement: string, caseId = 'syria'): SearchInput => ({
  kind: 'claim',
  record: {
    id: `c-${n}` as ClaimId,
    caseId,
    statement,
    places: [],
    tags: [],
    notes: '',
    attributedTo: sohr.id,
    reportedVia: null,
  } satisfies ClaimInput,
})
const doc = (n: number, text: string): SearchInput => ({
  kind: 'document',
  record: { id: `d-${n}` as DocumentId, caseId: 'syria', title: `Report ${n}`, outlet: '', author: '', text },
})

function setup(options: HandlerOptions = {}) {
  const events: SearchEvent[] = []
  const handle = createSearchHandler((e) => events.push(e), options)
  const send = (...requests: SearchRequest[]) => requests.forEach(handle)
  /** Waits until an event matching `match` has been posted, and returns it. */
  async function until<T extends SearchEvent['type']>(
    type: T,
    match: (e: Extract<SearchEvent, { type: T }>) => boolean = () => true,
  ): Promise<Extract<SearchEvent, { type: T }>> {
    for (let i = 0; i < 2000; i++) {
      const found = events.find(
        (e): e is Extract<SearchEvent, { type: T }> => e.type === type && match(e as never),
      )
      if (found) return found
      await new Promise((r) => setTimeout(r, 1))
    }
    throw new Error(`No ${type} event; got ${events.map((e) => e.type).join(', ')}`)
  }
  let nextQuery = 100
  async function query(text: string, caseId: string | null = 'syria') {
    const queryId = nextQuery++
    send({ type: 'query', queryId, query: { text, caseId } })
    return until('results', (e) => e.queryId === queryId)
  }
  const claimKeys = (e: Extract<SearchEvent, { type: 'results' }>) =>
    e.results.groups
      .filter((g) => g.kind === 'claim')
      .flatMap((g) => g.hits.map((h) => h.key))
      .sort()
  return { events, send, until, query, claimKeys }
}

const manyClaims = Array.from({ length: 600 }, (_, i) =>
  claim(i, `Claim ${i} about convoy ${i % 7} near Homs, ref x${i}`),
)

describe('search worker handler', () => {
  it('builds from batches with progress, then answers queries from the new index', async () => {
    const t = setup()
    t.send({ type: 'build-start', buildId: 1, total: 603 })
    t.send({
      type: 'build-batch',
      buildId: 1,
      inputs: [{ kind: 'source', record: sohr }, doc(1, 'Fighting in Homs.')],
    })
    t.send({ type: 'build-batch', buildId: 1, inputs: manyClaims })
    t.send({ type: 'build-batch', buildId: 1, inputs: [claim(900, 'Aleppo airport closed')] })
    t.send({ type: 'build-end', buildId: 1 })
    const done = await t.until('build-done')
    expect(done).toMatchObject({ buildId: 1, records: 1 + 2 + 600 + 1 })
    const progress = t.events.filter((e) => e.type === 'build-progress')
    expect(progress.at(-1)).toMatchObject({ done: 603, total: 603 })
    const r = await t.query('airport')
    expect(t.claimKeys(r)).toEqual(['c:c-900'])
    expect(r.indexing).toBe(false)
  })

  it('works in slices, reading its messages in between', async () => {
    let clock = 0
    // Every reading of the clock advances it 1 ms: a slice of 5 ms holds a few rows.
    const t = setup({ sliceMs: 5, now: () => clock++ })
    t.send({ type: 'build-start', buildId: 1, total: null })
    t.send({ type: 'build-batch', buildId: 1, inputs: manyClaims })
    t.send({ type: 'build-end', buildId: 1 })
    await t.until('build-done')
    const progress = t.events.filter((e) => e.type === 'build-progress').map((e) => e.done)
    expect(progress.length).toBeGreaterThan(2)
    expect(progress).toEqual([...progress].sort((a, b) => a - b))
  })

  it('answers from the previous index while a build runs, and says so', async () => {
    const t = setup({ sliceMs: 1 })
    t.send({ type: 'build-start', buildId: 1, total: null })
    t.send({ type: 'build-batch', buildId: 1, inputs: [claim(1, 'Old claim about Hama')] })
    t.send({ type: 'build-end', buildId: 1 })
    await t.until('build-done')
    t.send({ type: 'build-start', buildId: 2, total: null })
    t.send({ type: 'build-batch', buildId: 2, inputs: [...manyClaims, claim(2, 'New claim about Hama')] })
    const during = await t.query('Hama')
    expect(during.indexing).toBe(true)
    expect(t.claimKeys(during)).toEqual(['c:c-1'])
    t.send({ type: 'build-end', buildId: 2 })
    await t.until('build-done', (e) => e.buildId === 2)
    expect(t.claimKeys(await t.query('Hama'))).toEqual(['c:c-2'])
  })

  it('answers only the latest of queries sent together', async () => {
    const t = setup()
    t.send({ type: 'build-start', buildId: 1, total: null }, { type: 'build-end', buildId: 1 })
    await t.until('build-done')
    t.send(
      { type: 'query', queryId: 1, query: { text: 'H', caseId: null } },
      { type: 'query', queryId: 2, query: { text: 'Ho', caseId: null } },
      { type: 'query', queryId: 3, query: { text: 'Hom', caseId: null } },
    )
    await t.until('results', (e) => e.queryId === 3)
    expect(t.events.filter((e) => e.type === 'superseded').map((e) => e.queryId)).toEqual([1, 2])
    expect(t.events.filter((e) => e.type === 'results').map((e) => e.queryId)).toEqual([3])
  })

  it('cancels a build and keeps the previous index, with the changes made meanwhile', async () => {
    const t = setup({ sliceMs: 1 })
    t.send({ type: 'build-start', buildId: 1, total: null })
    t.send({ type: 'build-batch', buildId: 1, inputs: [claim(1, 'Checkpoint at Rastan')] })
    t.send({ type: 'build-end', buildId: 1 })
    await t.until('build-done')
    t.send({ type: 'build-start', buildId: 2, total: null })
    t.send({ type: 'build-batch', buildId: 2, inputs: manyClaims })
    t.send({ type: 'upsert', inputs: [claim(5, 'Checkpoint at Talbiseh')] })
    t.send({ type: 'build-cancel', buildId: 2 })
    await t.until('build-cancelled', (e) => e.buildId === 2)
    expect(t.events.some((e) => e.type === 'build-done' && e.buildId === 2)).toBe(false)
    expect(t.claimKeys(await t.query('checkpoint'))).toEqual(['c:c-1', 'c:c-5'])
    expect(t.claimKeys(await t.query('convoy'))).toEqual([])
  })

  it('carries changes saved during a build into the new index', async () => {
    const t = setup({ sliceMs: 1 })
    t.send({ type: 'build-start', buildId: 1, total: null })
    t.send({ type: 'build-batch', buildId: 1, inputs: [...manyClaims, claim(700, 'Bridge at Rastan')] })
    t.send({ type: 'upsert', inputs: [claim(700, 'Bridge at Talbiseh')] })
    t.send({ type: 'remove', refs: [{ kind: 'claim', id: 'c-3' }] })
    t.send({ type: 'build-end', buildId: 1 })
    await t.until('build-done')
    expect(t.claimKeys(await t.query('Talbiseh'))).toEqual(['c:c-700'])
    expect(t.claimKeys(await t.query('Rastan'))).toEqual([])
    expect(t.claimKeys(await t.query('x4 '))).toEqual(['c:c-4'])
    expect(t.claimKeys(await t.query('x3 '))).toEqual([])
  })

  it('a new build replaces one still running', async () => {
    const t = setup({ sliceMs: 1 })
    t.send({ type: 'build-start', buildId: 1, total: null })
    t.send({ type: 'build-batch', buildId: 1, inputs: manyClaims })
    t.send({ type: 'build-start', buildId: 2, total: null })
    t.send({ type: 'build-batch', buildId: 1, inputs: [claim(800, 'Late batch of the old build')] })
    t.send({ type: 'build-batch', buildId: 2, inputs: [claim(801, 'Only claim of the new build')] })
    t.send({ type: 'build-end', buildId: 1 }, { type: 'build-end', buildId: 2 })
    await t.until('build-done', (e) => e.buildId === 2)
    expect(t.events.find((e) => e.type === 'build-cancelled')).toMatchObject({ buildId: 1 })
    expect((await t.query('claim')).results.total).toBe(1)
  })

  it('keeps sources current: a new alias finds the claims at once', async () => {
    const t = setup()
    t.send({ type: 'build-start', buildId: 1, total: null })
    t.send({
      type: 'build-batch',
      buildId: 1,
      inputs: [{ kind: 'source', record: sohr }, claim(1, 'Homs shelled')],
    })
    t.send({ type: 'build-end', buildId: 1 })
    await t.until('build-done')
    expect(t.claimKeys(await t.query('the Observatory'))).toEqual(['c:c-1'])
    expect(t.claimKeys(await t.query('monitor'))).toEqual([])
    t.send({ type: 'upsert', inputs: [{ kind: 'source', record: { ...sohr, aliases: ['the Monitor'] } }] })
    expect(t.claimKeys(await t.query('monitor'))).toEqual(['c:c-1'])
  })

  it('reports a bad row as an error and goes on working', async () => {
    const t = setup()
    t.send({ type: 'build-start', buildId: 1, total: null }, { type: 'build-end', buildId: 1 })
    await t.until('build-done')
    const broken = {
      kind: 'document',
      record: { id: 'd-9', caseId: 'syria', title: 'No text' },
    } as unknown as SearchInput
    t.send({ type: 'upsert', inputs: [broken] })
    expect((await t.until('error')).message).toMatch(/./)
    t.send({ type: 'upsert', inputs: [claim(1, 'Still working')] })
    expect(t.claimKeys(await t.query('working'))).toEqual(['c:c-1'])
  })
})
