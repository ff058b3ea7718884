// The side panel: the editor when one is open, then the document's annotations
// in text order, then what could not be re-anchored ("Needs review", with its
// remedies: see features/review). Annotation files are imported from here too.
// Choosing an annotation scrolls to its highlight and flashes it. The list is
// virtualised: with thousands of annotations, rendering every entry cost over
// a second per change (measured by `npm run bench`).
import { FirstRun } from '../shell/FirstRun'
import { useEffect, useRef, type CSSProperties, type ReactNode } from 'react'
import { useVirtualizer } from '@tanstack/react-virtual'
import type { AnnotationRecord } from '@shared/domain/annotation'
import { categoryOf, colourSlotOf, tagCategories } from '@shared/domain/tags'
import { spelledOut } from '@shared/text/invisible'
import { SafeText } from '../shell/SafeText'
import { EditAndDelete } from './EditAndDelete'
import type { AnchoredAnnotation } from './use-anchored'

export function AnnotationsPanel({
  tabs,
  anchored,
  orphaned,
  selectedId,
  editor,
  needsReview,
  reviewCount,
  onChoose,
  onEdit,
  onDelete,
  onMakeClaim,
  onExport,
  onImport,
}: {
  /** Switches the pane to suggested claims. */
  tabs?: React.ReactNode
  anchored: readonly AnchoredAnnotation[]
  orphaned: readonly AnchoredAnnotation[]
  selectedId: string | null
  editor: ReactNode
  /** The "Needs review" section: orphaned annotations and claim passages. */
  needsReview: ReactNode
  /** How many items it lists. */
  reviewCount: number
  onChoose: (record: AnnotationRecord) => void
  onEdit: (record: AnnotationRecord) => void
  onDelete: (record: AnnotationRecord) => void
  onMakeClaim: (record: AnnotationRecord) => void
  /** Saves this document's annotations as W3C Web Annotation JSON-LD. */
  onExport: () => void
  /** Imports an annotation file (W3C, Hypothesis, Recogito) onto a document. */
  onImport: () => void
}) {
  const scrollRef = useRef<HTMLDivElement>(null)
  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualizer is read in render on purpose
  const virtualizer = useVirtualizer({
    count: anchored.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => 96,
    overscan: 6,
    getItemKey: (i) => anchored[i]!.record.id,
  })
  useEffect(() => {
    const index = anchored.findIndex((a) => a.record.id === selectedId)
    if (index >= 0) virtualizer.scrollToIndex(index, { align: 'auto' })
  }, [selectedId, anchored, virtualizer])
  const usedCategories = new Set(anchored.flatMap((a) => a.record.tags.map(categoryOf)))

  return (
    <aside className="pane side" aria-label="Annotations">
      {tabs}
      {editor}
      <div className="pane-header">
        {/* With the tabs above (which carry the name and count) the heading is for screen readers. */}
        <h2 className={tabs ? 'sr-only' : undefined}>
          Annotations <span className="count">{anchored.length + orphaned.length}</span>
        </h2>
        <div className="pane-header-actions">
          <button
            type="button"
            className="button small"
            aria-label="Import annotations"
            title="Import a W3C Web Annotation, Hypothesis or Recogito file onto a document"
            onClick={onImport}
          >
            Import…
          </button>
          <button
            type="button"
            className="button small"
            aria-label="Export annotations"
            title="Save this document’s annotations as W3C Web Annotation JSON-LD"
            disabled={anchored.length + orphaned.length === 0}
            onClick={onExport}
          >
            Export…
          </button>
        </div>
      </div>
      {reviewCount > 0 && (
        <button
          type="button"
          className="review-jump"
          onClick={() => {
            const heading = document.getElementById('needs-review')
            heading?.scrollIntoView({ block: 'start' })
            heading?.focus()
          }}
        >
          {reviewCount} {reviewCount === 1 ? 'passage needs' : 'passages need'} review
        </button>
      )}
      <FirstRun />
      {usedCategories.size > 0 && (
        <ul className="legend" aria-label="Tag colours">
          {tagCategories
            .filter((c) => usedCategories.has(c.id))
            .map((c) => (
              <li key={c.id}>
                <span className={`swatch slot-${c.slot}`} aria-hidden="true" /> {c.label}
              </li>
            ))}
        </ul>
      )}
      {anchored.length + orphaned.length === 0 && (
        <p className="empty">
          Select text in the article, or move through it with the arrow keys, then choose Annotate.
        </p>
      )}
      <div className="annotation-scroll" ref={scrollRef}>
        <ol
          className="annotation-list virtual"
          aria-label="Annotations in text order"
          style={{ height: virtualizer.getTotalSize() }}
        >
          {virtualizer.getVirtualItems().map((row) => {
            const a = anchored[row.index]!
            return (
              <AnnotationItem
                key={row.key}
                item={a}
                selected={a.record.id === selectedId}
                measureRef={virtualizer.measureElement}
                index={row.index}
                setSize={anchored.length}
                style={{ transform: `translateY(${row.start}px)` }}
                {...{ onChoose, onEdit, onDelete, onMakeClaim }}
              />
            )
          })}
        </ol>
        {needsReview}
      </div>
    </aside>
  )
}

function AnnotationItem({
  item: { record, anchor },
  selected,
  measureRef,
  index,
  setSize,
  style,
  onChoose,
  onEdit,
  onDelete,
  onMakeClaim,
}: {
  item: AnchoredAnnotation
  selected: boolean
  measureRef?: (el: HTMLElement | null) => void
  index?: number
  setSize?: number
  style?: CSSProperties
  onChoose: (record: AnnotationRecord) => void
  onEdit: (record: AnnotationRecord) => void
  onDelete: (record: AnnotationRecord) => void
  onMakeClaim: (record: AnnotationRecord) => void
}) {
  const quote = record.selectors.quote.exact
  return (
    <li
      className="annotation-row"
      ref={measureRef}
      data-index={index}
      data-id={record.id}
      aria-posinset={index === undefined ? undefined : index + 1}
      aria-setsize={setSize}
      style={style}
    >
      <div className={selected ? 'annotation selected' : 'annotation'}>
        <button
          type="button"
          className={`annotation-quote slot-${colourSlotOf(record.tags)}`}
          dir="auto"
          aria-current={selected ? 'true' : undefined}
          onClick={() => onChoose(record)}
        >
          <SafeText text={quote.length > 160 ? `${quote.slice(0, 160)}…` : quote} />
        </button>
        {record.note && <SafeText as="p" className="annotation-note" text={record.note} />}
        {record.tags.length > 0 && (
          <ul className="tag-list" aria-label="Tags">
            {record.tags.map((t) => (
              <SafeText as="li" key={t} className={`tag slot-${colourSlotOf([t])}`} text={t} />
            ))}
          </ul>
        )}
        {anchor.status === 'fuzzy' && <p className="hint">Re-attached to slightly changed text.</p>}
        <div className="annotation-actions">
          <button
            type="button"
            className="link-button"
            aria-label={`Make a claim from: ${spelledOut(quote.slice(0, 40))}`}
            onClick={() => onMakeClaim(record)}
          >
            Make claim
          </button>
          <EditAndDelete record={record} onEdit={onEdit} onDelete={onDelete} />
        </div>
      </div>
    </li>
  )
}
