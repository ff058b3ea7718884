// The shape of the render-ready briefing model (see briefing-model.ts): what
// every export and the preview are given. Kept apart so renderers can import
// the types without the resolving code.
import type { AchMatrix, AchRating } from '../analysis/ach'
import type { CorroborationIndex } from '../analysis/corroboration'
import type { BriefingRecord } from '../domain/briefing'
import type { ClaimRecord, ClaimStatus } from '../domain/claim'
import type { DocumentRecord } from '../domain/document'
import type { AchMatrixId, ClaimId, DocumentId, SourceId } from '../domain/ids'
import type { Confidence, Credibility, LikelihoodScaleId, Reliability } from '../domain/scales'
import type { SourceRecord } from '../domain/source'

/**
 * What a briefing reads of a document: its metadata, and where its blocks
 * start, to place passages by page and paragraph (not the text itself, which
 * can stay in the store; see briefingDocument).
 */
export type BriefingDocument = Pick<
  DocumentRecord,
  'id' | 'title' | 'outlet' | 'url' | 'retrieved' | 'textHash' | 'original' | 'blocks' | 'blockPages'
> & {
  /** Start offset of every block (line) of the text. */
  lineStarts: readonly number[]
}

export interface BriefingModelInput {
  briefing: BriefingRecord
  claims: readonly ClaimRecord[]
  sources: readonly SourceRecord[]
  documents: readonly BriefingDocument[]
  /** The matrices the briefing may include (those named in briefing.achMatrixIds are). */
  achMatrices?: readonly AchMatrix[]
  /** The app's corroboration index of these claims and sources, when it has one ready. */
  corroboration?: CorroborationIndex
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
  /** Where it is, as a reader finds it: "p. 3, ¶ 2" in a paged document, "¶ 7" otherwise. */
  location: string
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
  /** How the sourcing counts it: within an independent origin, or set aside. */
  countedAs: string
}

/**
 * A document the cited claims' passages rest on, with what proves which copy
 * the analyst read: the SHA-256 of the original file when it was imported
 * from one, else of the text itself (the W3C target `urn:sha256:` uses).
 */
export interface ModelCitedDocument {
  documentId: DocumentId
  title: string
  outlet: string
  /** The document's address when it is http(s), else null. */
  url: string | null
  /** When the analyst retrieved it (YYYY-MM-DD), or "". */
  retrieved: string
  hash: { of: 'original'; sha256: string; fileName: string } | { of: 'text'; sha256: string }
  /** Numbers of the cited claims with a passage in it, ascending. */
  footnotes: number[]
}

/** An independent origin among the cited claims, as the corroboration rules find it. */
export interface ModelOrigin {
  name: string
  grade: Reliability | null
  /** Graded C or better. */
  confirms: boolean
  /** Every source folded into it, the origin first. */
  sources: string[]
  footnotes: number[]
}

/** A cited claim set aside: reported by a party to the conflict, with a stated interest, or withdrawn. */
export interface ModelSetAside {
  footnote: number
  sources: string[]
  why: string
}

export interface ModelAchHypothesis {
  id: string
  /** "H1", "H2"… in matrix order. */
  label: string
  text: string
  inconsistency: number
  weighted: number
  rank: number
}

export interface ModelAchRow {
  /** "E1", "E2"… in the matrix's own order, kept when rows are sorted by diagnosticity. */
  label: string
  kindLabel: string
  /** The claim's statement or the free item's text. */
  text: string
  /** The cited claim's number, for claim rows. */
  footnote: number | null
  weight: number
  weightNote: string
  diagnostic: boolean
  sensitive: boolean
  /** One per hypothesis, in hypothesis order; null when not rated. */
  cells: (AchRating | null)[]
}

export interface ModelAch {
  id: AchMatrixId
  question: string
  hypotheses: ModelAchHypothesis[]
  /** Most diagnostic first. */
  rows: ModelAchRow[]
  /** Labels of the hypotheses that rank first. */
  leaders: string[]
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
  /** ACH matrices the briefing includes, in its order. */
  ach: ModelAch[]
  claims: ModelClaim[]
  changedSince: ChangedClaim[]
  sources: {
    /** Every source behind the cited claims, grouped: origin by origin, then those set aside. */
    items: ModelSource[]
    origins: ModelOrigin[]
    setAside: ModelSetAside[]
    /** Independent origins, as the corroboration rules count them for these claims. */
    independent: number
    /** Origins graded C or better. */
    confirming: number
    relaying: number
    unattributed: number
    /** One sentence on the sourcing overall. */
    summary: string
    /** Every document a cited claim quotes, in order of first citation. */
    documents: ModelCitedDocument[]
  }
}
