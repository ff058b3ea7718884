// The store's side of importing an annotation file (W3C, Hypothesis, Recogito):
// the documents it could go onto, what the planner needs to know about the one
// chosen, and writing the planned annotations as one step. Reading, ranking
// and planning happen in the anchoring worker (workers/anchor-client.ts).
import type { AnnotationRecord } from '@shared/domain/annotation'
import type { CaseId, DocumentId } from '@shared/domain/ids'
import type { TargetDocument } from '@shared/import/import-targets'
import type { WorkbenchDB } from './db'
import { guardWrite } from './errors'
import type { RecordChange } from './history'

export type ImportTarget = TargetDocument & { caseId: CaseId }

/** Every document of the workspace as a possible target, with its case. */
export async function importTargets(db: WorkbenchDB): Promise<ImportTarget[]> {
  const documents = await db.documents.toArray()
  return documents.map(({ id, title, text, textHash, caseId }) => ({ id, title, text, textHash, caseId }))
}

/** What planning onto one document needs: the document, its annotations, and every id in use. */
export async function planInputs(
  db: WorkbenchDB,
  documentId: DocumentId,
): Promise<{ target: ImportTarget; existing: AnnotationRecord[]; takenIds: string[] } | null> {
  return db.transaction('r', [db.documents, db.annotations], async () => {
    const doc = await db.documents.get(documentId)
    if (!doc) return null
    const { id, title, text, textHash, caseId } = doc
    return {
      target: { id, title, text, textHash, caseId },
      existing: await db.annotations.where('documentId').equals(documentId).toArray(),
      takenIds: (await db.annotations.toCollection().primaryKeys()) as string[],
    }
  })
}

/**
 * Writes a plan's annotations onto their document in one transaction, and
 * returns them as one change set for the undo history. Refuses, writing
 * nothing, when the document went away or its text changed since the plan
 * (the passages were placed on that text), or when an id was taken meanwhile.
 */
export async function writeImport(
  db: WorkbenchDB,
  target: Pick<ImportTarget, 'id' | 'textHash' | 'title'>,
  writes: readonly AnnotationRecord[],
): Promise<RecordChange[]> {
  return guardWrite(() =>
    db.transaction('rw', [db.documents, db.annotations], async () => {
      const doc = await db.documents.get(target.id)
      if (!doc) throw new Error(`“${target.title}” was deleted after the preview; nothing was imported.`)
      if (doc.textHash !== target.textHash)
        throw new Error(
          `The text of “${target.title}” changed after the preview; preview the import again. Nothing was imported.`,
        )
      if (writes.some((w) => w.documentId !== target.id))
        throw new Error('The import plan is for another document; nothing was imported.')
      const taken = await db.annotations.bulkGet(writes.map((w) => w.id))
      if (taken.some((t) => t !== undefined))
        throw new Error(
          'Some of these annotations were added meanwhile (in another window?); preview the import again. Nothing was imported.',
        )
      await db.annotations.bulkAdd([...writes])
      return writes.map((after) => ({ table: 'annotations' as const, id: after.id, after }))
    }),
  )
}
