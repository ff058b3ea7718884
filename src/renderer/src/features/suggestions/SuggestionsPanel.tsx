// The "Suggested claims" pane beside the reader: what the worker found in the
// open document, still to review, in text order. One suggestion is under
// review at a time (painted apart in the text); the keyboard moves through
// them and decides (J/K, A, E, R, Shift+A), and every decision is one
// undoable step. Nothing is written until the analyst accepts. The list is
// virtualised: a long report can hold thousands of suggestions.
import { useEffect, useRef, type KeyboardEvent } from 'react'
import { useVirtualizer } from '@tanstack/react-virtual'
import { speakerKey, type ReviewedSuggestion } from '@shared/analysis/suggest'
import type { ClaimDraft } from '@shared/domain/claim'
import type { DocumentRecord } from '@shared/domain/document'
import { describeError } from '../../db/errors'
import { suggestionReview } from '../../services'
import { recordUndo } from '../../undo/record-undo'
import type { ProposedSources } from '../claims/ClaimEditor'
import { useNotify } from '../shell/notices'
import { useUndo } from '../shell/use-undo'
import { editDraft } from './edit-draft'
import { SuggestionCard } from './SuggestionCard'
import type { SuggestionsView } from './use-suggestions'
import './suggestions.css'

/** Speaker keys by suggestion: reviewed suggestions keep their identity while the list grows. */
const keys = new WeakMap<ReviewedSuggestion, string | null>()
const keyOf = (s: ReviewedSuggestion) => {
  if (!keys.has(s)) keys.set(s, speakerKey(s))
  return keys.get(s)!
}

function statusText({ state, pending, counts }: SuggestionsView): string {
  if (state.phase === 'error')
    return `The suggestions could not be worked out: ${state.error ?? 'unknown error'}.`
  if (state.phase === 'reading' || state.phase === 'idle') {
    const share = state.total ? Math.floor((100 * state.done) / state.total) : 0
    return `Reading the text… ${share} %${counts.found ? `, ${counts.found} found so far` : ''}.`
  }
  if (counts.found === 0) return 'No attributed claims found in this document.'
  const dealt = [
    counts.covered ? `${counts.covered} already ${counts.covered === 1 ? 'a claim' : 'claims'}` : '',
    counts.rejected ? `${counts.rejected} rejected` : '',
  ].filter(Boolean)
  return `${counts.found} found in the text: ${pending.length} to review${dealt.length ? `, ${dealt.join(', ')}` : ''}.`
}

