// The shape of the render-ready briefing model (see briefing-model.ts): what
// every export and the preview are given. Kept apart so renderers can import
// the types without the resolving code.
import type { BriefingRecord } from '../domain/briefing'
import type { ClaimRecord, ClaimStatus } from '../domain/claim'
import type { DocumentRecord } from '../domain/document'
import type { ClaimId, DocumentId, SourceId } from '../domain/ids'
import type { Confidence, Credibility, LikelihoodScaleId, Reliability } from '../domain/scales'
import type { SourceRecord } from '../domain/source'

export interface BriefingModelInput {
  briefing: BriefingRecord
  claims: readonly ClaimRecord[]
  sources: readonly SourceRecord[]
  /** Only the metadata is read; the text is not needed. */
  documents: readonly Pick<DocumentRecord, 'id' | 'title' | 'outlet' | 'url'>[]
}

export interface LikelihoodField {
  scale: LikelihoodScaleId
  scaleName: string
  /** The term exactly as the scale writes it, e.g. "likely". */
  term: string
  /** e.g. "55–80 %" */
  range: string
}

export interface ConfidenceField {
  level: Confidence
  /** "High", "Moderate" or "Low". */
  label: string
}

export interface ModelJudgment {
  number: number
  id: string
  text: string
  likelihood: LikelihoodField | null
  confidence: ConfidenceField | null
  /** Footnote numbers of the claims supporting it, in the order cited. */
  footnotes: number[]
}

export interface ModelSubstantiation {
  number: number
  judgmentId: string
  /** The judgment's text, for the subsection heading. */
  heading: string
  /** Analyst Markdown; renderers parse it safely. */
  markdown: string
  footnotes: number[]
}

export interface ModelPassage {
  documentId: DocumentId
  /** "Unknown document" when the document is gone. */
  documentTitle: string
  outlet: string
  /** The document's address when it is http(s), else null. */
  url: string | null
  start: number
  end: number
  quote: string
}

export interface NamedSource {
  id: SourceId
  name: string
}

export interface ModelClaim {
  footnote: number
  claimId: ClaimId
  /** The claim no longer exists: the other fields are empty. */
  deleted: boolean
  statement: string
  typeLabel: string
  source: NamedSource | null
  via: NamedSource | null
  reliability: Reliability | null
  credibility: Credibility | null
  /** Admiralty code, e.g. "B2"; "" when ungraded. */
  grade: string
  status: ClaimStatus | null
  statusLabel: string
  passages: ModelPassage[]
  /** The version the briefing cites; null for claims only a key judgment names. */
  citedVersion: number | null
  currentVersion: number | null
}

export interface ChangedClaim {
  footnote: number
  claimId: ClaimId
  statement: string
  citedVersion: number
  /** null when the claim was deleted. */
  currentVersion: number | null
  deleted: boolean
}

export interface ModelSource {
  id: SourceId
  name: string
  kindLabel: string
  /** The source's default reliability grade. */
  reliability: Reliability | null
  /** Cited claims resting on it: attributed to it, reported via it, or via a source relaying it. */
  claimCount: number
  partisan: boolean
  /** Name of the source this one relays, if any. */
  relays: string | null
}

export interface BriefingModel {
  header: {
    title: string
    marking: string
    author: string
    date: string
    audience: string
    pageSize: 'A4' | 'Letter'
  }
  bottomLine: string
  keyJudgments: ModelJudgment[]
  substantiation: ModelSubstantiation[]
  outlook: string
  alternativeViews: string
  claims: ModelClaim[]
  changedSince: ChangedClaim[]
  sources: {
    items: ModelSource[]
    independent: number
    partisan: number
    relaying: number
    unattributed: number
    /** One sentence on the sourcing overall. */
    summary: string
  }
}
