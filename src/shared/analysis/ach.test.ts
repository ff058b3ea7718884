import { describe, expect, it } from 'vitest'
import type { AchMatrixId, ClaimId } from '../domain/ids'
import {
  achRowWeight,
  analyseAch,
  validateAchMatrix,
  type AchClaimGrades,
  type AchEvidence,
  type AchMatrix,
  type AchRating,
} from './ach'

const row = (id: string, ratings: AchRating[], extra: Partial<AchEvidence> = {}): AchEvidence => ({
  id,
  item: { kind: 'assumption', text: id },
  weightOverride: null,
  ratings: Object.fromEntries(ratings.map((r, i) => [`H${i + 1}`, r])),
  ...extra,
})
const matrix = (question: string, hypotheses: string[], evidence: AchEvidence[]): AchMatrix => ({
  id: 'm' as AchMatrixId,
  question,
  hypotheses: hypotheses.map((text, i) => ({ id: `H${i + 1}`, text })),
  evidence,
  created: '',
  modified: '',
})
const noClaims: AchClaimGrades = () => undefined
const ungraded: AchClaimGrades = () => ({ reliability: null, credibility: null })
const reported = (claimId: string) => ({ item: { kind: 'claim' as const, claimId: claimId as ClaimId } })

// Richards J. Heuer Jr., Psychology of Intelligence Analysis (CIA Center for
// the Study of Intelligence, 1999), chapter 8, Figure 15: "Question: Will
// Iraq Retaliate for US Bombing of Its Intelligence Headquarters?". Heuer
// writes "+" for consistent, "–" for inconsistent and "– –" for very
// inconsistent; here they are C, I and II. Reported items are claim rows
// (ungraded, so weight 1), the absence and the assumptions free items. The
// figure prints no totals: the expected scores are Heuer's rule applied by
// hand (I = 1, II = 2, unweighted): H1 4, H2 0, H3 2, so H2 is the most
// likely, and E1 is the item he singles out as consistent with every
// hypothesis and so of no diagnostic value.
const heuer = matrix(
  'Will Iraq retaliate for US bombing of its intelligence headquarters?',
  [
    'Iraq will not retaliate.',
    'It will sponsor some minor terrorist actions.',
    'Iraq is planning a major terrorist attack, perhaps against one or more CIA installations.',
  ],
  [
    row('E1', ['C', 'C', 'C'], reported('Saddam public statement of intent not to retaliate.')),
    row('E2', ['C', 'C', 'I'], {
      item: { kind: 'absence', text: 'Absence of terrorist offensive during the 1991 Gulf War.' },
    }),
    row('E3', ['C', 'C', 'I'], {
      item: { kind: 'assumption', text: 'Assumption that Iraq would not want to provoke another US attack.' },
    }),
    row(
      'E4',
      ['I', 'C', 'C'],
      reported('Increase in frequency/length of monitored Iraqi agent radio broadcasts.'),
    ),
    row(
      'E5',
      ['I', 'C', 'C'],
      reported('Iraqi embassies instructed to take increased security precautions.'),
    ),
    row('E6', ['II', 'C', 'C'], {
      item: {
        kind: 'assumption',
        text: 'Assumption that failure to retaliate would be unacceptable loss of face for Saddam.',
      },
    }),
  ],
)

describe('Heuer, Psychology of Intelligence Analysis, ch. 8, Figure 15', () => {
  const result = analyseAch(heuer, ungraded)

  it('scores inconsistency, not consistency: H1 4, H2 0, H3 2', () => {
    expect(result.scores.map((s) => [s.id, s.inconsistency, s.weighted, s.rank, s.behindLeader])).toEqual([
      ['H1', 4, 4, 3, 4],
      ['H2', 0, 0, 1, 0],
      ['H3', 2, 2, 2, 2],
    ])
    expect(result.leaders).toEqual(['H2'])
  })

  it('finds E1, consistent with every hypothesis, of no diagnostic value (as Heuer says of it)', () => {
    expect(result.rows.filter((r) => !r.diagnostic).map((r) => r.evidenceId)).toEqual(['E1'])
    expect(result.byDiagnosticity).toEqual(['E6', 'E2', 'E3', 'E4', 'E5', 'E1'])
  })

  it('finds no single item whose removal changes the leader: H2 has no evidence against it', () => {
    expect(result.sensitive).toEqual([])
    expect(result.rows.every((r) => r.leadersWithout.join() === 'H2')).toBe(true)
  })

  it('weighs rows as PARC ACH does: credibility × relevance, Low 1/√2, Medium 1, High √2', () => {
    // E2 and E3 as High × High (2), E6 as Low × Low (0.5): H3 4, H1 2 + 0.5 × 2.
    const weighted = analyseAch(
      {
        ...heuer,
        evidence: heuer.evidence.map((e) =>
          e.id === 'E2' || e.id === 'E3'
            ? { ...e, weightOverride: { weight: Math.SQRT2 * Math.SQRT2, reason: 'high × high' } }
            : e.id === 'E6'
              ? { ...e, weightOverride: { weight: Math.SQRT1_2 * Math.SQRT1_2, reason: 'low × low' } }
              : e,
        ),
      },
      ungraded,
    )
    expect(weighted.scores.map((s) => [s.id, s.inconsistency, s.weighted, s.rank])).toEqual([
      ['H1', 4, 3, 2],
      ['H2', 0, 0, 1],
      ['H3', 2, 4, 3],
    ])
  })
})

