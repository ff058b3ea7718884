// Annotation and document edits as undoable actions: each writes through a
// repository and puts the records it changed on the undo stack.
import { describeRange, type TextSelectors } from '@shared/anchoring'
import type { AnnotationDraft, AnnotationRecord } from '@shared/domain/annotation'
import type { DocumentMeta, DocumentRecord } from '@shared/domain/document'
import type { DocumentId } from '@shared/domain/ids'
import { annotations, documents } from '../../services'
import type { OriginalRecord } from '../../db/db'
import { recordUndo } from '../../undo/record-undo'

export async function createAnnotation(
  doc: DocumentRecord,
  span: { start: number; end: number },
  draft: AnnotationDraft,
): Promise<AnnotationRecord> {
  const selectors: TextSelectors = describeRange(doc.text, span.start, span.end)
  const record = await annotations.create(doc, selectors, draft)
  recordUndo('create annotation', [{ table: 'annotations', id: record.id, after: record }])
  return record
}

export async function updateAnnotation(
  before: AnnotationRecord,
  draft: AnnotationDraft,
): Promise<AnnotationRecord> {
  const after = await annotations.update(before.id, draft)
  recordUndo('edit annotation', [{ table: 'annotations', id: before.id, before, after }])
  return after
}

export async function deleteAnnotation(record: AnnotationRecord): Promise<void> {
  await annotations.remove(record.id)
  recordUndo('delete annotation', [{ table: 'annotations', id: record.id, before: record }])
}

export async function deleteDocument(id: DocumentId): Promise<DocumentRecord | undefined> {
  const { doc, annotations: removed } = await documents.remove(id)
  if (!doc) return undefined
  recordUndo(`delete “${doc.title}”`, [
    { table: 'documents', id: doc.id, before: doc },
    ...removed.map((a) => ({ table: 'annotations' as const, id: a.id, before: a })),
  ])
  return doc
}

export async function updateDocumentMeta(doc: DocumentRecord, meta: DocumentMeta): Promise<void> {
  const change = await documents.updateMeta(doc.id, meta)
  if (change) recordUndo('edit document details', [{ table: 'documents', id: doc.id, ...change }])
}

/** Stores imported documents (and their original files) as one undoable step. */
export async function addDocuments(
  docs: readonly DocumentRecord[],
  originals: readonly OriginalRecord[] = [],
): Promise<void> {
  await documents.addAll(docs, originals)
  recordUndo(
    docs.length === 1 ? `import “${docs[0]!.title}”` : `import of ${docs.length} documents`,
    docs.map((d) => ({ table: 'documents' as const, id: d.id, after: d })),
  )
}
