// What the ACH editor shows of a claim (statement, source, grade, date) and
// the grades a row's weight is derived from. Only the claims a matrix or a
// picker shows are read, by id, never the case's whole ledger.
import { useMemo } from 'react'
import { useLiveQuery } from 'dexie-react-hooks'
import type { AchClaimGrades, AchMatrix } from '@shared/analysis/ach'
import { effectiveReliability, type ClaimRecord } from '@shared/domain/claim'
import type { CaseId, ClaimId, SourceId } from '@shared/domain/ids'
import { admiraltyCode, type Credibility, type Reliability } from '@shared/domain/scales'
import type { SourceRecord } from '@shared/domain/source'
import { db } from '../../services'

export interface ClaimSummary {
  id: ClaimId
  caseId: CaseId
  statement: string
  /** The attributed source's name ('' when none), and the channel's. */
  source: string
  via: string
  reliability: Reliability | null
  credibility: Credibility | null
  /** Admiralty code, e.g. "B2" ('' when ungraded). */
  grade: string
  /** When it happened, else when it was reported ('' when neither is known). */
  date: string
}

export function summarise(claim: ClaimRecord, sources: ReadonlyMap<string, SourceRecord>): ClaimSummary {
  const reliability = effectiveReliability(claim, (id) => sources.get(id)?.defaultReliability)
  const name = (id: SourceId | null) => (id && sources.get(id)?.name) || ''
  return {
    id: claim.id,
    caseId: claim.caseId,
    statement: claim.statement,
    source: name(claim.attributedTo),
    via: name(claim.reportedVia),
    reliability,
    credibility: claim.credibility,
    grade: admiraltyCode(reliability, claim.credibility),
    date: claim.occurred || claim.reported,
  }
}

/** Summaries of the given claims (those still in the store), with their sources, read by key. */
export async function loadSummaries(ids: readonly ClaimId[]): Promise<Map<ClaimId, ClaimSummary>> {
  const claims = (await db.claims.bulkGet([...ids])).filter((c): c is NonNullable<typeof c> => !!c)
  const sourceIds = [
    ...new Set(claims.flatMap((c) => [c.attributedTo, c.reportedVia]).filter((s) => s !== null)),
  ]
  const sources = new Map(
    (await db.sources.bulkGet(sourceIds))
      .filter((s): s is SourceRecord => !!s)
      .map((s) => [s.id as string, s]),
  )
  return new Map(claims.map((c) => [c.id, summarise(c, sources)]))
}

/** The claims a matrix's rows rest on, kept current, and the grades its weights come from. */
export function useMatrixClaims(matrix: AchMatrix | undefined) {
  const key = (matrix?.evidence ?? [])
    .flatMap((e) => (e.item.kind === 'claim' ? [e.item.claimId] : []))
    .join('\u0000')
  const claims = useLiveQuery(() => loadSummaries(key ? (key.split('\u0000') as ClaimId[]) : []), [key])
  const grades = useMemo<AchClaimGrades>(
    () => (id) => {
      const c = claims?.get(id)
      return c && { reliability: c.reliability, credibility: c.credibility }
    },
    [claims],
  )
  return { claims, grades }
}
