// The application shell: the top bar (views, undo, settings, storage), the
// global shortcuts and menu commands, and the dialogs every view can open
// (import, claim editor, settings, shortcuts). The open document and the
// current view are remembered in the store.
import { useCallback, useEffect, useState, useSyncExternalStore } from 'react'
import { useLiveQuery } from 'dexie-react-hooks'
import type { ClaimAnchor, ClaimDraft, ClaimRecord } from '@shared/domain/claim'
import type { DocumentId } from '@shared/domain/ids'
import type { MenuCommand, OpenedFile } from '@shared/ipc-contract'
import { exportFileStem, toW3CCollection } from '@shared/export/w3c'
import { annotations, db, platform, settings, undoStack } from './services'
import { seedSampleOnce } from './db/seed'
import { interruptionText, watchStore, type StoreInterruption } from './db/store-watch'
import { describeError } from './db/errors'
import type { View } from './db/settings-repo'
import { ImportDialog } from './features/import/ImportDialog'
import { ReaderWorkspace, type RevealRequest } from './features/reader/ReaderWorkspace'
import { ClaimsView } from './features/claims/ClaimsView'
import { ClaimEditor } from './features/claims/ClaimEditor'
import { AddToClaimDialog } from './features/claims/AddToClaimDialog'
import { SourcesView } from './features/sources/SourcesView'
import { BriefingsView } from './features/briefings/BriefingsView'
import { ErrorBoundary } from './features/shell/ErrorBoundary'
import { Modal } from './features/shell/Modal'
import { NoticeProvider, useNotify } from './features/shell/notices'
import { SettingsDialog } from './features/shell/SettingsDialog'
import { DataDialog } from './features/shell/DataDialog'
import { ShortcutsDialog } from './features/shell/ShortcutsDialog'
import { useSetting } from './features/shell/use-setting'
import { useUndo } from './features/shell/use-undo'
import { storageStatusHint, storageStatusText, useStorageStatus } from './features/shell/use-storage-status'

const isEditable = (el: Element | null) =>
  !!el &&
  (el instanceof HTMLInputElement ||
    el instanceof HTMLTextAreaElement ||
    el instanceof HTMLSelectElement ||
    (el as HTMLElement).isContentEditable)

const views: { id: View; label: string }[] = [
  { id: 'reader', label: 'Reader' },
  { id: 'claims', label: 'Claims' },
  { id: 'sources', label: 'Sources' },
  { id: 'briefings', label: 'Briefings' },
]

type ClaimEditing = { initial: ClaimDraft; existing?: ClaimRecord } | null

export function App() {
  return (
    <NoticeProvider>
      <Shell />
    </NoticeProvider>
  )
}

