// Bulk edit of the selected claims: status, tags to add or remove, and
// grades. Only the fields the analyst sets are changed; each claim gets its
// own audit entry, and the whole edit is one undo step.
import { useId, useState } from 'react'
import { claimStatuses, type ClaimStatus } from '@shared/domain/claim'
import type { ClaimId } from '@shared/domain/ids'
import type { Credibility, Reliability } from '@shared/domain/scales'
import { describeError } from '../../db/errors'
import type { BulkPatch } from '../../db/ledger-repo'
import { ledger } from '../../services'
import { useNotify } from '../shell/notices'
import { useUndo } from '../shell/use-undo'
import { CredibilitySelect, ReliabilitySelect, splitList } from './GradeFields'
import { ledgerAction } from './ledger-actions'
import { FormError } from '../shell/FormError'

export function BulkEditBar({
  ids,
  onDone,
  onCite,
}: {
  ids: ClaimId[]
  onDone: () => void
  onCite: () => void
}) {
  const [status, setStatus] = useState<ClaimStatus | ''>('')
  const [addTags, setAddTags] = useState('')
  const [removeTags, setRemoveTags] = useState('')
  const [credibility, setCredibility] = useState<Credibility | null>(null)
  const [reliability, setReliability] = useState<Reliability | null>(null)
  const [reason, setReason] = useState('')
  const [problem, setProblem] = useState<string | null>(null)
  const notify = useNotify()
  const runUndo = useUndo()
  const id = useId()

  const apply = async () => {
    if (reliability && !reason.trim())
      return setProblem('Say why these claims are graded apart from their sources.')
    const patch: BulkPatch = { addTags: splitList(addTags), removeTags: splitList(removeTags) }
    if (status) patch.status = status
    if (credibility) patch.credibility = credibility
    if (reliability) patch.reliabilityOverride = { grade: reliability, reason: reason.trim() }
    try {
      const changes = await ledgerAction(`bulk edit of ${ids.length} claims`, () =>
        ledger.bulkUpdate(ids, patch),
      )
      notify(`${changes.length} of ${ids.length} claims changed.`, { undo: () => void runUndo() })
      onDone()
    } catch (error) {
      setProblem(describeError(error))
    }
  }

  return (
    <form
      className="bulk-bar"
      aria-label="Bulk edit"
      onSubmit={(e) => {
        e.preventDefault()
        void apply()
      }}
    >
      <strong>{ids.length} selected</strong>
      <label>
        Status{' '}
        <select value={status} onChange={(e) => setStatus(e.target.value as ClaimStatus | '')}>
          <option value="">Unchanged</option>
          {claimStatuses.map((s) => (
            <option key={s.id} value={s.id}>
              {s.label}
            </option>
          ))}
        </select>
      </label>
      <label>
        Add tags <input value={addTags} onChange={(e) => setAddTags(e.target.value)} size={12} />
      </label>
      <label>
        Remove tags <input value={removeTags} onChange={(e) => setRemoveTags(e.target.value)} size={12} />
      </label>
      <span className="bulk-field">
        <label htmlFor={`${id}-cred`}>Credibility</label>
        <CredibilitySelect
          id={`${id}-cred`}
          value={credibility}
          onChange={setCredibility}
          emptyLabel="Unchanged"
        />
      </span>
      <span className="bulk-field">
        <label htmlFor={`${id}-rel`}>Reliability override</label>
        <ReliabilitySelect
          id={`${id}-rel`}
          value={reliability}
          onChange={setReliability}
          emptyLabel="Unchanged"
        />
      </span>
      {reliability && (
        <label>
          Reason <input value={reason} onChange={(e) => setReason(e.target.value)} />
        </label>
      )}
      <button type="submit" className="button primary small">
        Apply to {ids.length}
      </button>
      <button type="button" className="button small" onClick={onCite}>
        Cite in a briefing…
      </button>
      <button type="button" className="button small" onClick={onDone}>
        Clear selection
      </button>
      <FormError>{problem}</FormError>
    </form>
  )
}
