// Reading annotation files from other tools (and from this one) into one
// neutral shape that the import plan places on a document: W3C Web Annotation
// (a single annotation, a list, an AnnotationCollection or AnnotationPage),
// Hypothesis's own export (and its API's search results), and the JSON that
// @recogito/text-annotator keeps. Files are untrusted: every record is checked
// on its own, and a bad one is reported with its reason while the others are read.
import type { AnnotationFileFormat } from '../domain/annotation'
import { readHypothesisRecord } from './annotation-file-hypothesis'
import { readRecogitoRecord } from './annotation-file-recogito'
import { isObject } from './annotation-file-selectors'
import { readW3CRecord, w3cItems } from './annotation-file-w3c'

export type { AnnotationFileFormat }

/** One annotation as a file gives it, before it is placed on any document. */
export interface ForeignAnnotation {
  /** 1-based number of the record in the file, as messages name it ("record 7"). */
  record: number
  format: AnnotationFileFormat
  /** Its id in the file (urn:uuid:…, a Hypothesis or Recogito id), or null. */
  id: string | null
  /** The document it was made on as the file names it (urn:sha256:<hash>, a URL), or null. */
  source: string | null
  /** Hex SHA-256 of that document's text when the source is urn:sha256:<hash>. */
  sourceHash: string | null
  /** That document's title, when the file says. */
  sourceTitle: string | null
  /** The quoted passage with its context; null when the file gives only a position. */
  quote: { exact: string; prefix: string; suffix: string } | null
  /** Offsets into the text it was made on; only a hint on any other text. */
  position: { start: number; end: number } | null
  note: string
  tags: string[]
  created: string | null
  modified: string | null
  /** A claim this workbench exported as an annotation: claims travel in the workspace file instead. */
  isClaim: boolean
  /** What was worked around while reading ("selects 2 passages; the first is imported"). */
  warnings: string[]
}

export interface UnreadableRecord {
  record: number
  id: string | null
  reason: string
}

export interface AnnotationFile {
  format: AnnotationFileFormat
  /** The collection's label, or the title of the document the annotations were made on. */
  label: string | null
  annotations: ForeignAnnotation[]
  unreadable: UnreadableRecord[]
}

export type ReadAnnotationFileResult = { ok: true; file: AnnotationFile } | { ok: false; error: string }

/** A record read, or the sentence that says why it cannot be. */
export type RecordResult =
  | { ok: true; annotation: Omit<ForeignAnnotation, 'record' | 'format'> }
  | { ok: false; id: string | null; reason: string }

/** Which tool wrote one record, by the fields only that tool writes. */
function formatOf(record: unknown): AnnotationFileFormat | null {
  if (!isObject(record)) return null
  const type = record.type
  if (type === 'Annotation' || (Array.isArray(type) && type.includes('Annotation'))) return 'w3c'
  if (Array.isArray(record.bodies) && isObject(record.target)) return 'recogito'
  if (Array.isArray(record.target) && ('uri' in record || 'text' in record || 'user' in record))
    return 'hypothesis'
  return null
}

/** The records a file holds and the label it gives them, whatever the container. */
function recordsOf(value: unknown): { items: unknown[]; label: string | null } | { error: string } {
  if (Array.isArray(value)) return { items: value, label: null }
  if (!isObject(value)) return { error: 'The file holds no annotations: it is not a JSON object or list.' }
  // Hypothesis: its client's export file, or a page of its API's search results.
  if (Array.isArray(value.annotations)) return { items: value.annotations, label: null }
  if (Array.isArray(value.rows)) return { items: value.rows, label: null }
  const w3c = w3cItems(value)
  if (w3c) return w3c
  return { items: [value], label: null }
}

/**
 * Reads an annotation file (JSON text or already parsed). Fails as a whole only
 * when it is not JSON or holds nothing that looks like annotations; otherwise
 * every record is read or listed in `unreadable` with its reason.
 */
export function readAnnotationFile(input: unknown): ReadAnnotationFileResult {
  let value = input
  if (typeof input === 'string') {
    try {
      value = JSON.parse(input.replace(/^\uFEFF/, ''))
    } catch (e) {
      return {
        ok: false,
        error: `The file is not valid JSON (${e instanceof Error ? e.message : String(e)}).`,
      }
    }
  }
  const found = recordsOf(value)
  if ('error' in found) return { ok: false, error: found.error }
  if (found.items.length === 0) return { ok: false, error: 'The file holds no annotations.' }
  const formats = found.items.map(formatOf)
  const format = formats.find((f) => f !== null)
  if (!format)
    return {
      ok: false,
      error:
        'No annotation in this file is in a format the workbench reads: W3C Web Annotation, a Hypothesis export or Recogito text annotations.',
    }
  const file: AnnotationFile = { format, label: found.label ?? null, annotations: [], unreadable: [] }
  found.items.forEach((item, i) => {
    const record = i + 1
    const f = formats[i]
    const read: RecordResult =
      f === 'w3c'
        ? readW3CRecord(item)
        : f === 'hypothesis'
          ? readHypothesisRecord(item)
          : f === 'recogito'
            ? readRecogitoRecord(item)
            : {
                ok: false,
                id: isObject(item) && typeof item.id === 'string' ? item.id : null,
                reason: 'is not an annotation in any format the workbench reads.',
              }
    if (read.ok) file.annotations.push({ record, format: f!, ...read.annotation })
    else file.unreadable.push({ record, id: read.id, reason: read.reason })
  })
  if (file.label === null) file.label = file.annotations.find((a) => a.sourceTitle)?.sourceTitle ?? null
  return { ok: true, file }
}

/** "Record 7 (urn:uuid:…) has no quote…": one sentence per unreadable record. */
export function describeUnreadable(u: UnreadableRecord): string {
  return `Record ${u.record}${u.id ? ` (${u.id})` : ''} ${u.reason}`
}
