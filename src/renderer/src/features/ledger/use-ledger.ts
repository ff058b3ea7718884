// React's view of the ledger: its status, and answers that are asked again
// whenever the ledger changes (or the question does).
import { useEffect, useState, useSyncExternalStore } from 'react'
import { ledgerService } from '../../services'
import type { LedgerApi, LedgerStatus } from './ledger-api'

export function useLedgerStatus(): LedgerStatus | null {
  return useSyncExternalStore(ledgerService.subscribe, ledgerService.current)
}

/**
 * The answer to `ask`, kept current: asked again after every change the
 * ledger applies and whenever `key` (what the question depends on) changes.
 * Undefined until the answer to this key arrives.
 */
export function useLedger<T>(ask: (api: LedgerApi) => Promise<T>, key: string): T | undefined {
  const revision = useLedgerStatus()?.revision ?? -1
  const [answer, setAnswer] = useState<{ key: string; value: T } | null>(null)
  useEffect(() => {
    let alive = true
    void ask(ledgerService.api).then(
      (value) => alive && setAnswer({ key, value }),
      (error: unknown) => console.error('The ledger could not answer:', error),
    )
    return () => {
      alive = false
    }
    // `ask` is a new function each render; `key` says what it asks.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, revision])
  return answer?.key === key ? answer.value : undefined
}
