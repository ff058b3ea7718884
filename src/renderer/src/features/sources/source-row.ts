// The flat row of the sources table: a source with how many claims rest on it
// and what share of those are corroborated or disputed.
import type { ClaimRecord } from '@shared/domain/claim'
import type { SourceId } from '@shared/domain/ids'
import type { Reliability } from '@shared/domain/scales'
import type { SourceKind, SourceRecord } from '@shared/domain/source'

export interface SourceRow {
  id: SourceId
  name: string
  aliases: string[]
  kind: SourceKind
  affiliation: string
  partisan: boolean
  reliability: Reliability | null
  /** Name of the source this one relays, '' when independent. */
  relays: string
  /** Claims in the open case resting on the source. */
  claims: number
  /** Claims in every case. */
  allClaims: number
  /** Shares in [0, 1]; 0 when the source has no claims. */
  corroborated: number
  disputed: number
}

/** How many claims rest on a source, and how many of those are corroborated or disputed. */
export interface ClaimCounts {
  all: number
  corroborated: number
  disputed: number
}

/** Adds one claim to its source's counts (sign 1) or takes it away (sign -1), so counts follow edits. */
export function tallyClaim(
  counts: Map<string, ClaimCounts>,
  claim: Pick<ClaimRecord, 'attributedTo' | 'status'>,
  sign: 1 | -1,
): void {
  if (!claim.attributedTo) return
  const n = counts.get(claim.attributedTo) ?? { all: 0, corroborated: 0, disputed: 0 }
  n.all += sign
  if (claim.status === 'corroborated') n.corroborated += sign
  if (claim.status === 'disputed') n.disputed += sign
  counts.set(claim.attributedTo, n)
}

/**
 * Rows for the sources table: `counts` are the open case's (for the counts and
 * shares), `totals` each source's claim count over every case.
 */
export function sourceRowsOf(
  sources: readonly SourceRecord[],
  counts: ReadonlyMap<string, ClaimCounts>,
  totals: ReadonlyMap<string, number> = new Map(),
): SourceRow[] {
  const names = new Map(sources.map((s) => [s.id, s.name]))
  return sources.map((s) => {
    const n = counts.get(s.id) ?? { all: 0, corroborated: 0, disputed: 0 }
    return {
      id: s.id,
      name: s.name,
      aliases: s.aliases,
      kind: s.kind,
      affiliation: s.affiliation,
      partisan: s.partisan,
      reliability: s.defaultReliability,
      relays: (s.relays && names.get(s.relays)) || '',
      claims: n.all,
      allClaims: totals.get(s.id) ?? n.all,
      corroborated: n.all ? n.corroborated / n.all : 0,
      disputed: n.all ? n.disputed / n.all : 0,
    }
  })
}

export function toSourceRows(
  sources: readonly SourceRecord[],
  claims: readonly ClaimRecord[],
  totals: ReadonlyMap<string, number> = new Map(),
): SourceRow[] {
  const counts = new Map<string, ClaimCounts>()
  for (const c of claims) tallyClaim(counts, c, 1)
  return sourceRowsOf(sources, counts, totals)
}
