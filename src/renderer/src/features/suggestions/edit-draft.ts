// "Edit, then accept": the claim editor opened on what accepting would record,
// with the sources it would add filled in as new ones (kind, aliases, role),
// so the analyst corrects what is wrong and saves the rest as it is.
import { acceptancePlan, type ReviewedSuggestion, type SourceChoice } from '@shared/analysis/suggest'
import type { ClaimDraft } from '@shared/domain/claim'
import type { DocumentRecord } from '@shared/domain/document'
import type { SourceId } from '@shared/domain/ids'
import type { ProposedSources } from '../claims/ClaimEditor'
import { claimDraftFrom } from '../reader/claim-draft'

const existing = (c: SourceChoice | null) => (c && 'sourceId' in c ? (c.sourceId as SourceId) : null)
const created = (c: SourceChoice | null) => (c && 'create' in c ? c.create : undefined)

export function editDraft(
  doc: DocumentRecord,
  item: ReviewedSuggestion,
): { draft: ClaimDraft; proposed: ProposedSources } {
  const plan = acceptancePlan(item, doc.text)
  const draft = claimDraftFrom(doc, [{ documentId: doc.id, selectors: plan.selectors }], {
    ...plan.claim,
    attributedTo: existing(plan.speaker),
    reportedVia: existing(plan.channel),
  })
  return {
    draft,
    proposed: {
      attributedTo: created(plan.speaker),
      reportedVia: created(plan.channel),
      channelRelaysSpeaker: plan.channelRelaysSpeaker,
    },
  }
}
