// The React shell around the reader engine: creates it once, feeds it the
// document, highlights, selection and keyboard focus, and turns its events
// into the selection toolbar and the overlap menu. Keyboard: sentence by
// sentence with the arrow keys (or J/K), Shift to extend, A/Enter to annotate.
import { useCallback, useEffect, useRef, useState, type KeyboardEvent } from 'react'
import { sentenceRanges } from '@shared/anchoring'
import type { BlockKind } from '@shared/domain/document'
import { spelledOut } from '@shared/text/invisible'
import type { PaintItem, Span } from '../../highlight/painter'
import { ReaderEngine } from './reader-engine'
import type { Found } from './FindBar'

export interface ReaderHandle {
  reveal(span: Span): void
}

interface Toolbar extends Span {
  /** A mouse selection's toolbar goes when the selection collapses; the keyboard's stays until Escape. */
  from: 'mouse' | 'keys'
  top: number
  left: number
}

interface Cursor {
  anchor: number
  head: number
  span: Span
  total: number
}

interface Props {
  text: string
  blocks: readonly BlockKind[]
  /** The page each block starts on (a PDF): shown as markers in the margin. */
  pages?: readonly (number | null)[]
  /** The document's base direction (doc.dir), for blocks whose own letters do not decide. */
  dir?: 'ltr' | 'rtl'
  /** Find's matches and the current one, or null when find is closed. */
  found?: Found | null
  language?: string
  paintItems: readonly PaintItem[]
  selectedSpans: readonly Span[]
  claimSpans: readonly Span[]
  /** Suggested claims' passages, and the one under review, in their own style. */
  suggestionSpans?: readonly Span[]
  currentSuggestion?: Span | null
  onAnnotate(span: Span): void
  onClaim(span: Span): void
  onAddToClaim(span: Span): void
  /** While a passage under review waits for one: its quote, and the action putting it on the selection. */
  attaching?: { quote: string; onAttach(span: Span): void } | null
  onHighlightClick(ids: string[], point: { x: number; y: number }, offset: number | null): void
  onReady(handle: ReaderHandle | null): void
}

