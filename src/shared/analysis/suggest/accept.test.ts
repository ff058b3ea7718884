// Accepting a suggestion: the claim, its anchor and the sources it needs.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { anchor } from '../../anchoring'
import { suggestClaims } from './engine'
import { acceptancePlan, applyBatch, speakerKey } from './index'

const sample = readFileSync(new URL('../../../../resources/sample-article.txt', import.meta.url), 'utf8')

describe('acceptancePlan', () => {
  const found = suggestClaims({
    text: sample,
    language: 'en',
    registry: [{ id: 'nbc', name: 'NBC News', aliases: [] }],
  })

  it('anchors the claim to the suggested passage', () => {
    const plan = acceptancePlan(found[1]!, sample)
    const at = anchor(sample, plan.selectors)
    expect(at.status).toBe('exact')
    expect(at.status !== 'orphaned' && sample.slice(at.start, at.end)).toBe(found[1]!.quote)
    expect(plan.claim.type).toBe('direct-quote')
  })

  it('proposes new sources with the role as a note, and uses registry sources as they are', () => {
    const told = acceptancePlan(
      found.find((s) => s.channel?.name === 'NBC News')!,
      sample,
    )
    expect(told.channel).toEqual({ sourceId: 'nbc' })
    expect(told.speaker).toMatchObject({
      create: {
        name: 'Neil Quilliam',
        kind: 'person',
        notes: expect.stringMatching(/associate fellow with the MENA Programme/),
      },
    })
    const x = acceptancePlan(
      found.find((s) => s.channel?.name === 'X')!,
      sample,
    )
    expect(x.channel).toMatchObject({ create: { name: 'X', kind: 'social-account' } })
  })

  it('gives an unattributed claim no speaker', () => {
    const plan = acceptancePlan(
      found.find((s) => !s.attributed)!,
      sample,
    )
    expect(plan.speaker).toBeNull()
  })

  it('records hedges in the notes and a relay between channel and speaker', () => {
    const [s] = suggestClaims({
      text: 'Iranian state TV, citing Al Jazeera, reported that three blasts were reportedly heard.',
      language: 'en',
      registry: [],
    })
    const plan = acceptancePlan(
      s!,
      'Iranian state TV, citing Al Jazeera, reported that three blasts were reportedly heard.',
    )
    expect(plan.channelRelaysSpeaker).toBe(true)
    expect(plan.claim.notes).toBe('Hedged in the text: reportedly.')
  })
})

describe('speakerKey and applyBatch', () => {
  const found = suggestClaims({ text: sample, language: 'en', registry: [] })

  it('groups the Observatory’s three claims under one key', () => {
    const keys = found.map(speakerKey)
    const sohr = keys.filter((k) => k === 'name:syrian observatory for human rights')
    expect(sohr).toHaveLength(3)
    expect(keys[found.findIndex((s) => !s.attributed)]).toBeNull()
  })

  it('replaces a suggestion by id and keeps text order', () => {
    const first = applyBatch([], { suggestions: [found[2]!, found[0]!], done: 10, total: 20 })
    expect(first.map((s) => s.start)).toEqual([found[0]!.start, found[2]!.start])
    const revised = { ...found[0]!, reason: 'revised' }
    const next = applyBatch(first, { suggestions: [revised, found[1]!], done: 20, total: 20 })
    expect(next.map((s) => s.id)).toEqual([found[0]!.id, found[1]!.id, found[2]!.id])
    expect(next[0]!.reason).toBe('revised')
  })
})
