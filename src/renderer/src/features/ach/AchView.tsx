// The ACH view: the open case's competing-hypotheses matrices (new, rename
// the question, duplicate, delete with undo) and the editor of the chosen one.
import { useState } from 'react'
import { useLiveQuery } from 'dexie-react-hooks'
import type { AchMatrixRecord } from '@shared/analysis/ach'
import { setQuestion } from '@shared/analysis/ach-edit'
import type { AchMatrixId } from '@shared/domain/ids'
import { spelledOut } from '@shared/text/invisible'
import { describeError } from '../../db/errors'
import { achMatrices, db } from '../../services'
import { recordUndo } from '../../undo/record-undo'
import { useOpenCase } from '../cases/use-open-case'
import { useNotify } from '../shell/notices'
import { SafeText } from '../shell/SafeText'
import { useSetting } from '../shell/use-setting'
import { useUndo } from '../shell/use-undo'
import { MatrixEditor } from './MatrixEditor'
import { NewMatrixDialog } from './NewMatrixDialog'
import { TextDialog, type TextRequest } from './TextDialog'
import { useMatrixEdit } from './use-matrix-edit'
import './ach.css'

export function AchView() {
  const { caseId } = useOpenCase()
  // Newest first, by creation: editing a matrix does not move it in the list.
  const list = useLiveQuery(
    async () =>
      caseId
        ? (await db.achMatrices.where('caseId').equals(caseId).toArray()).sort((a, b) =>
            b.created.localeCompare(a.created),
          )
        : [],
    [caseId],
  )
  const [lastId, setLastId, loaded] = useSetting('lastMatrixId')
  const [creating, setCreating] = useState(false)
  const [renaming, setRenaming] = useState<TextRequest | null>(null)
  const notify = useNotify()
  const runUndo = useUndo()
  const edit = useMatrixEdit()
  const current = list?.find((m) => m.id === lastId) ?? list?.[0]

  const rename = (m: AchMatrixRecord) =>
    setRenaming({
      title: 'Rename the question',
      label: 'Question',
      hint: 'The one question every hypothesis of the matrix answers.',
      initial: m.question,
      save: 'Save',
      onSave: async (question) => {
        let problem: string | null = null
        const saved = await edit(
          m.id,
          'rename the question',
          'Reworded the question',
          (x) => setQuestion(x, question),
          (message) => (problem = message),
        )
        return saved ? null : problem
      },
    })

  const duplicate = async (m: AchMatrixRecord) => {
    try {
      const changes = await achMatrices.duplicate(m.id)
      recordUndo('duplicate matrix', changes)
      setLastId(changes[0]!.id)
      notify('Matrix duplicated.', { undo: () => void runUndo() })
    } catch (error) {
      notify(describeError(error), { tone: 'error' })
    }
  }

  const remove = async (m: AchMatrixRecord) => {
    try {
      recordUndo('delete matrix', await achMatrices.remove(m.id))
      notify(`Deleted “${spelledOut(m.question)}”.`, { undo: () => void runUndo() })
    } catch (error) {
      notify(describeError(error), { tone: 'error' })
    }
  }

  if (!list || !loaded) return <main className="view view-ach" aria-busy="true" aria-label="ACH matrices" />
  return (
    <div className="view view-ach">
      <nav className="pane library" aria-label="ACH matrices">
        <div className="pane-header">
          <h2>ACH matrices</h2>
          <button type="button" className="button small" onClick={() => setCreating(true)}>
            New matrix
          </button>
        </div>
        {list.length === 0 && (
          <p className="empty">
            No matrices yet. Analysis of Competing Hypotheses weighs the case’s evidence against every
            plausible answer to one question; start one with “New matrix”.
          </p>
        )}
        <ul className="doc-list">
          {list.map((m) => (
            <li key={m.id} className={m.id === current?.id ? 'doc-item current' : 'doc-item'}>
              <button
                type="button"
                className="doc-open"
                aria-current={m.id === current?.id ? 'page' : undefined}
                onClick={() => setLastId(m.id)}
              >
                <SafeText text={m.question} />
              </button>
              <p className="doc-meta">{`${m.hypotheses.length} hypotheses · ${m.evidence.length} rows`}</p>
              <div className="doc-actions">
                <button
                  type="button"
                  className="link-button"
                  aria-label={`Rename “${spelledOut(m.question)}”`}
                  onClick={() => rename(m)}
                >
                  Rename
                </button>
                <button
                  type="button"
                  className="link-button"
                  aria-label={`Duplicate “${spelledOut(m.question)}”`}
                  onClick={() => void duplicate(m)}
                >
                  Duplicate
                </button>
                <button
                  type="button"
                  className="link-button danger"
                  aria-label={`Delete “${spelledOut(m.question)}”`}
                  onClick={() => void remove(m)}
                >
                  Delete
                </button>
              </div>
            </li>
          ))}
        </ul>
      </nav>
      {current ? (
        <main className="pane ach-pane" aria-label="ACH matrix">
          <MatrixEditor key={current.id} matrix={current} onRename={() => rename(current)} />
        </main>
      ) : (
        <main className="pane ach-pane empty-reader" aria-label="ACH matrix">
          <p>Choose or start a matrix.</p>
        </main>
      )}
      <NewMatrixDialog
        open={creating}
        onClose={() => setCreating(false)}
        onCreated={(id: AchMatrixId) => setLastId(id)}
      />
      <TextDialog request={renaming} onClose={() => setRenaming(null)} />
    </div>
  )
}
