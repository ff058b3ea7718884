// The suggestion client against the real worker service over a real message
// channel (structured cloning included); only the thread is missing.
import { readFileSync } from 'node:fs'
import { afterEach, describe, expect, it } from 'vitest'
import { suggestClaims } from '@shared/analysis/suggest/engine'
import { type SuggestBatch, type Suggestion } from '@shared/analysis/suggest'
import {
  inProcessSuggestWorker,
  type InProcessSuggestWorker,
} from '../../../../tests/fakes/in-process-suggest-worker'
import { createSuggestClient } from './suggest-client'

const sample = readFileSync(new URL('../../../../resources/sample-article.txt', import.meta.url), 'utf8')
const long = Array.from({ length: 60 }, (_, i) => sample.replaceAll('Homs', `Homs ${i}`)).join('\n')
const input = (text: string) => ({ text, language: 'en' as const, registry: [] })

const open: InProcessSuggestWorker[] = []
afterEach(() => {
  for (const w of open.splice(0)) w.close()
})

/** A worker stand-in: the service listens on one end of a channel, the client talks to the other. */
function connect(): InProcessSuggestWorker {
  const w = inProcessSuggestWorker()
  open.push(w)
  return w
}

const upsert = (into: Map<string, Suggestion>, batch: SuggestBatch) => {
  for (const s of batch.suggestions) into.set(s.id, s)
}

describe('suggestion client and worker service', () => {
  it('streams batches until done, and they add up to every suggestion', async () => {
    const { worker } = connect()
    const client = createSuggestClient(worker)
    const seen = new Map<string, Suggestion>()
    const progress: number[] = []
    const outcome = await client.suggest(
      input(long),
      (batch) => {
        progress.push(batch.done)
        upsert(seen, batch)
      },
      { chunkChars: 20_000 },
    ).result
    expect(outcome).toMatchObject({ status: 'done', count: expect.any(Number) })
    expect(progress.length).toBeGreaterThan(3)
    expect(progress[progress.length - 1]).toBe(long.length)
    expect([...seen.values()].sort((a, b) => a.start - b.start)).toEqual(suggestClaims(input(long)))
  })

  it('stops when cancelled: no batch reaches the panel afterwards and the worker says it stopped', async () => {
    const { worker, responses } = connect()
    const client = createSuggestClient(worker)
    const batches: SuggestBatch[] = []
    const job = client.suggest(
      input(long),
      (b) => {
        batches.push(b)
        if (batches.length === 1) job.cancel()
      },
      { chunkChars: 5_000 },
    )
    expect(await job.result).toEqual({ status: 'cancelled' })
    await expect.poll(() => responses.some((r) => r.type === 'cancelled')).toBe(true)
    expect(batches).toHaveLength(1)
    expect(responses.some((r) => r.type === 'done')).toBe(false)
    expect(responses.filter((r) => r.type === 'batch').length).toBeLessThan(long.length / 5_000)
  })

  it('lets a newer document supersede the running one', async () => {
    const { worker } = connect()
    const client = createSuggestClient(worker)
    const first = client.suggest(input(long), () => {}, { chunkChars: 5_000 })
    const found = new Map<string, Suggestion>()
    const second = client.suggest(input(sample), (b) => upsert(found, b))
    expect(await first.result).toEqual({ status: 'cancelled' })
    expect((await second.result).status).toBe('done')
    expect(found.size).toBe(suggestClaims(input(sample)).length)
  })

  it('reports a failure instead of throwing across the boundary', async () => {
    const { worker } = connect()
    const client = createSuggestClient(worker)
    const bad = { text: null as unknown as string, language: 'en' as const, registry: [] }
    const outcome = await client.suggest(bad, () => {}).result
    expect(outcome.status).toBe('error')
  })
})
