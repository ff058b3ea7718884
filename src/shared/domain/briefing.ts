// Briefings: the product an analyst hands on. Bottom line up front, then key
// judgments (each with its likelihood and confidence as two fields, and the
// claims that support it), their substantiation in the same order, outlook and
// alternative views, and the sources behind the cited claims.
import type { AchMatrixId, BriefingId, CaseId, ClaimId } from './ids'
import type { Confidence, Likelihood } from './scales'

export interface KeyJudgment {
  id: string
  /** One sentence: the judgment itself. */
  text: string
  likelihood: Likelihood | null
  confidence: Confidence | null
  /** Claims supporting it, in the order cited. */
  claimIds: ClaimId[]
  /** Markdown: the substantiation section for this judgment. */
  substantiation: string
}

/** A cited claim and the version of it the briefing was written against. */
export interface CitedClaim {
  claimId: ClaimId
  version: number
}

export interface BriefingRecord {
  id: BriefingId
  caseId: CaseId
  title: string
  /** Handling marking, e.g. "UNCLASSIFIED // OPEN SOURCE": top and bottom of every page. */
  marking: string
  author: string
  /** YYYY-MM-DD */
  date: string
  audience: string
  bottomLine: string
  keyJudgments: KeyJudgment[]
  /** Markdown */
  outlook: string
  /** Markdown */
  alternativeViews: string
  /** Every claim the briefing cites, in reading order. */
  citedClaims: CitedClaim[]
  /** ACH matrices shown as a section, in order; absent on briefings made before matrices existed. */
  achMatrixIds?: AchMatrixId[]
  pageSize: 'A4' | 'Letter'
  created: string
  modified: string
}

export type BriefingDraft = Omit<BriefingRecord, 'id' | 'caseId' | 'created' | 'modified'>

export const emptyBriefingDraft: BriefingDraft = {
  title: '',
  marking: 'UNCLASSIFIED // OPEN SOURCE',
  author: '',
  date: '',
  audience: '',
  bottomLine: '',
  keyJudgments: [],
  outlook: '',
  alternativeViews: '',
  citedClaims: [],
  pageSize: 'A4',
}
