// Annotation and document edits as undoable actions: each writes through a
// repository and records how to reverse itself on the undo stack.
import { describeRange, type TextSelectors } from '@shared/anchoring'
import type { AnnotationDraft, AnnotationRecord } from '@shared/domain/annotation'
import type { DocumentMeta, DocumentRecord } from '@shared/domain/document'
import type { DocumentId } from '@shared/domain/ids'
import { annotations, documents, undoStack } from '../../services'

export async function createAnnotation(
  doc: DocumentRecord,
  span: { start: number; end: number },
  draft: AnnotationDraft,
): Promise<AnnotationRecord> {
  const selectors: TextSelectors = describeRange(doc.text, span.start, span.end)
  const record = await annotations.create(doc.id, selectors, draft)
  undoStack.push({
    label: 'create annotation',
    undo: () => annotations.remove(record.id),
    redo: () => annotations.put(record),
  })
  return record
}

export async function updateAnnotation(
  before: AnnotationRecord,
  draft: AnnotationDraft,
): Promise<AnnotationRecord> {
  const after = await annotations.update(before.id, draft)
  undoStack.push({
    label: 'edit annotation',
    undo: () => annotations.put(before),
    redo: () => annotations.put(after),
  })
  return after
}

export async function deleteAnnotation(record: AnnotationRecord): Promise<void> {
  await annotations.remove(record.id)
  undoStack.push({
    label: 'delete annotation',
    undo: () => annotations.put(record),
    redo: () => annotations.remove(record.id),
  })
}

export async function deleteDocument(id: DocumentId): Promise<DocumentRecord | undefined> {
  const { doc, annotations: removed } = await documents.remove(id)
  if (!doc) return undefined
  undoStack.push({
    label: `delete “${doc.title}”`,
    undo: () => documents.restore(doc, removed),
    redo: async () => void (await documents.remove(id)),
  })
  return doc
}

export async function updateDocumentMeta(doc: DocumentRecord, meta: DocumentMeta): Promise<void> {
  const before: DocumentMeta = {
    title: doc.title,
    outlet: doc.outlet,
    author: doc.author,
    url: doc.url,
    published: doc.published,
    retrieved: doc.retrieved,
  }
  await documents.updateMeta(doc.id, meta)
  undoStack.push({
    label: 'edit document details',
    undo: async () => void (await documents.updateMeta(doc.id, before)),
    redo: async () => void (await documents.updateMeta(doc.id, meta)),
  })
}
