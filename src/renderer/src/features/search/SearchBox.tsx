// The search box in the header (Ctrl/Cmd+K): one query over the open case, or
// every case, as the analyst types. Results come grouped by kind, each with
// its snippet and the matched words marked; the arrow keys move through them
// and Enter (or a click) opens the place: the passage in the reader, the
// claim in the claims view, the source, the briefing.
import {
  forwardRef,
  useEffect,
  useId,
  useImperativeHandle,
  useMemo,
  useRef,
  useState,
  useSyncExternalStore,
} from 'react'
import type { MarkedText, SearchHit, SearchResults } from '@shared/search/types'
import { useLiveQuery } from 'dexie-react-hooks'
import { db, search } from '../../services'
import { useOpenCase } from '../cases/use-open-case'
import './search.css'

const groupLabels: Record<string, string> = {
  passage: 'Passages',
  document: 'Documents',
  annotation: 'Annotations',
  claim: 'Claims',
  source: 'Sources',
  briefing: 'Briefings',
}

export interface SearchBoxHandle {
  focus(): void
}

/** Text with its matched ranges as <mark>. */
export function Marked({ value }: { value: MarkedText }) {
  const parts: React.ReactNode[] = []
  let at = 0
  value.marks.forEach((m, i) => {
    if (m.start > at) parts.push(value.text.slice(at, m.start))
    parts.push(<mark key={i}>{value.text.slice(m.start, m.end)}</mark>)
    at = m.end
  })
  if (at < value.text.length) parts.push(value.text.slice(at))
  return <bdi>{parts}</bdi>
}

export const SearchBox = forwardRef<SearchBoxHandle, { onOpen: (hit: SearchHit) => void }>(function SearchBox(
  { onOpen },
  ref,
) {
  const { caseId } = useOpenCase()
  const [text, setText] = useState('')
  const [everywhere, setEverywhere] = useState(false)
  const [results, setResults] = useState<SearchResults | null>(null)
  const [open, setOpen] = useState(false)
  const [active, setActive] = useState(0)
  const input = useRef<HTMLInputElement>(null)
  const id = useId()
  const indexState = useSyncExternalStore(
    (l) => search.subscribe(l),
    () => search.indexState,
  )
  const caseNames = useLiveQuery(
    async () => new Map((await db.cases.toArray()).map((c) => [c.id as string, c.name])),
    [],
  )
  useImperativeHandle(ref, () => ({ focus: () => input.current?.select() }), [])

  useEffect(() => {
    const query = text.trim()
    if (query.length < 2) return
    let current = true
    const timer = setTimeout(() => {
      void search.search({ text: query, caseId: everywhere ? null : caseId, limit: 8 }).then((answer) => {
        if (current && answer) {
          setResults(answer.results)
          setActive(0)
        }
      })
    }, 60)
    return () => {
      current = false
      clearTimeout(timer)
    }
  }, [text, everywhere, caseId, indexState.status])

  const hits = useMemo(() => results?.groups.flatMap((g) => g.hits) ?? [], [results])
  const shown = open && text.trim().length >= 2 && results !== null
  const choose = (hit: SearchHit | undefined) => {
    if (!hit) return
    setOpen(false)
    onOpen(hit)
  }
  const optionId = (i: number) => `${id}-hit-${i}`

  let index = -1
  return (
    <div className="search-box" role="search">
      <label htmlFor={`${id}-input`} className="sr-only">
        Search {everywhere ? 'all cases' : 'this case'}
      </label>
      <input
        ref={input}
        id={`${id}-input`}
        type="search"
        role="combobox"
        placeholder="Search (Ctrl+K)"
        aria-expanded={shown}
        aria-controls={`${id}-list`}
        aria-autocomplete="list"
        aria-activedescendant={shown && hits.length ? optionId(active) : undefined}
        aria-keyshortcuts="Control+K Meta+K"
        value={text}
        onChange={(e) => {
          setText(e.target.value)
          setOpen(true)
          if (e.target.value.trim().length < 2) setResults(null)
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') {
            e.preventDefault()
            setOpen(true)
            setActive((a) => Math.min(a + 1, hits.length - 1))
          } else if (e.key === 'ArrowUp') {
            e.preventDefault()
            setActive((a) => Math.max(a - 1, 0))
          } else if (e.key === 'Enter') {
            e.preventDefault()
            choose(hits[active])
          } else if (e.key === 'Escape') {
            if (open) {
              e.stopPropagation()
              setOpen(false)
            }
          }
        }}
      />
      {shown && (
        <div className="search-results">
          <div className="search-results-head">
            <label>
              <input type="checkbox" checked={everywhere} onChange={(e) => setEverywhere(e.target.checked)} />{' '}
              All cases
            </label>
            {indexState.status === 'building' && (
              <span className="muted" role="status">
                Indexing {indexState.total ? Math.round((100 * indexState.done) / indexState.total) : 0}%…
              </span>
            )}
          </div>
          <div id={`${id}-list`} role="listbox" aria-label="Search results">
            {hits.length === 0 && <p className="empty">Nothing found for “{text.trim()}”.</p>}
            {results?.groups.map((group) =>
              group.hits.length === 0 ? null : (
                <div key={group.kind} role="group" aria-label={groupLabels[group.kind]}>
                  <p className="search-group" aria-hidden="true">
                    {groupLabels[group.kind]} <span className="muted">{group.total}</span>
                  </p>
                  {group.hits.map((hit) => {
                    index++
                    const i = index
                    return (
                      <div
                        key={hit.key}
                        id={optionId(i)}
                        role="option"
                        aria-selected={i === active}
                        className={i === active ? 'search-hit is-active' : 'search-hit'}
                        onMouseDown={(e) => e.preventDefault()}
                        onMouseEnter={() => setActive(i)}
                        onClick={() => choose(hit)}
                      >
                        <span className="search-hit-title">
                          <Marked value={hit.title} />
                        </span>
                        {hit.snippet.text && (
                          <span className="search-hit-snippet">
                            <Marked value={hit.snippet} />
                          </span>
                        )}
                        {everywhere && hit.caseId && hit.caseId !== caseId && (
                          <span className="search-hit-case">
                            in {caseNames?.get(hit.caseId) ?? 'another case'}
                          </span>
                        )}
                      </div>
                    )
                  })}
                </div>
              ),
            )}
          </div>
        </div>
      )}
    </div>
  )
})
