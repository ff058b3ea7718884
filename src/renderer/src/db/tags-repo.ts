// A case's tag vocabulary in the store: read it, and rename, merge or
// recategorise a tag on every annotation and claim of the case at once, in one
// transaction with an audit entry per record changed. Returns the changes so
// the caller puts the edit on the undo history as one step.
import type { AuditRecord } from '@shared/domain/audit'
import type { ClaimRecord } from '@shared/domain/claim'
import type { CaseId } from '@shared/domain/ids'
import { replaceTag, tagVocabulary, type TagEntry } from '@shared/domain/tag-vocabulary'
import { now } from './clock'
import { withDocumentIds, type WorkbenchDB } from './db'
import { guardWrite } from './errors'
import type { RecordChange } from './history'

export function tagsRepo(db: WorkbenchDB, who: () => string) {
  return {
    async vocabulary(caseId: CaseId): Promise<TagEntry[]> {
      const [annotations, claims] = await Promise.all([
        db.annotations.where('caseId').equals(caseId).toArray(),
        db.claims.where('caseId').equals(caseId).toArray(),
      ])
      return tagVocabulary(annotations, claims)
    },

    /** Every use of `from` in the case becomes `to` (a merge when `to` is already in use). */
    async replace(caseId: CaseId, from: string, to: string, note: string): Promise<RecordChange[]> {
      return guardWrite(() =>
        db.transaction('rw', [db.annotations, db.claims, db.audit], async () => {
          const at = now()
          const changes: RecordChange[] = []
          const audit: AuditRecord[] = []
          const entry = (
            entity: 'annotation' | 'claim',
            id: string,
            before: string[],
            after: string[],
          ): AuditRecord => ({
            id: crypto.randomUUID(),
            entity,
            entityId: id as AuditRecord['entityId'],
            at,
            who: who(),
            action: 'update',
            changes: [{ field: 'tags', before, after }],
            note,
          })
          for (const a of await db.annotations.where('caseId').equals(caseId).toArray()) {
            const tags = replaceTag(a.tags, from, to)
            if (!tags) continue
            const after = { ...a, tags, modified: at }
            await db.annotations.put(after)
            changes.push({ table: 'annotations', id: a.id, before: a, after })
            audit.push(entry('annotation', a.id, a.tags, tags))
          }
          for (const { documentIds: _index, ...c } of await db.claims
            .where('caseId')
            .equals(caseId)
            .toArray()) {
            const tags = replaceTag(c.tags, from, to)
            if (!tags) continue
            const after: ClaimRecord = { ...c, tags, version: c.version + 1, modified: at }
            await db.claims.put(withDocumentIds(after))
            changes.push({ table: 'claims', id: c.id, before: c, after })
            audit.push(entry('claim', c.id, c.tags, tags))
          }
          await db.audit.bulkAdd(audit)
          return changes
        }),
      )
    },
  }
}
