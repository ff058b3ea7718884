// Starting a matrix: the question, and the competing hypotheses that answer
// it (two at least; more can be added here or later). Heuer starts with the
// full set of plausible answers, each excluding the others.
import { useId, useState, type FormEvent } from 'react'
import type { AchMatrixId } from '@shared/domain/ids'
import { describeError } from '../../db/errors'
import { achMatrices, currentCaseId } from '../../services'
import { recordUndo } from '../../undo/record-undo'
import { FormError } from '../shell/FormError'
import { Modal } from '../shell/Modal'
import { useDiscardGuard } from '../shell/discard-guard'

export function NewMatrixDialog({
  open,
  onClose,
  onCreated,
}: {
  open: boolean
  onClose: () => void
  onCreated: (id: AchMatrixId) => void
}) {
  return (
    <Modal open={open} title="New ACH matrix" onClose={onClose}>
      {open && <NewMatrixForm onClose={onClose} onCreated={onCreated} />}
    </Modal>
  )
}

function NewMatrixForm({
  onClose,
  onCreated,
}: {
  onClose: () => void
  onCreated: (id: AchMatrixId) => void
}) {
  const id = useId()
  const [question, setQuestion] = useState('')
  const [hypotheses, setHypotheses] = useState(['', ''])
  const [error, setError] = useState<string | null>(null)
  const dirty = question !== '' || hypotheses.some(Boolean)
  const { requestClose, prompt } = useDiscardGuard(dirty, onClose, 'the new matrix')

  const submit = async (e: FormEvent) => {
    e.preventDefault()
    const given = hypotheses.filter((h) => h.trim())
    if (!question.trim()) return setError('Ask the question the hypotheses answer.')
    if (given.length < 2) return setError('Give at least two competing hypotheses.')
    try {
      const changes = await achMatrices.create(currentCaseId(), { question, hypotheses: given })
      recordUndo('new matrix', changes)
      onCreated(changes[0]!.id)
      onClose()
    } catch (err) {
      setError(describeError(err))
    }
  }

  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <FormError>{error}</FormError>
      <div className="field">
        <label htmlFor={`${id}-q`}>Question</label>
        <input
          id={`${id}-q`}
          dir="auto"
          value={question}
          autoFocus
          placeholder="e.g. Will Homs fall to the HTS-led forces within a week?"
          onChange={(e) => setQuestion(e.target.value)}
        />
      </div>
      <fieldset className="new-hypotheses">
        <legend className="field-label">Competing hypotheses</legend>
        <p className="hint">Answers that exclude one another and, together, cover what may be true.</p>
        {hypotheses.map((h, i) => (
          <div className="field" key={i}>
            <label htmlFor={`${id}-h${i}`}>{`Hypothesis ${i + 1}`}</label>
            <input
              id={`${id}-h${i}`}
              dir="auto"
              value={h}
              onChange={(e) => setHypotheses(hypotheses.map((x, k) => (k === i ? e.target.value : x)))}
            />
          </div>
        ))}
        <button type="button" className="button small" onClick={() => setHypotheses([...hypotheses, ''])}>
          Add another hypothesis
        </button>
      </fieldset>
      {prompt}
      <div className="dialog-actions">
        <button type="button" className="button" onClick={requestClose}>
          Cancel
        </button>
        <button type="submit" className="button primary">
          Create matrix
        </button>
      </div>
    </form>
  )
}
