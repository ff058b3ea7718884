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
import { caseNameFrom, defaultMarking, type CaseRecord } from '@shared/domain/case'
import { newCaseId, type DocumentId } from '@shared/domain/ids'
import type { AchMatrixRecord } from '@shared/analysis/ach'

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

/**
 * An imported file exactly as it came, keyed by its SHA-256 (two documents
 * from the same file share it). "Save original…" writes these bytes back.
 */
export interface OriginalRecord {
  id: string
  name: string
  type: string
  size: number
  bytes: Uint8Array
}

/** An ACH matrix of a case (Heuer's competing hypotheses). */
export type { AchMatrixRecord }

/**
 * The analyst's answer to a suggested claim on a document: a rejected
 * suggestion stays rejected for that document (the id is documentId|suggestionId).
 */
export interface SuggestionDecision {
  id: string
  documentId: DocumentId
  suggestionId: string
  decision: 'rejected' | 'accepted'
  at: string
}

/** A claim as stored: with the documents its passages rest on, indexed for the reader. */
export type StoredClaim = ClaimRecord & { documentIds: DocumentId[] }

/** The documents a claim's passages rest on, for the `*documentIds` index. */
export function withDocumentIds(claim: ClaimRecord): StoredClaim {
  return { ...claim, documentIds: [...new Set(claim.anchors.map((a) => a.documentId))] }
}

export class WorkbenchDB extends Dexie {
  documents!: EntityTable<DocumentRecord, 'id'>
  annotations!: EntityTable<AnnotationRecord, 'id'>
  settings!: EntityTable<SettingRecord, 'key'>
  claims!: EntityTable<StoredClaim, 'id'>
  sources!: EntityTable<SourceRecord, 'id'>
  audit!: EntityTable<AuditRecord, 'id'>
  briefings!: EntityTable<BriefingRecord, 'id'>
  backups!: EntityTable<BackupRecord, 'id'>
  cases!: EntityTable<CaseRecord, 'id'>
  originals!: EntityTable<OriginalRecord, 'id'>
  achMatrices!: EntityTable<AchMatrixRecord, 'id'>
  suggestionDecisions!: EntityTable<SuggestionDecision, 'id'>

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
    // v3: cases. Every document, annotation, claim and briefing names its case;
    // the views of one case read through the caseId indexes. Claims drop the
    // indexes nothing queried (status, credibility, modified: the ledger
    // filters in memory) and gain the documents they rest on, so the reader
    // finds a document's claims without scanning them all; [attributedTo+caseId]
    // finds a source's claims and counts them per case from the index alone.
    // The audit trail of one record comes sorted from a compound index.
    this.version(3)
      .stores({
        documents: 'id, caseId, created',
        annotations: 'id, documentId, caseId, *tags',
        claims: 'id, caseId, [attributedTo+caseId], reportedVia, *documentIds',
        audit: 'id, [entityId+at]',
        briefings: 'id, caseId, modified',
        cases: 'id, modified',
        originals: 'id',
        achMatrices: 'id, caseId, modified',
        suggestionDecisions: 'id, documentId',
      })
      .upgrade(async (tx) => {
        // Everything there is goes into one case, named after the first document.
        const first = await tx.table<DocumentRecord>('documents').orderBy('created').first()
        const at = new Date().toISOString()
        const id = newCaseId()
        await tx.table<CaseRecord>('cases').add({
          id,
          name: caseNameFrom(first?.title),
          description: '',
          marking: defaultMarking,
          archived: false,
          created: first?.created ?? at,
          modified: at,
        })
        await tx.table('documents').toCollection().modify({ caseId: id })
        await tx.table('annotations').toCollection().modify({ caseId: id })
        await tx.table('briefings').toCollection().modify({ caseId: id })
        await tx
          .table<StoredClaim>('claims')
          .toCollection()
          .modify((claim) => {
            claim.caseId = id
            claim.documentIds = withDocumentIds(claim).documentIds
          })
        await tx.table('settings').put({ key: 'openCaseId', value: id })
      })
    // Version 4: document titles indexed, so the ledger worker reads every
    // title from the index keys alone (the texts stay in the store); claims
    // indexed by [caseId+id], so the ledger reads a case in keyed pages
    // (each one a single getAll) instead of skipping ever more entries.
    this.version(4).stores({
      documents: 'id, caseId, created, title',
      claims: 'id, caseId, [caseId+id], [attributedTo+caseId], reportedVia, *documentIds',
    })
  }
}

export const db = new WorkbenchDB()
