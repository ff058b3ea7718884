// Zod schemas of every record a workspace file carries. A workspace file is
// untrusted input (it may come from another analyst, an older build or a hand
// edit), so every record is checked field by field before it touches the
// store: ids, the published scales' enums, dates, nested selectors. The
// schemas validate and never rewrite values, so a valid file round-trips
// exactly. Messages are sentences the import dialog can show as they are.
import { z } from 'zod'
import { achMatrixSchema, type AchMatrixRecord } from '../analysis/ach'
import { annotationFileFormats, type AnnotationRecord } from '../domain/annotation'
import type { AuditRecord } from '../domain/audit'
import type { BriefingRecord } from '../domain/briefing'
import { claimLinkTypes, claimStatuses, claimTypes, type ClaimRecord } from '../domain/claim'

import type {
  AchMatrixId,
  AnnotationId,
  BriefingId,
  CaseId,
  ClaimId,
  DocumentId,
  SourceId,
} from '../domain/ids'
import type { CaseRecord } from '../domain/case'
import { blockKinds, documentMetaSchema, type DocumentRecord } from '../domain/document'
import {
  confidenceLevels,
  credibilityGrades,
  likelihoodScales,
  likelihoodTerm,
  reliabilityGrades,
  type LikelihoodScaleId,
} from '../domain/scales'
import { sourceKinds, type SourceRecord } from '../domain/source'
import { maxOpenFileBytes } from '../ipc-contract'
import type { PackedOriginal } from './originals'

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
const sha256 = z.string().regex(/^[0-9a-f]{64}$/, 'Must be a hex SHA-256')
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

// Metadata follows the same rules as the details form (a title, http(s) URLs only).
export const documentSchema: z.ZodType<DocumentRecord> = documentMetaSchema
  .extend({
    id: id<DocumentId>('The document id'),
    caseId: id<CaseId>('The case'),
    text: text().min(1, 'A document needs its text'),
    blocks: z.array(enumOf(blockKinds, 'A block is p, h1 to h6, li, quote, caption, cell or pre')),
    blockPages: z
      .array(z.number({ error: 'A page is a number' }).int('A page is a whole number').min(1).nullable())
      .optional(),
    dir: enumOf(['ltr', 'rtl'], 'A direction is ltr or rtl').optional(),
    lang: z.string().max(35, 'A language tag is short').optional(),
    original: z
      .object({
        name: text(),
        size: offset,
        type: text(),
        sha256: sha256,
        importedAt: timestamp,
        extractor: text(),
      })
      .optional(),
    textHash: sha256,
    wordCount: offset,
    created: timestamp,
    modified: timestamp,
  })
  .refine((d) => !d.blockPages || d.blockPages.length === d.blocks.length, {
    message: 'Give one page (or null) per block',
    path: ['blockPages'],
  })

const provenanceSchema = z.object({
  format: enumOf([...annotationFileFormats], 'Format must be w3c, hypothesis or recogito'),
  source: text().nullable(),
  sourceTitle: text().nullable(),
  quote: text().nullable(),
  importedAt: timestamp,
})

const annotationObject = z.object({
  id: id<AnnotationId>('The annotation id'),
  documentId: id<DocumentId>('The document id'),
  caseId: id<CaseId>('The case'),
  selectors: selectorsSchema,
  note: text(),
  tags: texts,
  created: timestamp,
  modified: timestamp,
  via: text().optional(),
  derivedFrom: provenanceSchema.optional(),
})
export const annotationSchema: z.ZodType<AnnotationRecord> = annotationObject

