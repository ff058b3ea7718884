// W3C Web Annotation records (https://www.w3.org/TR/annotation-model/): what
// this workbench exports, what @recogito/text-annotator's W3C adapter writes
// (one target per selected range), and what other tools write with the same
// vocabulary. Only text selectors are read; a target without one names a whole
// resource, not a passage.
import { z } from 'zod'
import type { RecordResult } from './annotation-file'
import { asList, isObject, optionalString, passageFrom, tagsAndNote } from './annotation-file-selectors'

const CLAIM_ID_PREFIX = 'urn:analyst-workbench:claim:'

const page = z.object({ type: z.literal('AnnotationPage').optional(), items: z.array(z.unknown()) })

/**
 * The annotations of an AnnotationCollection (its embedded first page, or items
 * given directly) or an AnnotationPage, with the collection's label; null when
 * `value` is neither.
 */
export function w3cItems(
  value: Record<string, unknown>,
): { items: unknown[]; label: string | null } | { error: string } | null {
  const label = optionalString(value.label)
  if (value.type === 'AnnotationCollection') {
    if (typeof value.first === 'string')
      return {
        error:
          'This AnnotationCollection only links to its pages; the workbench reads files, not addresses. Export it with its annotations embedded.',
      }
    const first = page.safeParse(value.first)
    if (first.success) return { items: first.data.items, label }
    if (Array.isArray(value.items)) return { items: value.items, label }
    return { error: 'This AnnotationCollection has no embedded page of annotations.' }
  }
  if (value.type === 'AnnotationPage') {
    const parsed = page.safeParse(value)
    return parsed.success
      ? { items: parsed.data.items, label }
      : { error: 'This AnnotationPage has no items.' }
  }
  return null
}

const body = z.union([
  z.string(),
  z.looseObject({
    type: z.string().optional(),
    purpose: z.union([z.string(), z.array(z.string())]).optional(),
    value: z.string().optional(),
  }),
])

function bodiesOf(a: Record<string, unknown>) {
  const out: Array<{ purpose: string | null; value: string }> = []
  if (typeof a.bodyValue === 'string') out.push({ purpose: null, value: a.bodyValue })
  for (const raw of asList(a.body)) {
    const b = body.safeParse(raw)
    // A string body is an IRI (a link to the body), not its text.
    if (!b.success || typeof b.data === 'string' || typeof b.data.value !== 'string') continue
    const purposes = asList(b.data.purpose).filter((p): p is string => typeof p === 'string')
    out.push({ purpose: purposes[0] ?? null, value: b.data.value })
  }
  return out
}

/** Targets that carry selectors (a plain IRI target names a whole resource). */
function textTargets(a: Record<string, unknown>): Array<{ source: string | null; selectors: unknown[] }> {
  return asList(a.target).flatMap((t) =>
    isObject(t) && t.selector !== undefined
      ? [{ source: optionalString(t.source), selectors: asList(t.selector) }]
      : [],
  )
}

export function readW3CRecord(item: unknown): RecordResult {
  const a = item as Record<string, unknown>
  const id = optionalString(a.id)
  const fail = (reason: string): RecordResult => ({ ok: false, id, reason })
  const targets = textTargets(a)
  const first = targets[0]
  if (!first)
    return fail(
      asList(a.target).length === 0
        ? 'has no target.'
        : 'targets a whole document, not a passage of it (no selector).',
    )
  const warnings: string[] = []
  if (targets.length > 1) warnings.push(`selects ${targets.length} passages; only the first is imported.`)
  const passage = passageFrom(first.selectors, warnings)
  if ('reason' in passage) return fail(passage.reason)
  const source = first.source
  const hash = source?.match(/^urn:sha256:([0-9a-f]{64})$/i)?.[1]?.toLowerCase() ?? null
  return {
    ok: true,
    annotation: {
      id,
      source,
      sourceHash: hash,
      sourceTitle: null,
      ...passage,
      ...tagsAndNote(bodiesOf(a)),
      created: optionalString(a.created),
      modified: optionalString(a.modified),
      isClaim: id?.startsWith(CLAIM_ID_PREFIX) ?? false,
      warnings,
    },
  }
}
