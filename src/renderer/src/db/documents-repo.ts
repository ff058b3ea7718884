// Documents in the store: create from imported blocks, edit metadata, delete
// with everything anchored to them (and put back, for undo).
import {
  canonicalise,
  type DocumentMeta,
  type DocumentOriginal,
  type DocumentRecord,
  type TextBlock,
} from '@shared/domain/document'
import { newDocumentId, type CaseId, type DocumentId } from '@shared/domain/ids'
import { countWords } from '@shared/anchoring'
import { sha256Hex } from '@shared/text/sha256'
import type { OriginalRecord, WorkbenchDB } from './db'
import { guardWrite } from './errors'
import { now } from './clock'

export class EmptyDocumentError extends Error {
  constructor() {
    super('There is no text to import: the file or pasted text is empty once markup is removed.')
    this.name = 'EmptyDocumentError'
  }
}

/** What an import knows beyond the text: pages (PDF), direction, language and the original file. */
export interface DocumentExtras {
  /** Parallel to `blocks`: the page each block starts on. */
  pages?: readonly (number | undefined)[]
  dir?: 'ltr' | 'rtl'
  lang?: string
  original?: DocumentOriginal
}

export async function buildDocument(
  blocks: readonly TextBlock[],
  meta: DocumentMeta,
  caseId: CaseId,
  extras: DocumentExtras = {},
): Promise<DocumentRecord> {
  // Blocks that canonicalise to nothing are dropped: keep their pages in step.
  const kept = blocks.map((b, i) => ({ b, page: extras.pages?.[i] })).filter(({ b }) => b.text.trim() !== '')
  const { text, blocks: kinds } = canonicalise(kept.map((k) => k.b))
  if (text === '') throw new EmptyDocumentError()
  const now = new Date().toISOString()
  const pages =
    extras.pages && kept.some((k) => k.page !== undefined) ? kept.map((k) => k.page ?? null) : null
  return {
    ...meta,
    id: newDocumentId(),
    caseId,
    text,
    blocks: kinds,
    ...(pages ? { blockPages: pages } : {}),
    ...(extras.dir ? { dir: extras.dir } : {}),
    ...(extras.lang ? { lang: extras.lang } : {}),
    ...(extras.original ? { original: extras.original } : {}),
    textHash: await sha256Hex(text),
    wordCount: countWords(text),
    created: now,
    modified: now,
  }
}

export function documentsRepo(db: WorkbenchDB) {
  return {
    add: (doc: DocumentRecord) => guardWrite(() => db.documents.add(doc)),
    /** Several documents and their original files in one transaction: all of them or none. */
    addAll: (docs: readonly DocumentRecord[], originals: readonly OriginalRecord[] = []) =>
      guardWrite(() =>
        db.transaction('rw', db.documents, db.originals, async () => {
          // Originals are content-addressed and never change: one already stored is the same file.
          await db.originals.bulkPut([...originals])
          await db.documents.bulkAdd([...docs])
        }),
      ),
    /** The original file a document was imported from, byte for byte. */
    original: (sha256: string) => db.originals.get(sha256),
    /** Whether that original is stored, without reading its bytes (a file imported without originals lacks it). */
    hasOriginal: async (sha256: string) => (await db.originals.where('id').equals(sha256).count()) > 0,

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
