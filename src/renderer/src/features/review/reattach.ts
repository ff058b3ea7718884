// Putting a passage that needs review back on the text, as one undoable,
// audited step: an annotation gets new selectors (audited as a change of its
// "selectors"); a claim's passage is replaced through the ledger (audited as a
// change of its "anchors", refused when the claim changed meanwhile).
import { selectorsForPassage } from '@shared/anchoring'
import type { DocumentRecord } from '@shared/domain/document'
import { annotations, currentAnalyst, ledger } from '../../services'
import { recordUndo } from '../../undo/record-undo'
import { ledgerAction } from '../claims/ledger-actions'
import type { ReviewItem } from './review-items'

export async function reattach(
  item: ReviewItem,
  doc: Pick<DocumentRecord, 'id' | 'text'>,
  span: { start: number; end: number },
): Promise<void> {
  const selectors = selectorsForPassage(doc.text, span.start, span.end)
  if (item.kind === 'annotation') {
    const { before, after } = await annotations.reattach(item.record, selectors, currentAnalyst())
    recordUndo('re-attach annotation', [{ table: 'annotations', id: before.id, before, after }])
    return
  }
  const { claim, index } = item
  const anchors = claim.anchors.map((a, i) => (i === index ? { documentId: doc.id, selectors } : a))
  await ledgerAction('re-attach claim passage', () =>
    ledger.updateClaim(claim.id, { anchors }, claim.version),
  )
}
