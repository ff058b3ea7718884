// Corroboration suggestions for one claim, computed where every claim of the
// case is at hand (the ledger worker). A claim's answer depends only on its
// corroborating group (claims joined by "corroborates" links, either way, to
// any depth) and the claims that contradict it, so only those are indexed:
// the cost follows the claim's own links, not the case's 100,000 claims.
import {
  buildCorroborationIndex,
  corroborationFor,
  type Suggestion,
} from '@shared/analysis/corroboration'
import type { ClaimRecord } from '@shared/domain/claim'
import type { ClaimId, SourceId } from '@shared/domain/ids'
import type { SourceRecord } from '@shared/domain/source'

export function suggestionsForClaim(
  claimId: string,
  claims: ReadonlyMap<string, ClaimRecord>,
  linkedFrom: ReadonlyMap<string, ReadonlySet<string>>,
  sources: ReadonlyMap<SourceId, SourceRecord>,
): Suggestion[] {
  const claim = claims.get(claimId)
  if (!claim) return []
  // Links either way: a claim's own links, and the claims that link to it.
  const neighbours = (c: ClaimRecord) => [
    ...c.links.map((l) => ({ type: l.type, id: l.target as string })),
    ...[...(linkedFrom.get(c.id) ?? [])].flatMap((from) =>
      (claims.get(from)?.links ?? []).filter((l) => l.target === c.id).map((l) => ({ type: l.type, id: from })),
    ),
  ]
  const group = new Set<string>([claimId])
  for (const id of group)
    for (const n of neighbours(claims.get(id)!))
      if (n.type === 'corroborates' && claims.has(n.id)) group.add(n.id)
  const wanted = new Set(group)
  for (const n of neighbours(claim)) if (n.type === 'contradicts' && claims.has(n.id)) wanted.add(n.id)
  // Case order (the store's key order), as the whole-case index would have it.
  const list = [...wanted].sort().map((id) => claims.get(id)!)
  const index = buildCorroborationIndex(list, [...sources.values()])
  return corroborationFor(index, claimId as ClaimId)?.suggestions ?? []
}
