// The reader view: library, the open document, and its annotations. It owns
// what is selected and what is being edited there; everything stored is read
// live from Dexie, so other windows and undo show up at once.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import { useLiveQuery } from 'dexie-react-hooks'
import { anchor, describeRange } from '@shared/anchoring'
import type { AnnotationRecord } from '@shared/domain/annotation'
import { emptyClaimDraft, type ClaimAnchor, type ClaimDraft } from '@shared/domain/claim'
import type { DocumentId } from '@shared/domain/ids'
import type { DocumentRecord } from '@shared/domain/document'
import type { OpenedFile } from '@shared/ipc-contract'
import { annotations, db } from '../../services'
import { describeError } from '../../db/errors'
import type { Span } from '../../highlight/painter'
import { createAnnotation, deleteAnnotation, updateAnnotation } from '../annotations/actions'
import { AnnotationEditor } from '../annotations/AnnotationEditor'
import { AnnotationsPanel } from '../annotations/AnnotationsPanel'
import { useAnchored } from '../annotations/use-anchored'
import { LibraryPanel } from '../library/LibraryPanel'
import { useLedger } from '../ledger/use-ledger'
import { useNotify } from '../shell/notices'
import { useUndo } from '../shell/use-undo'
import { ReaderPane, type HitMenu } from './ReaderPane'
import type { ReaderHandle } from './ReaderView'

type Editing = { kind: 'new'; span: Span } | { kind: 'edit'; record: AnnotationRecord } | null

/** A request to show a passage, e.g. from the claims table; `nonce` repeats a request for the same passage. */
export interface RevealRequest {
  anchor: ClaimAnchor
  nonce: number
}

export function claimDraftFrom(
  doc: DocumentRecord,
  anchors: ClaimAnchor[],
  extra: Partial<ClaimDraft> = {},
): ClaimDraft {
  return {
    ...emptyClaimDraft,
    statement: anchors.map((a) => a.selectors.quote.exact).join(' … '),
    reported: doc.published,
    anchors,
    ...extra,
  }
}

export function ReaderWorkspace({
  docId,
  ready,
  reveal,
  onOpenDocument,
  onImport,
  onNewClaim,
  onAddToClaim,
}: {
  docId: DocumentId | null
  ready: boolean
  reveal: RevealRequest | null
  onOpenDocument: (id: DocumentId | null) => void
  onImport: (files?: OpenedFile[]) => void
  onNewClaim: (draft: ClaimDraft) => void
  onAddToClaim: (anchor: ClaimAnchor) => void
}) {
  const notify = useNotify()
  const runUndo = useUndo()
  const [editing, setEditing] = useState<Editing>(null)
  const [selectedId, setSelectedId] = useState<string | null>(null)
  const [hitMenu, setHitMenu] = useState<HitMenu | null>(null)
  const reader = useRef<ReaderHandle | null>(null)
  const onReaderReady = useCallback((h: ReaderHandle | null) => void (reader.current = h), [])
  const doc = useLiveQuery(() => (docId ? db.documents.get(docId) : undefined), [docId])
  const records = useLiveQuery(() => (docId ? annotations.forDocument(docId) : []), [docId])
  const { anchored, orphaned, paintItems } = useAnchored(doc?.text, records)
  // The passages claims rest on in this document, from the ledger worker's
  // index (scanning every claim here re-ran on each claim edit).
  const claimAnchors = useLedger(
    (api) => (docId ? api.anchorsIn(docId) : Promise.resolve([])),
    `anchors:${docId ?? ''}`,
  )
  const claimSpans = useMemo(() => {
    if (!doc || !claimAnchors) return []
    return claimAnchors
      .filter((a) => a.documentId === doc.id)
      .map((a) => anchor(doc.text, a.selectors))
      .filter((r): r is Exclude<typeof r, { status: 'orphaned' }> => r.status !== 'orphaned')
  }, [doc, claimAnchors])

  const openDocument = useCallback(
    (id: DocumentId | null) => {
      setEditing(null)
      setSelectedId(null)
      setHitMenu(null)
      onOpenDocument(id)
    },
    [onOpenDocument],
  )

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

  // A passage asked for from elsewhere (the claims view) is scrolled to and
  // flashed once: not again when the analyst comes back or the document changes.
  const revealed = useRef<number | null>(null)
  useEffect(() => {
    if (!reveal || !doc || reveal.anchor.documentId !== doc.id || revealed.current === reveal.nonce) return
    revealed.current = reveal.nonce
    const found = anchor(doc.text, reveal.anchor.selectors)
    if (found.status === 'orphaned')
      notify('That passage can no longer be found in the document.', { tone: 'error' })
    else setTimeout(() => reader.current?.reveal(found), 50)
  }, [reveal, doc, notify])

  const anchorFor = (span: Span): ClaimAnchor | null => {
    if (!doc) return null
    const start = span.start
    const end = span.end
    return { documentId: doc.id, selectors: describeRange(doc.text, start, end) }
  }

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
    <div className="view view-reader">
      <LibraryPanel currentId={docId} onOpen={openDocument} onImport={onImport} />
      {doc ? (
        <ReaderPane
          doc={doc}
          paintItems={paintItems}
          selectedSpans={selectedSpans}
          claimSpans={claimSpans}
          hitMenu={hitMenu}
          onAnnotate={(span) => {
            setHitMenu(null)
            setEditing({ kind: 'new', span })
          }}
          onClaim={(span) => {
            const a = anchorFor(span)
            if (a) onNewClaim(claimDraftFrom(doc, [a]))
          }}
          onAddToClaim={(span) => {
            const a = anchorFor(span)
            if (a) onAddToClaim(a)
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
        onMakeClaim={(record) =>
          doc &&
          onNewClaim(
            claimDraftFrom(doc, [{ documentId: doc.id, selectors: record.selectors }], {
              tags: record.tags,
              notes: record.note,
            }),
          )
        }
      />
    </div>
  )
}
