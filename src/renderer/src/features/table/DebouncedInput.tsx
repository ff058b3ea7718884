// A text input that commits its value after a pause in typing. With 100,000
// rows one filter pass costs a noticeable fraction of a second, and running
// it on every keystroke makes typing stutter; small tables commit at once.
import { useEffect, useRef, useState, type InputHTMLAttributes } from 'react'

export function DebouncedInput({
  value,
  onCommit,
  delay,
  ...props
}: Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange'> & {
  value: string
  onCommit: (value: string) => void
  /** Milliseconds to wait after the last keystroke; 0 commits every keystroke. */
  delay: number
}) {
  const [draft, setDraft] = useState(value)
  const [seen, setSeen] = useState(value)
  const [committed, setCommitted] = useState(value)
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined)
  useEffect(() => () => clearTimeout(timer.current), [])
  // A change from outside (e.g. "Clear filters") replaces the draft; our own
  // commit coming back must not, or it would eat keys typed since.
  if (value !== seen) {
    setSeen(value)
    if (value !== committed) setDraft(value)
  }
  const commit = (next: string) => {
    setCommitted(next)
    onCommit(next)
  }
  return (
    <input
      {...props}
      value={draft}
      onChange={(e) => {
        const next = e.target.value
        setDraft(next)
        clearTimeout(timer.current)
        if (delay <= 0) commit(next)
        else timer.current = setTimeout(() => commit(next), delay)
      }}
    />
  )
}
