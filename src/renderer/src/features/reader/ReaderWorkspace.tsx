// The reader view: library, the open document, and its annotations. It owns
// what is selected and what is being edited there; everything stored is read
// live from Dexie, so other windows and undo show up at once.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import { useLiveQuery } from 'dexie-react-hooks'
import { anchor, describeRange } from '@shared/anchoring'
import type { AnnotationRecord } from '@shared/domain/annotation'
import type { ClaimAnchor, ClaimDraft } from '@shared/domain/claim'
import type { DocumentId } from '@shared/domain/ids'
import type { ReviewedSuggestion } from '@shared/analysis/suggest'
import type { OpenedFile } from '@shared/ipc-contract'
import { annotations, db } from '../../services'
import { describeError } from '../../db/errors'
import type { Span } from '../../highlight/painter'
import { createAnnotation, deleteAnnotation, updateAnnotation } from '../annotations/actions'
import { AnnotationEditor } from '../annotations/AnnotationEditor'
import { AnnotationsPanel } from '../annotations/AnnotationsPanel'
import { useAnchored } from '../annotations/use-anchored'
import { LibraryPanel } from '../library/LibraryPanel'
import { NeedsReview } from '../review/NeedsReview'
import { reattach } from '../review/reattach'
import { annotationReview, claimPassageReview, type ReviewItem } from '../review/review-items'
import { useNotify } from '../shell/notices'
import { useUndo } from '../shell/use-undo'
import { useSetting } from '../shell/use-setting'
import type { ProposedSources } from '../claims/ClaimEditor'
import { SuggestionsPanel } from '../suggestions/SuggestionsPanel'
import { useSuggestionReview } from '../suggestions/use-review'
import { SideTabs } from './SideTabs'
import { ReaderPane, type HitMenu } from './ReaderPane'
import type { ReaderHandle } from './ReaderView'
import { claimDraftFrom } from './claim-draft'

type Editing = { kind: 'new'; span: Span } | { kind: 'edit'; record: AnnotationRecord } | null
const noSpans: readonly Span[] = []

/**
 * A request to show a place in a document, from the claims table or a search
 * result: a claim's passage (re-anchored on the text), a range of the text, or
 * an annotation to select. `nonce` repeats a request for the same place.
 */
export interface RevealRequest {
  documentId: DocumentId
  selectors?: ClaimAnchor['selectors']
  span?: Span
  annotationId?: string
  nonce: number
}

