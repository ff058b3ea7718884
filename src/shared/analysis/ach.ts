// Analysis of Competing Hypotheses as pure functions: Heuer, Psychology of
// Intelligence Analysis (1999), ch. 8, scored as the PARC ACH tool scores it.
// A matrix asks one question of two or more mutually exclusive hypotheses;
// each row is a claim from the case or a free item (an assumption, or the
// absence of evidence one would expect); each cell rates how the row bears on
// a hypothesis. Hypotheses are ranked by inconsistency, not consistency: the
// most likely is the one with the least evidence against it.
import { z } from 'zod'
import type { AchMatrixId, CaseId, ClaimId } from '../domain/ids'
import type { Credibility, Reliability } from '../domain/scales'

export const achRatings = [
  { id: 'CC', label: 'Very consistent', inconsistency: 0, scale: 2 },
  { id: 'C', label: 'Consistent', inconsistency: 0, scale: 1 },
  { id: 'N', label: 'Neutral', inconsistency: 0, scale: 0 },
  { id: 'I', label: 'Inconsistent', inconsistency: 1, scale: -1 },
  { id: 'II', label: 'Very inconsistent', inconsistency: 2, scale: -2 },
  { id: 'NA', label: 'Not applicable', inconsistency: 0, scale: null },
] as const
export type AchRating = (typeof achRatings)[number]['id']
const ratingOf = new Map(achRatings.map((r) => [r.id as AchRating, r]))
export const achRatingLabel = (r: AchRating) => ratingOf.get(r)!.label

export const achItemKinds = [
  { id: 'claim', label: 'Claim' },
  { id: 'assumption', label: 'Assumption' },
  { id: 'absence', label: 'Absence of evidence' },
] as const
export type AchItemKind = (typeof achItemKinds)[number]['id']

export interface AchHypothesis {
  id: string
  text: string
}

/** A row's evidence: a claim of the case, or a free item the analyst writes. */
export type AchItem = { kind: 'claim'; claimId: ClaimId } | { kind: 'assumption' | 'absence'; text: string }

export interface AchEvidence {
  id: string
  item: AchItem
  /** The analyst's weight in place of the one derived from the claim's grades, and why. */
  weightOverride: { weight: number; reason: string } | null
  /** Rating per hypothesis id; a hypothesis missing here is not rated yet. */
  ratings: Partial<Record<string, AchRating>>
}

export interface AchMatrix {
  id: AchMatrixId
  question: string
  hypotheses: AchHypothesis[]
  evidence: AchEvidence[]
  created: string
  modified: string
}

/** A matrix as the store and the workspace file hold it: with the case it belongs to. */
export type AchMatrixRecord = AchMatrix & { caseId: CaseId }

// PARC ACH weighs a row by credibility × relevance, each Low 1/√2, Medium 1 or
// High √2 (PARC AI3 team with R. Heuer, "ACH1.1: A Tool for Analyzing
// Competing Hypotheses, Technical Description"). A claim's two Admiralty
// grades stand in for them: how reliable its source is, how credible the
// information. Ungraded counts as Medium, so it neither raises nor lowers.
export const achWeightLevels = { low: Math.SQRT1_2, medium: 1, high: Math.SQRT2 } as const
type Level = keyof typeof achWeightLevels
const reliabilityLevel: Record<Reliability, Level> = {
  A: 'high',
  B: 'high',
  C: 'medium',
  D: 'low',
  E: 'low',
  F: 'medium',
}
const credibilityLevel: Record<Credibility, Level> = {
  '1': 'high',
  '2': 'high',
  '3': 'medium',
  '4': 'low',
  '5': 'low',
  '6': 'medium',
}

/** The grades of a claim a row rests on; undefined when the claim no longer exists. */
export type AchClaimGrades = (
  id: ClaimId,
) => { reliability: Reliability | null; credibility: Credibility | null } | undefined

export interface AchRowWeight {
  weight: number
  /** The weight the grades give, shown beside an override. */
  derived: number
  from: 'grades' | 'override' | 'free-item' | 'missing-claim'
  /** How the weight was reached, in words, e.g. "B (×1.41) × 2 (×1.41) = 2.00". */
  explanation: string
}

const times = (level: Level) => `×${achWeightLevels[level].toFixed(2)}`

