// The renderer's long-lived services: one database, its repositories, the
// undo stack and the host platform. Components import them from here.
import { liveQuery } from 'dexie'
import type { CaseId } from '@shared/domain/ids'
import { db } from './db/db'
import { achRepo } from './db/ach-repo'
import { annotationsRepo } from './db/annotations-repo'
import { briefingsRepo } from './db/briefings-repo'
import { documentsRepo } from './db/documents-repo'
import { historyRepo } from './db/history'
import { casesRepo } from './db/cases-repo'
import { tagsRepo } from './db/tags-repo'
import { SearchService } from './features/search/search-service'
import { ledgerRepo } from './db/ledger-repo'
import { settingsRepo } from './db/settings-repo'
import { suggestionsRepo } from './db/suggestions-repo'
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
export const cases = casesRepo(db, currentAnalyst)
export const tags = tagsRepo(db, currentAnalyst)
export const achMatrices = achRepo(db, currentAnalyst)
export const search = new SearchService(db)
export const suggestionReview = suggestionsRepo(db, ledger)

// Writes that create records need the open case synchronously too.
let openCase: CaseId | null = null
liveQuery(() => settings.get('openCaseId')).subscribe({ next: (id) => (openCase = id as CaseId | null) })
/** The case the views show and new records go into (App opens one before anything is shown). */
export function currentCaseId(): CaseId {
  if (!openCase) throw new Error('No case is open yet.')
  return openCase
}
export const history = historyRepo(db, currentAnalyst)

// The ledger (claims and sources, sorted, filtered and counted) lives in a
// worker that opens the same database; it starts on first use.
export const ledgerService = new LedgerService(() =>
  connectLedger(new Worker(new URL('./workers/ledger.worker.ts', import.meta.url), { type: 'module' })),
)
