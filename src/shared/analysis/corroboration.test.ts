import { describe, expect, it } from 'vitest'
import type { ClaimRecord } from '../domain/claim'
import type { ClaimId } from '../domain/ids'
import type { SourceRecord } from '../domain/source'
import { analyseClaims, buildCorroborationIndex, corroborationFor } from './corroboration'
import {
  aljazeera,
  claim,
  hassan,
  irtv,
  link,
  nbc,
  reuters,
  rumour,
  sohr,
  source,
  sources,
  unhcr,
} from '../../../tests/fixtures/corroboration'

function answer(claims: ClaimRecord[], id: string, extraSources: SourceRecord[] = []) {
  return corroborationFor(buildCorroborationIndex(claims, [...sources, ...extraSources]), id as ClaimId)!
}
const names = (c: { origins: { name: string }[] }) => c.origins.map((o) => o.name)
const kinds = (c: { suggestions: { kind: string }[] }) => c.suggestions.map((s) => s.kind)

describe('the defects reported in issue 12', () => {
  it('a partisan commander linked as corroborating the Observatory confirms nothing and keeps his flag', () => {
    const observatory = claim('obs', sohr)
    const commander = claim('cmd', hassan, { links: link('corroborates', 'obs') })
    const all = [observatory, commander]
    for (const id of ['obs', 'cmd']) {
      const c = answer(all, id)
      expect(names(c)).toEqual(['SOHR'])
      expect(c.setAside.map((s) => [s.claimId, s.reason])).toEqual([['cmd', 'partisan']])
      expect(kinds(c)).not.toContain('confirm')
      expect(c.suggestions.map((s) => s.message).join(' ')).not.toMatch(/Hassan Abdul-Ghani, SOHR/)
    }
    const flagged = answer(all, 'cmd').suggestions.find((s) => s.kind === 'party')!
    expect(flagged.message).toBe(
      'Reported by a party to the conflict (Hassan Abdul-Ghani): it does not count towards confirmation.',
    )
    // Alone, the commander's claim says no independent source backs it.
    expect(answer([claim('cmd', hassan)], 'cmd').suggestions[0]!.message).toMatch(
      /and no independent source backs it\.$/,
    )
  })

  it('Al Jazeera via Iranian state TV and Iranian state TV itself count once', () => {
    const viaTv = claim('aj', aljazeera, { reportedVia: irtv.id })
    const tv = claim('tv', irtv, { links: link('corroborates', 'aj') })
    const c = answer([viaTv, tv], 'tv')
    expect(c.origins).toHaveLength(1)
    expect(c.origins[0]!.sources.sort()).toEqual(['aj', 'irtv'])
    expect(c.origins[0]!.folded.map((f) => f.rule)).toEqual(['channel'])
    expect(c.origins[0]!.folded[0]!.why).toBe(
      'Al Jazeera reached us through Iranian state TV (“Claim aj”): a channel and what it carries are one origin.',
    )
    expect(kinds(c)).toEqual([])
  })

  it('A corroborated by B and C shows the same origins on A, B and C', () => {
    const a = claim('a', sohr)
    const b = claim('b', reuters, { links: link('corroborates', 'a') })
    const cc = claim('c', unhcr, { links: link('corroborates', 'a') })
    const all = [a, b, cc]
    const shown = ['a', 'b', 'c'].map((id) => answer(all, id))
    for (const c of shown) {
      expect(names(c)).toEqual(['UNHCR', 'Reuters', 'SOHR'])
      expect(c.group).toEqual(['a', 'b', 'c'])
      expect(c.suggestions[0]!.message).toBe(
        'Backed by 3 independent origins graded C or better (with 2 corroborating claims): UNHCR (A), Reuters (B) and SOHR (B). Credibility 1, “Confirmed by other sources”, may apply.',
      )
    }
    // The same, whatever order the case holds the claims in.
    for (const order of [
      [cc, b, a],
      [b, a, cc],
    ]) {
      expect(names(answer(order, 'a'))).toEqual(['UNHCR', 'Reuters', 'SOHR'])
    }
  })

  it('weighs how reliable the corroborating sources are', () => {
    const a = claim('a', sohr)
    const weak = claim('w', rumour, { links: link('corroborates', 'a') })
    const c = answer([a, weak], 'a')
    expect(c.origins.map((o) => [o.name, o.grade, o.confirms])).toEqual([
      ['SOHR', 'B', true],
      ['Rumour account', 'E', false],
    ])
    expect(kinds(c)).toEqual([])
    expect(c.why.map((w) => w.text)).toContain(
      'Rumour account is an independent origin graded E, below C, so it does not count towards confirmation.',
    )
    const fair = source('fair', 'Fair outlet', { defaultReliability: 'C' })
    expect(kinds(answer([a, claim('f', fair, { links: link('corroborates', 'a') })], 'a', [fair]))).toEqual([
      'confirm',
    ])
  })
})

