// The client against the real handler across a MessageChannel, so messages
// are structured-cloned as between the app and the worker.
import { afterEach, describe, expect, it } from 'vitest'
import type { ClaimId, SourceId } from '@shared/domain/ids'
import type { SearchEvent, SearchRequest } from '@shared/search/protocol'
import type { SearchInput } from '@shared/search/types'
import { SearchClient, type BuildProgress, type SearchPort } from './search-client'
import { createSearchHandler } from './search-handler'

const claims = (from: number, n: number, word: string): SearchInput[] =>
  Array.from({ length: n }, (_, i) => ({
    kind: 'claim',
    record: {
      id: `c-${from + i}` as ClaimId,
      caseId: 'syria',
      statement: `${word} reported at site ${from + i}`,
      places: [],
      tags: [],
      notes: '',
      attributedTo: 'sohr' as SourceId,
      reportedVia: null,
    },
  }))

const opened: MessageChannel[] = []
function connect(): SearchClient {
  const channel = new MessageChannel()
  opened.push(channel)
  const worker = channel.port2
  const handle = createSearchHandler((event: SearchEvent) => worker.postMessage(event), { sliceMs: 2 })
  worker.onmessage = (event: MessageEvent<SearchRequest>) => handle(event.data)
  return new SearchClient(channel.port1 as unknown as SearchPort)
}
afterEach(() => {
  for (const c of opened.splice(0)) {
    c.port1.close()
    c.port2.close()
  }
})

async function* batches(): AsyncGenerator<SearchInput[]> {
  yield [
    {
      kind: 'source',
      record: { id: 'sohr' as SourceId, name: 'SOHR', aliases: [], affiliation: '', notes: '' },
    },
  ]
  for (let i = 0; i < 5; i++) yield claims(i * 200, 200, i === 4 ? 'Airstrike' : 'Shelling')
}

describe('SearchClient', () => {
  it('builds from an async stream of batches, reports progress, and searches', async () => {
    const client = connect()
    const progress: BuildProgress[] = []
    const outcome = await client.build(batches(), { total: 1001, onProgress: (p) => progress.push(p) })
    expect(outcome).toMatchObject({ status: 'done', records: 1001 })
    expect(progress.at(-1)).toEqual({ done: 1001, total: 1001 })
    const answer = await client.search({ text: 'airstrike', caseId: 'syria', limit: 5 })
    const group = answer!.results.groups.find((g) => g.kind === 'claim')!
    expect(group.total).toBe(200)
    expect(group.hits).toHaveLength(5)
    expect(group.hits[0]!.title.marks).toHaveLength(1)
    expect(answer!.indexing).toBe(false)
  })

  it('cancels a build when its signal aborts', async () => {
    const client = connect()
    const controller = new AbortController()
    async function* slow(): AsyncGenerator<SearchInput[]> {
      yield claims(0, 100, 'Shelling')
      controller.abort()
      yield claims(100, 100, 'Airstrike')
    }
    expect(await client.build(slow(), { signal: controller.signal })).toEqual({ status: 'cancelled' })
    const answer = await client.search({ text: 'shelling', caseId: null })
    expect(answer!.results.total).toBe(0)
  })

  it('resolves a search overtaken by a newer one to null', async () => {
    const client = connect()
    await client.build([claims(0, 10, 'Convoy')])
    const [first, second] = await Promise.all([
      client.search({ text: 'co', caseId: null }),
      client.search({ text: 'convoy', caseId: null }),
    ])
    expect(first).toBeNull()
    expect(second!.results.total).toBe(10)
  })

  it('sends changes as they are saved', async () => {
    const client = connect()
    await client.build([claims(0, 3, 'Convoy')])
    client.upsert(claims(0, 1, 'Checkpoint'))
    client.remove([{ kind: 'claim', id: 'c-1' }])
    const answer = await client.search({ text: 'convoy', caseId: 'syria' })
    expect(answer!.results.groups[0]!.hits.map((h) => h.key)).toEqual(['c:c-2'])
  })
})
