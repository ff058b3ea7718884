// The library: every document with its details and how much has been done on
// it; open, rename in place, delete (undoable from the toast or Ctrl+Z).
// Files dropped on it open the import dialog.
import { useState } from 'react'
import { useLiveQuery } from 'dexie-react-hooks'
import type { DocumentRecord } from '@shared/domain/document'
import type { DocumentId } from '@shared/domain/ids'
import type { OpenedFile } from '@shared/ipc-contract'
import { documents } from '../../services'
import { readPickedFiles } from '../../platform/web'
import { describeError } from '../../db/errors'
import { deleteDocument, updateDocumentMeta } from '../annotations/actions'
import { useNotify } from '../shell/notices'
import { useUndo } from '../shell/use-undo'
import { useOpenCase } from '../cases/use-open-case'
import { MoveDocumentDialog } from '../cases/MoveDocumentDialog'
import { spelledOut } from '@shared/text/invisible'
import { fileKindLabel } from '@shared/import/provenance'
import { SafeJoin, SafeText } from '../shell/SafeText'

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeZone: 'UTC' })
export const formatDay = (iso: string) => (iso ? dateFormat.format(new Date(`${iso}T00:00:00Z`)) : '')

export function LibraryPanel({
  currentId,
  onOpen,
  onImport,
}: {
  currentId: string | null
  onOpen: (id: DocumentId | null) => void
  /** Opens the import dialog, with files already read when they were dropped on the library. */
  onImport: (files?: OpenedFile[]) => void
}) {
  const { caseId } = useOpenCase()
  const rows = useLiveQuery(() => (caseId ? documents.listWithCounts(caseId) : []), [caseId])
  const [renaming, setRenaming] = useState<string | null>(null)
  const [moving, setMoving] = useState<DocumentRecord | null>(null)
  const notify = useNotify()
  const runUndo = useUndo()

  const remove = async (doc: DocumentRecord) => {
    try {
      await deleteDocument(doc.id)
      if (doc.id === currentId) onOpen(null)
      notify(`Deleted “${spelledOut(doc.title)}”.`, { undo: () => void runUndo() })
    } catch (error) {
      notify(describeError(error), { tone: 'error' })
    }
  }

  return (
    <nav
      className="pane library"
      aria-label="Library"
      onDragOver={(e) => e.preventDefault()}
      onDrop={async (e) => {
        e.preventDefault()
        const result = await readPickedFiles([...e.dataTransfer.files])
        if (result.ok) onImport(result.value)
        else notify(result.error, { tone: 'error' })
      }}
    >
      <div className="pane-header">
        <h2>Library</h2>
        <button type="button" className="button small" onClick={() => onImport()}>
          Import…
        </button>
      </div>
      {rows && rows.length === 0 && <p className="empty">No documents yet. Import an article to begin.</p>}
      <ul className="doc-list">
        {rows?.map(({ doc, annotationCount }) => (
          <li key={doc.id} className={doc.id === currentId ? 'doc-item current' : 'doc-item'}>
            {renaming === doc.id ? (
              <RenameField doc={doc} onDone={() => setRenaming(null)} />
            ) : (
              <button
                type="button"
                className="doc-open"
                dir="auto"
                aria-current={doc.id === currentId ? 'page' : undefined}
                onClick={() => onOpen(doc.id)}
              >
                <SafeText text={doc.title} />
              </button>
            )}
            <p className="doc-meta" dir="auto">
              <SafeJoin parts={[doc.outlet, doc.author, formatDay(doc.published)]} empty="No details yet" />
            </p>
            <p className="doc-meta" title={doc.original ? spelledOut(doc.original.name) : undefined}>
              {doc.original && `${fileKindLabel(doc.original.type)} · `}
              {doc.wordCount.toLocaleString()} words · {annotationCount}{' '}
              {annotationCount === 1 ? 'annotation' : 'annotations'}
            </p>
            <div className="doc-actions">
              <button
                type="button"
                className="link-button"
                aria-label={`Rename “${spelledOut(doc.title)}”`}
                onClick={() => setRenaming(doc.id)}
              >
                Rename
              </button>
              <button
                type="button"
                className="link-button"
                aria-label={`Move or copy “${spelledOut(doc.title)}” to another case`}
                onClick={() => setMoving(doc)}
              >
                Move…
              </button>
              <button
                type="button"
                className="link-button danger"
                aria-label={`Delete “${spelledOut(doc.title)}”`}
                onClick={() => remove(doc)}
              >
                Delete
              </button>
            </div>
          </li>
        ))}
      </ul>
      <MoveDocumentDialog doc={moving} onClose={() => setMoving(null)} />
    </nav>
  )
}

function RenameField({ doc, onDone }: { doc: DocumentRecord; onDone: () => void }) {
  const [title, setTitle] = useState(doc.title)
  const [error, setError] = useState<string | null>(null)
  const save = async () => {
    const trimmed = title.trim()
    if (!trimmed) {
      setError('A title is required.')
      return
    }
    try {
      if (trimmed !== doc.title) await updateDocumentMeta(doc, { ...doc, title: trimmed })
      onDone()
    } catch (e) {
      setError(describeError(e))
    }
  }
  return (
    <div className="rename">
      <input
        autoFocus
        dir="auto"
        aria-label="New title"
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `rename-${doc.id}` : undefined}
        value={title}
        onChange={(e) => setTitle(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') void save()
          if (e.key === 'Escape') {
            e.stopPropagation()
            onDone()
          }
        }}
        onBlur={() => void save()}
      />
      {error && (
        <p className="field-error" id={`rename-${doc.id}`}>
          {error}
        </p>
      )}
    </div>
  )
}
