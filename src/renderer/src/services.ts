// The renderer's long-lived services: one database, its repositories, the
// undo stack and the host platform. Components import them from here.
import { liveQuery } from 'dexie'
import { db } from './db/db'
import { annotationsRepo } from './db/annotations-repo'
import { briefingsRepo } from './db/briefings-repo'
import { documentsRepo } from './db/documents-repo'
import { historyRepo } from './db/history'
import { ledgerRepo } from './db/ledger-repo'
import { settingsRepo } from './db/settings-repo'
import { UndoStack } from './undo/undo-stack'
import { LedgerService } from './features/ledger/ledger-service'
import { connectLedger } from './features/ledger/ledger-rpc'

export { db }
export { platform } from './platform'
export const documents = documentsRepo(db)
export const annotations = annotationsRepo(db)
export const settings = settingsRepo(db)
export const briefings = briefingsRepo(db)
export const undoStack = new UndoStack()

// The audit trail needs the analyst's name synchronously inside a write.
let analystName = ''
liveQuery(() => settings.get('analystName')).subscribe({ next: (name) => (analystName = name) })
export const currentAnalyst = () => analystName.trim() || 'Unnamed analyst'
export const ledger = ledgerRepo(db, currentAnalyst)
export const history = historyRepo(db, currentAnalyst)

// The ledger (claims and sources, sorted, filtered and counted) lives in a
// worker that opens the same database; it starts on first use.
export const ledgerService = new LedgerService(() =>
  connectLedger(new Worker(new URL('./workers/ledger.worker.ts', import.meta.url), { type: 'module' })),
)
