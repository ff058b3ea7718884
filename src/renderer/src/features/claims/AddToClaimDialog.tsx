// Adds a passage to an existing claim: one claim may rest on several spans,
// in one or several documents. The claim is found with the claim picker,
// which searches every claim in the ledger worker.
import { useState } from 'react'
import type { ClaimAnchor } from '@shared/domain/claim'
import { describeError } from '../../db/errors'
import { db, ledger } from '../../services'
import type { ClaimChoice } from '../ledger/ledger-api'
import { ClaimPicker } from '../ledger/ClaimPicker'
import { useLedgerStatus } from '../ledger/use-ledger'
import { Modal } from '../shell/Modal'
import { useNotify } from '../shell/notices'
import { useUndo } from '../shell/use-undo'
import { ledgerAction } from './ledger-actions'
import { FormError } from '../shell/FormError'

export function AddToClaimDialog({ anchor, onClose }: { anchor: ClaimAnchor | null; onClose: () => void }) {
  return (
    <Modal open={anchor !== null} title="Add passage to a claim" onClose={onClose}>
      {anchor && <AddToClaimForm anchor={anchor} onClose={onClose} />}
    </Modal>
  )
}

function AddToClaimForm({ anchor, onClose }: { anchor: ClaimAnchor; onClose: () => void }) {
  const status = useLedgerStatus()
  const [chosen, setChosen] = useState<ClaimChoice | null>(null)
  const [problem, setProblem] = useState<string | null>(null)
  const notify = useNotify()
  const runUndo = useUndo()
  return (
    <form
      onSubmit={async (e) => {
        e.preventDefault()
        const claim = chosen && (await db.claims.get(chosen.id))
        if (!claim) return setProblem('Choose the claim this passage supports.')
        try {
          await ledgerAction('add passage to claim', () =>
            ledger.updateClaim(claim.id, { anchors: [...claim.anchors, anchor] }),
          )
          notify('Passage added to the claim.', { undo: () => void runUndo() })
          onClose()
        } catch (error) {
          setProblem(describeError(error))
        }
      }}
    >
      <blockquote className="quote" dir="auto">
        {anchor.selectors.quote.exact}
      </blockquote>
      <FormError>{problem}</FormError>
      <div className="field">
        <ClaimPicker
          label="Claim"
          placeholder="Find a claim…"
          value={chosen}
          onChange={setChosen}
          autoFocus
        />
        {status && !status.loading && status.total === 0 && (
          <p className="hint">No claims yet: record one with “New claim”.</p>
        )}
      </div>
      <div className="dialog-actions">
        <button type="button" className="button" onClick={onClose}>
          Cancel
        </button>
        <button type="submit" className="button primary">
          Add passage
        </button>
      </div>
    </form>
  )
}