function Shell() {
  const notify = useNotify()
  const runUndo = useUndo()
  const [view, setView] = useSetting('view')
  const [docId, setDocId] = useState<DocumentId | null>(null)
  const [ready, setReady] = useState(false)
  const [importing, setImporting] = useState<{ files: OpenedFile[] | null } | null>(null)
  const [dialog, setDialog] = useState<'shortcuts' | 'settings' | 'data' | null>(null)
  const [claimEditing, setClaimEditing] = useState<ClaimEditing>(null)
  const [addingToClaim, setAddingToClaim] = useState<ClaimAnchor | null>(null)
  const [reveal, setReveal] = useState<RevealRequest | null>(null)
  const [focusClaim, setFocusClaim] = useState<string | null>(null)
  const storage = useStorageStatus()
  const [interruption, setInterruption] = useState<StoreInterruption | null>(null)
  useEffect(() => watchStore(db, setInterruption), [])
  const undoState = useSyncExternalStore(
    (l) => undoStack.subscribe(l),
    () => `${undoStack.nextUndo ?? ''}\u0000${undoStack.nextRedo ?? ''}`,
  )
  const [nextUndo, nextRedo] = undoState.split('\u0000')
  // A document deleted elsewhere (another window, or undo) closes here too.
  const docExists = useLiveQuery(
    async () => (docId ? (await db.documents.get(docId)) !== undefined : false),
    [docId],
  )
  const openDocId = docExists === false ? null : docId

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

  const openDocument = useCallback((id: DocumentId | null) => {
    setDocId(id)
    void settings.set('lastDocumentId', id)
  }, [])

  const showPassage = useCallback(
    (anchor: ClaimAnchor) => {
      openDocument(anchor.documentId)
      setView('reader')
      setReveal({ anchor, nonce: Date.now() })
    },
    [openDocument, setView],
  )

  const exportAnnotations = useCallback(async () => {
    const doc = openDocId ? await db.documents.get(openDocId) : undefined
    if (!doc) return notify('Open a document to export its annotations.')
    const records = await annotations.forDocument(doc.id)
    const result = await platform.saveFile({
      defaultName: `${exportFileStem(doc)}-annotations.jsonld`,
      content: JSON.stringify(toW3CCollection(doc, records), null, 2),
      mimeType: 'application/ld+json',
      filters: [{ name: 'W3C Web Annotation (JSON-LD)', extensions: ['jsonld', 'json'] }],
    })
    if (!result.ok) notify(result.error, { tone: 'error' })
    else if (result.value) notify(`Exported ${records.length} annotations to ${result.value.path}.`)
  }, [openDocId, notify])

  const openFiles = useCallback(async () => {
    const result = await platform.openDocuments()
    if (!result.ok) notify(result.error, { tone: 'error' })
    else if (result.value.length) setImporting({ files: result.value })
  }, [notify])

  const runCommand = useCallback(
    (command: MenuCommand) => {
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
          if (isEditable(document.activeElement)) return void document.execCommand(command)
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
      if (e.key === '?' && !editable && !mod) {
        e.preventDefault()
        setDialog('shortcuts')
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
  }, [runUndo, openFiles])

  return (
    <div className="app">
      <header className="topbar">
        <span className="brand">Analyst Workbench</span>
        <nav aria-label="Views" className="view-tabs">
          {views.map((v) => (
            <button
              key={v.id}
              type="button"
              className="view-tab"
              aria-current={view === v.id ? 'page' : undefined}
              onClick={() => setView(v.id)}
            >
              {v.label}
            </button>
          ))}
        </nav>
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
          {view === 'reader' && (
            <button
              type="button"
              className="button small"
              onClick={() => void exportAnnotations()}
              disabled={!openDocId}
            >
              Export annotations
            </button>
          )}
          <span className={`storage storage-${storage}`} title={storageStatusHint[storage]}>
            {storageStatusText[storage]}
          </span>
          <button type="button" className="button small" onClick={() => setDialog('data')}>
            Import / export
          </button>
          <button type="button" className="button small" onClick={() => setDialog('settings')}>
            Settings
          </button>
          <button
            type="button"
            className="icon-button"
            aria-label="Keyboard shortcuts"
            onClick={() => setDialog('shortcuts')}
          >
            ?
          </button>
        </div>
      </header>
      {interruption && (
        <div className="store-interruption" role="alert">
          <p>{interruptionText[interruption]}</p>
          <button type="button" className="button primary" onClick={() => window.location.reload()}>
            Reload this window
          </button>
        </div>
      )}
      <ErrorBoundary
        what={`The ${views.find((v) => v.id === view)?.label ?? ''} view`}
        resetKey={view}
        back={
          view === 'reader' ? undefined : { label: 'Back to the Reader', onClick: () => setView('reader') }
        }
      >
        {view === 'reader' && (
          <ReaderWorkspace
            docId={openDocId}
            ready={ready}
            reveal={reveal}
            onOpenDocument={openDocument}
            onImport={(files) => setImporting({ files: files ?? null })}
            onNewClaim={(initial) => setClaimEditing({ initial })}
            onAddToClaim={setAddingToClaim}
          />
        )}
        {view === 'claims' && (
          <ClaimsView
            focusId={focusClaim}
            onShowPassage={showPassage}
            onNewClaim={(initial) => setClaimEditing({ initial })}
            onEditClaim={(existing) => setClaimEditing({ initial: existing, existing })}
          />
        )}
        {view === 'sources' && <SourcesView />}
        {view === 'briefings' && <BriefingsView />}
      </ErrorBoundary>
      <ImportDialog
        open={importing !== null}
        initialFiles={importing?.files ?? null}
        onClose={() => setImporting(null)}
        onImported={(ids) => {
          setImporting(null)
          if (ids[0]) openDocument(ids[0] as DocumentId)
          setView('reader')
          notify(ids.length === 1 ? 'Document imported.' : `${ids.length} documents imported.`)
        }}
      />
      <Modal
        open={claimEditing !== null}
        title={claimEditing?.existing ? 'Edit claim' : 'Record a claim'}
        onClose={() => setClaimEditing(null)}
        wide
      >
        {claimEditing && (
          <ClaimEditor
            initial={claimEditing.initial}
            existing={claimEditing.existing}
            onDone={(savedId) => {
              setClaimEditing(null)
              if (savedId) {
                setFocusClaim(savedId)
                notify(claimEditing.existing ? 'Claim saved.' : 'Claim recorded.', {
                  undo: () => void runUndo(),
                })
              }
            }}
          />
        )}
      </Modal>
      <AddToClaimDialog anchor={addingToClaim} onClose={() => setAddingToClaim(null)} />
      <SettingsDialog open={dialog === 'settings'} onClose={() => setDialog(null)} />
      <DataDialog open={dialog === 'data'} onClose={() => setDialog(null)} />
      <ShortcutsDialog open={dialog === 'shortcuts'} onClose={() => setDialog(null)} />
    </div>
  )
}
