// The one Dexie database of the workbench. Every schema change is a new
// `version(n)` here, with an upgrade function when data must move, and a
// migration test in db.test.ts that upgrades fixture data from version n-1.
import { Dexie, type EntityTable } from 'dexie'
import type { AnnotationRecord } from '@shared/domain/annotation'
import type { DocumentRecord } from '@shared/domain/document'

export interface SettingRecord {
  key: string
  value: unknown
}

export class WorkbenchDB extends Dexie {
  documents!: EntityTable<DocumentRecord, 'id'>
  annotations!: EntityTable<AnnotationRecord, 'id'>
  settings!: EntityTable<SettingRecord, 'key'>

  constructor(name = 'analyst-workbench') {
    super(name)
    this.version(1).stores({
      documents: 'id, title, created, modified',
      annotations: 'id, documentId, *tags, created',
      settings: 'key',
    })
  }
}

export const db = new WorkbenchDB()