describe('rule "group": corroboration is symmetric and transitive', () => {
  it('joins chains of links in either direction into one group', () => {
    const all = [
      claim('a', sohr, { links: link('corroborates', 'b') }),
      claim('b', reuters),
      claim('c', unhcr, { links: link('corroborates', 'b') }),
      claim('d', sohr),
    ]
    expect(answer(all, 'a').group).toEqual(['a', 'b', 'c'])
    expect(answer(all, 'c').group).toEqual(['a', 'b', 'c'])
    expect(answer(all, 'd').group).toEqual(['d'])
  })

  it('ignores contradicting and duplicate links, and links to deleted claims', () => {
    const all = [
      claim('a', sohr, { links: [...link('contradicts', 'b'), ...link('corroborates', 'gone')] }),
      claim('b', reuters, { links: link('duplicates', 'a') }),
    ]
    expect(answer(all, 'a').group).toEqual(['a'])
    expect(names(answer(all, 'a'))).toEqual(['SOHR'])
  })

  it('counts a relay of a group member with its origin', () => {
    const all = [claim('a', sohr), claim('b', nbc, { links: link('corroborates', 'a') })]
    const c = answer(all, 'b')
    expect(names(c)).toEqual(['SOHR'])
    expect(c.origins[0]!.folded).toEqual([
      {
        id: 'nbc',
        name: 'NBC News',
        rule: 'relays',
        why: 'NBC News relays SOHR: counted with SOHR, not as a second source.',
      },
    ])
    expect(kinds(c)).toEqual([])
  })
})

describe('rule "conflict": a contradiction shows on both claims', () => {
  it('raises the conflict on the claim that records the link and on its target', () => {
    const all = [
      claim('a', sohr, { statement: 'Homs has fallen.', links: link('contradicts', 'b') }),
      claim('b', irtv, { statement: 'Homs holds.' }),
    ]
    expect(answer(all, 'a').suggestions.find((s) => s.kind === 'conflict')!.message).toBe(
      'In conflict with “Homs holds.” (Iranian state TV).',
    )
    expect(answer(all, 'b').suggestions.find((s) => s.kind === 'conflict')!.message).toBe(
      'In conflict with “Homs has fallen.” (SOHR).',
    )
    expect(answer(all, 'b').conflicts).toEqual(['a'])
  })
})

describe('suggestions against the grade already given', () => {
  it('offers nothing more when a confirmed claim is graded 1, and warns when 1 lacks backing', () => {
    const all = [
      claim('a', sohr, { credibility: '1' }),
      claim('b', unhcr, { links: link('corroborates', 'a') }),
    ]
    expect(kinds(answer(all, 'a'))).toEqual([])
    expect(answer([claim('a', sohr, { credibility: '1' })], 'a').suggestions).toEqual([
      {
        kind: 'unconfirmed',
        rule: 'grade',
        message:
          'Graded 1, “Confirmed by other sources”, but only 1 independent origin graded C or better backs it.',
      },
    ])
  })

  it('gives every line of its reasoning, tied to a rule', () => {
    const all = [claim('a', sohr), claim('b', hassan, { links: link('corroborates', 'a') })]
    expect(answer(all, 'a').why).toEqual([
      {
        rule: 'group',
        text: '2 claims corroborate one another, directly or through others: each shows the same independent origins.',
      },
      {
        rule: 'party',
        text: 'Hassan Abdul-Ghani is a party to the conflict: “Claim b” counts only as reported by a party to the conflict, never towards confirmation.',
      },
      { rule: 'grade', text: 'SOHR is an independent origin graded B.' },
      {
        rule: 'grade',
        text: 'Confirmation needs at least 2 independent origins graded C or better; 1 backs this claim.',
      },
    ])
  })
})

describe('analyseClaims on any set of claims (as a briefing uses it)', () => {
  it('names origins, set-aside claims and unattributed ones', () => {
    const all = [
      claim('a', nbc),
      claim('b', aljazeera, { reportedVia: irtv.id }),
      claim('c', hassan),
      claim('d', null),
      claim('e', irtv),
    ]
    const index = buildCorroborationIndex(all, sources)
    const result = analyseClaims(index, all)
    expect(result.origins.map((o) => [o.name, o.sources, o.claimIds])).toEqual([
      ['SOHR', ['sohr', 'nbc'], ['a']],
      ['Al Jazeera', ['aj', 'irtv'], ['b', 'e']],
    ])
    expect(result.setAside.map((s) => s.claimId)).toEqual(['c'])
    expect(result.unattributed).toEqual(['d'])
  })
})

describe('scale', () => {
  it('indexes 100,000 claims over 2,000 sources and answers every claim in proportion to its group', () => {
    let seed = 12345
    const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648
    const many = Array.from({ length: 2000 }, (_, i) =>
      source(`s${i}`, `Source ${i}`, {
        defaultReliability: 'ABCDEF'[i % 6] as 'A',
        partisan: i % 17 === 0,
        relays: i % 5 === 0 && i > 0 ? (`s${i - 1}` as never) : null,
      }),
    )
    const claims = Array.from({ length: 100_000 }, (_, i) =>
      claim(`c${i}`, many[Math.floor(random() * 2000)]!, {
        reportedVia: i % 7 === 0 ? many[Math.floor(random() * 2000)]!.id : null,
        // Groups of about four, plus one long chain of 2,000 claims.
        links:
          i < 2000 && i > 0
            ? link('corroborates', `c${i - 1}`)
            : random() < 0.75 && i > 2000
              ? link('corroborates', `c${i - 1 - Math.floor(random() * 3)}`)
              : [],
      }),
    )
    const started = performance.now()
    const index = buildCorroborationIndex(claims, many)
    const built = performance.now()
    let origins = 0
    for (const c of claims) origins += corroborationFor(index, c.id)!.origins.length
    const answered = performance.now()
    expect(origins).toBeGreaterThan(100_000)
    expect(corroborationFor(index, 'c0' as ClaimId)!.group).toHaveLength(2000)
    // Measured 0.3 s to build and 2.5 s for all 100,000 answers on a shared,
    // loaded core (load 9 on 2 cores); the bounds only catch a per-claim scan
    // of the whole case, which takes minutes.
    expect(built - started).toBeLessThan(5000)
    expect(answered - built).toBeLessThan(15000)
  }, 60_000)
})
