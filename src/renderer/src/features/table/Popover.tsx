// A small disclosure popover: a real <button> with aria-expanded/aria-controls
// and a non-modal panel (role="dialog", named) placed under it. Opening moves
// focus into the panel; Escape closes it and returns focus to the button; a
// pointer press or focus outside closes it. Used for column menus, filters
// and the Columns chooser, where a native <select> cannot hold checkboxes.
import { useEffect, useId, useRef, useState, type ReactNode } from 'react'

// Module-level so React does not call it again on every render (a new ref
// callback would re-run and steal focus back to the first control).
function focusFirst(panel: HTMLElement | null) {
  panel?.querySelector<HTMLElement>('input, button:not(:disabled), select')?.focus()
}

export function Popover({
  label,
  children,
  buttonContent,
  buttonClassName = 'button small',
  panelLabel,
  align = 'start',
  active,
}: {
  /** The button's accessible name, when its visible content is not enough ("Filter Status"). */
  label?: string
  buttonContent: ReactNode
  buttonClassName?: string
  /** The panel's accessible name; keep it distinct from the button's. */
  panelLabel: string
  align?: 'start' | 'end'
  /** Marks the button as showing a non-default setting (a filter is on). */
  active?: boolean
  children: (close: () => void) => ReactNode
}) {
  const [open, setOpen] = useState(false)
  const panelId = useId()
  const rootRef = useRef<HTMLSpanElement>(null)
  // Held in state, not a ref: `close` is handed to the panel's render function.
  const [button, setButton] = useState<HTMLButtonElement | null>(null)

  useEffect(() => {
    if (!open) return
    const onPointerDown = (e: PointerEvent) => {
      if (e.target instanceof Node && !rootRef.current?.contains(e.target)) setOpen(false)
    }
    document.addEventListener('pointerdown', onPointerDown)
    return () => document.removeEventListener('pointerdown', onPointerDown)
  }, [open])

  const close = () => {
    setOpen(false)
    button?.focus()
  }

  return (
    <span
      ref={rootRef}
      className="dt-popover"
      onKeyDown={(e) => {
        if (e.key === 'Escape' && open) {
          e.stopPropagation()
          close()
        }
      }}
      onBlur={(e) => {
        if (open && e.relatedTarget instanceof Node && !e.currentTarget.contains(e.relatedTarget))
          setOpen(false)
      }}
    >
      <button
        ref={setButton}
        type="button"
        className={`${buttonClassName}${active ? ' is-active' : ''}`}
        aria-label={label}
        aria-expanded={open}
        aria-controls={open ? panelId : undefined}
        aria-haspopup="dialog"
        onClick={() => setOpen((o) => !o)}
      >
        {buttonContent}
      </button>
      {open && (
        <div
          id={panelId}
          ref={focusFirst}
          role="dialog"
          aria-label={panelLabel}
          className={`dt-panel dt-panel-${align}`}
        >
          {children(close)}
        </div>
      )}
    </span>
  )
}
