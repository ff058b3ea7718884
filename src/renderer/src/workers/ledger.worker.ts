// The ledger worker: the ledger engine (features/ledger/ledger-core.ts) with
// its own connection to the workbench database, answering the main thread's
// questions over messages. No React and no DOM here.
import { WorkbenchDB } from '../db/db'
import { LedgerCore } from '../features/ledger/ledger-core'
import { serveLedger } from '../features/ledger/ledger-rpc'

serveLedger(self, (emit) => new LedgerCore(() => new WorkbenchDB(), emit))
