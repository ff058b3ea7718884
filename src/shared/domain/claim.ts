// Claims: what a passage asserts, in the analyst's words, who asserted it and
// through whom, how the source and the information are graded (Admiralty),
// and the analyst's own assessment (likelihood and confidence, always two
// separate fields, never one sentence).
import { z } from 'zod'
import type { TextSelectors } from '../anchoring'
import type { CaseId, ClaimId, DocumentId, SourceId } from './ids'
import {
  confidenceLevels,
  credibilityGrades,
  likelihoodScales,
  reliabilityGrades,
  type Confidence,
  type Credibility,
  type Likelihood,
  type LikelihoodScaleId,
  type Reliability,
} from './scales'

export const claimTypes = [
  { id: 'reported-fact', label: 'Reported fact' },
  { id: 'direct-quote', label: 'Direct quote' },
  { id: 'assessment', label: 'Assessment or opinion' },
  { id: 'prediction', label: 'Prediction' },
  { id: 'event-report', label: 'Event report' },
] as const
export type ClaimType = (typeof claimTypes)[number]['id']
export const claimTypeLabel = (t: ClaimType) => claimTypes.find((c) => c.id === t)!.label

export const claimStatuses = [
  { id: 'unverified', label: 'Unverified' },
  { id: 'corroborated', label: 'Corroborated' },
  { id: 'disputed', label: 'Disputed' },
  { id: 'refuted', label: 'Refuted' },
  { id: 'retracted', label: 'Retracted' },
] as const
export type ClaimStatus = (typeof claimStatuses)[number]['id']
export const claimStatusLabel = (s: ClaimStatus) => claimStatuses.find((c) => c.id === s)!.label

export const claimLinkTypes = [
  { id: 'corroborates', label: 'Corroborates' },
  { id: 'contradicts', label: 'Contradicts' },
  { id: 'duplicates', label: 'Duplicates' },
] as const
export type ClaimLinkType = (typeof claimLinkTypes)[number]['id']

/** A passage a claim rests on, anchored like an annotation. */
export interface ClaimAnchor {
  documentId: DocumentId
  selectors: TextSelectors
}

export interface ClaimLink {
  type: ClaimLinkType
  target: ClaimId
}

export interface ClaimRecord {
  id: ClaimId
  caseId: CaseId
  statement: string
  type: ClaimType
  attributedTo: SourceId | null
  reportedVia: SourceId | null
  /** When it happened / when it was reported: YYYY-MM-DD or empty. */
  occurred: string
  reported: string
  places: string[]
  status: ClaimStatus
  tags: string[]
  notes: string
  anchors: ClaimAnchor[]
  /**
   * The source has a stated interest in this claim (it benefits if it is
   * believed): like a partisan source, it never counts towards confirmation.
   * Absent on records made before the field existed; absent means false.
   */
  sourceInterest?: boolean
  /** Per-claim reliability, overriding the attributed source's default; needs a reason. */
  reliabilityOverride: { grade: Reliability; reason: string } | null
  credibility: Credibility | null
  likelihood: Likelihood | null
  confidence: Confidence | null
  links: ClaimLink[]
  /** Increases with every saved change, so a briefing can tell that a claim it cites has moved on. */
  version: number
  created: string
  modified: string
}

/** What the analyst edits: everything but identity, case and bookkeeping. */
export type ClaimDraft = Omit<ClaimRecord, 'id' | 'caseId' | 'version' | 'created' | 'modified'>

export const emptyClaimDraft: ClaimDraft = {
  statement: '',
  type: 'reported-fact',
  attributedTo: null,
  reportedVia: null,
  occurred: '',
  reported: '',
  places: [],
  status: 'unverified',
  tags: [],
  notes: '',
  anchors: [],
  reliabilityOverride: null,
  credibility: null,
  likelihood: null,
  confidence: null,
  links: [],
}

/** The claim's reliability grade: its own override, else its source's default. */
export function effectiveReliability(
  claim: Pick<ClaimRecord, 'reliabilityOverride' | 'attributedTo'>,
  sourceGrade: (id: SourceId) => Reliability | null | undefined,
): Reliability | null {
  if (claim.reliabilityOverride) return claim.reliabilityOverride.grade
  return claim.attributedTo ? (sourceGrade(claim.attributedTo) ?? null) : null
}

