// The application shell: the top bar (views, undo, settings, storage), the
// global shortcuts and menu commands, and the dialogs every view can open
// (import, claim editor, settings, shortcuts). The open document and the
// current view are remembered in the store.
import { useCallback, useEffect, useRef, useState, useSyncExternalStore } from 'react'
import { useLiveQuery } from 'dexie-react-hooks'
import type { ClaimAnchor, ClaimDraft, ClaimRecord } from '@shared/domain/claim'
import type { CaseId, DocumentId } from '@shared/domain/ids'
import type { MenuCommand, OpenedFile } from '@shared/ipc-contract'
import { exportFileStem, toW3CCollection } from '@shared/export/w3c'
import { annotations, db, ledgerService, platform, search, settings, undoStack } from './services'
import { ensureOpenCase, seedSampleOnce } from './db/seed'
import { useOpenCase } from './features/cases/use-open-case'
import { interruptionText, watchStore, type StoreInterruption } from './db/store-watch'
import { describeError } from './db/errors'
import type { View } from './db/settings-repo'
import { ImportDialog } from './features/import/ImportDialog'
import { ReaderWorkspace, type RevealRequest } from './features/reader/ReaderWorkspace'
import { ClaimEditor, type ProposedSources } from './features/claims/ClaimEditor'
import { AddToClaimDialog } from './features/claims/AddToClaimDialog'
import { ErrorBoundary } from './features/shell/ErrorBoundary'
import {
  AchView,
  BriefingsView,
  ClaimsView,
  DataDialog,
  Loading,
  SourcesView,
  TagsView,
} from './features/shell/lazy-views'
import { Modal } from './features/shell/Modal'
import { NoticeProvider, useNotify } from './features/shell/notices'
import { SettingsDialog } from './features/shell/SettingsDialog'
import { useAnnotationFileImport } from './features/annotation-import/AnnotationFileImport'
import { CasesDialog } from './features/cases/CasesDialog'
import { CaseSwitcher } from './features/cases/CaseSwitcher'
import { SearchBox, type SearchBoxHandle } from './features/search/SearchBox'
import type { SearchHit } from '@shared/search/types'
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

const views: { id: View; label: string; title?: string }[] = [
  { id: 'reader', label: 'Reader' },
  { id: 'claims', label: 'Claims' },
  { id: 'sources', label: 'Sources' },
  { id: 'tags', label: 'Tags' },
  { id: 'briefings', label: 'Briefings' },
  { id: 'ach', label: 'ACH', title: 'Analysis of Competing Hypotheses' },
]

type ClaimEditing = { initial: ClaimDraft; existing?: ClaimRecord; proposed?: ProposedSources } | null

