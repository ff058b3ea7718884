// Hypothesis annotations, as its client's "Export annotations" JSON holds them
// ({ export_date, export_userid, client_version, annotations: [...] }) and as
// its API's search returns them ({ total, rows: [...] }): `target[].selector`
// (W3C text selectors next to a RangeSelector into the page's DOM), `text` (the
// note, Markdown), `tags`, `uri` and `document.title`. Offsets are into the web
// page's text, so on any other text they are only a hint; the quote decides.
import { z } from 'zod'
import type { RecordResult } from './annotation-file'
import { asList, isObject, optionalString, parseRecord, passageFrom } from './annotation-file-selectors'
import { normaliseTags } from '../domain/annotation'

const record = z.looseObject({
  id: z.string().optional(),
  uri: z.string().optional(),
  text: z.string().optional(),
  tags: z.array(z.string()).optional(),
  created: z.string().optional(),
  updated: z.string().optional(),
  references: z.array(z.string()).optional(),
  target: z.array(z.unknown()),
  document: z.looseObject({ title: z.union([z.string(), z.array(z.string())]).optional() }).optional(),
})

export function readHypothesisRecord(item: unknown): RecordResult {
  const parsed = parseRecord(record, item, 'Hypothesis')
  if (!parsed.ok) return parsed
  const h = parsed.data
  const id = h.id ?? null
  const fail = (reason: string): RecordResult => ({ ok: false, id, reason })
  if (h.references && h.references.length > 0)
    return fail('is a reply in a discussion, not an annotation on a passage.')
  const targets = h.target.filter((t): t is Record<string, unknown> => isObject(t))
  const withSelector = targets.filter((t) => t.selector !== undefined)
  const first = withSelector[0]
  if (!first) return fail('is a page note: it is about the whole page, not a passage.')
  const warnings: string[] = []
  if (withSelector.length > 1)
    warnings.push(`selects ${withSelector.length} passages; only the first is imported.`)
  const passage = passageFrom(asList(first.selector), warnings)
  if ('reason' in passage) return fail(passage.reason)
  const title = asList(h.document?.title).find((t): t is string => typeof t === 'string' && t.trim() !== '')
  return {
    ok: true,
    annotation: {
      id,
      source: optionalString(first.source) ?? h.uri ?? null,
      sourceHash: null,
      sourceTitle: title?.trim() ?? null,
      ...passage,
      note: h.text ?? '',
      tags: normaliseTags(h.tags ?? []),
      created: h.created ?? null,
      modified: h.updated ?? null,
      isClaim: false,
      warnings,
    },
  }
}
