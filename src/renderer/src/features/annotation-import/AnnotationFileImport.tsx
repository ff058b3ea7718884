// The annotation import as the shell offers it (Import / export, the File
// menu, the reader's Annotations panel): pick a file, then the import dialog
// on it; once imported, the document it went onto is opened and a message
// with Undo says what came in.
import { useCallback, useState, type ReactNode } from 'react'
import { decodeText } from '@shared/import/decode'
import type { CaseId, DocumentId } from '@shared/domain/ids'
import { describeError } from '../../db/errors'
import { platform } from '../../services'
import { useNotify } from '../shell/notices'
import { useUndo } from '../shell/use-undo'
import { AnnotationImportDialog } from './AnnotationImportDialog'
import type { Imported, PickedFile } from './use-annotation-import'

export function useAnnotationFileImport({
  caseId,
  onOpen,
}: {
  caseId: CaseId | null
  /** Shows the document the annotations went onto (switching case when it is in another). */
  onOpen: (documentId: DocumentId, caseId: CaseId) => void
}): { pick: () => void; dialog: ReactNode } {
  const notify = useNotify()
  const runUndo = useUndo()
  const [file, setFile] = useState<PickedFile | null>(null)

  // Not async up to the native picker: on the web the file input needs the click's user activation.
  const pick = useCallback(() => {
    void platform
      .openDataFile()
      .then((result) => {
        if (!result.ok) return notify(result.error, { tone: 'error' })
        const picked = result.value[0]
        if (picked) setFile({ name: picked.name, text: decodeText(picked.bytes, picked.name) })
      })
      .catch((error: unknown) => notify(describeError(error), { tone: 'error' }))
  }, [notify])

  const imported = ({ documentId, caseId: into, title, plan }: Imported) => {
    setFile(null)
    onOpen(documentId, into)
    const { exact, moved, changed, review } = plan.counts
    const n = plan.writes.length
    notify(
      `Imported ${n} ${n === 1 ? 'annotation' : 'annotations'} onto “${title}”: ` +
        `${exact + moved + changed} highlighted${review ? `, ${review} under “Needs review”` : ''}.`,
      { undo: () => void runUndo() },
    )
  }

  return {
    pick,
    dialog: (
      <AnnotationImportDialog
        file={file}
        openCaseId={caseId}
        onClose={() => setFile(null)}
        onChooseAnother={pick}
        onImported={imported}
      />
    ),
  }
}