export function SuggestionsPanel({
  tabs,
  doc,
  view,
  current,
  focusNonce,
  onCurrent,
  onNewClaim,
  onDeciding,
}: {
  tabs: React.ReactNode
  doc: DocumentRecord | undefined
  view: SuggestionsView
  current: ReviewedSuggestion | null
  /** Changes when the analyst asks to go to the list (the S key): the suggestion under review takes focus. */
  focusNonce: number
  /** Puts a suggestion under review; `reveal` scrolls the reader to its passage and flashes it. */
  onCurrent: (item: ReviewedSuggestion, reveal: boolean) => void
  onNewClaim: (draft: ClaimDraft, proposed: ProposedSources) => void
  /** Suggestions being accepted or rejected leave the list at once; `done: false` puts them back after a failure. */
  onDeciding: (ids: readonly string[], done: boolean) => void
}) {
  const notify = useNotify()
  const runUndo = useUndo()
  const scrollRef = useRef<HTMLDivElement>(null)
  const listRef = useRef<HTMLOListElement>(null)
  const { pending } = view
  const currentIndex = current ? pending.indexOf(current) : -1
  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualizer is read in render on purpose
  const virtualizer = useVirtualizer({
    count: pending.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: (i) => (i === currentIndex ? 320 : 120),
    overscan: 4,
    getItemKey: (i) => pending[i]!.id,
  })

  // The suggestion under review is scrolled into view when it changes, and
  // takes the focus when asked (keys, the S shortcut, a decision) or when the
  // one before it left the list (accepted, rejected) while the list had it.
  const wantFocus = useRef(false)
  useEffect(() => {
    if (focusNonce) wantFocus.current = true
  }, [focusNonce])
  const shownId = useRef<string | null>(null)
  useEffect(() => {
    const id = current?.id ?? null
    const moved = id !== shownId.current
    shownId.current = id
    if (moved && currentIndex >= 0) virtualizer.scrollToIndex(currentIndex, { align: 'auto' })
    const active = document.activeElement
    const lost = !active || active === document.body || !!scrollRef.current?.contains(active)
    if (!id || !(wantFocus.current || (moved && lost))) return
    wantFocus.current = false
    // After the virtualiser has rendered the row.
    requestAnimationFrame(() =>
      listRef.current
        ?.querySelector<HTMLElement>(`[data-suggestion-id="${id}"] .suggestion-passage`)
        ?.focus({ preventScroll: true }),
    )
  })

  const groupOf = (item: ReviewedSuggestion) => {
    const key = keyOf(item)
    return key ? pending.filter((s) => keyOf(s) === key) : [item]
  }

  /** Writes a decision: the suggestions leave the list at once and the list keeps the focus for the next key. */
  const decide = async (items: ReviewedSuggestion[], write: () => Promise<void>) => {
    const ids = items.map((s) => s.id)
    if (scrollRef.current?.contains(document.activeElement)) scrollRef.current.focus({ preventScroll: true })
    wantFocus.current = true
    onDeciding(ids, true)
    try {
      await write()
    } catch (error) {
      onDeciding(ids, false)
      notify(describeError(error), { tone: 'error' })
    }
  }

  const accept = (items: ReviewedSuggestion[]) => {
    if (!doc || items.some((s) => !s.attributed || !s.speaker)) return
    return decide(items, async () => {
      const { changes } = await suggestionReview.accept(doc, items)
      const label = items.length === 1 ? 'accept suggested claim' : `accept ${items.length} suggested claims`
      recordUndo(label, changes)
      notify(
        items.length === 1
          ? `Claim recorded from the suggestion (${items[0]!.speaker!.name}).`
          : `${items.length} claims recorded from ${items[0]!.speaker!.name}.`,
        { undo: () => void runUndo() },
      )
    })
  }

  const reject = (item: ReviewedSuggestion) => {
    if (!doc) return
    return decide([item], async () => {
      recordUndo('reject suggested claim', await suggestionReview.reject(doc.id, item.id))
      notify('Suggestion rejected: it stays rejected for this document.', { undo: () => void runUndo() })
    })
  }

  const edit = (item: ReviewedSuggestion) => {
    if (!doc) return
    const { draft, proposed } = editDraft(doc, item)
    onNewClaim(draft, proposed)
  }

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.ctrlKey || e.metaKey || e.altKey || !current) return
    const move = (by: number) => {
      const next = pending[Math.max(0, Math.min(pending.length - 1, currentIndex + by))]
      if (next) {
        wantFocus.current = true
        onCurrent(next, true)
      }
    }
    const act: Record<string, () => void> = {
      ArrowDown: () => move(1),
      j: () => move(1),
      ArrowUp: () => move(-1),
      k: () => move(-1),
      Home: () => move(-pending.length),
      End: () => move(pending.length),
      a: () => void accept([current]),
      A: () => void accept(groupOf(current)),
      e: () => edit(current),
      r: () => void reject(current),
      Delete: () => void reject(current),
    }
    const handler = act[e.key.length === 1 && !e.shiftKey ? e.key.toLowerCase() : e.key]
    if (!handler) return
    e.preventDefault()
    handler()
  }

  return (
    <aside className="pane side suggestions-side" aria-label="Suggested claims">
      {tabs}
      {/* The tab above shows the name and count; the heading is there for screen readers' outlines. */}
      <h2 className="sr-only">Suggested claims</h2>
      <p className="suggestions-status" role="status">
        {statusText(view)}
      </p>
      {pending.length > 0 && (
        <p className="hint suggestions-keys">
          In this list: <kbd>J</kbd> / <kbd>K</kbd> next / previous, <kbd>A</kbd> accept, <kbd>E</kbd> edit,{' '}
          <kbd>R</kbd> reject, <kbd>Shift+A</kbd> all from the source. <kbd>S</kbd> comes back here.
        </p>
      )}
      {/* Focusable so that keys pressed while a decision is written still reach the list. */}
      <div className="annotation-scroll" ref={scrollRef} tabIndex={-1} onKeyDown={onKeyDown}>
        <ol
          ref={listRef}
          className="suggestion-list virtual"
          aria-label="Suggested claims in text order"
          style={{ height: virtualizer.getTotalSize() }}
        >
          {virtualizer.getVirtualItems().map((row) => {
            const item = pending[row.index]!
            const selected = item === current
            return (
              <SuggestionCard
                key={row.key}
                item={item}
                selected={selected}
                index={row.index}
                setSize={pending.length}
                sameSpeaker={selected ? groupOf(item).length : 0}
                measureRef={virtualizer.measureElement}
                style={{ transform: `translateY(${row.start}px)` }}
                actions={{
                  onChoose: () => onCurrent(item, true),
                  onAccept: () => void accept([item]),
                  onAcceptAll: () => void accept(groupOf(item)),
                  onEdit: () => edit(item),
                  onReject: () => void reject(item),
                }}
              />
            )
          })}
        </ol>
      </div>
    </aside>
  )
}
