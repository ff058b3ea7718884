// Moving a case in and out: the workspace file (everything, for a colleague
// or a backup), the claims as CSV, and annotations and claims as W3C Web
// Annotation JSON-LD. An import shows what it will change and asks first;
// a bad file is refused with the record and field named, changing nothing.
import { useState } from 'react'
import { useLiveQuery } from 'dexie-react-hooks'
import { decodeText } from '@shared/import/decode'
import { describeError } from '../../db/errors'
import {
  exportW3C,
  exportWorkspace,
  importW3C,
  importWorkspace,
  previewWorkspaceImport,
  restoreBackup,
} from '../../db/workspace-io'
import { currentAnalyst, db, ledgerService, platform, undoStack } from '../../services'
import { recordUndo } from '../../undo/record-undo'
import { Modal } from './Modal'
import { useNotify } from './notices'
import { useUndo } from './use-undo'
import { FormError } from './FormError'

const today = () => new Date().toISOString().slice(0, 10)
const when = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' })

export function DataDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  return (
    <Modal open={open} title="Import and export" onClose={onClose} wide>
      <DataPanel onClose={onClose} />
    </Modal>
  )
}

function DataPanel({ onClose }: { onClose: () => void }) {
  const notify = useNotify()
  const runUndo = useUndo()
  const [pending, setPending] = useState<{
    name: string
    text: string
    summary: string[]
    conflicts: string[]
  } | null>(null)
  const [problem, setProblem] = useState<string | null>(null)
  const [busy, setBusy] = useState<string | null>(null)
  const [confirming, setConfirming] = useState<string | null>(null)
  const backups = useLiveQuery(() => db.backups.orderBy('at').reverse().toArray(), [])

  const run = async (label: string, work: () => Promise<void>) => {
    setProblem(null)
    setBusy(label)
    try {
      await work()
    } catch (error) {
      setProblem(describeError(error))
    } finally {
      setBusy(null)
    }
  }

  const save = async (
    defaultName: string,
    content: string,
    mimeType: string,
    filter: { name: string; extensions: string[] },
    what: string,
  ) => {
    const result = await platform.saveFile({ defaultName, content, mimeType, filters: [filter] })
    if (!result.ok) setProblem(result.error)
    else if (result.value) notify(`${what} saved to ${result.value.path}.`)
  }

  /** The chosen data file as text, or null when the analyst cancelled. */
  const pick = async () => {
    const result = await platform.openDataFile()
    if (!result.ok) throw new Error(result.error)
    const file = result.value[0]
    return file ? { name: file.name, content: decodeText(file.bytes, file.name) } : null
  }

  return (
    <div className="data-panel">
      <FormError>{problem}</FormError>
      {busy && (
        <p role="status" className="hint">
          {busy}…
        </p>
      )}
      <section aria-labelledby="data-workspace">
        <h3 id="data-workspace" className="section-title">
          Workspace
        </h3>
        <p className="hint">
          Everything in one file: documents, annotations, claims, sources, briefings and the audit trail.
        </p>
        <div className="row-actions">
          <button
            type="button"
            className="button"
            onClick={() =>
              run('Exporting the workspace', async () =>
                save(
                  `${today()}-workspace.json`,
                  await exportWorkspace(db),
                  'application/json',
                  { name: 'Workspace', extensions: ['json'] },
                  'Workspace',
                ),
              )
            }
          >
            Export workspace…
          </button>
          <button
            type="button"
            className="button"
            onClick={() =>
              run('Reading the file', async () => {
                const file = await pick()
                if (!file) return
                const preview = await previewWorkspaceImport(db, file.content, currentAnalyst())
                if (!preview.ok) throw new Error(`“${file.name}” was not imported: ${preview.error}`)
                setPending({
                  name: file.name,
                  text: file.content,
                  summary: preview.summary,
                  conflicts: preview.conflicts,
                })
              })
            }
          >
            Import workspace…
          </button>
        </div>
        {pending && (
          <div className="import-plan" role="group" aria-label="Import plan">
            <p>
              Importing <strong>{pending.name}</strong> will:
            </p>
            <ul>
              {pending.summary.map((line) => (
                <li key={line}>{line}</li>
              ))}
              {pending.conflicts.map((line) => (
                <li key={line} className="field-error">
                  {line}
                </li>
              ))}
            </ul>
            <p className="hint">The current workspace is backed up automatically first.</p>
            <div className="row-actions">
              <button type="button" className="button" onClick={() => setPending(null)}>
                Cancel import
              </button>
              <button
                type="button"
                className="button primary"
                onClick={() =>
                  run('Importing', async () => {
                    const outcome = await importWorkspace(db, pending.text, currentAnalyst())
                    if (!outcome.ok) throw new Error(outcome.error)
                    const label = `import of “${pending.name}”`
                    recordUndo(label, outcome.changes)
                    setPending(null)
                    notify(`Imported “${pending.name}”. ${outcome.summary.join(' ')}`, {
                      undo: outcome.changes.length ? () => void runUndo() : undefined,
                    })
                    onClose()
                  })
                }
              >
                Import
              </button>
            </div>
          </div>
        )}
        {backups && backups.length > 0 && (
          <details className="backups">
            <summary>Automatic backups ({backups.length})</summary>
            <ul>
              {backups.map((b) => (
                <li key={b.id}>
                  {when.format(new Date(b.at))}: {b.reason}{' '}
                  {confirming === b.id ? (
                    <>
                      <strong>Replace everything with this backup?</strong>{' '}
                      <button
                        type="button"
                        className="link-button danger"
                        onClick={() =>
                          run('Restoring', async () => {
                            await restoreBackup(db, b.id)
                            // Every undo entry refers to records the restore replaced wholesale.
                            undoStack.clear()
                            setConfirming(null)
                            notify(
                              `Workspace restored to ${when.format(new Date(b.at))}. What was there before is itself backed up; the undo history starts afresh from here.`,
                            )
                          })
                        }
                      >
                        Yes, restore
                      </button>
                      <button type="button" className="link-button" onClick={() => setConfirming(null)}>
                        Keep the current workspace
                      </button>
                    </>
                  ) : (
                    <button type="button" className="link-button" onClick={() => setConfirming(b.id)}>
                      Restore…
                    </button>
                  )}
                </li>
              ))}
            </ul>
          </details>
        )}
      </section>
      <section aria-labelledby="data-claims">
        <h3 id="data-claims" className="section-title">
          Claims
        </h3>
        <button
          type="button"
          className="button"
          onClick={() =>
            run('Exporting claims', async () => {
              // The ledger worker holds every claim's row already, and writes the CSV there.
              await ledgerService.open(null)
              await save(
                `${today()}-claims.csv`,
                await ledgerService.api.claimsCsv(),
                'text/csv',
                { name: 'CSV', extensions: ['csv'] },
                'Claims',
              )
            })
          }
        >
          Export claims as CSV…
        </button>
      </section>
      <section aria-labelledby="data-w3c">
        <h3 id="data-w3c" className="section-title">
          W3C Web Annotation
        </h3>
        <p className="hint">
          Annotations and claims as JSON-LD with quote and position selectors; grades as machine tags.
        </p>
        <div className="row-actions">
          <button
            type="button"
            className="button"
            onClick={() =>
              run('Exporting annotations', async () => {
                const { json } = await exportW3C(db)
                await save(
                  `${today()}-annotations.jsonld`,
                  json,
                  'application/ld+json',
                  { name: 'JSON-LD', extensions: ['jsonld', 'json'] },
                  'Annotations',
                )
              })
            }
          >
            Export annotations and claims…
          </button>
          <button
            type="button"
            className="button"
            onClick={() =>
              run('Importing annotations', async () => {
                const file = await pick()
                if (!file) return
                const outcome = await importW3C(db, file.content)
                if (!outcome.ok) throw new Error(`“${file.name}” was not imported: ${outcome.error}`)
                recordUndo(`import of “${file.name}”`, outcome.changes)
                notify(
                  `${outcome.added} annotations imported, ${outcome.skipped} already present or claims` +
                    (outcome.orphaned ? `, ${outcome.orphaned} need review.` : '.'),
                  { undo: outcome.changes.length ? () => void runUndo() : undefined },
                )
              })
            }
          >
            Import annotations…
          </button>
        </div>
      </section>
      <div className="dialog-actions">
        <button type="button" className="button" onClick={onClose}>
          Close
        </button>
      </div>
    </div>
  )
}
