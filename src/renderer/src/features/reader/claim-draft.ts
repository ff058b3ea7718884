// A new claim's starting point from passages of a document: the passages as
// the statement (the analyst rewrites it), the document's date as reported.
import { emptyClaimDraft, type ClaimAnchor, type ClaimDraft } from '@shared/domain/claim'
import type { DocumentRecord } from '@shared/domain/document'

export function claimDraftFrom(
  doc: DocumentRecord,
  anchors: ClaimAnchor[],
  extra: Partial<ClaimDraft> = {},
): ClaimDraft {
  return {
    ...emptyClaimDraft,
    statement: anchors.map((a) => a.selectors.quote.exact).join(' … '),
    reported: doc.published,
    anchors,
    ...extra,
  }
}
