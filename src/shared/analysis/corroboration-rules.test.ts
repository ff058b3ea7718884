import { describe, expect, it } from 'vitest'
import type { SourceId } from '../domain/ids'
import { claimSourcing, corroborationRules, gradeConfirms, originOf, relayChain } from './corroboration-rules'
import {
  aljazeera,
  claim,
  hassan,
  irtv,
  nbc,
  reuters,
  rumour,
  sohr,
  source,
  sources,
} from '../../../tests/fixtures/corroboration'

const byId = new Map(sources.map((s) => [s.id, s]))
const sourcing = (c: Parameters<typeof claimSourcing>[0], map = byId) =>
  claimSourcing(c, (id) => relayChain(id, map), map)

describe('rule "relays": relay chains lead to the origin', () => {
  it('follows a chain to its end', () => {
    const wire = source('wire', 'Wire', { relays: nbc.id })
    const map = new Map([...byId, [wire.id, wire]])
    expect(relayChain(wire.id, map)).toEqual(['wire', 'nbc', 'sohr'])
    expect(originOf(wire.id, map)).toBe('sohr')
    expect(originOf(sohr.id, map)).toBe('sohr')
  })

  it('ends where a cycle closes and at a source missing from the registry', () => {
    const a = source('a', 'A', { relays: 'b' as SourceId })
    const b = source('b', 'B', { relays: 'a' as SourceId })
    const orphan = source('o', 'O', { relays: 'gone' as SourceId })
    const map = new Map([a, b, orphan].map((s) => [s.id, s]))
    expect(relayChain(a.id, map)).toEqual(['a', 'b'])
    expect(relayChain(b.id, map)).toEqual(['b', 'a'])
    expect(relayChain(orphan.id, map)).toEqual(['o'])
  })

  it('puts a claim from a relaying outlet on the chain to its origin', () => {
    expect(sourcing(claim('c', nbc)).speaker).toEqual(['nbc', 'sohr'])
  })
})

describe('rule "channel": what a claim came through', () => {
  it('keeps the channel beside the source that made the claim', () => {
    const s = sourcing(claim('c', aljazeera, { reportedVia: irtv.id }))
    expect(s).toMatchObject({ speaker: ['aj'], channel: ['irtv'], setAside: null })
  })

  it('treats the channel as the source when no source is named', () => {
    const s = sourcing(claim('c', null, { reportedVia: irtv.id }))
    expect(s).toMatchObject({ speaker: ['irtv'], channel: [], setAside: null, grade: 'C' })
  })
})

describe('rule "party": partisan sources, stated interests and partisan channels are set aside', () => {
  it('sets aside a claim made by a partisan source', () => {
    expect(sourcing(claim('c', hassan)).setAside).toEqual({ reason: 'partisan', sources: ['hassan'] })
  })

  it('sets aside a claim whose source has a stated interest in it, and only that claim', () => {
    expect(sourcing(claim('c', reuters, { sourceInterest: true })).setAside).toEqual({
      reason: 'interest',
      sources: ['reuters'],
    })
    expect(sourcing(claim('d', reuters, { sourceInterest: false })).setAside).toBeNull()
    expect(sourcing(claim('e', reuters)).setAside).toBeNull()
  })

  it('sets aside an outlet relaying a partisan source, and a claim carried by a partisan channel', () => {
    const relay = source('relay', 'Relay', { relays: hassan.id, defaultReliability: 'B' })
    const map = new Map([...byId, [relay.id, relay]])
    expect(sourcing(claim('c', relay), map).setAside).toEqual({ reason: 'partisan', sources: ['hassan'] })
    expect(sourcing(claim('d', sohr, { reportedVia: hassan.id })).setAside).toEqual({
      reason: 'partisan-channel',
      sources: ['hassan'],
    })
  })

  it('says why in words the analyst can check', () => {
    expect(corroborationRules.party.why).toMatch(/never counts towards confirmation/)
    expect(corroborationRules.channel.why).toMatch(/never counted as two independent sources/)
  })
})

describe('rule "withdrawn": retracted and refuted claims back nothing', () => {
  it('sets them aside', () => {
    for (const status of ['retracted', 'refuted'] as const)
      expect(sourcing(claim('c', sohr, { status })).setAside?.reason).toBe('withdrawn')
    expect(sourcing(claim('c', sohr, { status: 'disputed' })).setAside).toBeNull()
  })

  it('reports a claim naming no source as unattributed', () => {
    expect(sourcing(claim('c', null)).setAside).toEqual({ reason: 'unattributed', sources: [] })
  })
})

describe('rule "grade": a path is as reliable as its weakest source', () => {
  it('grades a direct claim by its own grade, the claim override first', () => {
    expect(sourcing(claim('c', sohr)).grade).toBe('B')
    expect(
      sourcing(claim('c', sohr, { reliabilityOverride: { grade: 'D', reason: 'Second-hand' } })).grade,
    ).toBe('D')
  })

  it('takes the weakest of the source, what it relays and the channel', () => {
    const relay = source('relay', 'Relay', { relays: rumour.id, defaultReliability: 'A' })
    const map = new Map([...byId, [relay.id, relay]])
    expect(sourcing(claim('c', relay), map).grade).toBe('E')
    expect(sourcing(claim('d', aljazeera, { reportedVia: irtv.id })).grade).toBe('C')
  })

  it('leaves the grade open when any source on the path is ungraded', () => {
    const blank = source('blank', 'Blank')
    const map = new Map([...byId, [blank.id, blank]])
    expect(sourcing(claim('c', sohr, { reportedVia: blank.id }), map)).toMatchObject({
      grade: null,
      ungraded: ['blank'],
    })
  })

  it('counts A, B and C towards confirmation, nothing else', () => {
    expect(['A', 'B', 'C', 'D', 'E', 'F', null].map((g) => gradeConfirms(g as never))).toEqual([
      true,
      true,
      true,
      false,
      false,
      false,
      false,
    ])
  })
})
