// One text to write or rewrite (a matrix's question, a hypothesis, an
// assumption): a dialog with its field, saved as one step. A refusal (an empty
// hypothesis, one that repeats another) is shown above the field and the
// dialog stays open; typed work is not dropped without asking.
import { useId, useState, type FormEvent } from 'react'
import { FormError } from '../shell/FormError'
import { Modal } from '../shell/Modal'
import { useDiscardGuard } from '../shell/discard-guard'

export interface TextRequest {
  title: string
  label: string
  hint?: string
  initial: string
  save: string
  /** Saves the text; resolves to a refusal to show, or null when saved. */
  onSave: (text: string) => Promise<string | null>
}

export function TextDialog({ request, onClose }: { request: TextRequest | null; onClose: () => void }) {
  return (
    <Modal open={request !== null} title={request?.title ?? ''} onClose={onClose}>
      {request && <TextForm request={request} onClose={onClose} />}
    </Modal>
  )
}

function TextForm({ request, onClose }: { request: TextRequest; onClose: () => void }) {
  const id = useId()
  const [text, setText] = useState(request.initial)
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const { requestClose, prompt } = useDiscardGuard(text !== request.initial, onClose, 'this text')
  const submit = async (e: FormEvent) => {
    e.preventDefault()
    if (busy) return
    if (!text.trim()) return setError(`${request.label} cannot be empty.`)
    setBusy(true)
    const refusal = await request.onSave(text)
    setBusy(false)
    if (refusal) setError(refusal)
    else onClose()
  }
  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <FormError>{error}</FormError>
      <div className="field">
        <label htmlFor={`${id}-text`}>{request.label}</label>
        <textarea
          id={`${id}-text`}
          dir="auto"
          rows={3}
          value={text}
          autoFocus
          aria-invalid={error ? true : undefined}
          aria-describedby={request.hint ? `${id}-hint` : undefined}
          onChange={(e) => setText(e.target.value)}
          onKeyDown={(e) => {
            // Enter saves, as in a one-line field; Shift+Enter starts a new line.
            if (e.key === 'Enter' && !e.shiftKey && !e.nativeEvent.isComposing) {
              e.preventDefault()
              e.currentTarget.form?.requestSubmit()
            }
          }}
        />
        {request.hint && (
          <p id={`${id}-hint`} className="hint">
            {request.hint}
          </p>
        )}
      </div>
      {prompt}
      <div className="dialog-actions">
        <button type="button" className="button" onClick={requestClose}>
          Cancel
        </button>
        <button type="submit" className="button primary" disabled={busy}>
          {request.save}
        </button>
      </div>
    </form>
  )
}
