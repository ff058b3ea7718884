// Find in the open document (Ctrl/Cmd+F): every match painted through the
// highlight painter in its own style (the text is never wrapped), the current
// one scrolled to, next and previous with Enter and Shift+Enter, and the count
// announced. Matching folds case, diacritics and Arabic spelling as search does.
import { useEffect, useId, useMemo, useRef, useState } from 'react'
import { DocumentFinder } from '@shared/search/find'
import type { Span } from '../../highlight/painter'

export interface Found {
  spans: readonly Span[]
  current: Span | null
}

export function FindBar({
  text,
  focusNonce,
  onFound,
  onClose,
}: {
  text: string
  /** Changes when the analyst asks for find again (Ctrl+F): the field takes the focus. */
  focusNonce: number
  onFound: (found: Found | null) => void
  onClose: () => void
}) {
  const [query, setQuery] = useState('')
  const [index, setIndex] = useState(0)
  const input = useRef<HTMLInputElement>(null)
  const id = useId()
  // Folding a long text is the costly part: once per document.
  const finder = useMemo(() => new DocumentFinder(text), [text])
  const result = useMemo(() => finder.find(query), [finder, query])
  const count = result.matches.length
  const current = count ? Math.min(index, count - 1) : 0

  useEffect(() => input.current?.select(), [focusNonce])
  useEffect(() => {
    onFound(query.trim() ? { spans: result.matches, current: result.matches[current] ?? null } : null)
  }, [result, current, query, onFound])
  useEffect(() => () => onFound(null), [onFound])

  const step = (by: number) => count && setIndex((current + by + count) % count)
  const status = !query.trim()
    ? ''
    : count === 0
      ? 'No matches'
      : `${current + 1} of ${count}${result.truncated ? '+' : ''}`
  return (
    <div className="find-bar" role="search" aria-label="Find in document">
      <label htmlFor={`${id}-q`} className="sr-only">
        Find in document
      </label>
      <input
        ref={input}
        id={`${id}-q`}
        type="search"
        dir="auto"
        placeholder="Find in document"
        value={query}
        onChange={(e) => {
          setQuery(e.target.value)
          setIndex(0)
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault()
            step(e.shiftKey ? -1 : 1)
          } else if (e.key === 'Escape') {
            e.preventDefault()
            e.stopPropagation()
            onClose()
          }
        }}
      />
      <span className="find-count" role="status" aria-live="polite">
        {status}
      </span>
      <button type="button" className="button small" onClick={() => step(-1)} disabled={!count}>
        Previous
      </button>
      <button type="button" className="button small" onClick={() => step(1)} disabled={!count}>
        Next
      </button>
      <button type="button" className="icon-button" aria-label="Close find" onClick={onClose}>
        ×
      </button>
    </div>
  )
}
