// One place for what the app tells the analyst: a toast that is also a live
// region, with an Undo button when the action can be undone. The button undoes
// that action only: it disappears once a later change is on top of it.
import {
  createContext,
  useCallback,
  useContext,
  useMemo,
  useState,
  useSyncExternalStore,
  type ReactNode,
} from 'react'
import { undoStack } from '../../services'
import type { UndoEntry } from '../../undo/undo-stack'

export interface Notice {
  id: number
  /** The view it was shown in (set on first render): it goes when the analyst leaves it. */
  scope?: string
  message: string
  tone: 'info' | 'error'
  /** Offered as an Undo button beside the message. */
  undo?: () => void
  /** The change the Undo button reverses: the newest one when the message was shown. */
  entry?: UndoEntry
}
export type Notify = (message: string, options?: { tone?: Notice['tone']; undo?: () => void }) => void
interface NoticeApi {
  notify: Notify
}

const NoticeContext = createContext<NoticeApi>({ notify: () => {} })
export const useNotify = () => useContext(NoticeContext).notify

let nextId = 1

/** `scope` names what the analyst is looking at (view and case): a message does not outlive it. */
export function NoticeProvider({ children, scope }: { children: ReactNode; scope: string }) {
  const [notice, setNotice] = useState<Notice | null>(null)
  const notify = useCallback<NoticeApi['notify']>((message, options) => {
    const id = nextId++
    setNotice({
      id,
      message,
      tone: options?.tone ?? 'info',
      undo: options?.undo,
      entry: options?.undo ? undoStack.peek() : undefined,
    })
    // Information leaves after a few seconds; an error stays until dismissed or the view changes.
    if (options?.tone !== 'error') setTimeout(() => setNotice((n) => (n?.id === id ? null : n)), 6000)
  }, [])

  // A message belongs to the view it is first shown in (one raised by the very
  // action that opened a view, an import opening the reader, belongs to that
  // view); leaving the view takes it away, so no stale text follows the analyst.
  if (notice && notice.scope === undefined) setNotice({ ...notice, scope })
  else if (notice && notice.scope !== scope) setNotice(null)
  const api = useMemo(() => ({ notify }), [notify])
  return (
    <NoticeContext.Provider value={api}>
      {children}
      {/* The toast is its own live region: read once by screen readers, seen once on screen. */}
      <div className="toast-region" role="status" aria-live="polite">
        {notice?.tone === 'info' && <Toast notice={notice} onClose={() => setNotice(null)} />}
      </div>
      <div className="toast-region" role="alert">
        {notice?.tone === 'error' && <Toast notice={notice} onClose={() => setNotice(null)} />}
      </div>
    </NoticeContext.Provider>
  )
}

function Toast({ notice, onClose }: { notice: Notice; onClose: () => void }) {
  const top = useSyncExternalStore(
    (l) => undoStack.subscribe(l),
    () => undoStack.peek(),
  )
  return (
    <div className={`toast toast-${notice.tone}`}>
      <span>{notice.message}</span>
      {notice.undo && notice.entry && notice.entry === top && (
        <button
          type="button"
          className="link-button"
          onClick={() => {
            onClose()
            notice.undo?.()
          }}
        >
          Undo
        </button>
      )}
      <button type="button" className="icon-button" aria-label="Dismiss message" onClick={onClose}>
        ×
      </button>
    </div>
  )
}
