// The import preview: what will happen to each annotation of the file, with
// the counts as filters (all, anchors exactly, moved, small differences,
// needs review, already here, skipped, cannot be read). Small differences show
// the words as they were and as they are now, the changes marked. The list is
// virtualised: a file of 5,000 annotations renders the rows in view only.
import { useMemo, useRef, useState } from 'react'
import { useVirtualizer } from '@tanstack/react-virtual'
import type { ImportPlan, PreviewItem, PreviewKind } from '@shared/import/import-plan'
import { SafeJoin, SafeText } from '../shell/SafeText'
import { WasNow } from '../review/DiffText'

/** Each kind's name on its badge and its filter, in the order they are listed. */
export const kindLabels: Record<PreviewKind, string> = {
  exact: 'Anchors exactly',
  moved: 'Moved',
  changed: 'Small differences',
  review: 'Needs review',
  duplicate: 'Already here',
  skipped: 'Skipped',
  unreadable: 'Cannot be read',
}
const kinds = Object.keys(kindLabels) as PreviewKind[]
const number = (n: number) => n.toLocaleString('en-GB')
const capitalised = (s: string) => s.charAt(0).toUpperCase() + s.slice(1)

export function ImportPreview({ plan }: { plan: ImportPlan }) {
  const [filter, setFilter] = useState<PreviewKind | 'all'>('all')
  const items = useMemo(
    () => (filter === 'all' ? plan.items : plan.items.filter((i) => i.kind === filter)),
    [plan, filter],
  )
  const scrollRef = useRef<HTMLDivElement>(null)
  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualizer is read in render on purpose
  const virtualizer = useVirtualizer({
    count: items.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => 64,
    overscan: 8,
    getItemKey: (i) => items[i]!.record,
  })
  return (
    <section className="ai-preview" aria-label="Preview">
      <div className="ai-filters" role="group" aria-label="Preview counts">
        <button
          type="button"
          className="ai-filter"
          aria-pressed={filter === 'all'}
          onClick={() => setFilter('all')}
        >
          All <span className="ai-count">{number(plan.items.length)}</span>
        </button>
        {kinds
          .filter((k) => plan.counts[k] > 0)
          .map((k) => (
            <button
              key={k}
              type="button"
              className={`ai-filter kind-${k}`}
              aria-pressed={filter === k}
              onClick={() => setFilter(filter === k ? 'all' : k)}
            >
              {kindLabels[k]} <span className="ai-count">{number(plan.counts[k])}</span>
            </button>
          ))}
      </div>
      <div className="ai-list-scroll" ref={scrollRef}>
        <ol
          className="ai-list"
          aria-label="Annotations in the file"
          style={{ height: virtualizer.getTotalSize() }}
        >
          {virtualizer.getVirtualItems().map((row) => {
            const item = items[row.index]!
            return (
              <li
                key={row.key}
                ref={virtualizer.measureElement}
                data-index={row.index}
                className={`ai-item kind-${item.kind}`}
                aria-posinset={row.index + 1}
                aria-setsize={items.length}
                style={{ transform: `translateY(${row.start}px)` }}
              >
                <PreviewRow item={item} />
              </li>
            )
          })}
        </ol>
      </div>
    </section>
  )
}

function PreviewRow({ item }: { item: PreviewItem }) {
  const quote = (text: string) => (
    <blockquote className="ai-quote">
      <SafeText text={text.length > 300 ? `${text.slice(0, 300)}…` : text} />
    </blockquote>
  )
  // Reasons are written to follow "Record 7 …" (see import-plan.ts); review's is a sentence of its own.
  const reason =
    item.reason && (item.kind === 'review' ? capitalised(item.reason) : `This record ${item.reason}`)
  return (
    <>
      <p className="ai-item-head">
        <span className={`ai-badge kind-${item.kind}`}>{kindLabels[item.kind]}</span>
        <span className="muted">Record {number(item.record)}</span>
      </p>
      {item.kind === 'changed' && item.diff ? (
        <>
          <WasNow parts={item.diff} />
          {item.typographyOnly && (
            <p className="hint">
              The same words: only typography (quotation marks, dashes, spaces) or a name’s spelling differs.
            </p>
          )}
        </>
      ) : (
        item.oldText !== null && quote(item.oldText)
      )}
      {item.kind === 'moved' && (
        <p className="hint">Found in another place in this text: its passage moved.</p>
      )}
      {reason && (
        <p className={item.kind === 'duplicate' || item.kind === 'skipped' ? 'hint' : 'ai-reason'}>
          <SafeText text={reason} />
        </p>
      )}
      {item.warnings.map((w) => (
        <p key={w} className="hint">
          <SafeText text={capitalised(w)} />
        </p>
      ))}
      {(item.note || item.tags.length > 0) && (
        <p className="ai-note">
          <SafeJoin parts={[item.note.length > 200 ? `${item.note.slice(0, 200)}…` : item.note]} />
          {item.tags.length > 0 && (
            <span className="muted">
              {item.note ? ' · ' : ''}
              <SafeJoin parts={item.tags} separator=", " />
            </span>
          )}
        </p>
      )}
    </>
  )
}
