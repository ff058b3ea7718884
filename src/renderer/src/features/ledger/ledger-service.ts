// The main thread's handle on the ledger: the ledger API (answered by the
// ledger worker), the latest status, news of changes for the views, and the
// claims table's TableSource. The connection is made on first use, so
// importing this costs nothing until the ledger is needed.
import type { ClaimRow } from '../claims/claim-row'
import type { TableSource } from '../table/table-source'
import type { LedgerApi, LedgerStatus } from './ledger-api'
import type { LedgerConnection } from './ledger-rpc'

export class LedgerService {
  private connection: LedgerConnection | null = null
  private latest: LedgerStatus | null = null
  private readonly listeners = new Set<() => void>()
  private opened: { caseId: string | null; done: Promise<LedgerStatus> } | null = null

  constructor(private readonly connect: () => LedgerConnection) {}

  get api(): LedgerApi {
    if (!this.connection) {
      this.connection = this.connect()
      this.connection.onChange((status) => {
        // A mark the benchmark waits for (tests/bench/ledger.perf.ts): every claim is loaded.
        if (!status.loading && this.latest?.loading !== false) performance.mark('aw-ledger-loaded')
        this.latest = status
        for (const listener of this.listeners) listener()
      })
    }
    return this.connection.api
  }

  /** Opens a case's ledger (null: every claim) unless it is open already. */
  open(caseId: string | null = null): Promise<LedgerStatus> {
    if (this.opened?.caseId === caseId) return this.opened.done
    const done = this.api.open(caseId).then((status) => {
      this.latest = status
      for (const listener of this.listeners) listener()
      return status
    })
    this.opened = { caseId, done }
    return done
  }

  /** The last status the ledger told (null before it told any). */
  readonly current = (): LedgerStatus | null => this.latest

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  /** The claims table's rows, asked of the ledger. */
  readonly claimsSource: TableSource<ClaimRow> = {
    query: (q, window, locate) => this.api.query(q, window, locate),
    ids: (q, window) => this.api.ids(q, window),
    countShown: (q, ids) => this.api.countShown(q, ids),
    groupKeys: (q) => this.api.groupKeys(q),
    subscribe: (onChange) => this.subscribe(onChange),
  }
}
