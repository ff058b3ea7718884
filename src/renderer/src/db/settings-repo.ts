// Remembered settings (the analyst's name, the likelihood scale, the last
// view and document, table layouts) kept in the store, so they follow the
// data rather than the window, and every window sees a change at once.
import type { LikelihoodScaleId } from '@shared/domain/scales'
import type { WorkbenchDB } from './db'

export type View = 'reader' | 'claims' | 'sources' | 'tags' | 'briefings' | 'ach'

export interface Settings {
  /** The case the views show; every window follows it. */
  openCaseId: string | null
  lastDocumentId: string | null
  sampleSeeded: boolean
  /** Recorded as "who" in the audit trail. */
  analystName: string
  likelihoodScale: LikelihoodScaleId
  view: View
  claimsTableView: unknown
  sourcesTableView: unknown
  lastBriefingId: string | null
  /** The newcomer's getting-started note has been read. */
  firstRunDone: boolean
  /** The ACH matrix the ACH view shows. */
  lastMatrixId: string | null
  /** The ACH grid lists rows most diagnostic first (else in the analyst's order). */
  achSortByDiagnosticity: boolean
  /** What the reader's right-hand pane shows. */
  sidePanel: 'annotations' | 'suggestions'
}
export const defaultSettings: Settings = {
  openCaseId: null,
  lastDocumentId: null,
  sampleSeeded: false,
  analystName: '',
  likelihoodScale: 'icd203',
  view: 'reader',
  claimsTableView: null,
  sourcesTableView: null,
  lastBriefingId: null,
  firstRunDone: false,
  lastMatrixId: null,
  achSortByDiagnosticity: false,
  sidePanel: 'annotations',
}
const defaults = defaultSettings

export function settingsRepo(db: WorkbenchDB) {
  return {
    async get<K extends keyof Settings>(key: K): Promise<Settings[K]> {
      const row = await db.settings.get(key)
      return row ? (row.value as Settings[K]) : defaults[key]
    },
    async set<K extends keyof Settings>(key: K, value: Settings[K]): Promise<void> {
      await db.settings.put({ key, value })
    },
  }
}
