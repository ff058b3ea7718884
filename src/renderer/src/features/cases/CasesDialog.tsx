// Managing cases: start a new one, edit a case's name, description and
// default handling marking, archive it out of the switcher, or delete it with
// everything in it (after saying exactly what goes, and undoable).
import { useId, useState } from 'react'
import { useLiveQuery } from 'dexie-react-hooks'
import { caseDraftSchema, emptyCaseDraft, type CaseDraft, type CaseRecord } from '@shared/domain/case'
import type { CaseId } from '@shared/domain/ids'
import { spelledOut } from '@shared/text/invisible'
import { describeContents } from '../../db/cases-repo'
import { describeError } from '../../db/errors'
import { ensureOpenCase } from '../../db/seed'
import { cases, db } from '../../services'
import { recordUndo } from '../../undo/record-undo'
import { FormError } from '../shell/FormError'
import { Modal } from '../shell/Modal'
import { useNotify } from '../shell/notices'
import { SafeText } from '../shell/SafeText'
import { useUndo } from '../shell/use-undo'
import { useOpenCase } from './use-open-case'

const when = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' })

export function CasesDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  return (
    <Modal open={open} title="Cases" onClose={onClose} wide>
      <CasesPanel onClose={onClose} />
    </Modal>
  )
}

type Editing = { id: CaseId | 'new'; draft: CaseDraft } | null

