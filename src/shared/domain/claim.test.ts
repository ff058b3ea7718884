import { describe, expect, it } from 'vitest'
import { emptyClaimDraft, effectiveReliability, validateClaimDraft } from './claim'
import { diffFields } from './audit'
import type { SourceId } from './ids'
import { admiraltyCode, likelihoodScales, reliabilityGrades, credibilityGrades } from './scales'
import { emptySourceDraft, resolveSourceName, sourceDraftSchema, type SourceRecord } from './source'

describe('the scales, exactly as published', () => {
  it('has six grades on each Admiralty axis and seven terms on each likelihood scale', () => {
    expect(reliabilityGrades.map((g) => `${g.grade} ${g.label}`)).toEqual([
      'A Completely reliable',
      'B Usually reliable',
      'C Fairly reliable',
      'D Not usually reliable',
      'E Unreliable',
      'F Reliability cannot be judged',
    ])
    expect(credibilityGrades.map((g) => `${g.grade} ${g.label}`)).toEqual([
      '1 Confirmed by other sources',
      '2 Probably true',
      '3 Possibly true',
      '4 Doubtful',
      '5 Improbable',
      '6 Truth cannot be judged',
    ])
    expect(likelihoodScales.icd203.terms.map((t) => `${t.term} ${t.range}`)).toEqual([
      'almost no chance 1–5 %',
      'very unlikely 5–20 %',
      'unlikely 20–45 %',
      'roughly even chance 45–55 %',
      'likely 55–80 %',
      'very likely 80–95 %',
      'almost certain 95–99 %',
    ])
    expect(likelihoodScales.uk.terms.map((t) => t.range)).toEqual([
      '≤ 5 %',
      '10–20 %',
      '25–35 %',
      '40–50 %',
      '55–75 %',
      '80–90 %',
      '≥ 95 %',
    ])
    expect(admiraltyCode('B', '2')).toBe('B2')
    expect(admiraltyCode(null, '3')).toBe('–3')
  })
})

describe('claim validation', () => {
  const ok = { ...emptyClaimDraft, statement: 'Thousands fled Homs', attributedTo: 's1' as SourceId }

  it('accepts a complete draft', () => {
    expect(validateClaimDraft(ok).ok).toBe(true)
  })

  it('names every field that is wrong', () => {
    const result = validateClaimDraft({
      ...ok,
      statement: '   ',
      attributedTo: null,
      credibility: '7' as never,
      reliabilityOverride: { grade: 'G' as never, reason: '' },
      likelihood: { scale: 'icd203', term: 'probably-maybe' },
      confidence: 'certain' as never,
      occurred: '6 December',
    })
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.errors).toMatchObject({
      statement: 'Write the claim as a statement: it cannot be empty',
      attributedTo: 'Name the source this claim is attributed to',
      credibility: 'Credibility must be one of 1, 2, 3, 4, 5 or 6',
      'reliabilityOverride.grade': 'Reliability must be one of A, B, C, D, E or F',
      'reliabilityOverride.reason': 'Say why this claim is graded apart from its source',
      likelihood: 'Choose a term from the likelihood scale',
      confidence: 'Confidence must be low, moderate or high',
      occurred: 'Use a date as YYYY-MM-DD, or leave it empty',
    })
  })

  it('takes reliability from the source unless overridden', () => {
    const grades = (id: SourceId) => (id === 's1' ? 'B' : null)
    expect(effectiveReliability(ok, grades)).toBe('B')
    expect(
      effectiveReliability({ ...ok, reliabilityOverride: { grade: 'D', reason: 'second-hand' } }, grades),
    ).toBe('D')
    expect(effectiveReliability({ ...ok, attributedTo: null }, grades)).toBeNull()
  })
})

describe('sources', () => {
  const sohr: SourceRecord = {
    ...emptySourceDraft,
    id: 's1' as SourceId,
    name: 'Syrian Observatory for Human Rights',
    aliases: ['the Observatory', 'a leading monitoring group', 'SOHR'],
    created: '',
    modified: '',
  }
  it('resolves aliases to one source, ignoring case and spacing', () => {
    expect(resolveSourceName([sohr], '  The   observatory ')?.id).toBe('s1')
    expect(resolveSourceName([sohr], 'A leading monitoring group')?.id).toBe('s1')
    expect(resolveSourceName([sohr], 'Chatham House')).toBeUndefined()
  })
  it('refuses a nameless source and an out-of-scale grade', () => {
    const r = sourceDraftSchema.safeParse({ ...emptySourceDraft, name: ' ', defaultReliability: 'Z' })
    expect(r.success).toBe(false)
    expect(r.error?.issues.map((i) => i.message)).toEqual([
      'A source needs a name',
      'Reliability must be one of A, B, C, D, E or F',
    ])
  })
})

describe('audit diffs', () => {
  it('lists changed fields with before and after, ignoring bookkeeping', () => {
    expect(
      diffFields({ a: 1, b: [1], version: 1, modified: 'x' }, { a: 1, b: [1, 2], version: 2, modified: 'y' }),
    ).toEqual([{ field: 'b', before: [1], after: [1, 2] }])
    expect(diffFields(undefined, { a: 1 })).toEqual([{ field: 'a', before: null, after: 1 }])
  })
})
