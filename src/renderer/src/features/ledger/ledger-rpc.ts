// The ledger's transport: the same LedgerApi over a worker's messages or in
// process (Vitest, where there are no workers). Requests carry an id; the
// ledger answers each one and also posts "changed" news unasked.
import type { LedgerApi, LedgerMessage, LedgerMethod, LedgerRequest, LedgerStatus } from './ledger-api'

export interface LedgerConnection {
  api: LedgerApi
  /** News of every change the ledger applied; returns the unsubscribe. */
  onChange(listener: (status: LedgerStatus) => void): () => void
}

// Every method, so the proxy over messages is complete (the type checks it).
const methods: Record<LedgerMethod, true> = {
  open: true,
  status: true,
  query: true,
  ids: true,
  countShown: true,
  groupKeys: true,
  matrix: true,
  sourceRows: true,
  suggestions: true,
  searchClaims: true,
  versions: true,
  anchorsIn: true,
  claimsCsv: true,
}

interface Port {
  postMessage(message: unknown): void
  addEventListener(type: 'message', listener: (e: MessageEvent) => void): void
}

/** A worker also says when its script failed to load or threw. */
interface FailingPort extends Port {
  addEventListener(type: 'message' | 'error', listener: (e: MessageEvent & ErrorEvent) => void): void
}

/** The worker side: answers requests with `api` (made with the function that posts news). */
export function serveLedger(port: Port, make: (emit: (status: LedgerStatus) => void) => LedgerApi): void {
  const post = (m: LedgerMessage) => port.postMessage(m)
  const api = make((status) => post({ event: 'changed', status }))
  port.addEventListener('message', (e: MessageEvent<LedgerRequest>) => {
    const { id, method, args } = e.data
    if (!(method in methods))
      return post({ id, ok: false, error: `No such ledger method: ${String(method)}` })
    const call = api[method] as (...a: unknown[]) => Promise<unknown>
    call.apply(api, args).then(
      (value) => post({ id, ok: true, value }),
      (error: unknown) =>
        post({ id, ok: false, error: error instanceof Error ? error.message : String(error) }),
    )
  })
}

/** The main-thread side of a worker serving the ledger. */
export function connectLedger(port: Port | FailingPort): LedgerConnection {
  let next = 1
  const pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>()
  const listeners = new Set<(status: LedgerStatus) => void>()
  let failed: Error | null = null
  // A worker that failed answers nothing: every question waiting, and every later one, fails instead.
  ;(port as FailingPort).addEventListener('error', (e) => {
    failed = new Error(`The ledger stopped: ${e.message || 'its worker failed'}`)
    for (const waiting of pending.values()) waiting.reject(failed)
    pending.clear()
  })
  port.addEventListener('message', (e: MessageEvent<LedgerMessage>) => {
    const m = e.data
    if ('event' in m) {
      for (const listener of listeners) listener(m.status)
      return
    }
    const waiting = pending.get(m.id)
    pending.delete(m.id)
    if (m.ok) waiting?.resolve(m.value)
    else waiting?.reject(new Error(m.error))
  })
  const call = (method: LedgerMethod, args: unknown[]) =>
    new Promise((resolve, reject) => {
      if (failed) return reject(failed)
      const id = next++
      pending.set(id, { resolve, reject })
      port.postMessage({ id, method, args } satisfies LedgerRequest)
    })
  const api = Object.fromEntries(
    Object.keys(methods).map((m) => [m, (...args: unknown[]) => call(m as LedgerMethod, args)]),
  ) as unknown as LedgerApi
  return {
    api,
    onChange(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
  }
}

/** The ledger in process: the same API and news, without a worker. */
export function inProcessLedger(make: (emit: (status: LedgerStatus) => void) => LedgerApi): LedgerConnection {
  const listeners = new Set<(status: LedgerStatus) => void>()
  const api = make((status) => {
    for (const listener of listeners) listener(status)
  })
  return {
    api,
    onChange(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
  }
}
