// Moving or copying a document to another case, with its annotations and the
// claims resting on it; one undoable step. The dialog says what goes with it.
import { useId, useState } from 'react'
import { useLiveQuery } from 'dexie-react-hooks'
import type { DocumentRecord } from '@shared/domain/document'
import type { CaseId } from '@shared/domain/ids'
import { spelledOut } from '@shared/text/invisible'
import { describeError } from '../../db/errors'
import { cases, db } from '../../services'
import { recordUndo } from '../../undo/record-undo'
import { FormError } from '../shell/FormError'
import { Modal } from '../shell/Modal'
import { useNotify } from '../shell/notices'
import { useUndo } from '../shell/use-undo'

export function MoveDocumentDialog({ doc, onClose }: { doc: DocumentRecord | null; onClose: () => void }) {
  return (
    <Modal open={doc !== null} title="Move or copy to another case" onClose={onClose}>
      {doc && <MoveForm doc={doc} onClose={onClose} />}
    </Modal>
  )
}

function MoveForm({ doc, onClose }: { doc: DocumentRecord; onClose: () => void }) {
  const targets = useLiveQuery(
    async () => (await db.cases.toArray()).filter((c) => c.id !== doc.caseId && !c.archived),
    [doc.caseId],
  )
  const goes = useLiveQuery(
    async () => ({
      annotations: await db.annotations.where('documentId').equals(doc.id).count(),
      claims: await db.claims.where('documentIds').equals(doc.id).count(),
    }),
    [doc.id],
  )
  const [target, setTarget] = useState<string>('')
  const [problem, setProblem] = useState<string | null>(null)
  const notify = useNotify()
  const runUndo = useUndo()
  const id = useId()
  const chosen = (target || targets?.[0]?.id) as CaseId | undefined
  const run = async (copy: boolean) => {
    if (!chosen) return
    try {
      const name = targets?.find((t) => t.id === chosen)?.name ?? ''
      const changes = await cases.moveDocument(doc.id, chosen, copy)
      recordUndo(`${copy ? 'copy' : 'move'} “${doc.title}” to “${name}”`, changes)
      onClose()
      notify(`${copy ? 'Copied' : 'Moved'} “${spelledOut(doc.title)}” to “${spelledOut(name)}”.`, {
        undo: () => void runUndo(),
      })
    } catch (error) {
      setProblem(describeError(error))
    }
  }
  if (targets && targets.length === 0)
    return (
      <>
        <p>There is no other case to move it to yet. Create one from “Cases…” in the header first.</p>
        <div className="dialog-actions">
          <button type="button" className="button" onClick={onClose}>
            Close
          </button>
        </div>
      </>
    )
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault()
        void run(false)
      }}
    >
      <FormError>{problem}</FormError>
      <p>
        “{spelledOut(doc.title)}” goes with its {goes?.annotations ?? 0}{' '}
        {goes?.annotations === 1 ? 'annotation' : 'annotations'} and the {goes?.claims ?? 0}{' '}
        {goes?.claims === 1 ? 'claim' : 'claims'} resting on it.
      </p>
      <div className="field">
        <label htmlFor={`${id}-case`}>To the case</label>
        <select id={`${id}-case`} value={chosen ?? ''} onChange={(e) => setTarget(e.target.value)}>
          {targets?.map((t) => (
            <option key={t.id} value={t.id}>
              {spelledOut(t.name)}
            </option>
          ))}
        </select>
      </div>
      <div className="dialog-actions">
        <button type="button" className="button" onClick={onClose}>
          Cancel
        </button>
        <button type="button" className="button" onClick={() => void run(true)}>
          Copy
        </button>
        <button type="submit" className="button primary">
          Move
        </button>
      </div>
    </form>
  )
}