const sourceObject = z.object({
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
export const sourceSchema: z.ZodType<SourceRecord> = sourceObject

const claimObject = z.object({
  id: id<ClaimId>('The claim id'),
  caseId: id<CaseId>('The case'),
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
  sourceInterest: z.boolean({ error: 'Must be true or false' }).optional(),
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
export const claimSchema: z.ZodType<ClaimRecord> = claimObject

export const briefingSchema: z.ZodType<BriefingRecord> = z.object({
  id: id<BriefingId>('The briefing id'),
  caseId: id<CaseId>('The case'),
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
  achMatrixIds: z.array(id<AchMatrixId>('The matrix id')).optional(),
  pageSize: enumOf(['A4', 'Letter'], 'Page size must be A4 or Letter'),
  created: timestamp,
  modified: timestamp,
})

/** An ACH matrix of a case: the analysis module's own rules (see ach.ts), its case and ISO times. */
const achMatrixObject = achMatrixSchema.safeExtend({
  caseId: id<CaseId>('The case'),
  created: timestamp,
  modified: timestamp,
})
export const achMatrixRecordSchema: z.ZodType<AchMatrixRecord> = achMatrixObject

/**
 * The fields an audit entry may name, with the schema of their values: the
 * record's own field schemas, so an audit value is held to the same rules as
 * the field it describes (the audit trail shows these values, so a value the
 * app could never have written is refused here rather than shown there).
 */
const { id: _c, version: _v, created: _cc, modified: _cm, ...claimFields } = claimObject.shape
// caseId stays: moving a claim to another case is a change the trail shows.
const { id: _s, created: _sc, modified: _sm, ...sourceFields } = sourceObject.shape
const { note: annotationNote, tags: annotationTags } = annotationObject.shape
const { id: _m, created: _mc, modified: _mm, ...matrixFields } = achMatrixObject.shape
const auditFields: Record<AuditRecord['entity'], Record<string, z.ZodType>> = {
  claim: claimFields,
  source: sourceFields,
  annotation: { note: annotationNote, tags: annotationTags },
  matrix: matrixFields,
}

const fieldChange = z.object({ field: text(), before: z.unknown(), after: z.unknown() })

export const auditSchema: z.ZodType<AuditRecord> = z
  .object({
    id: id<string>('The audit entry id'),
    entity: enumOf(
      ['claim', 'source', 'annotation', 'matrix'],
      'Entity must be claim, source, annotation or matrix',
    ),
    entityId: id<ClaimId | SourceId | AnnotationId | AchMatrixId>('The entity id'),
    at: timestamp,
    who: text(),
    action: enumOf(
      ['create', 'update', 'delete', 'merge', 'undo', 'redo', 'import'],
      'Action must be create, update, delete, merge, undo, redo or import',
    ),
    changes: z.array(fieldChange),
    note: text(),
  })
  .superRefine((entry, ctx) => {
    const fields = auditFields[entry.entity]
    entry.changes.forEach((change, i) => {
      // Own fields only: "__proto__" or "toString" must not reach Object.prototype.
      const schema = Object.hasOwn(fields, change.field) ? fields[change.field] : undefined
      if (!schema) {
        ctx.addIssue({
          code: 'custom',
          path: ['changes', i, 'field'],
          message: `A ${entry.entity} has no field “${change.field.slice(0, 60)}”`,
        })
        return
      }
      for (const side of ['before', 'after'] as const) {
        const value = change[side]
        // null stands for "no value" (before a creation, after a deletion, an empty field).
        if (value !== null && !schema.safeParse(value).success)
          ctx.addIssue({
            code: 'custom',
            path: ['changes', i, side],
            message: `Not a value the ${entry.entity} field “${change.field}” can hold`,
          })
      }
    })
  })

export const caseSchema: z.ZodType<CaseRecord> = z.object({
  id: id<CaseId>('The case id'),
  name: text().min(1, 'A case needs a name'),
  description: text(),
  marking: text(),
  archived: z.boolean({ error: 'Must be true or false' }),
  created: timestamp,
  modified: timestamp,
})

/**
 * An original file as a workspace or case file carries it (see originals.ts):
 * the bytes themselves are checked against size and hash when unpacked.
 */
export const packedOriginalSchema: z.ZodType<PackedOriginal> = z.object({
  sha256,
  name: text('The file name').min(1, 'An original needs its file name').max(1000, 'A file name is short'),
  type: text('The media type').max(255, 'A media type is short'),
  size: offset.max(maxOpenFileBytes, `An original is at most ${maxOpenFileBytes / 1024 / 1024} MB`),
  data: text('The data'),
})

/**
 * The collections of a workspace, in file order, each with its record schema.
 * achMatrices is absent from files written before matrices existed (read as none).
 */
export const collectionSchemas = {
  cases: caseSchema,
  documents: documentSchema,
  annotations: annotationSchema,
  claims: claimSchema,
  sources: sourceSchema,
  briefings: briefingSchema,
  achMatrices: achMatrixRecordSchema,
  audit: auditSchema,
} as const
export type CollectionName = keyof typeof collectionSchemas
export const collectionNames = Object.keys(collectionSchemas) as CollectionName[]
