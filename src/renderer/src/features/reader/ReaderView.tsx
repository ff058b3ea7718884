// The React shell around the reader engine: creates it once, feeds it the
// document, highlights, selection and keyboard focus, and turns its events
// into the selection toolbar and the overlap menu. Keyboard: sentence by
// sentence with the arrow keys (or J/K), Shift to extend, A/Enter to annotate.
import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react'
import { sentenceRanges } from '@shared/anchoring'
import type { BlockKind } from '@shared/domain/document'
import type { PaintItem, Span } from '../../highlight/painter'
import { ReaderEngine } from './reader-engine'

export interface ReaderHandle {
  reveal(span: Span): void
}

interface Props {
  text: string
  blocks: readonly BlockKind[]
  language?: string
  paintItems: readonly PaintItem[]
  selectedSpans: readonly Span[]
  onAnnotate(span: Span): void
  onHighlightClick(ids: string[], point: { x: number; y: number }): void
  onReady(handle: ReaderHandle | null): void
}

export function ReaderView({
  text,
  blocks,
  paintItems,
  selectedSpans,
  onAnnotate,
  onHighlightClick,
  onReady,
}: Props) {
  const containerRef = useRef<HTMLDivElement>(null)
  const engineRef = useRef<ReaderEngine | null>(null)
  const callbacks = useRef({ onHighlightClick })
  // The selection, with where its toolbar goes relative to the reader host.
  const [selection, setSelection] = useState<(Span & { top: number; left: number }) | null>(null)
  const [cursor, setCursor] = useState<{ anchor: number; head: number } | null>(null)
  const sentences = useMemo(() => sentenceRanges(text), [text])

  useEffect(() => {
    callbacks.current = { onHighlightClick }
  })

  useEffect(() => {
    const engine = new ReaderEngine(containerRef.current!, {
      onSelect: (sel) => {
        const host = containerRef.current?.parentElement?.getBoundingClientRect()
        setSelection(
          sel && host
            ? {
                start: sel.start,
                end: sel.end,
                top: sel.rect.bottom - host.top + 6,
                left: Math.max(8, sel.rect.left - host.left),
              }
            : null,
        )
      },
      onHighlightClick: (ids, point) => callbacks.current.onHighlightClick(ids, point),
    })
    engineRef.current = engine
    onReady({ reveal: (span) => engine.reveal(span) })
    return () => {
      onReady(null)
      engine.destroy()
      engineRef.current = null
    }
  }, [onReady])

  useEffect(() => {
    engineRef.current?.setDocument(text, blocks)
  }, [text, blocks])
  useEffect(() => engineRef.current?.setAnnotations(paintItems), [paintItems])
  useEffect(() => engineRef.current?.setSelected(selectedSpans), [selectedSpans])

  const focusSpan = useMemo(() => {
    if (!cursor) return null
    const a = sentences[Math.min(cursor.anchor, cursor.head)]
    const b = sentences[Math.max(cursor.anchor, cursor.head)]
    return a && b ? { start: a.start, end: b.end } : null
  }, [cursor, sentences])
  useEffect(() => engineRef.current?.setFocus(focusSpan), [focusSpan])

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.ctrlKey || e.metaKey || e.altKey || !sentences.length) return
    const last = sentences.length - 1
    const move = (to: number, extend: boolean) => {
      e.preventDefault()
      const head = Math.max(0, Math.min(last, to))
      setCursor((c) => ({ anchor: extend && c ? c.anchor : head, head }))
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
        return move(last, e.shiftKey)
      case 'a':
      case 'A':
      case 'Enter': {
        const span = engineRef.current?.selectionSpan() ?? focusSpan
        if (span) {
          e.preventDefault()
          onAnnotate(span)
        }
        return
      }
      case 'Escape':
        if (cursor || selection) {
          e.preventDefault()
          e.stopPropagation()
          setCursor(null)
          document.getSelection()?.removeAllRanges()
        }
    }
  }

  const focusText = focusSpan ? text.slice(focusSpan.start, focusSpan.end) : ''

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
        {cursor && focusText ? `Sentence ${cursor.head + 1} of ${sentences.length}: ${focusText}` : ''}
      </p>
      {selection && (
        <div
          role="toolbar"
          aria-label="Selection"
          className="selection-toolbar"
          style={{ top: selection.top, left: selection.left }}
        >
          <button
            type="button"
            className="button primary small"
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => {
              onAnnotate(selection)
              setSelection(null)
            }}
          >
            Annotate
          </button>
        </div>
      )}
    </div>
  )
}
