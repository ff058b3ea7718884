// Importing an annotation file (W3C Web Annotation, a Hypothesis export, or
// Recogito's JSON) onto a document the analyst chooses. The file is read and
// every document ranked by how well the file's quotes fit it, in the anchoring
// worker; the best fit is proposed and previewed at once, with a progress bar
// and a way to stop; the preview says what will happen to every annotation.
// Nothing is written until the analyst confirms, and the import is one
// undoable step.
import { describePlan } from '@shared/import/import-plan'
import type { AnnotationFileFormat } from '@shared/import/annotation-file'
import type { CaseId } from '@shared/domain/ids'
import { useState } from 'react'
import { describeError } from '../../db/errors'
import { FormError } from '../shell/FormError'
import { Modal } from '../shell/Modal'
import { SafeText } from '../shell/SafeText'
import { ImportPreview } from './ImportPreview'
import { TargetChooser } from './TargetChooser'
import { useAnnotationImport, type Imported, type PickedFile } from './use-annotation-import'
import './annotation-import.css'

const formats: Record<AnnotationFileFormat, string> = {
  w3c: 'W3C Web Annotation',
  hypothesis: 'Hypothesis export',
  recogito: 'Recogito annotations',
}
const number = (n: number) => n.toLocaleString('en-GB')
const annotations = (n: number) => `${number(n)} ${n === 1 ? 'annotation' : 'annotations'}`

export function AnnotationImportDialog({
  file,
  openCaseId,
  onClose,
  onChooseAnother,
  onImported,
}: {
  /** The picked file; the dialog is open while it is set (a new object starts afresh). */
  file: PickedFile | null
  openCaseId: CaseId | null
  onClose: () => void
  onChooseAnother: () => void
  onImported: (imported: Imported) => void
}) {
  return (
    <Modal open={file !== null} title="Import annotations" onClose={onClose} wide>
      {file && (
        <ImportFlow
          key={`${file.name}:${file.text.length}:${String(openCaseId)}`}
          {...{ file, openCaseId, onClose, onChooseAnother, onImported }}
        />
      )}
    </Modal>
  )
}

function ImportFlow({
  file,
  openCaseId,
  onClose,
  onChooseAnother,
  onImported,
}: {
  file: PickedFile
  openCaseId: CaseId | null
  onClose: () => void
  onChooseAnother: () => void
  onImported: (imported: Imported) => void
}) {
  const flow = useAnnotationImport(file, openCaseId)
  const [problem, setProblem] = useState<string | null>(null)
  const { reading, planning } = flow
  const ready = planning?.status === 'ready' ? planning : null
  const writes = ready?.plan.writes.length ?? 0

  const confirm = async () => {
    setProblem(null)
    try {
      const imported = await flow.confirm()
      if (imported) onImported(imported)
    } catch (error) {
      setProblem(describeError(error))
    }
  }

  return (
    <div className="annotation-import">
      <div className="ai-file">
        <p>
          <strong>
            <SafeText text={file.name} />
          </strong>
          {reading.status === 'ranked' && (
            <>
              {' · '}
              {formats[reading.file.format]} · {annotations(reading.file.annotations)}
              {reading.file.unreadable.length > 0 && (
                <span className="ai-unreadable">
                  {' '}
                  and {number(reading.file.unreadable.length)} that cannot be read
                </span>
              )}
              {reading.file.label && (
                <>
                  {' · made on “'}
                  <SafeText text={reading.file.label} />”
                </>
              )}
            </>
          )}
        </p>
        <button type="button" className="button small" onClick={onChooseAnother}>
          Choose another file…
        </button>
      </div>
      <FormError>
        {reading.status === 'failed'
          ? `“${file.name}” cannot be imported: ${reading.error}`
          : (problem ?? (planning?.status === 'failed' ? planning.error : null))}
      </FormError>
      {reading.status === 'reading' && (
        <div className="ai-progress" role="status">
          <p>Reading the file and comparing its quotes with your documents…</p>
          <progress aria-label="Reading the file" />
        </div>
      )}
      {reading.status === 'ranked' && (
        <TargetChooser fits={reading.fits} chosen={flow.targetId} onChoose={flow.choose} />
      )}
      {planning?.status === 'planning' && (
        <div className="ai-progress" role="status">
          <p>
            Placing the annotations on the chosen document: {number(planning.done)} of{' '}
            {number(planning.total)}…
          </p>
          <div className="ai-progress-row">
            <progress aria-label="Preview progress" max={planning.total || 1} value={planning.done} />
            <button type="button" className="button small" onClick={flow.stop}>
              Stop
            </button>
          </div>
        </div>
      )}
      {planning?.status === 'stopped' && (
        <p className="ai-progress" role="status">
          Preview stopped.{' '}
          {flow.targetId && (
            <button type="button" className="link-button" onClick={() => flow.choose(flow.targetId!)}>
              Preview again
            </button>
          )}
        </p>
      )}
      {ready && (
        <>
          <p className="ai-summary" role="status">
            Onto “<SafeText text={ready.target.title} />
            ”: {describePlan(ready.plan.counts)}.
          </p>
          <ImportPreview plan={ready.plan} />
        </>
      )}
      <div className="dialog-actions">
        <button type="button" className="button" onClick={onClose}>
          Cancel
        </button>
        <button
          type="button"
          className="button primary"
          disabled={!ready || writes === 0 || flow.saving}
          onClick={() => void confirm()}
        >
          {writes ? `Import ${annotations(writes)}` : 'Import'}
        </button>
      </div>
    </div>
  )
}
