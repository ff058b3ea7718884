// Small remembered settings (last open document, whether the sample was
// offered) kept in the store, so they follow the data rather than the window.
import type { WorkbenchDB } from './db'

export interface Settings {
  lastDocumentId: string | null
  sampleSeeded: boolean
}
const defaults: Settings = { lastDocumentId: null, sampleSeeded: false }

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