export function App() {
  const [view] = useSetting('view')
  const { caseId } = useOpenCase()
  return (
    <NoticeProvider scope={`${view}|${caseId ?? ''}`}>
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
  const [dialog, setDialog] = useState<'shortcuts' | 'settings' | 'data' | 'cases' | null>(null)
  const [claimEditing, setClaimEditing] = useState<ClaimEditing>(null)
  const [addingToClaim, setAddingToClaim] = useState<ClaimAnchor | null>(null)
  const [reveal, setReveal] = useState<RevealRequest | null>(null)
  const [focusClaim, setFocusClaim] = useState<string | null>(null)
  const [focusSource, setFocusSource] = useState<{ id: string; nonce: number } | null>(null)
  const searchBox = useRef<SearchBoxHandle>(null)
  /** Find in the document (Ctrl/Cmd+F): open while set; a new nonce refocuses its field. */
  const [find, setFind] = useState<{ nonce: number } | null>(null)
  const storage = useStorageStatus()
  const [interruption, setInterruption] = useState<StoreInterruption | null>(null)
  useEffect(() => watchStore(db, setInterruption), [])
  const undoState = useSyncExternalStore(
    (l) => undoStack.subscribe(l),
    () => `${undoStack.nextUndo ?? ''}\u0000${undoStack.nextRedo ?? ''}`,
  )
  const [nextUndo, nextRedo] = undoState.split('\u0000')
  const { caseId, open: openCase } = useOpenCase()
  // The ledger worker holds the open case's claims: it follows the case the analyst opens.
  useEffect(() => void (caseId && ledgerService.open(caseId)), [caseId])
  // The open document closes when it goes away (deleted here or in another
  // window, undone) or belongs to another case than the open one; the newest
  // document of the case takes its place.
  // Not before the start-up has read the last document open: the newest one
  // would be opened (anchored and painted) first, only to be replaced.
  const docInCase = useLiveQuery(async () => {
    if (!ready) return undefined
    if (!caseId) return null
    const doc = docId ? await db.documents.get(docId) : undefined
    if (doc?.caseId === caseId) return doc.id
    const newest = await db.documents.where('caseId').equals(caseId).reverse().sortBy('created')
    return newest[0]?.id ?? null
  }, [docId, caseId, ready])
  const openDocId = docInCase === undefined ? docId : docInCase

  useEffect(() => {
    void (async () => {
      try {
        await seedSampleOnce(db)
        await ensureOpenCase(db)
        const last = await settings.get('lastDocumentId')
        setDocId((last as DocumentId | null) ?? null)
      } catch (error) {
        notify(`The workbench could not open its store: ${describeError(error)}`, { tone: 'error' })
      } finally {
        setReady(true)
        // The search index builds once the reader is up, in its worker: nothing waits for it.
        setTimeout(() => search.start(), 1500)
      }
    })()
  }, [notify])

  const openDocument = useCallback((id: DocumentId | null) => {
    setDocId(id)
    void settings.set('lastDocumentId', id)
  }, [])

  /** Opens a search result where it lives, switching case first when it is in another. */
  const openHit = useCallback(
    async (hit: SearchHit) => {
      if (hit.caseId && hit.caseId !== caseId) openCase(hit.caseId as CaseId)
      const t = hit.target
      const nonce = Date.now()
      switch (t.kind) {
        case 'passage':
          openDocument(t.documentId)
          setView('reader')
          return setReveal({ documentId: t.documentId, span: t.focus, nonce })
        case 'document':
          openDocument(t.documentId)
          return setView('reader')
        case 'annotation':
          openDocument(t.documentId)
          setView('reader')
          return setReveal({ documentId: t.documentId, annotationId: t.annotationId, nonce })
        case 'claim':
          setFocusClaim(t.claimId)
          return setView('claims')
        case 'source':
          setFocusSource({ id: t.sourceId, nonce })
          return setView('sources')
        case 'briefing':
          await settings.set('lastBriefingId', t.briefingId)
          return setView('briefings')
      }
    },
    [caseId, openCase, openDocument, setView],
  )

  const showPassage = useCallback(
    (anchor: ClaimAnchor) => {
      openDocument(anchor.documentId)
      setView('reader')
      setReveal({ documentId: anchor.documentId, selectors: anchor.selectors, nonce: Date.now() })
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

  const annotationImport = useAnnotationFileImport({
    caseId,
    onOpen: (documentId, into) => {
      if (into !== caseId) openCase(into)
      openDocument(documentId)
      setView('reader')
    },
  })
  const importAnnotations = annotationImport.pick

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
        case 'import-annotations':
          return importAnnotations()
        case 'export-annotations':
          return void exportAnnotations()
        case 'undo':
        case 'redo':
          // In a text field the field's own undo applies (the desktop menu routes here).
          if (isEditable(document.activeElement)) return void document.execCommand(command)
          return void runUndo(command === 'redo')
        case 'search':
          return searchBox.current?.focus()
        case 'find':
          setView('reader')
          return setFind({ nonce: Date.now() })
      }
    },
    [openFiles, importAnnotations, exportAnnotations, runUndo, setView],
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
      } else if (key === 'k') {
        e.preventDefault()
        runCommand('search')
      } else if (key === 'f') {
        e.preventDefault()
        runCommand('find')
      }
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [runUndo, openFiles, runCommand])

  return (
    <div className="app">
      <header className="topbar">
        <span className="brand">Analyst Workbench</span>
        <CaseSwitcher onManage={() => setDialog('cases')} />
        <nav aria-label="Views" className="view-tabs">
          {views.map((v) => (
            <button
              key={v.id}
              type="button"
              className="view-tab"
              aria-current={view === v.id ? 'page' : undefined}
              title={v.title}
              onClick={() => setView(v.id)}
            >
              {v.label}
            </button>
          ))}
        </nav>
        <SearchBox ref={searchBox} onOpen={openHit} />
        <div className="topbar-actions">
          {/* Short on screen; the full "Undo edit claim" is the name and the tooltip. */}
          <button
            type="button"
            className="button small"
            onClick={() => void runUndo()}
            disabled={!nextUndo}
            aria-label={nextUndo ? `Undo ${nextUndo}` : 'Undo'}
            title={nextUndo ? `Undo ${nextUndo} (Ctrl+Z)` : 'Nothing to undo'}
          >
            Undo
          </button>
          <button
            type="button"
            className="button small"
            onClick={() => void runUndo(true)}
            disabled={!nextRedo}
            aria-label={nextRedo ? `Redo ${nextRedo}` : 'Redo'}
            title={nextRedo ? `Redo ${nextRedo} (Ctrl+Shift+Z)` : 'Nothing to redo'}
          >
            Redo
          </button>
          <button type="button" className="button small" onClick={() => setDialog('data')}>
            Import / export
          </button>
          <button
            type="button"
            className="button small"
            onClick={() => setDialog('settings')}
            aria-label={
              storage === 'persistent' || storage === 'checking'
                ? 'Settings'
                : `Settings (${storageStatusText[storage]})`
            }
            title={
              storage === 'persistent' || storage === 'checking' ? undefined : storageStatusHint[storage]
            }
          >
            Settings
            {storage !== 'persistent' && storage !== 'checking' && (
              <span className="settings-note" aria-hidden="true" />
            )}
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
            onNewClaim={(initial, proposed) => setClaimEditing({ initial, proposed })}
            onAddToClaim={setAddingToClaim}
            onExportAnnotations={() => void exportAnnotations()}
            onImportAnnotations={importAnnotations}
            find={find}
            onCloseFind={() => setFind(null)}
          />
        )}
        <Loading what={`The ${views.find((v) => v.id === view)?.label ?? ''} view`}>
          {view === 'claims' && (
            <ClaimsView
              focusId={focusClaim}
              onShowPassage={showPassage}
              onNewClaim={(initial) => setClaimEditing({ initial })}
              onEditClaim={(existing) => setClaimEditing({ initial: existing, existing })}
            />
          )}
          {view === 'sources' && <SourcesView focusId={focusSource} />}
          {view === 'tags' && <TagsView />}
          {view === 'briefings' && <BriefingsView />}
          {view === 'ach' && <AchView />}
        </Loading>
      </ErrorBoundary>
      <ImportDialog
        open={importing !== null}
        initialFiles={importing?.files ?? null}
        onClose={() => setImporting(null)}
        onImported={({ ids, refused }) => {
          setImporting(null)
          if (ids[0]) openDocument(ids[0] as DocumentId)
          setView('reader')
          const imported = ids.length === 1 ? 'Document imported.' : `${ids.length} documents imported.`
          const notTaken = refused.length ? ` ${refused.length} could not be: ${refused.join(' ')}` : ''
          notify(`${imported}${notTaken}`, { undo: () => void runUndo() })
        }}
      />
      <Modal
        open={claimEditing !== null}
        title={claimEditing?.existing ? 'Edit claim' : 'Record a claim'}
        onClose={() => setClaimEditing(null)}
        wide="large"
      >
        {claimEditing && (
          <ClaimEditor
            initial={claimEditing.initial}
            existing={claimEditing.existing}
            proposed={claimEditing.proposed}
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
      {dialog === 'data' && (
        <Loading what="Data">
          <DataDialog
            open
            onClose={() => setDialog(null)}
            onImportAnnotations={() => {
              setDialog(null)
              importAnnotations()
            }}
          />
        </Loading>
      )}
      {annotationImport.dialog}
      <CasesDialog open={dialog === 'cases'} onClose={() => setDialog(null)} />
      <ShortcutsDialog open={dialog === 'shortcuts'} onClose={() => setDialog(null)} />
    </div>
  )
}
