// A modal built on the native <dialog>: focus is trapped and restored by the
// browser, Escape closes it, and it is announced as a dialog with its title.
import { useCallback, useEffect, useId, useRef, type ReactNode } from 'react'
import { CloseGuardContext } from './discard-guard'
import { ErrorBoundary } from './ErrorBoundary'

export function Modal({
  open,
  title,
  onClose,
  children,
  wide,
}: {
  open: boolean
  title: string
  onClose: () => void
  children: ReactNode
  /** true: a wide dialog; 'large': wider still, for editors laid out in two columns. */
  wide?: boolean | 'large'
}) {
  const ref = useRef<HTMLDialogElement>(null)
  const titleId = useId()
  const guard = useRef<(() => boolean) | null>(null)
  const register = useCallback((g: (() => boolean) | null) => void (guard.current = g), [])
  useEffect(() => {
    const dialog = ref.current
    if (open && dialog && !dialog.open) dialog.showModal()
    if (!open && dialog?.open) dialog.close()
  }, [open])
  return (
    <dialog
      ref={ref}
      className={wide === 'large' ? 'dialog dialog-large' : wide ? 'dialog dialog-wide' : 'dialog'}
      aria-labelledby={titleId}
      onClose={onClose}
      onCancel={(e) => {
        // Escape: an editor with unsaved work asks first instead of closing.
        if (guard.current && !guard.current()) e.preventDefault()
      }}
    >
      {open && (
        <CloseGuardContext.Provider value={register}>
          <h2 id={titleId}>{title}</h2>
          <ErrorBoundary what={title} back={{ label: 'Close', onClick: onClose }}>
            {children}
          </ErrorBoundary>
        </CloseGuardContext.Provider>
      )}
    </dialog>
  )
}
