// The flat row the claims table shows for each claim: names resolved,
// the effective reliability and the Admiralty code computed once per change.
import {
  effectiveReliability,
  type ClaimRecord,
  type ClaimStatus,
  type ClaimType,
} from '@shared/domain/claim'
import type { ClaimId, SourceId } from '@shared/domain/ids'
import {
  admiraltyCode,
  likelihoodTerm,
  type Confidence,
  type Credibility,
  type Reliability,
} from '@shared/domain/scales'
import type { SourceRecord } from '@shared/domain/source'

export interface ClaimRow {
  id: ClaimId
  statement: string
  type: ClaimType
  /** Name of the attributed source, '' when none. */
  source: string
  sourceId: SourceId | null
  /** Name of the outlet or channel, '' when none. */
  via: string
  reliability: Reliability | null
  credibility: Credibility | null
  /** Admiralty code, e.g. "B2". */
  grade: string
  status: ClaimStatus
  /** The likelihood term as written, e.g. "likely". */
  likelihood: string
  confidence: Confidence | null
  occurred: string
  reported: string
  places: string[]
  tags: string[]
  notes: string
  passages: number
  modified: string
}

/** One claim's row; `sourceOf` resolves the sources it names. */
export function toClaimRow(c: ClaimRecord, sourceOf: (id: SourceId) => SourceRecord | undefined): ClaimRow {
  const reliability = effectiveReliability(c, (id) => sourceOf(id)?.defaultReliability)
  return {
    id: c.id,
    statement: c.statement,
    type: c.type,
    source: (c.attributedTo && sourceOf(c.attributedTo)?.name) || '',
    sourceId: c.attributedTo,
    via: (c.reportedVia && sourceOf(c.reportedVia)?.name) || '',
    reliability,
    credibility: c.credibility,
    grade: admiraltyCode(reliability, c.credibility),
    status: c.status,
    likelihood: likelihoodTerm(c.likelihood)?.term ?? '',
    confidence: c.confidence,
    occurred: c.occurred,
    reported: c.reported,
    places: c.places,
    tags: c.tags,
    notes: c.notes,
    passages: c.anchors.length,
    modified: c.modified,
  }
}

export function toClaimRows(claims: readonly ClaimRecord[], sources: readonly SourceRecord[]): ClaimRow[] {
  const byId = new Map(sources.map((s) => [s.id, s]))
  return claims.map((c) => toClaimRow(c, (id) => byId.get(id)))
}