const day = z
  .string()
  .trim()
  .refine(
    (s) => s === '' || (/^\d{4}-\d{2}-\d{2}$/.test(s) && !Number.isNaN(Date.parse(s))),
    'Use a date as YYYY-MM-DD, or leave it empty',
  )
const enumOf = <T extends string>(values: readonly T[], message: string) =>
  z.enum(values as [T, ...T[]], { message })
const reliability = enumOf(
  reliabilityGrades.map((g) => g.grade),
  'Reliability must be one of A, B, C, D, E or F',
)
const credibility = enumOf(
  credibilityGrades.map((g) => g.grade),
  'Credibility must be one of 1, 2, 3, 4, 5 or 6',
)

export const claimDraftSchema = z
  .object({
    statement: z.string().trim().min(1, 'Write the claim as a statement: it cannot be empty').max(5000),
    type: enumOf(
      claimTypes.map((t) => t.id),
      'Choose the kind of claim',
    ),
    attributedTo: z.custom<SourceId>(
      (v) => typeof v === 'string' && v !== '',
      'Name the source this claim is attributed to',
    ),
    reportedVia: z.custom<SourceId | null>((v) => v === null || typeof v === 'string'),
    occurred: day,
    reported: day,
    places: z.array(z.string().trim().min(1).max(200)).max(50),
    status: enumOf(
      claimStatuses.map((s) => s.id),
      'Choose a status',
    ),
    tags: z.array(z.string().trim().min(1).max(200)).max(100),
    notes: z.string().max(20000),
    anchors: z.custom<ClaimAnchor[]>((v) => Array.isArray(v)),
    sourceInterest: z.boolean({ message: 'Say yes or no' }).optional(),
    reliabilityOverride: z
      .object({
        grade: reliability,
        reason: z.string().trim().min(1, 'Say why this claim is graded apart from its source'),
      })
      .nullable(),
    credibility: credibility.nullable(),
    likelihood: z
      .object({
        scale: enumOf(Object.keys(likelihoodScales) as LikelihoodScaleId[], 'Unknown likelihood scale'),
        term: z.string(),
      })
      .refine(
        (l) => (likelihoodScales[l.scale].terms as readonly { id: string }[]).some((t) => t.id === l.term),
        'Choose a term from the likelihood scale',
      )
      .nullable(),
    confidence: enumOf(
      confidenceLevels.map((c) => c.id),
      'Confidence must be low, moderate or high',
    ).nullable(),
    links: z.array(
      z.object({
        type: enumOf(
          claimLinkTypes.map((l) => l.id),
          'Unknown link',
        ),
        target: z.custom<ClaimId>((v) => typeof v === 'string'),
      }),
    ),
  })
  .superRefine((c, ctx) => {
    if (c.reportedVia && c.reportedVia === c.attributedTo) {
      ctx.addIssue({
        code: 'custom',
        path: ['reportedVia'],
        message: 'The channel should differ from the source; leave it empty if the source spoke directly',
      })
    }
  })

export type ClaimDraftErrors = Partial<
  Record<keyof ClaimDraft | 'reliabilityOverride.reason' | 'reliabilityOverride.grade', string>
>

/** Validates a draft; the first problem of each field, keyed by field (nested paths joined with "."). */
export function validateClaimDraft(
  draft: ClaimDraft,
): { ok: true; value: ClaimDraft } | { ok: false; errors: ClaimDraftErrors } {
  const parsed = claimDraftSchema.safeParse(draft)
  if (parsed.success) return { ok: true, value: { ...draft, ...parsed.data } as ClaimDraft }
  const errors: ClaimDraftErrors = {}
  for (const issue of parsed.error.issues) {
    const key = issue.path
      .slice(0, issue.path[0] === 'reliabilityOverride' ? 2 : 1)
      .join('.') as keyof ClaimDraftErrors
    errors[key] ??= issue.message
  }
  return { ok: false, errors }
}
