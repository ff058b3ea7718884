// The middle pane: the open document's details (editable), its text with
// highlights, and the menu offered when a click lands on overlapping highlights.
import { useMemo, useState, type ReactNode } from 'react'
import { documentMetaSchema, type DocumentMeta, type DocumentRecord } from '@shared/domain/document'
import type { AnnotationRecord } from '@shared/domain/annotation'
import { describeInvisibles } from '@shared/text/invisible'
import { blockDirection } from '@shared/import/direction'
import { platform } from '../../services'
import { describeError } from '../../db/errors'
import type { PaintItem, Span } from '../../highlight/painter'
import { updateDocumentMeta } from '../annotations/actions'
import { MetadataFields, metaErrorsOf, type MetaErrors } from '../library/MetadataFields'
import { formatDay } from '../library/LibraryPanel'
import { Modal } from '../shell/Modal'
import { ReaderView, type ReaderHandle } from './ReaderView'
import { FindBar, type Found } from './FindBar'
import { DocumentProvenance } from './DocumentProvenance'
import { FormError } from '../shell/FormError'
import { SafeJoin, SafeText } from '../shell/SafeText'

export interface HitMenu {
  records: AnnotationRecord[]
  point: { x: number; y: number }
}

export function ReaderPane(props: {
  doc: DocumentRecord
  paintItems: readonly PaintItem[]
  selectedSpans: readonly Span[]
  claimSpans: readonly Span[]
  suggestionSpans?: readonly Span[]
  currentSuggestion?: Span | null
  hitMenu: HitMenu | null
  onAnnotate(span: Span): void
  onClaim(span: Span): void
  onAddToClaim(span: Span): void
  /** A passage under review waiting to be selected in the text (see features/review). */
  attaching?: { quote: string; onAttach(span: Span): void; onCancel(): void } | null
  onHighlightClick(ids: string[], point: { x: number; y: number }, offset: number | null): void
  onChooseFromMenu(record: AnnotationRecord | null): void
  onReady(handle: ReaderHandle | null): void
  /** Find in the document: open when set, asked for again when the nonce changes. */
  find: { nonce: number } | null
  onCloseFind(): void
}) {
  const { doc, hitMenu } = props
  const [found, setFound] = useState<Found | null>(null)
  const [editingMeta, setEditingMeta] = useState(false)
  return (
    <main className="pane reader" aria-label="Reader">
      {props.find && (
        <FindBar
          text={doc.text}
          focusNonce={props.find.nonce}
          onFound={setFound}
          onClose={props.onCloseFind}
        />
      )}
      {props.attaching && (
        <div className="attach-banner" role="status">
          <p>
            Select the passage for “
            <SafeText text={props.attaching.quote.slice(0, 80)} />
            {props.attaching.quote.length > 80 ? '…' : ''}”, then choose <strong>Attach here</strong>.
          </p>
          <button type="button" className="button small" onClick={props.attaching.onCancel}>
            Cancel
          </button>
        </div>
      )}
      <article className="reader-article" lang={doc.lang || undefined} dir={doc.dir}>
        <header className="doc-header">
          {/* The title reads in its own letters' direction; the details line in the document's, each part isolated. */}
          <h1 dir={blockDirection(doc.title, doc.dir ?? 'ltr')}>
            <SafeText text={doc.title} />
          </h1>
          <p className="doc-byline" dir={doc.dir ?? 'auto'}>
            <SafeJoin
              parts={[
                doc.outlet,
                doc.author,
                formatDay(doc.published),
                `${doc.wordCount.toLocaleString()} words`,
              ]}
            />
            {doc.url && (
              <>
                {' · '}
                <a
                  href={doc.url}
                  onClick={(e) => {
                    e.preventDefault()
                    void platform.openExternal(doc.url)
                  }}
                >
                  Original
                </a>
              </>
            )}
          </p>
          <button type="button" className="link-button" onClick={() => setEditingMeta(true)}>
            Edit details
          </button>
          <InvisiblesNote text={doc.text} />
        </header>
        <ReaderView
          key={doc.id}
          text={doc.text}
          blocks={doc.blocks}
          pages={doc.blockPages}
          dir={doc.dir}
          found={props.find ? found : null}
          paintItems={props.paintItems}
          selectedSpans={props.selectedSpans}
          claimSpans={props.claimSpans}
          suggestionSpans={props.suggestionSpans}
          currentSuggestion={props.currentSuggestion}
          onAnnotate={props.onAnnotate}
          onClaim={props.onClaim}
          onAddToClaim={props.onAddToClaim}
          attaching={props.attaching}
          onHighlightClick={props.onHighlightClick}
          onReady={props.onReady}
        />
      </article>
      {hitMenu && <OverlapMenu menu={hitMenu} onChoose={props.onChooseFromMenu} />}
      <Modal open={editingMeta} title="Document details" onClose={() => setEditingMeta(false)} wide>
        <MetaForm doc={doc} onDone={() => setEditingMeta(false)}>
          <DocumentProvenance doc={doc} />
        </MetaForm>
      </Modal>
    </main>
  )
}

