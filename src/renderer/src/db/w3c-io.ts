// Annotations out as W3C Web Annotation JSON-LD, for other annotation tools:
// every annotation and claim of a case, each document's in text order.
// Annotation files come back in through annotation-import.ts and the anchoring worker.
import type { AnnotationRecord } from '@shared/domain/annotation'
import type { CaseId } from '@shared/domain/ids'
import { claimToW3C, inTextOrder, toW3CAnnotation } from '@shared/export/w3c'
import type { WorkbenchDB } from './db'

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
