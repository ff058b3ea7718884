// Deleting a source that claims rest on asks first, and offers the two ways
// that leave nothing pointing nowhere: reassign its claims to another source,
// or merge it into another (its names become aliases there).
import { useId, useState } from 'react'
import type { SourceId } from '@shared/domain/ids'
import type { SourceRecord } from '@shared/domain/source'
import { describeError } from '../../db/errors'
import { ledger } from '../../services'
import { ledgerAction } from '../claims/ledger-actions'
import { Modal } from '../shell/Modal'
import { FormError } from '../shell/FormError'

export function DeleteSourceDialog({
  source,
  reason,
  sources,
  onClose,
}: {
  source: SourceRecord | null
  reason: string
  sources: readonly SourceRecord[]
  onClose: (done: string | null) => void
}) {
  return (
    <Modal
      open={source !== null}
      title={source ? `Delete “${source.name}”?` : ''}
      onClose={() => onClose(null)}
    >
      {source && <DeleteForm source={source} reason={reason} sources={sources} onClose={onClose} />}
    </Modal>
  )
}

function DeleteForm({
  source,
  reason,
  sources,
  onClose,
}: {
  source: SourceRecord
  reason: string
  sources: readonly SourceRecord[]
  onClose: (done: string | null) => void
}) {
  const [mode, setMode] = useState<'merge' | 'reassign'>('merge')
  const [target, setTarget] = useState('')
  const [problem, setProblem] = useState<string | null>(null)
  const id = useId()
  const others = sources.filter((s) => s.id !== source.id)
  const targetName = others.find((s) => s.id === target)?.name
  return (
    <form
      onSubmit={async (e) => {
        e.preventDefault()
        if (!target) return setProblem('Choose the source that takes over its claims.')
        try {
          if (mode === 'merge')
            await ledgerAction('merge sources', () => ledger.mergeSources(source.id, target as SourceId))
          else
            await ledgerAction('reassign and delete source', () =>
              ledger.reassignAndDelete(source.id, target as SourceId),
            )
          onClose(
            mode === 'merge'
              ? `“${source.name}” merged into “${targetName}”.`
              : `Claims moved to “${targetName}”; “${source.name}” deleted.`,
          )
        } catch (error) {
          setProblem(describeError(error))
        }
      }}
    >
      <p>{reason}</p>
      <FormError>{problem}</FormError>
      <fieldset className="grading">
        <legend>What happens to its claims</legend>
        <label className="check">
          <input
            type="radio"
            name={`${id}-mode`}
            checked={mode === 'merge'}
            onChange={() => setMode('merge')}
          />{' '}
          Merge into another source (its name and aliases are kept as aliases)
        </label>
        <label className="check">
          <input
            type="radio"
            name={`${id}-mode`}
            checked={mode === 'reassign'}
            onChange={() => setMode('reassign')}
          />{' '}
          Reassign its claims to another source, then delete it
        </label>
      </fieldset>
      <div className="field">
        <label htmlFor={`${id}-target`}>{mode === 'merge' ? 'Merge into' : 'Reassign to'}</label>
        <select id={`${id}-target`} value={target} onChange={(e) => setTarget(e.target.value)}>
          <option value="">Choose a source…</option>
          {others.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name}
            </option>
          ))}
        </select>
      </div>
      <div className="dialog-actions">
        <button type="button" className="button" onClick={() => onClose(null)}>
          Keep the source
        </button>
        <button type="submit" className="button primary danger">
          {mode === 'merge' ? 'Merge' : 'Reassign and delete'}
        </button>
      </div>
    </form>
  )
}
