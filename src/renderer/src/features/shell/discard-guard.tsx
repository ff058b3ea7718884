// Typed work is never thrown away without a question: an editor with unsaved
// changes asks before Cancel, Escape or the dialog's close discards them.
// Editors inside a Modal register with it, so Escape on the dialog asks too.
import { createContext, useCallback, useContext, useEffect, useState } from 'react'

/** Set by Modal: an editor registers a check that says whether the dialog may close now. */
export const CloseGuardContext = createContext<((guard: (() => boolean) | null) => void) | null>(null)

export function useDiscardGuard(dirty: boolean, close: () => void, what: string) {
  const [asking, setAsking] = useState(false)
  const register = useContext(CloseGuardContext)
  const mayClose = useCallback(() => {
    if (!dirty) return true
    setAsking(true)
    return false
  }, [dirty])
  useEffect(() => {
    if (!register) return
    register(mayClose)
    return () => register(null)
  }, [register, mayClose])
  const requestClose = useCallback(() => {
    if (mayClose()) close()
  }, [mayClose, close])
  const prompt = asking ? (
    <div className="discard-prompt" role="alertdialog" aria-label={`Discard ${what}?`}>
      <p>{`You have changes to ${what} that are not saved. Discard them?`}</p>
      <div className="row-actions">
        {/* Keeping the work is the safe default, so it takes the focus. */}
        <button type="button" className="button primary" autoFocus onClick={() => setAsking(false)}>
          Keep editing
        </button>
        <button type="button" className="button danger" onClick={close}>
          Discard
        </button>
      </div>
    </div>
  ) : null
  return { requestClose, prompt }
}
