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

export function NoticeProvider({ children }: { children: ReactNode }) {
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
    if (options?.tone !== 'error') setTimeout(() => setNotice((n) => (n?.id === id ? null : n)), 8000)
  }, [])
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