/** Says so when the text carries hidden bidi or zero-width characters (they are shown marked in it). */
function InvisiblesNote({ text }: { text: string }) {
  const report = useMemo(() => describeInvisibles(text), [text])
  if (!report) return null
  return (
    <p role="note" className="invisible-warning">
      {report.message}
    </p>
  )
}

function OverlapMenu({ menu, onChoose }: { menu: HitMenu; onChoose: (r: AnnotationRecord | null) => void }) {
  return (
    <div
      role="menu"
      aria-label="Annotations here"
      className="overlap-menu"
      style={{ top: menu.point.y + 8, left: menu.point.x }}
      onKeyDown={(e) => {
        const items = [...e.currentTarget.querySelectorAll<HTMLElement>('[role="menuitem"]')]
        const i = items.indexOf(document.activeElement as HTMLElement)
        if (e.key === 'Escape') onChoose(null)
        if (e.key === 'ArrowDown') items[(i + 1) % items.length]?.focus()
        if (e.key === 'ArrowUp') items[(i - 1 + items.length) % items.length]?.focus()
        if (e.key.startsWith('Arrow')) e.preventDefault()
      }}
    >
      {menu.records.map((r, i) => (
        <button
          key={r.id}
          type="button"
          role="menuitem"
          autoFocus={i === 0}
          className="overlap-item"
          dir="auto"
          onClick={() => onChoose(r)}
        >
          <SafeText className="overlap-quote" text={r.selectors.quote.exact.slice(0, 70)} />
          {r.note && <SafeText className="overlap-note" text={r.note.slice(0, 70)} />}
        </button>
      ))}
    </div>
  )
}

function MetaForm({
  doc,
  onDone,
  children,
}: {
  doc: DocumentRecord
  onDone: () => void
  children: ReactNode
}) {
  const [meta, setMeta] = useState<DocumentMeta>(doc)
  const [errors, setErrors] = useState<MetaErrors>({})
  const [problem, setProblem] = useState<string | null>(null)
  return (
    <form
      noValidate
      onSubmit={async (e) => {
        e.preventDefault()
        const parsed = documentMetaSchema.safeParse(meta)
        if (!parsed.success) return setErrors(metaErrorsOf(parsed.error.issues))
        try {
          await updateDocumentMeta(doc, parsed.data)
          onDone()
        } catch (error) {
          setProblem(describeError(error))
        }
      }}
    >
      <FormError>{problem}</FormError>
      <MetadataFields idPrefix="meta" value={meta} errors={errors} onChange={setMeta} />
      {children}
      <div className="dialog-actions">
        <button type="button" className="button" onClick={onDone}>
          Cancel
        </button>
        <button type="submit" className="button primary">
          Save details
        </button>
      </div>
    </form>
  )
}
