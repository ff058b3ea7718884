// Reading W3C Web Annotations (from this workbench or another tool) back into
// annotation drafts. The file is untrusted, so its shape is checked with zod,
// and an annotation is only accepted on a document whose text hashes to its
// target (`urn:sha256:<hash>`): selectors are offsets into that exact text.
import { z } from 'zod'
import type { TextSelectors } from '../anchoring'
import { normaliseTags } from '../domain/annotation'
import type { DocumentRecord } from '../domain/document'
import type { DocumentId } from '../domain/ids'

/** `namespace:predicate="value"` (a grade, not a tag the analyst typed; "actor:HTS" is not one). */
export const isMachineTag = (tag: string) => /^[\w-]+:[\w-]+="[^"]*"$/.test(tag.trim())

export interface W3CAnnotationDraft {
  documentId: DocumentId
  selectors: TextSelectors
  note: string
  tags: string[]
  /** The annotation's id in the file (e.g. "urn:uuid:…"), or null. */
  originalId: string | null
  created: string | null
  modified: string | null
}

const quoteSelector = z.object({
  type: z.literal('TextQuoteSelector'),
  exact: z.string().min(1, 'its quote is empty'),
  prefix: z.string().optional(),
  suffix: z.string().optional(),
})
const positionSelector = z
  .object({
    type: z.literal('TextPositionSelector'),
    start: z.number().int().min(0),
    end: z.number().int().min(0),
  })
  .refine((p) => p.end >= p.start, 'its TextPositionSelector ends before it starts')
const textualBody = z.object({
  type: z.literal('TextualBody').optional(),
  purpose: z.string().optional(),
  value: z.string(),
})
const oneOrMany = <T extends z.ZodType>(s: T) =>
  z.union([s, z.array(s)]).transform((v) => (Array.isArray(v) ? v : [v]))
const annotationSchema = z.object({
  id: z.string().optional(),
  type: z.union([z.literal('Annotation'), z.array(z.string()).refine((t) => t.includes('Annotation'))]),
  created: z.string().optional(),
  modified: z.string().optional(),
  body: oneOrMany(z.unknown()).optional(),
  target: oneOrMany(
    z.object({ source: z.string(), selector: oneOrMany(z.looseObject({ type: z.string() })).optional() }),
  ),
})
const pageSchema = z.object({ type: z.literal('AnnotationPage').optional(), items: z.array(z.unknown()) })
const collectionSchema = z.object({ type: z.literal('AnnotationCollection'), first: pageSchema })

export type ParseW3CResult = { ok: true; annotations: W3CAnnotationDraft[] } | { ok: false; error: string }

/**
 * Reads W3C annotations (an AnnotationCollection as toW3CCollection writes
 * it, an AnnotationPage, a list or a single Annotation; JSON text or parsed).
 * Each must target `urn:sha256:<hash>` of a document the workbench has, keyed
 * by its textHash in `documentsByHash`; with the document's text, a missing
 * TextPositionSelector is recovered from the quote. Tags exclude machine tags.
 */
export function parseW3CAnnotations(
  json: unknown,
  options: {
    documentsByHash: ReadonlyMap<string, Pick<DocumentRecord, 'id'> & Partial<Pick<DocumentRecord, 'text'>>>
  },
): ParseW3CResult {
  let value = json
  if (typeof json === 'string') {
    try {
      value = JSON.parse(json.replace(/^\uFEFF/, ''))
    } catch (e) {
      return {
        ok: false,
        error: `The file is not valid JSON (${e instanceof Error ? e.message : String(e)}).`,
      }
    }
  }
  const collection = collectionSchema.safeParse(value)
  const page = pageSchema.safeParse(value)
  const items = collection.success
    ? collection.data.first.items
    : Array.isArray(value)
      ? value
      : page.success && !annotationSchema.safeParse(value).success
        ? page.data.items
        : [value]
  if (!items.length) return { ok: false, error: 'The file holds no annotations.' }

  const drafts: W3CAnnotationDraft[] = []
  for (const [i, item] of items.entries()) {
    const parsed = annotationSchema.safeParse(item)
    const name = (id?: string) => `Annotation ${i + 1}${id ? ` (${id})` : ''}`
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!
      const where = issue.path.length ? ` at ${issue.path.join('.')}` : ''
      return {
        ok: false,
        error: `${name()} is not a W3C Web Annotation${where}: ${issue.message}. Expected an Annotation, a list of them or an AnnotationCollection.`,
      }
    }
    const a = parsed.data
    const fail = (why: string): ParseW3CResult => ({ ok: false, error: `${name(a.id)} ${why}` })
    const target = a.target.find((t) => t.source.startsWith('urn:sha256:')) ?? a.target[0]!
    const hash = target.source.replace(/^urn:sha256:/, '').toLowerCase()
    const doc = target.source.startsWith('urn:sha256:') ? options.documentsByHash.get(hash) : undefined
    if (!doc)
      return fail(
        `targets ${target.source}, which is not the text of any document in the workbench. Import that document first; its text must match exactly.`,
      )
    const selectors = target.selector ?? []
    const quote = quoteSelector.safeParse(selectors.find((s) => s.type === 'TextQuoteSelector'))
    if (!quote.success)
      return fail('has no usable TextQuoteSelector: the workbench needs the quoted text to anchor it.')
    const rawPosition = selectors.find((s) => s.type === 'TextPositionSelector')
    const position = positionSelector.safeParse(rawPosition)
    if (rawPosition && !position.success)
      return fail(`has a bad TextPositionSelector: ${position.error.issues[0]!.message}.`)
    const { exact, prefix = '', suffix = '' } = quote.data
    let start = position.success ? position.data.start : -1
    if (!position.success && doc.text !== undefined) {
      const withContext = doc.text.indexOf(prefix + exact + suffix)
      start = withContext >= 0 ? withContext + prefix.length : doc.text.indexOf(exact)
      if (start < 0) return fail('quotes text that is not in the document.')
    }
    if (start < 0) return fail('has no TextPositionSelector.')
    const end = position.success ? position.data.end : start + exact.length
    if (doc.text !== undefined && end > doc.text.length)
      return fail('has a TextPositionSelector past the end of the document.')
    const bodies = (a.body ?? []).flatMap((b) => {
      const t = textualBody.safeParse(b)
      return t.success ? [t.data] : []
    })
    drafts.push({
      documentId: doc.id,
      selectors: {
        quote: { type: 'TextQuoteSelector', exact, prefix, suffix },
        position: { type: 'TextPositionSelector', start, end },
      },
      tags: normaliseTags(
        bodies.filter((b) => b.purpose === 'tagging' && !isMachineTag(b.value)).map((b) => b.value),
      ),
      note: bodies
        .filter((b) => b.purpose === undefined || b.purpose === 'commenting' || b.purpose === 'describing')
        .map((b) => b.value)
        .join('\n\n'),
      originalId: a.id ?? null,
      created: a.created ?? null,
      modified: a.modified ?? null,
    })
  }
  return { ok: true, annotations: drafts }
}
