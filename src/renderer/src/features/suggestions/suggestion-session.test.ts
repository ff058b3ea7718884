// The open document's suggestions through the real worker service: all of
// them arrive, a long document is handed on in a few steps rather than one
// per batch, a registry change reads again without emptying the list, and a
// new document starts afresh.
import { readFileSync } from 'node:fs'
import { afterEach, describe, expect, it } from 'vitest'
import { suggestClaims } from '@shared/analysis/suggest/engine'
import { blocksFromPlainText, canonicalise } from '@shared/domain/document'
import {
  inProcessSuggestWorker,
  type InProcessSuggestWorker,
} from '../../../../../tests/fakes/in-process-suggest-worker'
import { createSuggestClient } from '../../workers/suggest-client'
import { SuggestionSession, type SessionState } from './suggestion-session'

const doc = (id: string, raw: string) => ({ id, ...canonicalise(blocksFromPlainText(raw)) })
const sample = doc(
  'd1',
  readFileSync(new URL('../../../../../resources/sample-article.txt', import.meta.url), 'utf8'),
)
const long = doc(
  'd2',
  Array.from({ length: 80 }, (_, i) => sample.text.replaceAll('Homs', `Homs ${i}`)).join('\n'),
)

const workers: InProcessSuggestWorker[] = []
const sessions: SuggestionSession[] = []
afterEach(() => {
  for (const s of sessions.splice(0)) s.dispose()
  for (const w of workers.splice(0)) w.close()
})

function start(options = { flushMs: 50, rerunMs: 20 }) {
  const w = inProcessSuggestWorker()
  workers.push(w)
  const states: SessionState[] = []
  const session = new SuggestionSession(createSuggestClient(w.worker), (s) => states.push(s), options)
  sessions.push(session)
  const last = () => states[states.length - 1]!
  const settled = async () => {
    await expect.poll(() => last().phase, { timeout: 10_000 }).toBe('done')
    return last()
  }
  return { session, states, last, settled, responses: w.responses }
}

describe('SuggestionSession', () => {
  it('shows every suggestion of the document once the worker is done', async () => {
    const { session, settled, states } = start()
    session.update(sample, [])
    expect(states[0]).toMatchObject({ documentId: 'd1', phase: 'reading', suggestions: [] })
    const done = await settled()
    expect(done.suggestions).toEqual(
      suggestClaims({ text: sample.text, language: 'auto', registry: [], blocks: sample.blocks }),
    )
    expect([done.done, done.total]).toEqual([sample.text.length, sample.text.length])
  })

  it('hands a long document on in a few steps, the first at once', async () => {
    const { session, settled, states, responses } = start({ flushMs: 10_000, rerunMs: 20 })
    session.update(long, [])
    await settled()
    const batches = responses.filter((r) => r.type === 'batch').length
    expect(batches).toBeGreaterThan(5)
    // Reading, the first batch at once, then nothing until the pause is over or the run is done.
    expect(states.map((s) => s.phase)).toEqual(['reading', 'reading', 'done'])
    expect(states[1]!.suggestions.length).toBeGreaterThan(0)
    expect(states[2]!.suggestions.length).toBeGreaterThan(states[1]!.suggestions.length)
  })

  it('reads again when the registry changes, keeping the list meanwhile, and matches the new source', async () => {
    const { session, settled, states } = start()
    session.update(sample, [])
    const before = await settled()
    const count = states.length
    const registry = [{ id: 'src-1', name: 'Hassan Abdul-Ghani', aliases: [] }]
    session.update(sample, registry)
    session.update(sample, registry) // the same registry again starts nothing more
    await expect.poll(() => states.length, { timeout: 10_000 }).toBeGreaterThan(count)
    const after = await settled()
    expect(states.slice(count).every((s) => s.suggestions.length >= before.suggestions.length - 1)).toBe(true)
    expect(after.suggestions.map((s) => s.id)).toEqual(before.suggestions.map((s) => s.id))
    // Unchanged suggestions are the same objects as before; only the one the new source changed is new.
    const renewed = after.suggestions.filter((s, i) => s !== before.suggestions[i])
    expect(renewed.map((s) => s.speaker?.name)).toEqual(['Hassan Abdul-Ghani'])
    expect(after.suggestions.find((s) => s.speaker?.name === 'Hassan Abdul-Ghani')?.speaker?.sourceId).toBe(
      'src-1',
    )
  })

  it('starts afresh for another document and drops the one before', async () => {
    const { session, settled, states } = start()
    session.update(long, [])
    session.update(sample, [])
    const done = await settled()
    expect(done.documentId).toBe('d1')
    expect(states.filter((s) => s.documentId === 'd2' && s.suggestions.length > 0)).toEqual([])
    session.update(null, [])
    expect(states.at(-1)).toMatchObject({ documentId: null, suggestions: [], phase: 'idle' })
  })
})
