// A claim's passage that no longer anchors in its document, where the claim's
// passages are listed: it says so, offers the closest passages in the text now
// (from the anchoring worker) to attach it to in one action, and a way to
// select it in the document instead. Nothing is shown for a passage that anchors.
import { useMemo, useState } from 'react'
import { useLiveQuery } from 'dexie-react-hooks'
import { anchor, type PassageCandidate } from '@shared/anchoring'
import type { ClaimAnchor, ClaimRecord } from '@shared/domain/claim'
import { describeError } from '../../db/errors'
import { db } from '../../services'
import { useNotify } from '../shell/notices'
import { useUndo } from '../shell/use-undo'
import { CandidateList } from './CandidateList'
import { reattach } from './reattach'
import { claimPassageReview } from './review-items'
import { useCandidates } from './use-candidates'
import './review.css'

export function ClaimPassageReview({
  claim,
  index,
  onShowPassage,
}: {
  claim: ClaimRecord
  index: number
  /** Opens the document with this passage chosen under "Needs review". */
  onShowPassage: (anchor: ClaimAnchor) => void
}) {
  const notify = useNotify()
  const runUndo = useUndo()
  const [busy, setBusy] = useState(false)
  const passage = claim.anchors[index]
  const doc = useLiveQuery(() => (passage ? db.documents.get(passage.documentId) : undefined), [passage])
  const item = useMemo(() => claimPassageReview(claim, index), [claim, index])
  const orphaned = useMemo(
    () => !!doc && !!passage && anchor(doc.text, passage.selectors).status === 'orphaned',
    [doc, passage],
  )
  const candidates = useCandidates(orphaned ? doc?.text : undefined, orphaned ? [item] : [])
  if (!orphaned || !passage || !doc) return null

  const attach = async (c: PassageCandidate) => {
    setBusy(true)
    try {
      await reattach(item, doc, c)
      notify('Claim passage re-attached.', { undo: () => void runUndo() })
    } catch (error) {
      notify(describeError(error), { tone: 'error' })
    } finally {
      setBusy(false)
    }
  }

  return (
    <div className="claim-passage-review" role="group" aria-label="Passage needs review">
      <p className="passage-state">
        Passage needs review: it could not be found in the document with confidence.
      </p>
      <CandidateList
        candidates={candidates.byKey.get(item.key)}
        error={candidates.error}
        busy={busy}
        onAttach={(c) => void attach(c)}
      />
      <button type="button" className="link-button" onClick={() => onShowPassage(passage)}>
        Select it in the document…
      </button>
    </div>
  )
}
