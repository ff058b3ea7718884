// The one Dexie database of the workbench. Every schema change is a new
// `version(n)` here, with an upgrade function when data must move, and a
// migration test in db.test.ts that upgrades fixture data from version n-1.
import { Dexie, type EntityTable } from 'dexie'
import type { AnnotationRecord } from '@shared/domain/annotation'
import type { DocumentRecord } from '@shared/domain/document'
import type { ClaimRecord } from '@shared/domain/claim'
import type { SourceRecord } from '@shared/domain/source'
import type { AuditRecord } from '@shared/domain/audit'
import type { BriefingRecord } from '@shared/domain/briefing'

/** A copy of the whole workspace taken automatically before an import. */
export interface BackupRecord {
  id: string
  at: string
  reason: string
  json: string
}

export interface SettingRecord {
  key: string
  value: unknown
}

export class WorkbenchDB extends Dexie {
  documents!: EntityTable<DocumentRecord, 'id'>
  annotations!: EntityTable<AnnotationRecord, 'id'>
  settings!: EntityTable<SettingRecord, 'key'>
  claims!: EntityTable<ClaimRecord, 'id'>
  sources!: EntityTable<SourceRecord, 'id'>
  audit!: EntityTable<AuditRecord, 'id'>
  briefings!: EntityTable<BriefingRecord, 'id'>
  backups!: EntityTable<BackupRecord, 'id'>

  constructor(name = 'analyst-workbench') {
    super(name)
    this.version(1).stores({
      documents: 'id, title, created, modified',
      annotations: 'id, documentId, *tags, created',
      settings: 'key',
    })
    // v2: the analyst's ledger and briefings. Claims keep their anchors
    // inline (few per claim) and are indexed on what the table filters by, so
    // 100,000 rows load in one pass; the audit trail is looked up per record.
    this.version(2).stores({
      claims: 'id, attributedTo, reportedVia, status, credibility, modified',
      sources: 'id, name, *aliases',
      audit: 'id, entityId, at',
      briefings: 'id, modified',
      backups: 'id, at',
    })
  }
}

export const db = new WorkbenchDB()
