// Documents in the store: create from imported blocks, edit metadata, delete
// with everything anchored to them (and put back, for undo).
import { canonicalise, type DocumentMeta, type DocumentRecord, type TextBlock } from '@shared/domain/document'
import { newDocumentId, type CaseId, type DocumentId } from '@shared/domain/ids'
import { countWords } from '@shared/anchoring'
import { sha256Hex } from '@shared/text/sha256'
import type { WorkbenchDB } from './db'
import { guardWrite } from './errors'
import { now } from './clock'

export class EmptyDocumentError extends Error {
  constructor() {
    super('There is no text to import: the file or pasted text is empty once markup is removed.')
    this.name = 'EmptyDocumentError'
  }
}

export async function buildDocument(
  blocks: readonly TextBlock[],
  meta: DocumentMeta,
  caseId: CaseId,
): Promise<DocumentRecord> {
  const { text, blocks: kinds } = canonicalise(blocks)
  if (text === '') throw new EmptyDocumentError()
  const now = new Date().toISOString()
  return {
    ...meta,
    id: newDocumentId(),
    caseId,
    text,
    blocks: kinds,
    textHash: await sha256Hex(text),
    wordCount: countWords(text),
    created: now,
    modified: now,
  }
}

export function documentsRepo(db: WorkbenchDB) {
  return {
    add: (doc: DocumentRecord) => guardWrite(() => db.documents.add(doc)),
    /** Several documents in one transaction: all of them or none. */
    addAll: (docs: readonly DocumentRecord[]) => guardWrite(() => db.documents.bulkAdd([...docs])),

    /** Metadata only: the text of a document never changes after import. Returns the record before and after. */
    updateMeta: (id: DocumentId, { title, outlet, author, url, published, retrieved }: DocumentMeta) =>
      guardWrite(() =>
        db.transaction('rw', db.documents, async () => {
          const before = await db.documents.get(id)
          if (!before) return null
          const after = { ...before, title, outlet, author, url, published, retrieved, modified: now() }
          await db.documents.put(after)
          return { before, after }
        }),
      ),

    /** Deletes a document and its annotations; returns what was removed so undo can restore it. */
    remove: (id: DocumentId) =>
      guardWrite(() =>
        db.transaction('rw', db.documents, db.annotations, async () => {
          const doc = await db.documents.get(id)
          const annotations = await db.annotations.where('documentId').equals(id).toArray()
          await db.annotations.where('documentId').equals(id).delete()
          await db.documents.delete(id)
          return { doc, annotations }
        }),
      ),

    /** Every document of a case with its annotation count, newest first. */
    async listWithCounts(caseId: CaseId) {
      const docs = (await db.documents.where('caseId').equals(caseId).sortBy('created')).reverse()
      const counts = await Promise.all(
        docs.map((d) => db.annotations.where('documentId').equals(d.id).count()),
      )
      return docs.map((doc, i) => ({ doc, annotationCount: counts[i] ?? 0 }))
    },
  }
}
