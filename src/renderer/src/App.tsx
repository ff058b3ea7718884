// The three-pane workspace: library, reader, annotations. It owns which
// document is open, what is selected and what is being edited; everything
// stored is read live from Dexie, so other windows and undo show up at once.
import { useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react'
import { useLiveQuery } from 'dexie-react-hooks'
import type { AnnotationRecord } from '@shared/domain/annotation'
import type { DocumentId } from '@shared/domain/ids'
import type { MenuCommand, OpenedFile } from '@shared/ipc-contract'
import { toW3CCollection, exportFileStem } from '@shared/export/w3c'
import { annotations, db, platform, settings, undoStack } from './services'
import { seedSampleOnce } from './db/seed'
import { describeError } from './db/errors'
import type { Span } from './highlight/painter'
import { createAnnotation, deleteAnnotation, updateAnnotation } from './features/annotations/actions'
import { AnnotationEditor } from './features/annotations/AnnotationEditor'
import { AnnotationsPanel } from './features/annotations/AnnotationsPanel'
import { useAnchored } from './features/annotations/use-anchored'
import { ImportDialog } from './features/import/ImportDialog'
import { LibraryPanel } from './features/library/LibraryPanel'
import { ReaderPane, type HitMenu } from './features/reader/ReaderPane'
import type { ReaderHandle } from './features/reader/ReaderView'
import { NoticeProvider, useNotify } from './features/shell/notices'
import { ShortcutsDialog } from './features/shell/ShortcutsDialog'
import { useUndo } from './features/shell/use-undo'
import { storageStatusText, useStorageStatus } from './features/shell/use-storage-status'

type Editing = { kind: 'new'; span: Span } | { kind: 'edit'; record: AnnotationRecord } | null

const isEditable = (el: Element | null) =>
  !!el &&
  (el instanceof HTMLInputElement ||
    el instanceof HTMLTextAreaElement ||
    (el as HTMLElement).isContentEditable)

export function App() {
  return (
    <NoticeProvider>
      <Workspace />
    </NoticeProvider>
  )
}

function Workspace() {
  const notify = useNotify()
  const runUndo = useUndo()
  const [docId, setDocId] = useState<DocumentId | null>(null)
  const [ready, setReady] = useState(false)
  const [editing, setEditing] = useState<Editing>(null)
  const [selectedId, setSelectedId] = useState<string | null>(null)
  const [hitMenu, setHitMenu] = useState<HitMenu | null>(null)
  const [importing, setImporting] = useState<{ files: OpenedFile[] | null } | null>(null)
  const [showShortcuts, setShowShortcuts] = useState(false)
  const reader = useRef<ReaderHandle | null>(null)
  const storage = useStorageStatus()
  const onReaderReady = useCallback((h: ReaderHandle | null) => void (reader.current = h), [])
  const undoState = useSyncExternalStore(
    (l) => undoStack.subscribe(l),
    () => `${undoStack.nextUndo ?? ''}\u0000${undoStack.nextRedo ?? ''}`,
  )
  const [nextUndo, nextRedo] = undoState.split('\u0000')

  const doc = useLiveQuery(() => (docId ? db.documents.get(docId) : undefined), [docId])
  const records = useLiveQuery(() => (docId ? annotations.forDocument(docId) : []), [docId])
  const { anchored, orphaned, paintItems } = useAnchored(doc?.text, records)

  const openDocument = useCallback((id: DocumentId | null) => {
    setDocId(id)
    setEditing(null)
    setSelectedId(null)
    setHitMenu(null)
    void settings.set('lastDocumentId', id)
  }, [])

  useEffect(() => {
    void (async () => {
      try {
        await seedSampleOnce(db)
        const last = await settings.get('lastDocumentId')
        const lastDoc = last ? await db.documents.get(last as DocumentId) : undefined
        const first = lastDoc ?? (await db.documents.orderBy('created').first())
        setDocId(first?.id ?? null)
      } catch (error) {
        notify(`The workbench could not open its store: ${describeError(error)}`, { tone: 'error' })
      } finally {
        setReady(true)
      }
    })()
  }, [notify])

  // A document deleted elsewhere (another window, or undo) closes here too.
  useEffect(() => {
    if (ready && docId && doc === undefined && records !== undefined) {
      void db.documents.get(docId).then((d) => d || setDocId(null))
    }
  }, [ready, docId, doc, records])

  const anchorOf = useCallback(
    (id: string) => anchored.find((a) => a.record.id === id)?.anchor as Span | undefined,
    [anchored],
  )
  const selectedSpans = useMemo(() => {
    const span = selectedId ? anchorOf(selectedId) : undefined
    return span ? [span] : []
  }, [selectedId, anchorOf])

  const choose = useCallback(
    (record: AnnotationRecord) => {
      setSelectedId(record.id)
      const span = anchorOf(record.id)
      if (span) reader.current?.reveal(span)
    },
    [anchorOf],
  )

  const onHighlightClick = useCallback(
    (ids: string[], point: { x: number; y: number }) => {
      const hits = ids
        .map((id) => anchored.find((a) => a.record.id === id)?.record)
        .filter((r) => r !== undefined)
      if (hits.length > 1) setHitMenu({ records: hits, point })
      else {
        setHitMenu(null)
        setSelectedId(hits[0]?.id ?? null)
      }
    },
    [anchored],
  )

  const remove = async (record: AnnotationRecord) => {
    try {
      await deleteAnnotation(record)
      if (selectedId === record.id) setSelectedId(null)
      notify('Annotation deleted.', { undo: () => void runUndo() })
    } catch (error) {
      notify(describeError(error), { tone: 'error' })
    }
  }

  const exportAnnotations = useCallback(async () => {
    if (!doc || !records) return notify('Open a document to export its annotations.')
    const result = await platform.saveFile({
      defaultName: `${exportFileStem(doc)}-annotations.jsonld`,
      content: JSON.stringify(toW3CCollection(doc, records), null, 2),
      mimeType: 'application/ld+json',
      filters: [{ name: 'W3C Web Annotation (JSON-LD)', extensions: ['jsonld', 'json'] }],
    })
    if (!result.ok) notify(result.error, { tone: 'error' })
    else if (result.value) notify(`Exported ${records.length} annotations to ${result.value.path}.`)
  }, [doc, records, notify])

  const openFiles = useCallback(async () => {
    const result = await platform.openDocuments()
    if (!result.ok) notify(result.error, { tone: 'error' })
    else if (result.value.length) setImporting({ files: result.value })
  }, [notify])

  const runCommand = useCallback(
    (command: MenuCommand) => {
      const editable = isEditable(document.activeElement)
      switch (command) {
        case 'open-document':
          return void openFiles()
        case 'import-text':
          return setImporting({ files: null })
        case 'export-annotations':
          return void exportAnnotations()
        case 'undo':
        case 'redo':
          // In a text field the field's own undo applies (the desktop menu routes here).
          if (editable) return void document.execCommand(command)
          return void runUndo(command === 'redo')
      }
    },
    [openFiles, exportAnnotations, runUndo],
  )

  useEffect(() => platform.onMenuCommand(runCommand), [runCommand])

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const mod = e.ctrlKey || e.metaKey
      const editable = isEditable(document.activeElement)
      if (e.key === 'Escape' && hitMenu) setHitMenu(null)
      if (e.key === '?' && !editable && !mod) {
        e.preventDefault()
        setShowShortcuts(true)
      }
      // On the desktop the native menu owns these accelerators and sends commands.
      if (!mod || platform.kind === 'electron') return
      const key = e.key.toLowerCase()
      if (key === 'z' && !editable) {
        e.preventDefault()
        void runUndo(e.shiftKey)
      } else if (key === 'y' && !editable) {
        e.preventDefault()
        void runUndo(true)
      } else if (key === 'o') {
        e.preventDefault()
        void openFiles()
      }
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [hitMenu, runUndo, openFiles])

  const editor =
    doc && editing ? (
      <AnnotationEditor
        key={editing.kind === 'new' ? `new-${editing.span.start}-${editing.span.end}` : editing.record.id}
        heading={editing.kind === 'new' ? 'New annotation' : 'Edit annotation'}
        quote={
          editing.kind === 'new'
            ? doc.text.slice(editing.span.start, editing.span.end)
            : editing.record.selectors.quote.exact
        }
        initial={editing.kind === 'new' ? { note: '', tags: [] } : editing.record}
        onCancel={() => setEditing(null)}
        onSave={async (draft) => {
          if (editing.kind === 'new') {
            const record = await createAnnotation(doc, editing.span, draft)
            setSelectedId(record.id)
            notify('Annotation saved.', { undo: () => void runUndo() })
          } else {
            await updateAnnotation(editing.record, draft)
            notify('Annotation updated.', { undo: () => void runUndo() })
          }
          setEditing(null)
        }}
      />
    ) : null

  return (
    <div className="app">
      <header className="topbar">
        <span className="brand">Analyst Workbench</span>
        <div className="topbar-actions">
          <button type="button" className="button small" onClick={() => void runUndo()} disabled={!nextUndo}>
            {nextUndo ? `Undo ${nextUndo}` : 'Undo'}
          </button>
          <button
            type="button"
            className="button small"
            onClick={() => void runUndo(true)}
            disabled={!nextRedo}
          >
            {nextRedo ? `Redo ${nextRedo}` : 'Redo'}
          </button>
          <button
            type="button"
            className="button small"
            onClick={() => void exportAnnotations()}
            disabled={!doc}
          >
            Export annotations
          </button>
          <span className={`storage storage-${storage}`}>{storageStatusText[storage]}</span>
          <button
            type="button"
            className="icon-button"
            aria-label="Keyboard shortcuts"
            onClick={() => setShowShortcuts(true)}
          >
            ?
          </button>
        </div>
      </header>
      <LibraryPanel currentId={docId} onOpen={openDocument} onImport={() => setImporting({ files: null })} />
      {doc ? (
        <ReaderPane
          doc={doc}
          paintItems={paintItems}
          selectedSpans={selectedSpans}
          hitMenu={hitMenu}
          onAnnotate={(span) => {
            setHitMenu(null)
            setEditing({ kind: 'new', span })
          }}
          onHighlightClick={onHighlightClick}
          onChooseFromMenu={(record) => {
            setHitMenu(null)
            if (record) setSelectedId(record.id)
          }}
          onReady={onReaderReady}
        />
      ) : (
        <main className="pane reader empty-reader" aria-label="Reader">
          <p>
            {ready ? 'No document is open. Choose one from the library or import an article.' : 'Opening…'}
          </p>
        </main>
      )}
      <AnnotationsPanel
        anchored={anchored}
        orphaned={orphaned}
        selectedId={selectedId}
        editor={editor}
        onChoose={choose}
        onEdit={(record) => setEditing({ kind: 'edit', record })}
        onDelete={remove}
      />
      <ImportDialog
        open={importing !== null}
        initialFiles={importing?.files ?? null}
        onClose={() => setImporting(null)}
        onImported={(ids) => {
          setImporting(null)
          if (ids[0]) openDocument(ids[0] as DocumentId)
          notify(ids.length === 1 ? 'Document imported.' : `${ids.length} documents imported.`)
        }}
      />
      <ShortcutsDialog open={showShortcuts} onClose={() => setShowShortcuts(false)} />
    </div>
  )
}
