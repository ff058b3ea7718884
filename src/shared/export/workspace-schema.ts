// Zod schemas of every record a workspace file carries. A workspace file is
// untrusted input (it may come from another analyst, an older build or a hand
// edit), so every record is checked field by field before it touches the
// store: ids, the published scales' enums, dates, nested selectors. The
// schemas validate and never rewrite values, so a valid file round-trips
// exactly. Messages are sentences the import dialog can show as they are.
import { z } from 'zod'
import { documentMetaSchema } from '../domain/document'
import { annotationFileFormats, type AnnotationRecord } from '../domain/annotation'
import type { AuditRecord } from '../domain/audit'
import type { BriefingRecord } from '../domain/briefing'
import { claimLinkTypes, claimStatuses, claimTypes, type ClaimRecord } from '../domain/claim'
import type { BlockKind, DocumentRecord } from '../domain/document'
import type { AnnotationId, BriefingId, ClaimId, DocumentId, SourceId } from '../domain/ids'
import {
  confidenceLevels,
  credibilityGrades,
  likelihoodScales,
  likelihoodTerm,
  reliabilityGrades,
  type LikelihoodScaleId,
} from '../domain/scales'
import { sourceKinds, type SourceRecord } from '../domain/source'

const enumOf = <T extends string>(values: readonly T[], message: string) =>
  z.enum(values as [T, ...T[]], { error: message })

/** A non-empty string id, typed as the branded id it is. */
const id = <T extends string>(what: string) =>
  z
    .string({ error: `${what} must be a text id` })
    .min(1, `${what} cannot be empty`)
    .transform((s) => s as T)

const text = (what = 'This field') => z.string({ error: `${what} must be text` })
const texts = z.array(z.string({ error: 'Each entry must be text' }), { error: 'Must be a list of texts' })

const timestamp = z
  .string({ error: 'Must be a date and time' })
  .refine(
    (s) =>
      /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(s) &&
      !Number.isNaN(Date.parse(s)),
    'Use an ISO date and time, e.g. 2024-12-06T09:00:00Z',
  )
const day = z
  .string({ error: 'Must be a date or empty' })
  .refine(
    (s) => s === '' || (/^\d{4}-\d{2}-\d{2}$/.test(s) && !Number.isNaN(Date.parse(s))),
    'Use a date as YYYY-MM-DD, or leave it empty',
  )
const offset = z
  .number({ error: 'Must be a number' })
  .int('Must be a whole number')
  .min(0, 'Cannot be negative')

export const reliabilitySchema = enumOf(
  reliabilityGrades.map((g) => g.grade),
  'Reliability must be one of A, B, C, D, E or F',
)
export const credibilitySchema = enumOf(
  credibilityGrades.map((g) => g.grade),
  'Credibility must be one of 1, 2, 3, 4, 5 or 6',
)
export const confidenceSchema = enumOf(
  confidenceLevels.map((c) => c.id),
  'Confidence must be low, moderate or high',
)
export const likelihoodSchema = z
  .object({
    scale: enumOf(
      Object.keys(likelihoodScales) as LikelihoodScaleId[],
      'Likelihood scale must be icd203 or uk',
    ),
    term: text('The likelihood term'),
  })
  .refine((l) => likelihoodTerm(l) !== undefined, {
    message: 'The likelihood term is not on its scale',
    path: ['term'],
  })

export const selectorsSchema = z.object({
  quote: z.object({
    type: z.literal('TextQuoteSelector', { error: 'Must be "TextQuoteSelector"' }),
    exact: text(),
    prefix: text(),
    suffix: text(),
  }),
  position: z
    .object({
      type: z.literal('TextPositionSelector', { error: 'Must be "TextPositionSelector"' }),
      start: offset,
      end: offset,
    })
    .refine((p) => p.end >= p.start, { message: 'The end cannot come before the start', path: ['end'] }),
})

const blockKinds: BlockKind[] = ['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6']

// Metadata follows the same rules as the details form (a title, http(s) URLs only).
export const documentSchema: z.ZodType<DocumentRecord> = documentMetaSchema.extend({
  id: id<DocumentId>('The document id'),
  text: text().min(1, 'A document needs its text'),
  blocks: z.array(enumOf(blockKinds, 'A block is p or h1 to h6')),
  textHash: z.string().regex(/^[0-9a-f]{64}$/, 'Must be the hex SHA-256 of the text'),
  wordCount: offset,
  created: timestamp,
  modified: timestamp,
})

