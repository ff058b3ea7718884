// One evidence row: what it rests on (a claim, with its source and grade, or
// the analyst's own assumption or missing evidence), and its weight. The
// weight comes from the claim's grades; the analyst may set another, and must
// say why (PARC ACH and Heuer both expect weights to be shown and argued).
import { useId, useState, type FormEvent } from 'react'
import { achItemKinds, type AchEvidence, type AchRowWeight } from '@shared/analysis/ach'
import { editFreeItem, removeEvidence, setWeightOverride } from '@shared/analysis/ach-edit'
import type { AchMatrixId } from '@shared/domain/ids'
import { FormError } from '../shell/FormError'
import { Modal } from '../shell/Modal'
import { SafeJoin, SafeText } from '../shell/SafeText'
import { useDiscardGuard } from '../shell/discard-guard'
import type { ClaimSummary } from './matrix-claims'
import type { MatrixEdit } from './use-matrix-edit'

export interface RowRequest {
  matrixId: AchMatrixId
  row: AchEvidence
  label: string
  claim: ClaimSummary | undefined
  weight: AchRowWeight
  /** The field to start in. */
  focus: 'item' | 'weight'
}

export function RowDialog({
  request,
  edit,
  onRemoved,
  onClose,
}: {
  request: RowRequest | null
  edit: MatrixEdit
  onRemoved: (label: string) => void
  onClose: () => void
}) {
  return (
    <Modal open={request !== null} title={request ? `Evidence ${request.label}` : ''} onClose={onClose}>
      {request && <RowForm request={request} edit={edit} onRemoved={onRemoved} onClose={onClose} />}
    </Modal>
  )
}

const fixed = (n: number) => n.toFixed(2)

function RowForm({
  request,
  edit,
  onRemoved,
  onClose,
}: {
  request: RowRequest
  edit: MatrixEdit
  onRemoved: (label: string) => void
  onClose: () => void
}) {
  const id = useId()
  const { row, weight, claim, label, matrixId } = request
  const free = row.item.kind === 'claim' ? null : row.item
  const [text, setText] = useState(free?.text ?? '')
  const [byHand, setByHand] = useState(row.weightOverride !== null)
  const [value, setValue] = useState(String(row.weightOverride?.weight ?? fixed(weight.derived)))
  const [reason, setReason] = useState(row.weightOverride?.reason ?? '')
  const [error, setError] = useState<string | null>(null)
  const dirty =
    (free !== null && text !== free.text) ||
    byHand !== (row.weightOverride !== null) ||
    (byHand && (value !== String(row.weightOverride?.weight) || reason !== row.weightOverride?.reason))
  const { requestClose, prompt } = useDiscardGuard(dirty, onClose, `row ${label}`)

  const submit = async (e: FormEvent) => {
    e.preventDefault()
    const weightValue = Number(value)
    if (byHand && (!value.trim() || !Number.isFinite(weightValue)))
      return setError('Give the weight as a number, e.g. 1.5.')
    if (byHand && !reason.trim()) return setError('Say why this row is weighted apart from its grades.')
    const override = byHand ? { weight: weightValue, reason } : null
    const saved = await edit(
      matrixId,
      'edit row',
      override ? `${label}: weight set to ${fixed(weightValue)} (${reason.trim()})` : `Edited ${label}`,
      (m) => setWeightOverride(free ? editFreeItem(m, row.id, text) : m, row.id, override),
      setError,
    )
    if (saved) onClose()
  }

  const remove = async () => {
    if (await edit(matrixId, 'remove row', `Removed ${label}`, (m) => removeEvidence(m, row.id), setError)) {
      onClose()
      onRemoved(label)
    }
  }

  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <FormError>{error}</FormError>
      {free ? (
        <div className="field">
          <label htmlFor={`${id}-text`}>{achItemKinds.find((k) => k.id === free.kind)!.label}</label>
          <textarea
            id={`${id}-text`}
            dir="auto"
            rows={3}
            value={text}
            autoFocus={request.focus === 'item'}
            onChange={(e) => setText(e.target.value)}
          />
        </div>
      ) : (
        <div className="row-claim">
          <p className="field-label">Claim</p>
          {claim ? (
            <>
              <SafeText as="p" text={claim.statement} className="row-claim-statement" />
              <p className="hint">
                <SafeJoin
                  parts={[
                    claim.via
                      ? `${claim.source || 'No source'} via ${claim.via}`
                      : claim.source || 'No source',
                    claim.grade ? `graded ${claim.grade}` : 'not graded',
                    claim.date,
                  ]}
                />
              </p>
            </>
          ) : (
            <p className="hint">This claim has been deleted; the row keeps its ratings.</p>
          )}
        </div>
      )}
      <fieldset className="row-weight">
        <legend className="field-label">Weight</legend>
        <p className="hint">
          {weight.from === 'grades'
            ? `From the claim’s grades: ${weight.explanation}.`
            : weight.from === 'override'
              ? `The grades give ${fixed(weight.derived)}.`
              : weight.explanation}
        </p>
        <label className="check">
          <input
            type="checkbox"
            checked={byHand}
            autoFocus={request.focus === 'weight' && !byHand}
            onChange={(e) => setByHand(e.target.checked)}
          />{' '}
          Set the weight by hand
        </label>
        {byHand && (
          <div className="weight-fields">
            <div className="field">
              <label htmlFor={`${id}-w`}>Weight</label>
              <input
                id={`${id}-w`}
                type="number"
                min="0.1"
                max="10"
                step="0.1"
                inputMode="decimal"
                value={value}
                autoFocus={request.focus === 'weight'}
                onChange={(e) => setValue(e.target.value)}
              />
            </div>
            <div className="field field-grow">
              <label htmlFor={`${id}-why`}>Why (required)</label>
              <input id={`${id}-why`} dir="auto" value={reason} onChange={(e) => setReason(e.target.value)} />
            </div>
          </div>
        )}
      </fieldset>
      {prompt}
      <div className="dialog-actions">
        <button type="button" className="button danger dialog-start" onClick={() => void remove()}>
          Remove row
        </button>
        <button type="button" className="button" onClick={requestClose}>
          Cancel
        </button>
        <button type="submit" className="button primary">
          Save
        </button>
      </div>
    </form>
  )
}
