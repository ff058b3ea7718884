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