export function ReaderWorkspace({
  docId,
  ready,
  reveal,
  onOpenDocument,
  onImport,
  onNewClaim,
  onAddToClaim,
  onExportAnnotations,
  onImportAnnotations,
  find,
  onCloseFind,
}: {
  docId: DocumentId | null
  ready: boolean
  reveal: RevealRequest | null
  onOpenDocument: (id: DocumentId | null) => void
  onImport: (files?: OpenedFile[]) => void
  /** Opens the claim editor; `proposed` fills in the sources a suggested claim would add. */
  onNewClaim: (draft: ClaimDraft, proposed?: ProposedSources) => void
  onAddToClaim: (anchor: ClaimAnchor) => void
  onExportAnnotations: () => void
  onImportAnnotations: () => void
  /** Find in the document (Ctrl/Cmd+F): open while set; a new nonce refocuses it. */
  find: { nonce: number } | null
  onCloseFind: () => void
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
  const claimsHere = useLiveQuery(
    async () =>
      docId
        ? (await db.claims.where('documentIds').equals(docId).toArray()).filter((c) =>
            Array.isArray(c.anchors),
          )
        : [],
    [docId],
  )
  // The claims' passages here: underlined where they anchor, under "Needs review" where they do not.
  const { claimSpans, claimOrphans } = useMemo(() => {
    const claimSpans: Span[] = []
    const claimOrphans: ReviewItem[] = []
    for (const c of doc ? (claimsHere ?? []) : [])
      c.anchors.forEach((a, i) => {
        if (a.documentId !== doc!.id) return
        const r = anchor(doc!.text, a.selectors)
        if (r.status === 'orphaned') claimOrphans.push(claimPassageReview(c, i))
        else claimSpans.push(r)
      })
    return { claimSpans, claimOrphans }
  }, [doc, claimsHere])
  const reviewItems = useMemo(
    () => [...orphaned.map((a) => annotationReview(a.record)), ...claimOrphans],
    [orphaned, claimOrphans],
  )
  /** The item under review waiting for the analyst to select its passage in the text. */
  const [attachingKey, setAttachingKey] = useState<string | null>(null)
  const attachingItem = reviewItems.find((i) => i.key === attachingKey) ?? null
  const [reattaching, setReattaching] = useState(false)

  const [side, setSide] = useSetting('sidePanel')
  const showSuggestions = side === 'suggestions'
  const review = useSuggestionReview(
    docId,
    doc,
    claimSpans,
    useCallback(() => setSide('suggestions'), [setSide]),
  )
  const chooseSuggestion = useCallback(
    (item: ReviewedSuggestion, show: boolean) => {
      review.choose(item)
      if (show) reader.current?.reveal(item)
    },
    [review],
  )
  const annotateIn = (next: Editing) => {
    setEditing(next)
    setSide('annotations')
  }

  const openDocument = useCallback(
    (id: DocumentId | null) => {
      setEditing(null)
      setSelectedId(null)
      setHitMenu(null)
      setAttachingKey(null)
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
    (ids: string[], point: { x: number; y: number }, offset: number | null) => {
      // Over a suggested claim's passage (and no annotation), the click puts it under review.
      const suggested = showSuggestions && !ids.length && offset !== null ? review.at(offset) : undefined
      if (suggested) return review.choose(suggested)
      const hits = ids
        .map((id) => anchored.find((a) => a.record.id === id)?.record)
        .filter((r) => r !== undefined)
      if (hits.length > 1) setHitMenu({ records: hits, point })
      else {
        setHitMenu(null)
        setSelectedId(hits[0]?.id ?? null)
      }
    },
    [anchored, showSuggestions, review],
  )

  const attach = async (item: ReviewItem, span: Span) => {
    if (!doc || reattaching) return
    setReattaching(true)
    try {
      await reattach(item, doc, span)
      setAttachingKey(null)
      if (item.kind === 'annotation') setSelectedId(item.record.id)
      reader.current?.reveal(span)
      notify(item.kind === 'annotation' ? 'Annotation re-attached.' : 'Claim passage re-attached.', {
        undo: () => void runUndo(),
      })
    } catch (error) {
      notify(describeError(error), { tone: 'error' })
    } finally {
      setReattaching(false)
    }
  }

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
    if (!reveal || !doc || reveal.documentId !== doc.id || revealed.current === reveal.nonce) return
    if (reveal.annotationId) {
      const span = anchorOf(reveal.annotationId)
      if (!span && !records) return // wait for the annotations to load
      revealed.current = reveal.nonce
      const id = reveal.annotationId
      // After this render: the selection follows the request, then the passage is shown.
      setTimeout(() => {
        setSelectedId(id)
        if (span) reader.current?.reveal(span)
      }, 50)
      return
    }
    const anchored = reveal.selectors ? anchor(doc.text, reveal.selectors) : undefined
    const found: Span | undefined = anchored?.status === 'orphaned' ? undefined : (anchored ?? reveal.span)
    // A claim's passage that needs review: wait for the claims, then choose it there.
    const review =
      anchored?.status === 'orphaned'
        ? claimOrphans.find((i) => JSON.stringify(i.selectors) === JSON.stringify(reveal.selectors))
        : undefined
    if (!found && !review && !claimsHere) return
    revealed.current = reveal.nonce
    if (found) setTimeout(() => reader.current?.reveal(found), 50)
    else if (!review) notify('That passage can no longer be found in the document.', { tone: 'error' })
    else
      setTimeout(() => {
        setAttachingKey(review.key)
        document.querySelector(`[data-key="${review.key}"]`)?.scrollIntoView({ block: 'center' })
        notify(
          'That passage needs review: attach it to one of the closest passages, or select it in the text.',
        )
      }, 50)
  }, [reveal, doc, notify, anchorOf, records, claimOrphans, claimsHere])

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

  const tabs = (
    <SideTabs
      value={side}
      onChange={setSide}
      annotations={anchored.length + orphaned.length}
      suggestions={review.view.pending.length}
      reading={review.view.state.phase === 'reading'}
    />
  )

  return (
    <div className={showSuggestions ? 'view view-reader with-suggestions' : 'view view-reader'}>
      <LibraryPanel currentId={docId} onOpen={openDocument} onImport={onImport} />
      {doc ? (
        <ReaderPane
          doc={doc}
          paintItems={paintItems}
          selectedSpans={selectedSpans}
          claimSpans={claimSpans}
          suggestionSpans={showSuggestions ? review.view.pending : noSpans}
          currentSuggestion={showSuggestions ? review.current : null}
          hitMenu={hitMenu}
          onAnnotate={(span) => {
            setHitMenu(null)
            annotateIn({ kind: 'new', span })
          }}
          onClaim={(span) => {
            const a = anchorFor(span)
            if (a) onNewClaim(claimDraftFrom(doc, [a]))
          }}
          onAddToClaim={(span) => {
            const a = anchorFor(span)
            if (a) onAddToClaim(a)
          }}
          attaching={
            attachingItem && {
              quote: attachingItem.selectors.quote.exact,
              onAttach: (span) => void attach(attachingItem, span),
              onCancel: () => setAttachingKey(null),
            }
          }
          onHighlightClick={onHighlightClick}
          onChooseFromMenu={(record) => {
            setHitMenu(null)
            if (record) setSelectedId(record.id)
          }}
          onReady={onReaderReady}
          find={find}
          onCloseFind={onCloseFind}
        />
      ) : (
        <main className="pane reader empty-reader" aria-label="Reader">
          <p>
            {ready ? 'No document is open. Choose one from the library or import an article.' : 'Opening…'}
          </p>
        </main>
      )}
      {showSuggestions ? (
        <SuggestionsPanel
          tabs={tabs}
          doc={doc}
          view={review.view}
          current={review.current}
          focusNonce={review.focusNonce}
          onCurrent={chooseSuggestion}
          onNewClaim={onNewClaim}
          onDeciding={(ids, deciding) => (deciding ? review.hide(ids) : review.unhide(ids))}
        />
      ) : (
        <AnnotationsPanel
          tabs={tabs}
          anchored={anchored}
          orphaned={orphaned}
          selectedId={selectedId}
          editor={editor}
          onChoose={choose}
          onEdit={(record) => annotateIn({ kind: 'edit', record })}
          onDelete={remove}
          onExport={onExportAnnotations}
          onImport={onImportAnnotations}
          reviewCount={reviewItems.length}
          needsReview={
            <NeedsReview
              items={reviewItems}
              text={doc?.text}
              chosenKey={attachingKey}
              busy={reattaching}
              onChoose={setAttachingKey}
              onShow={(span) => reader.current?.reveal(span)}
              onAttach={(item, span) => void attach(item, span)}
              onEdit={(record) => annotateIn({ kind: 'edit', record })}
              onDelete={remove}
            />
          }
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
      )}
    </div>
  )
}
