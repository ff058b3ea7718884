// Annotations in and out as W3C Web Annotation JSON-LD, for other annotation
// tools: every annotation and claim of a case out, annotations back in onto
// the documents whose text they were made on.
import { anchor } from '@shared/anchoring'
import type { AnnotationRecord } from '@shared/domain/annotation'
import { newAnnotationId, type CaseId } from '@shared/domain/ids'
import { claimToW3C, inTextOrder, parseW3CAnnotations, toW3CAnnotation } from '@shared/export/w3c'
import type { WorkbenchDB } from './db'
import { guardWrite } from './errors'
import type { RecordChange } from './history'

/** Every annotation and claim of a case as one W3C AnnotationCollection, grades as machine tags. */
export async function exportW3C(db: WorkbenchDB, caseId: CaseId): Promise<{ json: string; count: number }> {
  const data = await db.transaction('r', [db.documents, db.annotations, db.claims, db.sources], async () => ({
    documents: await db.documents.where('caseId').equals(caseId).toArray(),
    annotations: await db.annotations.where('caseId').equals(caseId).toArray(),
    claims: await db.claims.where('caseId').equals(caseId).toArray(),
    sources: await db.sources.toArray(),
  }))
  // Document by document, each in the order of its text.
  const byDocument = new Map<string, AnnotationRecord[]>()
  for (const a of data.annotations) {
    const list = byDocument.get(a.documentId)
    if (list) list.push(a)
    else byDocument.set(a.documentId, [a])
  }
  const items = [
    ...data.documents.flatMap((doc) =>
      inTextOrder(doc.text, byDocument.get(doc.id) ?? []).map((a) => toW3CAnnotation(doc, a)),
    ),
    ...data.claims.flatMap((c) => claimToW3C(c, { documents: data.documents, sources: data.sources })),
  ]
  const collection = {
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    type: 'AnnotationCollection',
    label: 'Analyst Workbench annotations and claims',
    total: items.length,
    first: { type: 'AnnotationPage', startIndex: 0, items },
  }
  return { json: JSON.stringify(collection, null, 2), count: items.length }
}

/**
 * Imports W3C annotations onto the documents whose text they were made on
 * (matched by the text's hash). One already present (same id, or same
 * passage and note) is skipped, as are exported claims; one that no longer
 * anchors is kept and shown as needing review rather than attached elsewhere.
 */
export async function importW3C(
  db: WorkbenchDB,
  text: string,
): Promise<
  | { ok: true; added: number; skipped: number; orphaned: number; changes: RecordChange[] }
  | { ok: false; error: string }
> {
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch {
    return { ok: false, error: 'This file is not valid JSON.' }
  }
  const documents = await db.documents.toArray()
  const parsed = parseW3CAnnotations(json, {
    documentsByHash: new Map(documents.map((d) => [d.textHash, { id: d.id, text: d.text }])),
  })
  if (!parsed.ok) return parsed
  const existing = await db.annotations.toArray()
  const key = (a: Pick<AnnotationRecord, 'documentId' | 'note' | 'selectors'>) =>
    `${a.documentId}|${a.selectors.position.start}|${a.selectors.position.end}|${a.selectors.quote.exact}|${a.note}`
  const seen = new Set(existing.map(key))
  const ids = new Set<string>(existing.map((a) => a.id))
  const now = new Date().toISOString()
  const texts = new Map(documents.map((d) => [d.id, d.text]))
  const caseOf = new Map(documents.map((d) => [d.id, d.caseId]))
  const fresh: AnnotationRecord[] = []
  let orphaned = 0
  for (const draft of parsed.annotations) {
    // Claims travel as annotations for other tools; here they come back through the workspace file.
    if (draft.originalId?.startsWith('urn:analyst-workbench:claim:')) continue
    const id = draft.originalId?.replace(/^urn:uuid:/, '')
    if ((id && ids.has(id)) || seen.has(key(draft))) continue
    if (anchor(texts.get(draft.documentId) ?? '', draft.selectors).status === 'orphaned') orphaned++
    const record: AnnotationRecord = {
      id: id && /^[0-9a-f-]{36}$/i.test(id) ? (id as AnnotationRecord['id']) : newAnnotationId(),
      documentId: draft.documentId,
      caseId: caseOf.get(draft.documentId)!,
      selectors: draft.selectors,
      note: draft.note,
      tags: draft.tags,
      created: draft.created ?? now,
      modified: draft.modified ?? now,
    }
    fresh.push(record)
    seen.add(key(record))
    ids.add(record.id)
  }
  await guardWrite(() => db.annotations.bulkAdd(fresh))
  return {
    ok: true,
    added: fresh.length,
    skipped: parsed.annotations.length - fresh.length,
    orphaned,
    changes: fresh.map((after) => ({ table: 'annotations', id: after.id, after })),
  }
}