function CasesPanel({ onClose }: { onClose: () => void }) {
  const all = useLiveQuery(() => db.cases.orderBy('modified').reverse().toArray(), [])
  const { caseId, open } = useOpenCase()
  const [editing, setEditing] = useState<Editing>(null)
  const [deleting, setDeleting] = useState<{ record: CaseRecord; contents: string } | null>(null)
  const [problem, setProblem] = useState<string | null>(null)
  const notify = useNotify()
  const runUndo = useUndo()

  const act = async (work: () => Promise<void>) => {
    setProblem(null)
    try {
      await work()
    } catch (error) {
      setProblem(describeError(error))
    }
  }

  const askDelete = (record: CaseRecord) =>
    act(async () => setDeleting({ record, contents: describeContents(await cases.contents(record.id)) }))

  const remove = (record: CaseRecord) =>
    act(async () => {
      const changes = await cases.remove(record.id)
      recordUndo(`delete the case “${record.name}”`, changes)
      setDeleting(null)
      if (record.id === caseId) await ensureOpenCase(db)
      notify(`Deleted the case “${spelledOut(record.name)}”.`, { undo: () => void runUndo() })
    })

  const setArchived = (record: CaseRecord, archived: boolean) =>
    act(async () => {
      recordUndo(archived ? 'archive case' : 'unarchive case', await cases.update(record.id, { archived }))
      if (archived && record.id === caseId) await ensureOpenCaseOtherThan(record.id, open)
    })

  return (
    <div className="cases-panel">
      <FormError>{problem}</FormError>
      <div className="row-actions">
        <button
          type="button"
          className="button primary"
          onClick={() => setEditing({ id: 'new', draft: emptyCaseDraft })}
        >
          New case…
        </button>
      </div>
      {editing && (
        <CaseForm
          editing={editing}
          onDone={async (draft) => {
            if (!draft) return setEditing(null)
            await act(async () => {
              if (editing.id === 'new') {
                const changes = await cases.create(draft)
                recordUndo('create case', changes)
                open(changes[0]!.id as CaseId)
                notify(`Created the case “${spelledOut(draft.name)}” and opened it.`)
              } else {
                recordUndo('edit case', await cases.update(editing.id, draft))
              }
              setEditing(null)
            })
          }}
        />
      )}
      <table className="cases-table" aria-label="All cases">
        <thead>
          <tr>
            <th scope="col">Case</th>
            <th scope="col">Default marking</th>
            <th scope="col">Changed</th>
            <th scope="col">Actions</th>
          </tr>
        </thead>
        <tbody>
          {(all ?? []).map((c) => (
            <tr key={c.id} aria-current={c.id === caseId ? 'true' : undefined}>
              <th scope="row">
                <SafeText text={c.name} />
                {c.id === caseId && <span className="muted"> (open)</span>}
                {c.archived && <span className="muted"> (archived)</span>}
                {c.description && (
                  <p className="hint">
                    <SafeText text={c.description} />
                  </p>
                )}
              </th>
              <td>
                <SafeText text={c.marking} />
              </td>
              <td>{when.format(new Date(c.modified))}</td>
              <td className="row-actions">
                {c.id !== caseId && (
                  <button
                    type="button"
                    className="link-button"
                    aria-label={`Open “${spelledOut(c.name)}”`}
                    onClick={() => {
                      open(c.id)
                      onClose()
                    }}
                  >
                    Open
                  </button>
                )}
                <button
                  type="button"
                  className="link-button"
                  aria-label={`Edit “${spelledOut(c.name)}”`}
                  onClick={() =>
                    setEditing({
                      id: c.id,
                      draft: { name: c.name, description: c.description, marking: c.marking },
                    })
                  }
                >
                  Edit
                </button>
                <button
                  type="button"
                  className="link-button"
                  aria-label={`${c.archived ? 'Unarchive' : 'Archive'} “${spelledOut(c.name)}”`}
                  onClick={() => void setArchived(c, !c.archived)}
                >
                  {c.archived ? 'Unarchive' : 'Archive'}
                </button>
                <button
                  type="button"
                  className="link-button danger"
                  aria-label={`Delete “${spelledOut(c.name)}”`}
                  onClick={() => void askDelete(c)}
                >
                  Delete…
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {deleting && (
        <div
          className="discard-prompt"
          role="alertdialog"
          aria-label={`Delete the case “${spelledOut(deleting.record.name)}”?`}
        >
          <p>
            Deleting “<SafeText text={deleting.record.name} />” also deletes what is in it:{' '}
            {deleting.contents}. Its audit trail is kept, and the sources stay in the registry, shared with
            the other cases. You can undo this.
          </p>
          <div className="row-actions">
            <button type="button" className="button" autoFocus onClick={() => setDeleting(null)}>
              Keep the case
            </button>
            <button type="button" className="button danger" onClick={() => void remove(deleting.record)}>
              Delete the case
            </button>
          </div>
        </div>
      )}
      <div className="dialog-actions">
        <button type="button" className="button" onClick={onClose}>
          Close
        </button>
      </div>
    </div>
  )
}

/** After archiving the open case, opens the newest other unarchived one (or keeps it if none). */
async function ensureOpenCaseOtherThan(id: CaseId, open: (id: CaseId) => void) {
  const others = (await db.cases.orderBy('modified').reverse().toArray()).filter(
    (c) => c.id !== id && !c.archived,
  )
  if (others[0]) open(others[0].id)
}

function CaseForm({
  editing,
  onDone,
}: {
  editing: NonNullable<Editing>
  onDone: (draft: CaseDraft | null) => void
}) {
  const [draft, setDraft] = useState(editing.draft)
  const [errors, setErrors] = useState<Partial<Record<keyof CaseDraft, string>>>({})
  const id = useId()
  const set = (patch: Partial<CaseDraft>) => setDraft((d) => ({ ...d, ...patch }))
  return (
    <form
      className="case-form"
      aria-label={editing.id === 'new' ? 'New case' : 'Edit case'}
      noValidate
      onSubmit={(e) => {
        e.preventDefault()
        const parsed = caseDraftSchema.safeParse(draft)
        if (!parsed.success) {
          const next: typeof errors = {}
          for (const issue of parsed.error.issues) next[issue.path[0] as keyof CaseDraft] ??= issue.message
          setErrors(next)
          return
        }
        onDone(parsed.data)
      }}
    >
      <div className="field">
        <label htmlFor={`${id}-name`}>Name</label>
        <input
          id={`${id}-name`}
          dir="auto"
          value={draft.name}
          autoFocus
          aria-invalid={!!errors.name}
          aria-describedby={errors.name ? `${id}-name-error` : undefined}
          onChange={(e) => set({ name: e.target.value })}
        />
        {errors.name && (
          <p id={`${id}-name-error`} className="field-error">
            {errors.name}
          </p>
        )}
      </div>
      <div className="field">
        <label htmlFor={`${id}-description`}>Description</label>
        <textarea
          id={`${id}-description`}
          dir="auto"
          rows={2}
          value={draft.description}
          onChange={(e) => set({ description: e.target.value })}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-marking`}>Default handling marking for new briefings</label>
        <input
          id={`${id}-marking`}
          value={draft.marking}
          aria-invalid={!!errors.marking}
          onChange={(e) => set({ marking: e.target.value })}
        />
      </div>
      <div className="row-actions">
        <button type="button" className="button" onClick={() => onDone(null)}>
          Cancel
        </button>
        <button type="submit" className="button primary">
          {editing.id === 'new' ? 'Create case' : 'Save case'}
        </button>
      </div>
    </form>
  )
}
