// Cases in the store: create, rename, archive, delete with everything in them
// (ACH matrices included), and move or copy a document (with its annotations and the claims resting on
// it) to another case. Each change returns the records it touched, so the
// caller puts it on the undo history as one step.
import { diffFields, type AuditRecord } from '@shared/domain/audit'
import type { AnnotationRecord } from '@shared/domain/annotation'
import type { CaseDraft, CaseRecord } from '@shared/domain/case'
import type { ClaimRecord } from '@shared/domain/claim'
import {
  newAnnotationId,
  newCaseId,
  newClaimId,
  newDocumentId,
  type CaseId,
  type DocumentId,
} from '@shared/domain/ids'
import { now } from './clock'
import { withDocumentIds, type WorkbenchDB } from './db'
import { guardWrite } from './errors'
import type { RecordChange } from './history'

export interface CaseContents {
  documents: number
  annotations: number
  claims: number
  briefings: number
  matrices: number
}

/** "3 documents, 12 annotations, 40 claims, 1 briefing and 2 ACH matrices", or "nothing" for an empty case. */
export function describeContents(c: CaseContents): string {
  const part = (n: number, one: string, many: string) =>
    n ? `${n.toLocaleString('en')} ${n === 1 ? one : many}` : ''
  const parts = [
    part(c.documents, 'document', 'documents'),
    part(c.annotations, 'annotation', 'annotations'),
    part(c.claims, 'claim', 'claims'),
    part(c.briefings, 'briefing', 'briefings'),
    part(c.matrices, 'ACH matrix', 'ACH matrices'),
  ].filter(Boolean)
  if (!parts.length) return 'nothing'
  return parts.length === 1 ? parts[0]! : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`
}

export function casesRepo(db: WorkbenchDB, who: () => string) {
  const write = <T>(tables: Parameters<WorkbenchDB['transaction']>[1][], body: () => Promise<T>) =>
    guardWrite(() => db.transaction('rw', tables, body))

  const claimAudit = (changes: RecordChange[], note: string): AuditRecord[] => {
    const at = now()
    return changes
      .filter((c): c is Extract<RecordChange, { table: 'claims' }> => c.table === 'claims')
      .map((c) => ({
        id: crypto.randomUUID(),
        entity: 'claim' as const,
        entityId: c.id,
        at,
        who: who(),
        action: c.before ? ('update' as const) : ('create' as const),
        changes: diffFields<object>(c.before, c.after),
        note,
      }))
  }

  return {
    async create(draft: CaseDraft): Promise<RecordChange[]> {
      const at = now()
      const record: CaseRecord = {
        id: newCaseId(),
        name: draft.name.trim(),
        description: draft.description,
        marking: draft.marking.trim(),
        archived: false,
        created: at,
        modified: at,
      }
      await guardWrite(() => db.cases.add(record))
      return [{ table: 'cases', id: record.id, after: record }]
    },

    async update(id: CaseId, patch: Partial<CaseDraft & { archived: boolean }>): Promise<RecordChange[]> {
      return write([db.cases], async () => {
        const before = await db.cases.get(id)
        if (!before) throw new Error('That case no longer exists.')
        const after = { ...before, ...patch, modified: now() }
        await db.cases.put(after)
        return [{ table: 'cases', id, before, after }]
      })
    },

    async contents(id: CaseId): Promise<CaseContents> {
      const [documents, annotations, claims, briefings, matrices] = await Promise.all([
        db.documents.where('caseId').equals(id).count(),
        db.annotations.where('caseId').equals(id).count(),
        db.claims.where('caseId').equals(id).count(),
        db.briefings.where('caseId').equals(id).count(),
        db.achMatrices.where('caseId').equals(id).count(),
      ])
      return { documents, annotations, claims, briefings, matrices }
    },

    /** Deletes a case and everything in it; its audit entries stay, as the record of what was there. */
    async remove(id: CaseId): Promise<RecordChange[]> {
      const tables = [db.cases, db.documents, db.annotations, db.claims, db.briefings, db.achMatrices]
      return write(tables, async () => {
        const record = await db.cases.get(id)
        if (!record) return []
        const [documents, annotations, claims, briefings, matrices] = await Promise.all([
          db.documents.where('caseId').equals(id).toArray(),
          db.annotations.where('caseId').equals(id).toArray(),
          db.claims.where('caseId').equals(id).toArray(),
          db.briefings.where('caseId').equals(id).toArray(),
          db.achMatrices.where('caseId').equals(id).toArray(),
        ])
        await db.annotations.bulkDelete(annotations.map((a) => a.id))
        await db.claims.bulkDelete(claims.map((c) => c.id))
        await db.briefings.bulkDelete(briefings.map((b) => b.id))
        await db.achMatrices.bulkDelete(matrices.map((m) => m.id))
        await db.documents.bulkDelete(documents.map((d) => d.id))
        await db.cases.delete(id)
        return [
          { table: 'cases', id, before: record },
          ...documents.map((before) => ({ table: 'documents' as const, id: before.id, before })),
          ...annotations.map((before) => ({ table: 'annotations' as const, id: before.id, before })),
          ...claims.map(({ documentIds: _i, ...before }) => ({
            table: 'claims' as const,
            id: before.id,
            before,
          })),
          ...briefings.map((before) => ({ table: 'briefings' as const, id: before.id, before })),
          ...matrices.map((before) => ({ table: 'achMatrices' as const, id: before.id, before })),
        ]
      })
    },

    /**
     * Moves (or copies) a document to another case with its annotations and
     * the claims resting on it. A copy gets new ids throughout; the claims it
     * copies point at the copied document.
     */
    async moveDocument(docId: DocumentId, to: CaseId, copy: boolean): Promise<RecordChange[]> {
      return write([db.cases, db.documents, db.annotations, db.claims, db.audit], async () => {
        const doc = await db.documents.get(docId)
        const target = await db.cases.get(to)
        if (!doc || !target) throw new Error('That document or case no longer exists.')
        if (doc.caseId === to) return []
        const annotations = await db.annotations.where('documentId').equals(docId).toArray()
        const claims = (await db.claims.where('documentIds').equals(docId).toArray()).map(
          ({ documentIds: _i, ...c }) => c as ClaimRecord,
        )
        const at = now()
        const changes: RecordChange[] = []
        if (copy) {
          const newDoc = { ...doc, id: newDocumentId(), caseId: to, created: at, modified: at }
          changes.push({ table: 'documents', id: newDoc.id, after: newDoc })
          for (const a of annotations) {
            const after: AnnotationRecord = {
              ...a,
              id: newAnnotationId(),
              documentId: newDoc.id,
              caseId: to,
              modified: at,
            }
            changes.push({ table: 'annotations', id: after.id, after })
          }
          for (const c of claims) {
            const after: ClaimRecord = {
              ...c,
              id: newClaimId(),
              caseId: to,
              anchors: c.anchors.map((a) => (a.documentId === docId ? { ...a, documentId: newDoc.id } : a)),
              links: [],
              version: 1,
              created: at,
              modified: at,
            }
            changes.push({ table: 'claims', id: after.id, after })
          }
        } else {
          changes.push({
            table: 'documents',
            id: doc.id,
            before: doc,
            after: { ...doc, caseId: to, modified: at },
          })
          for (const a of annotations)
            changes.push({
              table: 'annotations',
              id: a.id,
              before: a,
              after: { ...a, caseId: to, modified: at },
            })
          for (const c of claims)
            changes.push({
              table: 'claims',
              id: c.id,
              before: c,
              after: { ...c, caseId: to, version: c.version + 1, modified: at },
            })
        }
        for (const c of changes) {
          if (c.table === 'documents' && c.after) await db.documents.put(c.after)
          else if (c.table === 'annotations' && c.after) await db.annotations.put(c.after)
          else if (c.table === 'claims' && c.after) await db.claims.put(withDocumentIds(c.after))
        }
        const note = `${copy ? 'Copied' : 'Moved'} with “${doc.title}” to the case “${target.name}”`
        await db.audit.bulkAdd(claimAudit(changes, note))
        return changes
      })
    },
  }
}
