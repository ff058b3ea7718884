// Corroboration suggestions for one claim, computed where every claim is at
// hand (the ledger worker), which passes the claim and the claims linked to it
// either way (all the rules read). The one place the ledger calls the
// corroboration rules: when src/shared/analysis/corroboration.ts lands with
// `buildCorroborationIndex(claims, sources)`, build the index here once per
// ledger revision and ask it.
import type { ClaimRecord } from '@shared/domain/claim'
import { suggestionsFor, type Suggestion } from '@shared/domain/corroboration'
import type { SourceId } from '@shared/domain/ids'
import type { SourceRecord } from '@shared/domain/source'

export function suggestionsForClaim(
  claim: ClaimRecord,
  all: readonly ClaimRecord[],
  sources: ReadonlyMap<SourceId, SourceRecord>,
): Suggestion[] {
  return suggestionsFor(claim, all, sources)
}
