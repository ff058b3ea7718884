// One import as the dialog runs it: the files (or pasted text) read one by
// one in the import worker, each with the analyst's choice of blocks and its
// details, then stored together as one undoable step. A file that cannot be
// read is kept in the list with its reason; it never stops the others.
import { documentMetaSchema, type DocumentMeta } from '@shared/domain/document'
import type { CaseId } from '@shared/domain/ids'
import {
  chosenBlocks,
  documentMetaFrom,
  isImportError,
  type BlockChoice,
  type ExtractedDocument,
} from '@shared/import/extracted'
import { describeInvisibles } from '@shared/text/invisible'
import { localDay } from '@shared/time/local-date'
import type { OriginalRecord } from '../../db/db'
import { buildDocument } from '../../db/documents-repo'
import type { DocumentRecord } from '@shared/domain/document'

export interface ImportItem {
  name: string
  bytes: Uint8Array
  status: 'waiting' | 'reading' | 'ready' | 'failed'
  doc?: ExtractedDocument
  /** Why the file was refused, as a sentence. */
  error?: string
  choice: BlockChoice
  meta?: DocumentMeta
  /** Page progress of a long file (PDF). */
  progress?: { done: number; total: number }
  /** Text pasted into the dialog: no file, so no original to keep. */
  pasted?: boolean
}

export const newItem = (name: string, bytes: Uint8Array, pasted = false): ImportItem => ({
  name,
  bytes,
  status: 'waiting',
  choice: { mode: 'article' },
  ...(pasted ? { pasted } : {}),
})

/** Marks an item read (with its details from the file) or refused (with the reason). */
export function settled(item: ImportItem, result: ExtractedDocument | unknown): ImportItem {
  if (result && typeof result === 'object' && 'blocks' in result && 'source' in result) {
    const doc = result as ExtractedDocument
    return {
      ...item,
      status: 'ready',
      doc,
      meta: documentMetaFrom(doc, localDay(new Date())),
      progress: undefined,
    }
  }
  const error = isImportError(result) || result instanceof Error ? result.message : String(result)
  return { ...item, status: 'failed', error, progress: undefined }
}

/** What the analyst should know before importing: the extractor's warnings and any hidden characters. */
export function warningsOf(item: ImportItem): string[] {
  if (!item.doc) return []
  const text = chosenBlocks(item.doc, item.choice)
    .blocks.map((b) => b.text)
    .join('\n')
  const hidden = describeInvisibles(text)
  return [...item.doc.warnings, ...(hidden ? [hidden.message] : [])]
}

/** The document and original file (none for pasted text) an item becomes, or the sentence saying why it cannot. */
export async function toDocument(
  item: ImportItem,
  caseId: CaseId,
): Promise<{ doc: DocumentRecord; original: OriginalRecord | null } | { error: string }> {
  const { doc: extracted, meta } = item
  if (!extracted || !meta) return { error: `“${item.name}” could not be read: ${item.error ?? 'unknown'}` }
  const details = documentMetaSchema.safeParse(meta)
  if (!details.success)
    return { error: `“${item.name}” has details that need fixing: ${details.error.issues[0]?.message}` }
  const chosen = chosenBlocks(extracted, item.choice)
  if (!chosen.blocks.some((b) => b.text.trim()))
    return { error: `“${item.name}” has no text once markup is removed; nothing was imported.` }
  const { source, extractor } = extracted
  const doc = await buildDocument(chosen.blocks, details.data, caseId, {
    pages: extracted.format === 'pdf' ? chosen.pages : undefined,
    dir: extracted.meta.dir,
    lang: extracted.meta.lang || undefined,
    original: item.pasted
      ? undefined
      : {
          name: source.name,
          size: source.size,
          type: source.type,
          sha256: source.sha256,
          importedAt: new Date().toISOString(),
          extractor: `${extractor.name} (${extractor.version})`,
        },
  })
  if (item.pasted) return { doc, original: null }
  return {
    doc,
    original: {
      id: source.sha256,
      name: source.name,
      type: source.type,
      size: source.size,
      bytes: item.bytes,
    },
  }
}
