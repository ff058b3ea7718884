// The stored shape of an annotation: serialisable only. The DOM Range a
// highlight needs is computed at run time from these selectors and never stored.
import type { TextSelectors } from '../anchoring'
import type { AnnotationId, CaseId, DocumentId } from './ids'

export interface AnnotationRecord {
  id: AnnotationId
  documentId: DocumentId
  /** Always its document's case. */
  caseId: CaseId
  selectors: TextSelectors
  note: string
  tags: string[]
  created: string
  modified: string
  /**
   * The id of the annotation this one was copied from (W3C `via`): set when an
   * import gave it a new id, i.e. it came from another tool or onto another text.
   */
  via?: string
  /** Where an imported annotation was first made. */
  derivedFrom?: AnnotationProvenance
}

/** The tools whose annotation files the workbench reads. */
export const annotationFileFormats = ['w3c', 'hypothesis', 'recogito'] as const
export type AnnotationFileFormat = (typeof annotationFileFormats)[number]

export interface AnnotationProvenance {
  /** The tool that wrote the file it was imported from. */
  format: AnnotationFileFormat
  /** The document it was made on, as the file named it (urn:sha256:<hash>, a URL), or null. */
  source: string | null
  /** That document's title, when the file gave it. */
  sourceTitle: string | null
  /** Its quote there, when the words here differ (typography or an edit). */
  quote: string | null
  importedAt: string
}

export interface AnnotationDraft {
  note: string
  tags: string[]
}

/** Trims, de-duplicates (case-insensitively, first spelling wins) and drops empty tags. */
export function normaliseTags(tags: readonly string[]): string[] {
  const seen = new Set<string>()
  const out: string[] = []
  for (const raw of tags) {
    const tag = raw.trim().replace(/\s+/g, ' ')
    const key = tag.toLowerCase()
    if (tag === '' || seen.has(key)) continue
    seen.add(key)
    out.push(tag)
  }
  return out
}
