// "Needs review" in the reader's Annotations panel: every annotation, and
// every claim's passage, that could not be found in the text with confidence,
// each with its quote and the closest passages in the text now (found in the
// anchoring worker). One action puts it back on a candidate; or the analyst
// chooses it, selects any passage in the text and picks "Attach here" from
// the selection toolbar. Shown ten at a time: each shown item costs a search.
import { useState } from 'react'
import type { AnnotationRecord } from '@shared/domain/annotation'
import { colourSlotOf } from '@shared/domain/tags'
import { spelledOut } from '@shared/text/invisible'
import type { PassageCandidate } from '@shared/anchoring'
import { SafeText } from '../shell/SafeText'
import { EditAndDelete } from '../annotations/EditAndDelete'
import { CandidateList } from './CandidateList'
import type { ReviewItem } from './review-items'
import { useCandidates } from './use-candidates'
import './review.css'

const PAGE = 10

export function NeedsReview({
  items,
  text,
  chosenKey,
  busy,
  onChoose,
  onShow,
  onAttach,
  onEdit,
  onDelete,
}: {
  items: readonly ReviewItem[]
  text: string | undefined
  /** The item waiting for a passage selected in the text. */
  chosenKey: string | null
  busy: boolean
  onChoose: (key: string | null) => void
  onShow: (span: { start: number; end: number }) => void
  onAttach: (item: ReviewItem, span: { start: number; end: number }) => void
  onEdit: (record: AnnotationRecord) => void
  onDelete: (record: AnnotationRecord) => void
}) {
  const [shown, setShown] = useState(PAGE)
  const visible = items.slice(0, shown)
  const candidates = useCandidates(text, visible)
  if (items.length === 0) return null
  return (
    <section aria-labelledby="needs-review" className="review">
      <h3 id="needs-review" className="needs-review" tabIndex={-1}>
        Needs review <span className="count">{items.length}</span>
      </h3>
      <p className="hint">
        These passages could not be found in the text with confidence, so they are not highlighted. Attach
        each to one of the closest passages, or choose it and select its passage in the text.
      </p>
      <ul className="review-list" aria-label="Needs review">
        {visible.map((item) => (
          <ReviewEntry
            key={item.key}
            item={item}
            chosen={item.key === chosenKey}
            busy={busy}
            candidates={candidates.byKey.get(item.key)}
            error={candidates.error}
            onChoose={() => onChoose(item.key === chosenKey ? null : item.key)}
            onShow={onShow}
            onAttach={(c) => onAttach(item, c)}
            onEdit={onEdit}
            onDelete={onDelete}
          />
        ))}
      </ul>
      {items.length > shown && (
        <button type="button" className="button small" onClick={() => setShown(shown + PAGE)}>
          Show {Math.min(PAGE, items.length - shown)} more of {items.length - shown}
        </button>
      )}
    </section>
  )
}

function ReviewEntry({
  item,
  chosen,
  busy,
  candidates,
  error,
  onChoose,
  onShow,
  onAttach,
  onEdit,
  onDelete,
}: {
  item: ReviewItem
  chosen: boolean
  busy: boolean
  candidates: PassageCandidate[] | undefined
  error: string | null
  onChoose: () => void
  onShow: (span: { start: number; end: number }) => void
  onAttach: (candidate: PassageCandidate) => void
  onEdit: (record: AnnotationRecord) => void
  onDelete: (record: AnnotationRecord) => void
}) {
  const quote = item.selectors.quote.exact
  const short = spelledOut(quote.slice(0, 40))
  const record = item.kind === 'annotation' ? item.record : null
  return (
    <li className={chosen ? 'review-item chosen' : 'review-item'} data-key={item.key}>
      {item.kind === 'claim' && (
        <p className="review-claim">
          <span className="review-kind">Claim passage</span>{' '}
          <SafeText text={item.claim.statement.slice(0, 120)} />
        </p>
      )}
      <blockquote className={`review-quote slot-${colourSlotOf(record?.tags ?? [])}`}>
        <SafeText text={quote.length > 240 ? `${quote.slice(0, 240)}…` : quote} />
      </blockquote>
      {record?.note && <SafeText as="p" className="annotation-note" text={record.note} />}
      {record && record.tags.length > 0 && (
        <ul className="tag-list" aria-label="Tags">
          {record.tags.map((t) => (
            <SafeText as="li" key={t} className={`tag slot-${colourSlotOf([t])}`} text={t} />
          ))}
        </ul>
      )}
      <CandidateList candidates={candidates} error={error} busy={busy} onShow={onShow} onAttach={onAttach} />
      {chosen && (
        <p className="review-chosen" role="status">
          Now select its passage in the text and choose “Attach here”.
        </p>
      )}
      <div className="annotation-actions">
        <button
          type="button"
          className="link-button"
          aria-pressed={chosen}
          aria-label={`Select the passage in the text for: ${short}`}
          onClick={onChoose}
        >
          {chosen ? 'Cancel selecting' : 'Select in the text…'}
        </button>
        {record && <EditAndDelete record={record} onEdit={onEdit} onDelete={onDelete} />}
      </div>
    </li>
  )
}
