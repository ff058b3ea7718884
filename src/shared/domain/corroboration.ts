// Corroboration counts independent sources only: a source that relays another
// (an outlet quoting a monitoring group) is the same source twice. From that,
// two suggestions the analyst accepts or not, never silent changes: a claim
// backed by two or more independent sources may be graded credibility 1, and a
// claim resting on one partisan source is flagged.
import type { ClaimRecord } from './claim'
import type { ClaimId, SourceId } from './ids'
import type { SourceRecord } from './source'

/** The source at the end of a relay chain (cycles stop where they close). */
export function originOf(id: SourceId, sources: ReadonlyMap<SourceId, SourceRecord>): SourceId {
  const seen = new Set<SourceId>()
  let current = id
  for (
    let next = sources.get(current)?.relays;
    next && !seen.has(next);
    next = sources.get(current)?.relays
  ) {
    seen.add(current)
    current = next
  }
  return current
}

/** Claims joined to this one by a "corroborates" link, in either direction. */
export function corroboratingClaims(claim: ClaimRecord, all: readonly ClaimRecord[]): ClaimRecord[] {
  const byId = new Map(all.map((c) => [c.id, c]))
  const ids = new Set<ClaimId>()
  for (const l of claim.links) if (l.type === 'corroborates') ids.add(l.target)
  for (const c of all)
    if (c.links.some((l) => l.type === 'corroborates' && l.target === claim.id)) ids.add(c.id)
  ids.delete(claim.id)
  return [...ids].map((id) => byId.get(id)).filter((c): c is ClaimRecord => c !== undefined)
}

/** The independent origins behind a claim: its own source's and those of the claims corroborating it. */
export function independentOrigins(
  claim: ClaimRecord,
  all: readonly ClaimRecord[],
  sources: ReadonlyMap<SourceId, SourceRecord>,
): SourceId[] {
  const origins = new Set<SourceId>()
  for (const c of [claim, ...corroboratingClaims(claim, all)]) {
    if (c.attributedTo) origins.add(originOf(c.attributedTo, sources))
  }
  return [...origins]
}

export type Suggestion =
  | { kind: 'confirm'; claimId: ClaimId; origins: SourceId[]; message: string }
  | { kind: 'single-partisan'; claimId: ClaimId; origin: SourceId; message: string }

export function suggestionsFor(
  claim: ClaimRecord,
  all: readonly ClaimRecord[],
  sources: ReadonlyMap<SourceId, SourceRecord>,
): Suggestion[] {
  const origins = independentOrigins(claim, all, sources)
  const name = (id: SourceId) => sources.get(id)?.name ?? 'an unknown source'
  const out: Suggestion[] = []
  if (origins.length >= 2 && claim.credibility !== '1') {
    out.push({
      kind: 'confirm',
      claimId: claim.id,
      origins,
      message: `Backed by ${origins.length} independent sources (${origins.map(name).join(', ')}): credibility 1, “Confirmed by other sources”, may apply.`,
    })
  }
  if (origins.length === 1 && sources.get(origins[0]!)?.partisan) {
    out.push({
      kind: 'single-partisan',
      claimId: claim.id,
      origin: origins[0]!,
      message: `Rests on one partisan source (${name(origins[0]!)}), with no independent corroboration.`,
    })
  }
  return out
}
