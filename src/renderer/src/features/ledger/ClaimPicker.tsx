// Choosing a claim among any number of them: an ARIA combobox (a text box
// that filters, and a listbox of the matches) asking the ledger, so the page
// holds only the few matches shown, never one <option> per claim (100,000
// options made closing a dialog take 1.7 s). Each match shows its source, date
// and document, so claims worded alike can be told apart. Keyboard: type to
// search, ↓/↑ to move, Enter to choose, Escape to close.
import { useEffect, useId, useRef, useState } from 'react'
import type { ClaimChoice } from './ledger-api'
import { useLedger } from './use-ledger'
import './claim-picker.css'
import { SafeJoin, SafeText } from '../shell/SafeText'

/** Matches shown at once; more are reached by typing more. */
const SHOWN = 30
/** Pause after a keystroke before asking the ledger. */
const TYPING_DELAY = 120
const count = new Intl.NumberFormat()

export function ClaimPicker({
  label,
  hideLabel = false,
  value,
  onChange,
  exclude = [],
  placeholder = 'Search claims…',
  autoFocus,
}: {
  label: string
  hideLabel?: boolean
  /** The claim chosen, shown in the box. */
  value: ClaimChoice | null
  onChange: (choice: ClaimChoice | null) => void
  /** Claims not to offer (the claim itself, those already linked). */
  exclude?: readonly string[]
  placeholder?: string
  autoFocus?: boolean
}) {
  const id = useId()
  const [text, setText] = useState(value?.statement ?? '')
  const [asked, setAsked] = useState('')
  const [open, setOpen] = useState(false)
  const [active, setActive] = useState(0)
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined)
  useEffect(() => () => clearTimeout(timer.current), [])
  const [seen, setSeen] = useState(value)
  if (value !== seen) {
    setSeen(value)
    setText(value?.statement ?? '')
  }

  const excluded = JSON.stringify(exclude)
  const found = useLedger(
    (api) => (open ? api.searchClaims(asked, { limit: SHOWN, exclude }) : Promise.resolve(null)),
    `${open}|${asked}|${excluded}`,
  )
  const items = found?.items ?? []
  const current = Math.min(active, items.length - 1)
  const optionId = (i: number) => `${id}-o${i}`

  const choose = (choice: ClaimChoice) => {
    onChange(choice)
    setText(choice.statement)
    setOpen(false)
  }
  const type = (next: string) => {
    setText(next)
    setOpen(true)
    setActive(0)
    if (value) onChange(null)
    clearTimeout(timer.current)
    timer.current = setTimeout(() => setAsked(next), TYPING_DELAY)
  }

  return (
    <div className="claim-picker">
      <label htmlFor={id} className={hideLabel ? 'sr-only' : undefined}>
        {label}
      </label>
      <input
        id={id}
        type="text"
        role="combobox"
        dir="auto"
        autoComplete="off"
        autoFocus={autoFocus}
        placeholder={placeholder}
        aria-autocomplete="list"
        aria-expanded={open}
        aria-controls={`${id}-list`}
        aria-activedescendant={open && current >= 0 ? optionId(current) : undefined}
        value={text}
        onChange={(e) => type(e.target.value)}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
            e.preventDefault()
            if (!open) return setOpen(true)
            const step = e.key === 'ArrowDown' ? 1 : -1
            setActive(Math.max(0, Math.min(items.length - 1, current + step)))
          } else if (e.key === 'Enter' && open && items[current]) {
            e.preventDefault()
            choose(items[current])
          } else if (e.key === 'Escape' && open) {
            // Closes the list, not the dialog around it.
            e.preventDefault()
            e.stopPropagation()
            setOpen(false)
          }
        }}
      />
      {open && (
        <div className="claim-picker-popup">
          <ul id={`${id}-list`} role="listbox" aria-label={`${label}: matches`}>
            {items.map((c, i) => (
              <li
                key={c.id}
                id={optionId(i)}
                role="option"
                aria-selected={i === current}
                className={i === current ? 'is-active' : undefined}
                // Keep focus in the box: the choice is made on click.
                onMouseDown={(e) => e.preventDefault()}
                onClick={() => choose(c)}
                onMouseMove={() => i !== current && setActive(i)}
              >
                <SafeText className="claim-picker-statement" text={c.statement} />
                <span className="claim-picker-meta">
                  <SafeJoin parts={[c.source || 'No source', c.date, c.document]} />
                </span>
              </li>
            ))}
          </ul>
          <p className="claim-picker-hint" aria-live="polite">
            {!found
              ? 'Searching…'
              : found.total === 0
                ? 'No claim matches.'
                : found.total > items.length
                  ? `${count.format(items.length)} of ${count.format(found.total)} matches: type more to narrow them.`
                  : `${count.format(found.total)} ${found.total === 1 ? 'match' : 'matches'}.`}
          </p>
        </div>
      )}
    </div>
  )
}
