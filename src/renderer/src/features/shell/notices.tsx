// One place for what the app tells the analyst: a polite live region for
// screen readers and a toast, with an Undo button when the action can be undone.
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react'

export interface Notice {
  id: number
  message: string
  tone: 'info' | 'error'
  undoable: boolean
}
interface NoticeApi {
  notify(message: string, options?: { tone?: Notice['tone']; undoable?: boolean }): void
}

const NoticeContext = createContext<NoticeApi>({ notify: () => {} })
export const useNotify = () => useContext(NoticeContext).notify

let nextId = 1

export function NoticeProvider({ children, onUndo }: { children: ReactNode; onUndo: () => void }) {
  const [notice, setNotice] = useState<Notice | null>(null)
  const notify = useCallback<NoticeApi['notify']>((message, options) => {
    const id = nextId++
    setNotice({ id, message, tone: options?.tone ?? 'info', undoable: options?.undoable ?? false })
    if (options?.tone !== 'error') setTimeout(() => setNotice((n) => (n?.id === id ? null : n)), 8000)
  }, [])
  const api = useMemo(() => ({ notify }), [notify])
  return (
    <NoticeContext.Provider value={api}>
      {children}
      <div className="toast-region">
        <div role="status" aria-live="polite" className="sr-only">
          {notice?.tone === 'info' ? notice.message : ''}
        </div>
        {notice && (
          <div className={`toast toast-${notice.tone}`} role={notice.tone === 'error' ? 'alert' : undefined}>
            <span>{notice.message}</span>
            {notice.undoable && (
              <button type="button" className="link-button" onClick={onUndo}>
                Undo
              </button>
            )}
            <button type="button" className="icon-button" aria-label="Dismiss message" onClick={() => setNotice(null)}>
              ×
            </button>
          </div>
        )}
      </div>
    </NoticeContext.Provider>
  )
}
