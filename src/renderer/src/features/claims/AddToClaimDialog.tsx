// Adds a passage to an existing claim: one claim may rest on several spans,
// in one or several documents.
import { useId, useState } from 'react'
import { useLiveQuery } from 'dexie-react-hooks'
import type { ClaimAnchor } from '@shared/domain/claim'
import type { ClaimId } from '@shared/domain/ids'
import { describeError } from '../../db/errors'
import { db, ledger } from '../../services'
import { Modal } from '../shell/Modal'
import { useNotify } from '../shell/notices'
import { useUndo } from '../shell/use-undo'
import { ledgerAction } from './ledger-actions'
import { FormError } from '../shell/FormError'
import { useOpenCase } from '../cases/use-open-case'

export function AddToClaimDialog({ anchor, onClose }: { anchor: ClaimAnchor | null; onClose: () => void }) {
  return (
    <Modal open={anchor !== null} title="Add passage to a claim" onClose={onClose}>
      {anchor && <AddToClaimForm anchor={anchor} onClose={onClose} />}
    </Modal>
  )
}

function AddToClaimForm({ anchor, onClose }: { anchor: ClaimAnchor; onClose: () => void }) {
  const { caseId } = useOpenCase()
  const claims =
    useLiveQuery(
      async () =>
        caseId ? (await db.claims.where('caseId').equals(caseId).sortBy('modified')).reverse() : [],
      [caseId],
    ) ?? []
  const [query, setQuery] = useState('')
  const [chosen, setChosen] = useState('')
  const [problem, setProblem] = useState<string | null>(null)
  const notify = useNotify()
  const runUndo = useUndo()
  const id = useId()
  const matches = claims
    .filter((c) => c.statement.toLowerCase().includes(query.trim().toLowerCase()))
    .slice(0, 200)
  return (
    <form
      onSubmit={async (e) => {
        e.preventDefault()
        const claim = claims.find((c) => c.id === chosen)
        if (!claim) return setProblem('Choose the claim this passage supports.')
        try {
          await ledgerAction('add passage to claim', () =>
            ledger.updateClaim(claim.id as ClaimId, { anchors: [...claim.anchors, anchor] }),
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
        <label htmlFor={`${id}-q`}>Find a claim</label>
        <input
          id={`${id}-q`}
          type="search"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          autoFocus
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-claim`}>Claim</label>
        <select
          id={`${id}-claim`}
          size={Math.min(8, Math.max(2, matches.length))}
          value={chosen}
          onChange={(e) => setChosen(e.target.value)}
        >
          {matches.map((c) => (
            <option key={c.id} value={c.id}>
              {c.statement.slice(0, 120)}
            </option>
          ))}
        </select>
        {claims.length === 0 && <p className="hint">No claims yet: record one with “New claim”.</p>}
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