const provenanceSchema = z.object({
  format: enumOf([...annotationFileFormats], 'Format must be w3c, hypothesis or recogito'),
  source: text().nullable(),
  sourceTitle: text().nullable(),
  quote: text().nullable(),
  importedAt: timestamp,
})

export const annotationSchema: z.ZodType<AnnotationRecord> = z.object({
  id: id<AnnotationId>('The annotation id'),
  documentId: id<DocumentId>('The document id'),
  selectors: selectorsSchema,
  note: text(),
  tags: texts,
  created: timestamp,
  modified: timestamp,
  via: text().optional(),
  derivedFrom: provenanceSchema.optional(),
})

export const sourceSchema: z.ZodType<SourceRecord> = z.object({
  id: id<SourceId>('The source id'),
  name: text().min(1, 'A source needs a name'),
  aliases: texts,
  kind: enumOf(
    sourceKinds.map((k) => k.id),
    `Kind must be one of ${sourceKinds.map((k) => k.id).join(', ')}`,
  ),
  affiliation: text(),
  partisan: z.boolean({ error: 'Must be true or false' }),
  defaultReliability: reliabilitySchema.nullable(),
  reliabilityRationale: text(),
  relays: id<SourceId>('The relayed source').nullable(),
  url: text(),
  notes: text(),
  created: timestamp,
  modified: timestamp,
})

export const claimSchema: z.ZodType<ClaimRecord> = z.object({
  id: id<ClaimId>('The claim id'),
  statement: text(),
  type: enumOf(
    claimTypes.map((t) => t.id),
    `Type must be one of ${claimTypes.map((t) => t.id).join(', ')}`,
  ),
  attributedTo: id<SourceId>('The source').nullable(),
  reportedVia: id<SourceId>('The channel').nullable(),
  occurred: day,
  reported: day,
  places: texts,
  status: enumOf(
    claimStatuses.map((s) => s.id),
    `Status must be one of ${claimStatuses.map((s) => s.id).join(', ')}`,
  ),
  tags: texts,
  notes: text(),
  anchors: z.array(z.object({ documentId: id<DocumentId>('The document id'), selectors: selectorsSchema })),
  reliabilityOverride: z.object({ grade: reliabilitySchema, reason: text() }).nullable(),
  credibility: credibilitySchema.nullable(),
  likelihood: likelihoodSchema.nullable(),
  confidence: confidenceSchema.nullable(),
  links: z.array(
    z.object({
      type: enumOf(
        claimLinkTypes.map((l) => l.id),
        'A link is corroborates, contradicts or duplicates',
      ),
      target: id<ClaimId>('The linked claim'),
    }),
  ),
  version: z
    .number({ error: 'Must be a number' })
    .int('Must be a whole number')
    .min(1, 'Versions start at 1'),
  created: timestamp,
  modified: timestamp,
})

export const briefingSchema: z.ZodType<BriefingRecord> = z.object({
  id: id<BriefingId>('The briefing id'),
  title: text(),
  marking: text(),
  author: text(),
  date: day,
  audience: text(),
  bottomLine: text(),
  keyJudgments: z.array(
    z.object({
      id: text().min(1, 'A key judgment needs an id'),
      text: text(),
      likelihood: likelihoodSchema.nullable(),
      confidence: confidenceSchema.nullable(),
      claimIds: z.array(id<ClaimId>('The claim id')),
      substantiation: text(),
    }),
  ),
  outlook: text(),
  alternativeViews: text(),
  citedClaims: z.array(z.object({ claimId: id<ClaimId>('The claim id'), version: offset })),
  pageSize: enumOf(['A4', 'Letter'], 'Page size must be A4 or Letter'),
  created: timestamp,
  modified: timestamp,
})

export const auditSchema: z.ZodType<AuditRecord> = z.object({
  id: id<string>('The audit entry id'),
  entity: enumOf(['claim', 'source'], 'Entity must be claim or source'),
  entityId: id<ClaimId | SourceId>('The entity id'),
  at: timestamp,
  who: text(),
  action: enumOf(
    ['create', 'update', 'delete', 'merge', 'undo', 'import'],
    'Action must be create, update, delete, merge, undo or import',
  ),
  changes: z.array(z.object({ field: text(), before: z.unknown(), after: z.unknown() })),
  note: text(),
})

/** The collections of a workspace, in file order, each with its record schema. */
export const collectionSchemas = {
  documents: documentSchema,
  annotations: annotationSchema,
  claims: claimSchema,
  sources: sourceSchema,
  briefings: briefingSchema,
  audit: auditSchema,
} as const
export type CollectionName = keyof typeof collectionSchemas
export const collectionNames = Object.keys(collectionSchemas) as CollectionName[]
