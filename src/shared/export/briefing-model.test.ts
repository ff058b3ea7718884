import { describe, expect, it } from 'vitest'
import type { ClaimId, SourceId } from '../domain/ids'
import { buildBriefingModel, sourcingSentence } from './briefing-model'
import { briefing, claims, documents, makeClaim, makeSource, sources } from './briefing-fixture'

const model = buildBriefingModel({ briefing, claims, sources, documents })

describe('buildBriefingModel', () => {
  it('copies the header and the analyst text', () => {
    expect(model.header).toEqual({
      title: 'Homs: displacement as rebels advance',
      marking: 'UNCLASSIFIED // OPEN SOURCE',
      author: 'A. Analyst',
      date: '2024-12-07',
      audience: 'Desk officers',
      pageSize: 'A4',
    })
    expect(model.bottomLine).toBe('Displacement from Homs is large and growing.')
    expect(model.outlook).toBe('- Watch the M5 highway.')
  })

  it('numbers claims in reading order, then appends claims only a judgment names', () => {
    expect(model.claims.map((c) => [c.footnote, c.claimId])).toEqual([
      [1, 'c-fled'],
      [2, 'c-arabic'],
      [3, 'c-deny'],
      [4, 'c-gone'],
      [5, 'c-hts'],
      [6, 'c-unhcr'],
    ])
    expect(model.keyJudgments.map((j) => j.footnotes)).toEqual([
      [1, 2],
      [3, 5, 6],
    ])
    expect(model.claims[4]!.citedVersion).toBeNull()
  })

  it('keeps likelihood and confidence as separate fields from the scales', () => {
    const [first, second] = model.keyJudgments
    expect(first!.likelihood).toEqual({
      scale: 'icd203',
      scaleName: 'US ICD 203',
      term: 'likely',
      range: '55–80 %',
    })
    expect(first!.confidence).toEqual({ level: 'moderate', label: 'Moderate' })
    expect(second!.likelihood?.range).toBe('20–45 %')
    expect(second!.confidence?.label).toBe('Low')
    expect(JSON.stringify(model)).not.toMatch(/confidence that/i)
  })

  it('gives substantiation per judgment in the same order', () => {
    expect(model.substantiation.map((s) => [s.number, s.judgmentId, s.footnotes])).toEqual([
      [1, 'kj-1', [1, 2]],
      [2, 'kj-2', [3, 5, 6]],
    ])
    expect(model.substantiation[0]!.heading).toBe(briefing.keyJudgments[0]!.text)
  })

  it('resolves sources, grades (override or source default) and passages', () => {
    const [fled, arabic, deny] = model.claims
    expect(fled).toMatchObject({
      statement: 'Tens of thousands have fled Homs.',
      source: { name: 'Syrian Observatory for Human Rights' },
      via: { name: 'Reuters' },
      grade: 'B2',
      statusLabel: 'Unverified',
      typeLabel: 'Reported fact',
    })
    expect(fled!.passages).toEqual([
      {
        documentId: 'doc-en',
        documentTitle: 'Thousands flee Homs as rebels push south',
        outlet: 'NBC News',
        url: 'https://example.com/homs',
        start: 41,
        end: 83,
        quote: 'Tens of thousands of people have fled Homs',
      },
    ])
    expect(arabic!.grade).toBe('B3')
    expect(arabic!.passages[0]!.url).toBeNull() // javascript: is no address
    expect(deny!.grade).toBe('C4')
    expect(model.claims[3]).toMatchObject({ deleted: true, statement: '', passages: [] })
  })

  it('lists claims changed or deleted since they were cited', () => {
    expect(model.changedSince).toEqual([
      {
        footnote: 2,
        claimId: 'c-arabic',
        statement: 'Thousands of civilians were displaced from Homs.',
        citedVersion: 2,
        currentVersion: 4,
        deleted: false,
      },
      { footnote: 4, claimId: 'c-gone', statement: '', citedVersion: 3, currentVersion: null, deleted: true },
    ])
  })

  it('lists every source behind the claims and counts independent origins', () => {
    expect(model.sources.items.map((s) => [s.name, s.kindLabel, s.reliability, s.claimCount])).toEqual([
      ['Syrian Observatory for Human Rights', 'Organisation', 'B', 2],
      ['Reuters', 'News outlet', 'B', 2],
      ['SANA', 'News outlet', 'E', 1],
      ['HTS-led forces', 'Organisation', 'D', 1],
      ['UNHCR', 'Organisation', 'A', 1],
    ])
    expect(model.sources.items.find((s) => s.name === 'Reuters')!.relays).toBe(
      'Syrian Observatory for Human Rights',
    )
    expect(model.sources.items.filter((s) => s.partisan).map((s) => s.name)).toEqual(['HTS-led forces'])
    expect(model.sources.summary).toBe(
      'The cited claims rest on 4 independent sources, 1 of them partisan; 1 source relays another.',
    )
  })

  it('follows relay chains to the origin and survives cycles', () => {
    const a = makeSource('a', 'A', { relays: 'b' as SourceId })
    const b = makeSource('b', 'B', { relays: 'a' as SourceId, partisan: true })
    const c1 = makeClaim('x', 'X', { attributedTo: a.id })
    const c2 = makeClaim('y', 'Y', { attributedTo: b.id })
    const m = buildBriefingModel({
      briefing: {
        ...briefing,
        keyJudgments: [],
        citedClaims: [
          { claimId: 'x' as ClaimId, version: 1 },
          { claimId: 'y' as ClaimId, version: 1 },
        ],
      },
      claims: [c1, c2],
      sources: [a, b],
      documents: [],
    })
    expect(m.sources.items.map((s) => s.claimCount)).toEqual([2, 2])
    expect(m.sources.relaying).toBe(2)
  })
})

describe('sourcingSentence', () => {
  it('reads right for one, none and many', () => {
    expect(sourcingSentence({ independent: 1, partisan: 0, relaying: 0, unattributed: 0 })).toBe(
      'The cited claims rest on 1 independent source, not partisan.',
    )
    expect(sourcingSentence({ independent: 1, partisan: 1, relaying: 2, unattributed: 1 })).toBe(
      'The cited claims rest on 1 independent source, which is partisan; 2 sources relay others; 1 cited claim names no source.',
    )
    expect(sourcingSentence({ independent: 3, partisan: 0, relaying: 0, unattributed: 2 })).toBe(
      'The cited claims rest on 3 independent sources, none of them partisan; 2 cited claims name no source.',
    )
    expect(sourcingSentence({ independent: 0, partisan: 0, relaying: 0, unattributed: 2 })).toBe(
      'None of the cited claims rests on a named source.',
    )
  })
})
