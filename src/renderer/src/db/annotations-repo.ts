// Annotations in the store. Every write goes through guardWrite so a full
// disk surfaces as a StorageFullError the editor can show without losing text.
import { normaliseTags, type AnnotationDraft, type AnnotationRecord } from '@shared/domain/annotation'
import { newAnnotationId, type AnnotationId, type CaseId, type DocumentId } from '@shared/domain/ids'
import type { TextSelectors } from '@shared/anchoring'
import type { DocumentRecord } from '@shared/domain/document'
import type { AuditRecord } from '@shared/domain/audit'
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

    /**
     * Puts an annotation back on a passage (one that needed review): new
     * selectors, and an audit entry with the old and new ones, in one
     * transaction. Refuses when the annotation changed since `before` was read.
     */
    async reattach(
      before: AnnotationRecord,
      selectors: TextSelectors,
      who: string,
    ): Promise<{ before: AnnotationRecord; after: AnnotationRecord }> {
      return guardWrite(() =>
        db.transaction('rw', [db.annotations, db.audit], async () => {
          const current = await db.annotations.get(before.id)
          if (!current)
            throw new Error('That annotation no longer exists; it may have been deleted in another window.')
          if (current.modified !== before.modified)
            throw new Error('That annotation was changed meanwhile (in another window?); look at it again.')
          const at = now()
          const after: AnnotationRecord = { ...current, selectors, modified: at }
          const entry: AuditRecord = {
            id: crypto.randomUUID(),
            entity: 'annotation',
            entityId: current.id,
            at,
            who,
            action: 'update',
            changes: [{ field: 'selectors', before: current.selectors, after: selectors }],
            note: `Re-attached to “${selectors.quote.exact.slice(0, 80)}”`,
          }
          await db.annotations.put(after)
          await db.audit.add(entry)
          return { before: current, after }
        }),
      )
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