export function achRowWeight(row: AchEvidence, grades: AchClaimGrades): AchRowWeight {
  let derived = 1
  let from: AchRowWeight['from'] = 'free-item'
  let explanation = 'A free item: weight 1.00 unless set.'
  if (row.item.kind === 'claim') {
    const g = grades(row.item.claimId)
    if (!g) {
      from = 'missing-claim'
      explanation = 'The claim no longer exists: weight 1.00 unless set.'
    } else {
      const r: Level = g.reliability ? reliabilityLevel[g.reliability] : 'medium'
      const c: Level = g.credibility ? credibilityLevel[g.credibility] : 'medium'
      derived = achWeightLevels[r] * achWeightLevels[c]
      from = 'grades'
      explanation = `reliability ${g.reliability ?? 'not graded'} (${times(r)}) × credibility ${g.credibility ?? 'not graded'} (${times(c)}) = ${derived.toFixed(2)}`
    }
  }
  if (!row.weightOverride) return { weight: derived, derived, from, explanation }
  return {
    weight: row.weightOverride.weight,
    derived,
    from: 'override',
    explanation: `set to ${row.weightOverride.weight.toFixed(2)} (${row.weightOverride.reason}); the grades give ${derived.toFixed(2)}`,
  }
}

export interface AchHypothesisScore {
  id: string
  text: string
  /** Heuer's count: I = 1, II = 2. */
  inconsistency: number
  /** Each row's inconsistency times its weight. */
  weighted: number
  /** 1 for the least inconsistent; ties share a rank. */
  rank: number
  /** How much more weighted inconsistency it has than the leading hypothesis. */
  behindLeader: number
}

export interface AchRowAnalysis {
  evidenceId: string
  weight: AchRowWeight
  /** Spread of the row's ratings across hypotheses (CC = 2 … II = −2, N/A left out) times its weight. */
  diagnosticity: number
  /** False when every rated hypothesis has the same rating: the row cannot tell them apart. */
  diagnostic: boolean
  /** Hypotheses this row does not rate yet. */
  unrated: string[]
  /** Removing this row would change which hypothesis ranks first. */
  sensitive: boolean
  /** The leading hypotheses without this row. */
  leadersWithout: string[]
}

export interface AchAnalysis {
  scores: AchHypothesisScore[]
  /** The hypotheses that rank first (more than one on a tie). */
  leaders: string[]
  /** Per row, in matrix order. */
  rows: AchRowAnalysis[]
  /** Row ids, most diagnostic first (matrix order among equals). */
  byDiagnosticity: string[]
  /** Rows whose removal would change the leader. */
  sensitive: string[]
}

// Sums of √2 products drift in the last bits; scores are compared rounded.
const round = (n: number) => Math.round(n * 1e9) / 1e9

function leadersOf(weighted: ReadonlyMap<string, number>): string[] {
  const best = Math.min(...weighted.values())
  return [...weighted].filter(([, w]) => w === best).map(([id]) => id)
}

export function analyseAch(matrix: AchMatrix, grades: AchClaimGrades): AchAnalysis {
  const { hypotheses } = matrix
  const weights = matrix.evidence.map((row) => achRowWeight(row, grades))
  // contribution[r][h]: row r's weighted inconsistency for hypothesis h.
  const contribution = matrix.evidence.map((row, r) =>
    hypotheses.map((h) => {
      const rating = row.ratings[h.id]
      return rating ? ratingOf.get(rating)!.inconsistency * weights[r]!.weight : 0
    }),
  )
  const totals = hypotheses.map((_, h) => contribution.reduce((sum, row) => sum + row[h]!, 0))
  const weighted = new Map(hypotheses.map((h, i) => [h.id, round(totals[i]!)]))
  const leaders = leadersOf(weighted)
  const best = weighted.get(leaders[0]!) ?? 0

  const scores = hypotheses.map((h, i) => {
    const w = weighted.get(h.id)!
    return {
      id: h.id,
      text: h.text,
      inconsistency: matrix.evidence.reduce((sum, row) => {
        const rating = row.ratings[h.id]
        return sum + (rating ? ratingOf.get(rating)!.inconsistency : 0)
      }, 0),
      weighted: w,
      rank: 1 + [...weighted.values()].filter((other) => other < w).length,
      behindLeader: round(w - best),
      position: i,
    }
  })

  const rows = matrix.evidence.map((row, r): AchRowAnalysis => {
    const scale = hypotheses.flatMap((h) => {
      const rating = row.ratings[h.id]
      const value = rating ? ratingOf.get(rating)!.scale : null
      return value === null ? [] : [value]
    })
    const spread = scale.length > 1 ? Math.max(...scale) - Math.min(...scale) : 0
    const without = new Map(hypotheses.map((h, i) => [h.id, round(totals[i]! - contribution[r]![i]!)]))
    const leadersWithout = leadersOf(without)
    return {
      evidenceId: row.id,
      weight: weights[r]!,
      diagnosticity: round(spread * weights[r]!.weight),
      diagnostic: spread > 0,
      unrated: hypotheses.filter((h) => !row.ratings[h.id]).map((h) => h.id),
      sensitive: leadersWithout.join('\u0000') !== leaders.join('\u0000'),
      leadersWithout,
    }
  })
  const byDiagnosticity = rows
    .map((row, i) => ({ row, i }))
    .sort((a, b) => b.row.diagnosticity - a.row.diagnosticity || a.i - b.i)
    .map(({ row }) => row.evidenceId)
  return {
    scores: scores.map(({ position: _, ...s }) => s),
    leaders,
    rows,
    byDiagnosticity,
    sensitive: rows.filter((r) => r.sensitive).map((r) => r.evidenceId),
  }
}

