// Annotations in the store. Every write goes through guardWrite so a full
// disk surfaces as a StorageFullError the editor can show without losing text.
import { normaliseTags, type AnnotationDraft, type AnnotationRecord } from '@shared/domain/annotation'
import { newAnnotationId, type AnnotationId, type CaseId, type DocumentId } from '@shared/domain/ids'
import type { TextSelectors } from '@shared/anchoring'
import type { DocumentRecord } from '@shared/domain/document'
import type { WorkbenchDB } from './db'
import { guardWrite } from './errors'
import { now } from './clock'

export function annotationsRepo(db: WorkbenchDB) {
  return {
    async create(
      doc: Pick<DocumentRecord, 'id' | 'caseId'>,
      selectors: TextSelectors,
      draft: AnnotationDraft,
    ): Promise<AnnotationRecord> {
      const at = now()
      const record: AnnotationRecord = {
        id: newAnnotationId(),
        documentId: doc.id,
        caseId: doc.caseId,
        selectors,
        note: draft.note.trim(),
        tags: normaliseTags(draft.tags),
        created: at,
        modified: at,
      }
      await guardWrite(() => db.annotations.add(record))
      return record
    },

    async update(id: AnnotationId, draft: AnnotationDraft): Promise<AnnotationRecord> {
      const before = await db.annotations.get(id)
      if (!before)
        throw new Error('That annotation no longer exists; it may have been deleted in another window.')
      const after = {
        ...before,
        note: draft.note.trim(),
        tags: normaliseTags(draft.tags),
        modified: now(),
      }
      await guardWrite(() => db.annotations.put(after))
      return after
    },

    remove: (id: AnnotationId) => guardWrite(() => db.annotations.delete(id)),
    forDocument: (documentId: DocumentId) => db.annotations.where('documentId').equals(documentId).toArray(),

    /** Every tag in use in a case, for completion, sorted case-insensitively, each spelling once. */
    async tagsOfCase(caseId: CaseId): Promise<string[]> {
      const seen = new Map<string, string>()
      await db.annotations
        .where('caseId')
        .equals(caseId)
        .each((a) => a.tags.forEach((t) => seen.has(t.toLowerCase()) || seen.set(t.toLowerCase(), t)))
      return [...seen.values()].sort((a, b) => a.localeCompare(b, undefined, { sensitivity: 'base' }))
    },
  }
}
