// Moving work in and out: the open case as a case file (for a colleague), the
// whole workspace (the backup format), the case's claims as CSV, and its
// annotations and claims as W3C Web Annotation JSON-LD. An import shows what
// it will change and asks first; a bad file is refused with the record and
// field named, changing nothing.
import { useState } from 'react'
import { useLiveQuery } from 'dexie-react-hooks'
import { decodeText } from '@shared/import/decode'
import { today } from '@shared/time/local-date'
import { describeError } from '../../db/errors'
import { exportW3C } from '../../db/w3c-io'
import {
  exportCase,
  exportWorkspace,
  importFile,
  previewImport,
  restoreBackup,
  type ImportMode,
} from '../../db/workspace-io'
import { currentAnalyst, db, ledgerService, platform, undoStack } from '../../services'
import { recordUndo } from '../../undo/record-undo'
import { useOpenCase } from '../cases/use-open-case'
import { fileStem } from '../cases/file-names'
import { Modal } from './Modal'
import { useNotify } from './notices'
import { useUndo } from './use-undo'
import { FormError } from './FormError'

const when = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' })
const count = new Intl.NumberFormat()

interface Pending {
  name: string
  text: string
  mode: ImportMode
  summary: string[]
  conflicts: string[]
}

const modeWords = (mode: ImportMode, caseName: string) =>
  mode.kind === 'new-case'
    ? 'as a new case'
    : mode.kind === 'into-case'
      ? `into the case “${caseName}”`
      : 'into the workspace'

export function DataDialog({
  open,
  onClose,
  onImportAnnotations,
}: {
  open: boolean
  onClose: () => void
  /** Picks an annotation file and opens its import dialog (in place of this one). */
  onImportAnnotations: () => void
}) {
  return (
    <Modal open={open} title="Import and export" onClose={onClose} wide>
      <DataPanel onClose={onClose} onImportAnnotations={onImportAnnotations} />
    </Modal>
  )
}

function DataPanel({
  onClose,
  onImportAnnotations,
}: {
  onClose: () => void
  onImportAnnotations: () => void
}) {
  const notify = useNotify()
  const runUndo = useUndo()
  const { caseId, record: openCase, open: openCaseById } = useOpenCase()
  const [pending, setPending] = useState<Pending | null>(null)
  const [problem, setProblem] = useState<string | null>(null)
  const [busy, setBusy] = useState<string | null>(null)
  const [confirming, setConfirming] = useState<string | null>(null)
  const backups = useLiveQuery(() => db.backups.orderBy('at').reverse().toArray(), [])
  const caseName = openCase?.name ?? ''

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

  const plan = (mode: ImportMode) =>
    run('Reading the file', async () => {
      setPending(null)
      const file = await pick()
      if (!file) return
      const preview = await previewImport(db, file.content, mode, file.name, currentAnalyst())
      if (!preview.ok) throw new Error(`“${file.name}” was not imported: ${preview.error}`)
      setPending({
        name: file.name,
        text: file.content,
        mode,
        summary: preview.summary,
        conflicts: preview.conflicts,
      })
    })

  const confirm = (p: Pending) =>
    run('Importing', async () => {
      const outcome = await importFile(db, p.text, p.mode, p.name, currentAnalyst(), (done, total) =>
        setBusy(`Importing: ${count.format(done)} of ${count.format(total)} records written`),
      )
      if (!outcome.ok) throw new Error(outcome.error)
      recordUndo(`import of “${p.name}”`, outcome.changes)
      setPending(null)
      if (p.mode.kind === 'new-case' && outcome.caseId) openCaseById(outcome.caseId)
      notify(`Imported “${p.name}” ${modeWords(p.mode, caseName)}. ${outcome.summary.join(' ')}`, {
        undo: outcome.changes.length ? () => void runUndo() : undefined,
      })
      onClose()
    })

  return (
    <div className="data-panel">
      <FormError>{problem}</FormError>
      {busy && (
        <p role="status" className="hint">
          {busy}…
        </p>
      )}
      <section aria-labelledby="data-case">
        <h3 id="data-case" className="section-title">
          This case
        </h3>
        <p className="hint">
          “{caseName}” in one file: its documents, annotations, claims and briefings, their audit trail, and
          the sources its claims use. Hand it to a colleague, who imports it as a new case or into one of
          theirs.
        </p>
        <div className="row-actions">
          <button
            type="button"
            className="button"
            disabled={!caseId}
            onClick={() =>
              run('Exporting the case', async () =>
                save(
                  `${today()}-${fileStem(caseName)}.case.json`,
                  await exportCase(db, caseId!),
                  'application/json',
                  { name: 'Case', extensions: ['json'] },
                  'Case',
                ),
              )
            }
          >
            Export case…
          </button>
          <button type="button" className="button" onClick={() => void plan({ kind: 'new-case' })}>
            Import case as a new case…
          </button>
          <button
            type="button"
            className="button"
            disabled={!caseId}
            onClick={() => void plan({ kind: 'into-case', caseId: caseId! })}
          >
            Import into this case…
          </button>
        </div>
      </section>
      {pending && (
        <div className="import-plan" role="group" aria-label="Import plan">
          <p>
            Importing <strong>{pending.name}</strong> {modeWords(pending.mode, caseName)} will:
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
              disabled={busy !== null}
              onClick={() => void confirm(pending)}
            >
              Import
            </button>
          </div>
        </div>
      )}
      <section aria-labelledby="data-workspace">
        <h3 id="data-workspace" className="section-title">
          Workspace
        </h3>
        <p className="hint">
          Everything, every case, in one file: the backup format. Importing one merges it by record, the newer
          version of each winning.
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
          <button type="button" className="button" onClick={() => void plan({ kind: 'workspace' })}>
            Import workspace…
          </button>
        </div>
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
          disabled={!caseId}
          onClick={() =>
            run('Exporting claims', async () => {
              // The ledger worker holds the open case's claim rows already, and writes the CSV there.
              await ledgerService.open(caseId)
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
          This case’s annotations and claims as JSON-LD with quote and position selectors; grades as machine
          tags. Annotations come in from W3C Web Annotation, Hypothesis or Recogito files, onto the document
          you choose, with a preview first.
        </p>
        <div className="row-actions">
          <button
            type="button"
            className="button"
            disabled={!caseId}
            onClick={() =>
              run('Exporting annotations', async () => {
                const { json } = await exportW3C(db, caseId!)
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
            title="W3C Web Annotation, Hypothesis or Recogito files, onto the document you choose"
            onClick={onImportAnnotations}
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
