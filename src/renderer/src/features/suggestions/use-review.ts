// Which suggestion is under review, for the panel and the reader: the one the
// analyst chose, else the next one after it in the text once it has been
// dealt with, else the first. S anywhere in the reader (outside a field or a
// dialog) opens the list and gives it the focus.
import { useCallback, useEffect, useMemo, useState } from 'react'
import type { ReviewedSuggestion } from '@shared/analysis/suggest'
import type { DocumentId } from '@shared/domain/ids'
import type { DocumentRecord } from '@shared/domain/document'
import type { Span } from '../../highlight/painter'
import { useSuggestions, type SuggestionsView } from './use-suggestions'

const typingIn = (el: Element | null) =>
  el instanceof HTMLInputElement ||
  el instanceof HTMLTextAreaElement ||
  el instanceof HTMLSelectElement ||
  (el instanceof HTMLElement && el.isContentEditable)

export interface SuggestionReview {
  view: SuggestionsView
  current: ReviewedSuggestion | null
  choose(item: ReviewedSuggestion): void
  /** The pending suggestion whose passage holds this offset of the text, if any. */
  at(offset: number): ReviewedSuggestion | undefined
  /** Changes each time the S key asks for the list. */
  focusNonce: number
  /** Takes suggestions out of the list while their decision is being written; `unhide` if it fails. */
  hide(ids: readonly string[]): void
  unhide(ids: readonly string[]): void
}

const noIds: ReadonlySet<string> = new Set()

export function useSuggestionReview(
  docId: DocumentId | null,
  doc: DocumentRecord | undefined,
  claimSpans: readonly Span[],
  open: () => void,
): SuggestionReview {
  const found = useSuggestions(docId, doc, claimSpans)
  // Suggestions decided a moment ago leave the list at once, before the store
  // says so (a claim or a rejection written), so the next key acts on the next one.
  const [hidden, setHidden] = useState<ReadonlySet<string>>(noIds)
  const pending = useMemo(
    () => (hidden.size ? found.pending.filter((s) => !hidden.has(s.id)) : found.pending),
    [found.pending, hidden],
  )
  // Once the store has caught up they need hiding no more (an undo may bring them back).
  const [seenPending, setSeenPending] = useState(found.pending)
  if (seenPending !== found.pending) {
    setSeenPending(found.pending)
    const still = found.pending.filter((s) => hidden.has(s.id))
    if (still.length < hidden.size) setHidden(new Set(still.map((s) => s.id)))
  }
  const hide = useCallback((ids: readonly string[]) => setHidden((h) => new Set([...h, ...ids])), [])
  const unhide = useCallback(
    (ids: readonly string[]) => setHidden((h) => new Set([...h].filter((id) => !ids.includes(id)))),
    [],
  )
  const view = useMemo(() => ({ ...found, pending }), [found, pending])
  const [pick, setPick] = useState<{ documentId: string | null; id: string; start: number } | null>(null)
  const current = useMemo(() => {
    if (!pick || pick.documentId !== docId) return pending[0] ?? null
    return (
      pending.find((s) => s.id === pick.id) ??
      pending.find((s) => s.start >= pick.start) ??
      pending[pending.length - 1] ??
      null
    )
  }, [pending, pick, docId])
  const choose = useCallback(
    (item: ReviewedSuggestion) => setPick({ documentId: docId, id: item.id, start: item.start }),
    [docId],
  )
  const at = useCallback(
    (offset: number) => pending.find((s) => s.start <= offset && offset < s.end),
    [pending],
  )

  const [focusNonce, setFocusNonce] = useState(0)
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key.toLowerCase() !== 's' || e.ctrlKey || e.metaKey || e.altKey || e.shiftKey) return
      if (typingIn(document.activeElement) || document.querySelector('dialog[open]')) return
      e.preventDefault()
      open()
      setFocusNonce((n) => n + 1)
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [open])

  return { view, current, choose, at, focusNonce, hide, unhide }
}
