// @recogito/text-annotator's own annotations (its TextAnnotation model, as the
// app that embeds it stores them with JSON.stringify): `bodies` with purposes
// and values, and `target.selector`, one entry per selected range with the
// `quote` and its `start`/`end` offsets into the annotated container's text
// (the DOM `range` is lost in JSON). No prefix or suffix is kept, so only the
// quote and the position can place it. Its W3C adapter's output is read as W3C.
import { z } from 'zod'
import type { RecordResult } from './annotation-file'
import { asList, parseRecord, passageFrom, tagsAndNote } from './annotation-file-selectors'

const record = z.looseObject({
  id: z.string().optional(),
  bodies: z.array(z.unknown()),
  target: z.looseObject({
    selector: z.unknown(),
    created: z.string().optional(),
    updated: z.string().optional(),
  }),
})
const bodySchema = z.looseObject({ purpose: z.string().optional(), value: z.string() })
const selectorSchema = z.looseObject({
  quote: z.string().optional(),
  start: z.number().optional(),
  end: z.number().optional(),
})

export function readRecogitoRecord(item: unknown): RecordResult {
  const parsed = parseRecord(record, item, 'Recogito')
  if (!parsed.ok) return parsed
  const r = parsed.data
  const id = r.id ?? null
  const selectors = asList(r.target.selector).flatMap((s) => {
    const sel = selectorSchema.safeParse(s)
    return sel.success ? [sel.data] : []
  })
  const first = selectors[0]
  if (!first) return { ok: false, id, reason: 'has no selected text (target.selector is empty).' }
  const warnings: string[] = []
  if (selectors.length > 1) warnings.push(`selects ${selectors.length} passages; only the first is imported.`)
  // The same checks as W3C selectors, by putting Recogito's fields in their shape.
  const passage = passageFrom(
    [
      ...(first.quote !== undefined ? [{ type: 'TextQuoteSelector', exact: first.quote }] : []),
      ...(first.start !== undefined || first.end !== undefined
        ? [{ type: 'TextPositionSelector', start: first.start, end: first.end }]
        : []),
    ],
    warnings,
  )
  if ('reason' in passage) return { ok: false, id, reason: passage.reason }
  const bodies = r.bodies.flatMap((b) => {
    const body = bodySchema.safeParse(b)
    return body.success ? [{ purpose: body.data.purpose ?? null, value: body.data.value }] : []
  })
  return {
    ok: true,
    annotation: {
      id,
      source: null,
      sourceHash: null,
      sourceTitle: null,
      ...passage,
      ...tagsAndNote(bodies),
      created: r.target.created ?? null,
      modified: r.target.updated ?? null,
      isClaim: false,
      warnings,
    },
  }
}