const ratingSchema = z.enum(achRatings.map((r) => r.id) as [AchRating, ...AchRating[]], {
  message: 'Rate with CC, C, N, I, II or NA',
})
const itemSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('claim'),
    claimId: z.custom<ClaimId>((v) => typeof v === 'string' && v !== '', 'Choose a claim'),
  }),
  z.object({
    kind: z.enum(['assumption', 'absence']),
    text: z.string().trim().min(1, 'Write the assumption or the missing evidence').max(2000),
  }),
])

export const achMatrixSchema = z
  .object({
    id: z.custom<AchMatrixId>((v) => typeof v === 'string' && v !== '', 'A matrix needs an id'),
    question: z.string().trim().min(1, 'Ask the question the hypotheses answer').max(1000),
    hypotheses: z
      .array(
        z.object({
          id: z.string().min(1),
          text: z.string().trim().min(1, 'A hypothesis cannot be empty').max(1000),
        }),
      )
      .min(2, 'Give at least two competing hypotheses'),
    evidence: z.array(
      z.object({
        id: z.string().min(1),
        item: itemSchema,
        weightOverride: z
          .object({
            weight: z
              .number({ message: 'A weight is a number' })
              .positive('A weight is more than 0')
              .max(10, 'Keep a weight at 10 or less'),
            reason: z.string().trim().min(1, 'Say why this row is weighted apart from its grades'),
          })
          .nullable(),
        ratings: z.record(z.string(), ratingSchema),
      }),
    ),
    created: z.string(),
    modified: z.string(),
  })
  .superRefine((m, ctx) => {
    const hypothesisIds = new Set<string>()
    const texts = new Set<string>()
    m.hypotheses.forEach((h, i) => {
      if (hypothesisIds.has(h.id))
        ctx.addIssue({ code: 'custom', path: ['hypotheses', i, 'id'], message: 'Two hypotheses share an id' })
      const key = h.text.trim().toLowerCase().replace(/\s+/g, ' ')
      if (texts.has(key))
        ctx.addIssue({
          code: 'custom',
          path: ['hypotheses', i, 'text'],
          message: 'Two hypotheses say the same thing: they must be mutually exclusive',
        })
      hypothesisIds.add(h.id)
      texts.add(key)
    })
    const rowIds = new Set<string>()
    const claimRows = new Set<string>()
    m.evidence.forEach((row, i) => {
      if (rowIds.has(row.id))
        ctx.addIssue({ code: 'custom', path: ['evidence', i, 'id'], message: 'Two rows share an id' })
      rowIds.add(row.id)
      if (row.item.kind === 'claim') {
        if (claimRows.has(row.item.claimId))
          ctx.addIssue({
            code: 'custom',
            path: ['evidence', i, 'item'],
            message: 'This claim is already a row of the matrix',
          })
        claimRows.add(row.item.claimId)
      }
      for (const key of Object.keys(row.ratings))
        if (!hypothesisIds.has(key))
          ctx.addIssue({
            code: 'custom',
            path: ['evidence', i, 'ratings', key],
            message: 'A rating for a hypothesis the matrix does not have',
          })
    })
  })

export type AchValidation =
  { ok: true; value: AchMatrix } | { ok: false; errors: { path: string; message: string }[] }

/** Checks a matrix (from the editor or an imported file); every problem, with its path. */
export function validateAchMatrix(input: unknown): AchValidation {
  const parsed = achMatrixSchema.safeParse(input)
  if (parsed.success) return { ok: true, value: parsed.data as AchMatrix }
  return {
    ok: false,
    errors: parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })),
  }
}
