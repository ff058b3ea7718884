// The search contract. Inputs are what the store hands the index (rows as
// stored, plus the case they belong to); hits are what a query returns,
// grouped by kind, each with its marked snippet and the place to open.
import type { AnnotationId, BriefingId, ClaimId, DocumentId, SourceId } from '../domain/ids'

/** The fields of each stored row that search reads; a full store row satisfies them. */
export interface DocumentInput {
  id: DocumentId
  caseId: string
  title: string
  outlet: string
  author: string
  text: string
}
export interface AnnotationInput {
  id: AnnotationId
  caseId: string
  documentId: DocumentId
  note: string
  tags: readonly string[]
  selectors: { quote: { exact: string } }
}
export interface ClaimInput {
  id: ClaimId
  caseId: string
  statement: string
  places: readonly string[]
  tags: readonly string[]
  notes: string
  attributedTo: SourceId | null
  reportedVia: SourceId | null
}
/** Sources are shared by every case, so they carry no caseId. */
export interface SourceInput {
  id: SourceId
  name: string
  aliases: readonly string[]
  affiliation: string
  notes: string
}
export interface BriefingInput {
  id: BriefingId
  caseId: string
  title: string
  bottomLine: string
  keyJudgments: readonly { text: string; substantiation: string }[]
  outlook: string
  alternativeViews: string
}

export type SearchInput =
  | { kind: 'document'; record: DocumentInput }
  | { kind: 'annotation'; record: AnnotationInput }
  | { kind: 'claim'; record: ClaimInput }
  | { kind: 'source'; record: SourceInput }
  | { kind: 'briefing'; record: BriefingInput }
export type InputKind = SearchInput['kind']
/** Names a stored row, to remove it from the index. */
export interface InputRef {
  kind: InputKind
  id: string
}

/** What a hit is: a passage is one paragraph of a document's text. */
export type HitKind = 'passage' | 'document' | 'annotation' | 'claim' | 'source' | 'briefing'
export const hitKinds: readonly HitKind[] = [
  'passage',
  'document',
  'annotation',
  'claim',
  'source',
  'briefing',
]

/**
 * The indexed fields. `source` holds, on a claim, the name and aliases of the
 * source it is attributed to (and of the one it came through), so "the
 * Observatory" finds SOHR's claims.
 */
export type SearchField = 'title' | 'text' | 'tags' | 'places' | 'notes' | 'source'
export const searchFields: readonly SearchField[] = ['title', 'text', 'tags', 'places', 'notes', 'source']

/** A half-open range [start, end) in UTF-16 code units. */
export interface Span {
  start: number
  end: number
}
/** Text to show with the matched words' ranges, for `<mark>`. */
export interface MarkedText {
  text: string
  marks: Span[]
}

/** Where opening a hit goes. Offsets are into the document's canonical text. */
export type SearchTarget =
  | {
      kind: 'passage'
      documentId: DocumentId
      /** Line index of the paragraph in the document text. */
      paragraph: number
      /** The paragraph (or, for a very long one, the piece of it) that matched. */
      start: number
      end: number
      /** The first matched word, to scroll to and flash; the whole piece if none is marked. */
      focus: Span
    }
  | { kind: 'document'; documentId: DocumentId }
  | { kind: 'annotation'; annotationId: AnnotationId; documentId: DocumentId }
  | { kind: 'claim'; claimId: ClaimId }
  | { kind: 'source'; sourceId: SourceId }
  | { kind: 'briefing'; briefingId: BriefingId }

export interface SearchHit {
  /** Unique per indexed record, stable across queries (a React key). */
  key: string
  kind: HitKind
  /** null for sources, which belong to every case. */
  caseId: string | null
  score: number
  /** Passage: the document title; claim: the statement; annotation: the quoted text; others: the name or title. */
  title: MarkedText
  /** Context: a window of the paragraph, the note, the claim's source or places, the aliases… ('' when nothing fits). */
  snippet: MarkedText
  /** The fields the query matched in. */
  fields: SearchField[]
  target: SearchTarget
}

export interface SearchGroup {
  kind: HitKind
  /** All matches of this kind, of which `hits` are the best `limit`. */
  total: number
  hits: SearchHit[]
}

export interface SearchQuery {
  text: string
  /** One case, or null to search every case. Sources match in every case. */
  caseId: string | null
  /** Hits per group; default 10. */
  limit?: number
  /** Only these kinds; default all. */
  kinds?: readonly HitKind[]
}

export interface SearchResults {
  query: string
  /** Non-empty groups, the group with the best hit first. */
  groups: SearchGroup[]
  total: number
}