export function ReaderView({
  text,
  blocks,
  pages,
  dir,
  found,
  paintItems,
  selectedSpans,
  claimSpans,
  suggestionSpans,
  currentSuggestion,
  onAnnotate,
  onClaim,
  onAddToClaim,
  attaching,
  onHighlightClick,
  onReady,
}: Props) {
  const containerRef = useRef<HTMLDivElement>(null)
  const engineRef = useRef<ReaderEngine | null>(null)
  const callbacks = useRef({ onHighlightClick })
  const sentencesRef = useRef<Span[] | null>(null)
  const [toolbar, setToolbar] = useState<Toolbar | null>(null)
  const [cursor, setCursor] = useState<Cursor | null>(null)

  useEffect(() => {
    callbacks.current = { onHighlightClick }
  })

  /** Puts the toolbar just below the end of a span, in the reader host's coordinates (which scroll with the text). */
  const showToolbar = useCallback((span: Span, from: Toolbar['from']) => {
    const rects = engineRef.current?.rangeOf(span)?.getClientRects()
    const end = rects?.[rects.length - 1]
    const host = containerRef.current?.parentElement?.getBoundingClientRect()
    if (!end || !host) return setToolbar(null)
    setToolbar({
      ...span,
      from,
      top: end.bottom - host.top + 6,
      left: Math.max(8, Math.min(end.right - host.left - 40, host.width - 110)),
    })
  }, [])

  useEffect(() => {
    const engine = new ReaderEngine(containerRef.current!, {
      onSelect: (span) => {
        if (span) {
          setCursor(null)
          engine.setFocus(null)
          showToolbar(span, 'mouse')
        } else setToolbar((t) => (t?.from === 'mouse' ? null : t))
      },
      onHighlightClick: (ids, point, offset) => callbacks.current.onHighlightClick(ids, point, offset),
    })
    engineRef.current = engine
    onReady({ reveal: (span) => engine.reveal(span) })
    return () => {
      onReady(null)
      engine.destroy()
      engineRef.current = null
    }
  }, [onReady, showToolbar])

  useEffect(() => {
    engineRef.current?.setDocument(text, blocks, pages, dir)
  }, [text, blocks, pages, dir])
  useEffect(() => engineRef.current?.setFound(found?.spans ?? [], found?.current ?? null), [found])
  useEffect(() => engineRef.current?.setAnnotations(paintItems), [paintItems])
  useEffect(() => engineRef.current?.setSelected(selectedSpans), [selectedSpans])
  useEffect(() => engineRef.current?.setClaims(claimSpans), [claimSpans])
  useEffect(
    () => engineRef.current?.setSuggestions(suggestionSpans ?? [], currentSuggestion ?? null),
    [suggestionSpans, currentSuggestion, text],
  )

  /** Hands a span to an action and clears the selection, focus and toolbar. */
  const act = (action: (span: Span) => void, span: Span) => {
    setToolbar(null)
    setCursor(null)
    engineRef.current?.setFocus(null)
    action(span)
  }
  const annotate = (span: Span) => act(onAnnotate, span)

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.ctrlKey || e.metaKey || e.altKey) return
    // Sentences are found on first use: a long document opens without paying for them.
    const sentences = (sentencesRef.current ??= sentenceRanges(text))
    if (!sentences.length) return
    const move = (to: number, extend: boolean) => {
      e.preventDefault()
      const head = Math.max(0, Math.min(sentences.length - 1, to))
      const anchor = extend && cursor ? cursor.anchor : head
      const span = {
        start: sentences[Math.min(anchor, head)]!.start,
        end: sentences[Math.max(anchor, head)]!.end,
      }
      document.getSelection()?.removeAllRanges()
      setCursor({ anchor, head, span, total: sentences.length })
      engineRef.current?.setFocus(span)
      showToolbar(span, 'keys')
    }
    const head = cursor?.head
    switch (e.key) {
      case 'ArrowDown':
      case 'j':
      case 'J':
        return move(head === undefined ? 0 : head + 1, e.shiftKey)
      case 'ArrowUp':
      case 'k':
      case 'K':
        return move(head === undefined ? 0 : head - 1, e.shiftKey)
      case 'Home':
        return move(0, e.shiftKey)
      case 'End':
        return move(sentences.length - 1, e.shiftKey)
      case 'a':
      case 'A':
      case 'Enter':
      case 'c':
      case 'C': {
        const span = engineRef.current?.selectionSpan() ?? cursor?.span
        if (span) {
          e.preventDefault()
          act(e.key.toLowerCase() === 'c' ? onClaim : onAnnotate, span)
        }
        return
      }
      case 'Escape':
        if (cursor || toolbar) {
          e.preventDefault()
          e.stopPropagation()
          setCursor(null)
          setToolbar(null)
          engineRef.current?.setFocus(null)
          document.getSelection()?.removeAllRanges()
        }
    }
  }

  return (
    <div className="reader-host">
      <div
        ref={containerRef}
        className="reader-text"
        role="document"
        aria-label="Document text"
        aria-describedby="reader-help"
        tabIndex={0}
        onKeyDown={onKeyDown}
      />
      <p id="reader-help" className="sr-only">
        Use the arrow keys or J and K to move sentence by sentence, Shift to extend, A to annotate, Escape to
        cancel.
      </p>
      <p className="sr-only" aria-live="polite">
        {cursor
          ? `Sentence ${cursor.head + 1} of ${cursor.total}: ${spelledOut(text.slice(cursor.span.start, cursor.span.end))}`
          : ''}
      </p>
      {toolbar && (
        <div
          role="toolbar"
          aria-label="Selection"
          className="selection-toolbar"
          style={{ top: toolbar.top, left: toolbar.left }}
        >
          {attaching && (
            <button
              type="button"
              className="button primary small"
              title={`Put “${spelledOut(attaching.quote.slice(0, 60))}” on this passage`}
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => act(attaching.onAttach, toolbar)}
            >
              Attach here
            </button>
          )}
          <button
            type="button"
            className={attaching ? 'button small' : 'button primary small'}
            aria-keyshortcuts="A"
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => annotate(toolbar)}
          >
            Annotate
          </button>
          <button
            type="button"
            className="button small"
            aria-keyshortcuts="C"
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => act(onClaim, toolbar)}
          >
            New claim
          </button>
          <button
            type="button"
            className="button small"
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => act(onAddToClaim, toolbar)}
          >
            Add to claim…
          </button>
        </div>
      )}
    </div>
  )
}