describe('row weights from the claim grades', () => {
  const grades: AchClaimGrades = (id) =>
    (
      ({
        a1: { reliability: 'A', credibility: '1' },
        c3: { reliability: 'C', credibility: '3' },
        e5: { reliability: 'E', credibility: '5' },
        b4: { reliability: 'B', credibility: '4' },
        none: { reliability: null, credibility: null },
      }) as const
    )[id as 'a1']
  const claimRow = (claimId: string, extra: Partial<AchEvidence> = {}) =>
    row(claimId, [], { item: { kind: 'claim', claimId: claimId as ClaimId }, ...extra })
  const weight = (r: AchEvidence) => achRowWeight(r, grades)

  it('maps reliability and credibility to PARC levels and multiplies them', () => {
    expect(weight(claimRow('a1')).weight).toBeCloseTo(2)
    expect(weight(claimRow('c3')).weight).toBe(1)
    expect(weight(claimRow('e5')).weight).toBeCloseTo(0.5)
    expect(weight(claimRow('b4')).weight).toBeCloseTo(1)
    expect(weight(claimRow('none')).weight).toBe(1)
    expect(weight(claimRow('a1')).explanation).toBe('reliability A (×1.41) × credibility 1 (×1.41) = 2.00')
  })

  it('lets the analyst override a weight with a reason, showing both', () => {
    const w = weight(claimRow('a1', { weightOverride: { weight: 0.5, reason: 'Possible deception' } }))
    expect(w).toMatchObject({ weight: 0.5, from: 'override' })
    expect(w.derived).toBeCloseTo(2)
    expect(w.explanation).toBe('set to 0.50 (Possible deception); the grades give 2.00')
  })

  it('weighs free items and rows whose claim is gone at 1', () => {
    expect(weight(row('x', []))).toMatchObject({ weight: 1, from: 'free-item' })
    expect(weight(claimRow('gone'))).toMatchObject({ weight: 1, from: 'missing-claim' })
  })
})

describe('sensitivity and ties', () => {
  it('flags the one row whose removal hands the lead to another hypothesis', () => {
    const m = matrix(
      'Who shelled the market?',
      ['Government', 'Rebels'],
      [row('R1', ['C', 'I']), row('R2', ['I', 'C']), row('R3', ['N', 'II']), row('R4', ['C', 'C'])],
    )
    const a = analyseAch(m, noClaims)
    expect(a.leaders).toEqual(['H1'])
    expect(a.sensitive).toEqual(['R3'])
    expect(a.rows.find((r) => r.evidenceId === 'R3')!.leadersWithout).toEqual(['H1', 'H2'])
  })

  it('shares a rank on a tie, leaves N/A and unrated cells out of diagnosticity', () => {
    const a = analyseAch(
      matrix('Q?', ['A', 'B', 'C'], [row('R1', ['I', 'I', 'C']), row('R2', ['NA', 'C'])]),
      noClaims,
    )
    expect(a.scores.map((s) => s.rank)).toEqual([2, 2, 1])
    expect(a.rows[1]).toMatchObject({ diagnostic: false, diagnosticity: 0, unrated: ['H3'] })
  })
})

describe('validateAchMatrix', () => {
  it('accepts Heuer’s matrix', () => {
    expect(validateAchMatrix(heuer)).toEqual({ ok: true, value: heuer })
  })

  it('needs a question, two distinct hypotheses, known ratings and reasons for overrides', () => {
    const bad = {
      ...heuer,
      question: ' ',
      hypotheses: [
        { id: 'H1', text: 'Iraq will not retaliate.' },
        { id: 'H2', text: 'iraq will  not retaliate.' },
      ],
      evidence: [
        row('E1', ['C', 'C'], { weightOverride: { weight: 0, reason: '' } }),
        row('E1', ['C'], { ratings: { H9: 'C' } }),
        { ...row('E3', []), ratings: { H1: 'X' } },
      ],
    }
    const result = validateAchMatrix(bad)
    expect(result.ok).toBe(false)
    expect(result.ok ? [] : result.errors).toEqual(
      expect.arrayContaining([
        { path: 'question', message: 'Ask the question the hypotheses answer' },
        { path: 'evidence.0.weightOverride.weight', message: 'A weight is more than 0' },
        {
          path: 'evidence.0.weightOverride.reason',
          message: 'Say why this row is weighted apart from its grades',
        },
        { path: 'evidence.2.ratings.H1', message: 'Rate with CC, C, N, I, II or NA' },
      ]),
    )
    const single = validateAchMatrix({ ...heuer, hypotheses: heuer.hypotheses.slice(0, 1) })
    expect(single.ok ? [] : single.errors).toContainEqual({
      path: 'hypotheses',
      message: 'Give at least two competing hypotheses',
    })
  })

  it('rejects duplicate hypotheses, rows, claims and ratings of unknown hypotheses', () => {
    const claimRow = { ...row('E7', []), item: { kind: 'claim' as const, claimId: 'c1' as ClaimId } }
    const result = validateAchMatrix({
      ...heuer,
      hypotheses: [...heuer.hypotheses, { id: 'H4', text: 'Iraq will not retaliate.' }],
      evidence: [
        ...heuer.evidence,
        claimRow,
        { ...claimRow, id: 'E8' },
        row('E1', []),
        row('E9', [], { ratings: { H9: 'C' } }),
      ],
    })
    expect(result.ok ? [] : result.errors.map((e) => e.message)).toEqual([
      'Two hypotheses say the same thing: they must be mutually exclusive',
      'This claim is already a row of the matrix',
      'Two rows share an id',
      'A rating for a hypothesis the matrix does not have',
    ])
  })
})
