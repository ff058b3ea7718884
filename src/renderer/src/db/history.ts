// History only moves forward. An undo (or redo) is a new change, like
// `git revert`: it writes the old *content* back as a new version with a new
// modified time, and the audit trail records it as undone or redone. It never
// writes an old snapshot back whole, which would make versions and times run
// backwards and fool both "changed since cited" and the newer-wins merge.
//
// Every undoable action (an edit, a delete, an import) is a list of record
// changes. Reverting checks that each record is still exactly what the action
// left behind; if another window (or a later edit) changed it since, nothing
// is written and the analyst is told which record stands in the way.
import { diffFields, type AuditRecord } from '@shared/domain/audit'
import type { AnnotationRecord } from '@shared/domain/annotation'
import type { BriefingRecord } from '@shared/domain/briefing'
import type { ClaimRecord } from '@shared/domain/claim'
import type { DocumentRecord } from '@shared/domain/document'
import type { SourceRecord } from '@shared/domain/source'
import type {
  AchMatrixId,
  AnnotationId,
  BriefingId,
  CaseId,
  ClaimId,
  DocumentId,
  SourceId,
} from '@shared/domain/ids'
import type { CaseRecord } from '@shared/domain/case'
import { withDocumentIds, type AchMatrixRecord, type SuggestionDecision, type WorkbenchDB } from './db'
import { guardWrite } from './errors'
import { stableStringify } from './stable-json'
import { now } from './clock'

/** Each table on the undo history: its record and id types. */
interface Tables {
  cases: [CaseRecord, CaseId]
  documents: [DocumentRecord, DocumentId]
  annotations: [AnnotationRecord, AnnotationId]
  claims: [ClaimRecord, ClaimId]
  sources: [SourceRecord, SourceId]
  briefings: [BriefingRecord, BriefingId]
  achMatrices: [AchMatrixRecord, AchMatrixId]
  /** A rejected suggestion is undone like any record. */
  suggestionDecisions: [SuggestionDecision, string]
}
export type HistoryTable = keyof Tables
const historyTables: HistoryTable[] = [
  'cases',
  'documents',
  'annotations',
  'claims',
  'sources',
  'briefings',
  'achMatrices',
  'suggestionDecisions',
]
/** The tables whose records keep an audit trail, with the trail's name for them. */
const audited: Partial<Record<HistoryTable, AuditRecord['entity']>> = {
  claims: 'claim',
  sources: 'source',
  achMatrices: 'matrix',
}
type StoredRecord = Tables[HistoryTable][0]

/** One record's change: absent `before` means it was created, absent `after` that it was deleted. */
export type RecordChange = {
  [T in HistoryTable]: { table: T; id: Tables[T][1]; before?: Tables[T][0]; after?: Tables[T][0] }
}[HistoryTable]

/** Thrown when a record changed after the action being undone; nothing was written. */
export class HistoryConflictError extends Error {
  /** The undo stack drops an entry that failed this way: it can never apply again. */
  readonly dropFromHistory = true
  constructor(label: string, mode: 'undo' | 'redo', reason: string) {
    super(
      `“${label}” cannot be ${mode === 'undo' ? 'undone' : 'redone'}: ${reason}. ` +
        'It has been taken off the undo history; nothing was changed.',
    )
    this.name = 'HistoryConflictError'
  }
}

/** The annotation fields whose changes the repositories audit (tags-repo, annotations-repo reattach). */
const auditedAnnotationFields = new Set(['tags', 'selectors'])

const describe = (c: RecordChange, current: unknown): string => {
  const record = (current ?? c.after ?? c.before) as Record<string, unknown> | undefined
  const name = String(record?.statement ?? record?.name ?? record?.title ?? record?.question ?? '').slice(
    0,
    60,
  )
  const kinds: Record<HistoryTable, string> = {
    cases: 'the case',
    documents: 'the document',
    annotations: 'an annotation',
    claims: 'the claim',
    sources: 'the source',
    briefings: 'the briefing',
    achMatrices: 'the matrix',
    suggestionDecisions: 'the decision on a suggested claim',
  }
  const kind = kinds[c.table]
  return name ? `${kind} “${name}”` : kind
}

/** Same content: the claims' documentIds index is derived, so it is left out of the comparison. */
const content = (r: unknown) => {
  if (!r || typeof r !== 'object' || !('documentIds' in r)) return r ?? null
  const { documentIds: _index, ...rest } = r as Record<string, unknown>
  return rest
}
const same = (a: unknown, b: unknown) => stableStringify(content(a)) === stableStringify(content(b))

/** The target content stamped as a new change of the record as it stands now. */
function restamp(
  target: StoredRecord,
  current: StoredRecord | undefined,
  left: StoredRecord | undefined,
  at: string,
): StoredRecord {
  // Only claims carry a version; it counts on from the newest one this record ever had.
  if ('version' in target) {
    const version = (r: StoredRecord | undefined) => (r && 'version' in r ? r.version : 0)
    return { ...target, version: Math.max(target.version, version(current), version(left)) + 1, modified: at }
  }
  // A decision on a suggestion keeps the time it was made.
  return 'modified' in target ? { ...target, modified: at } : target
}

export function historyRepo(db: WorkbenchDB, who: () => string) {
  const tableOf = (name: HistoryTable) => db.table<StoredRecord, string>(name)

  /**
   * Reverts a change set: each record gets the content it had before the
   * change, as a new change. Returns the change set this wrote, which is what
   * the next revert (the redo, or the undo of the redo) works from.
   */
  async function revert(
    changes: readonly RecordChange[],
    mode: 'undo' | 'redo',
    label: string,
  ): Promise<RecordChange[]> {
    const names = [...new Set(changes.map((c) => c.table))]
    // Every history table: the guards read what rests on a document or a case.
    const involved = historyTables.map(tableOf)
    return guardWrite(() =>
      db.transaction('rw', [...involved, db.audit], async () => {
        const at = now()
        const written: RecordChange[] = []
        const audit: AuditRecord[] = []
        for (const name of names) {
          const group = changes.filter((c) => c.table === name)
          const table = tableOf(name)
          const current = await table.bulkGet(group.map((c) => c.id))
          const puts: StoredRecord[] = []
          const deletes: string[] = []
          for (const [i, change] of group.entries()) {
            const stored = current[i]
            if (!same(stored, change.after))
              throw new HistoryConflictError(
                label,
                mode,
                `${describe(change, stored)} changed after it (perhaps in another window)`,
              )
            const next = change.before ? restamp(change.before, stored, change.after, at) : undefined
            if (next) puts.push(name === 'claims' ? withDocumentIds(next as ClaimRecord) : next)
            else deletes.push(change.id)
            written.push({ table: name, id: change.id, before: stored, after: next } as RecordChange)
            // Claims, sources and matrices keep a full trail; annotations are audited
            // where their repositories audit them (tags, re-attached passages), so an
            // undo of those is on the trail too.
            const entity = audited[name] ?? (name === 'annotations' ? 'annotation' : undefined)
            const fields =
              entity && entity !== 'annotation'
                ? diffFields<object>(stored, next)
                : stored && next
                  ? diffFields<object>(stored, next).filter((f) => auditedAnnotationFields.has(f.field))
                  : []
            if (entity && (entity !== 'annotation' || fields.length))
              audit.push({
                id: crypto.randomUUID(),
                entity,
                entityId: change.id as AuditRecord['entityId'],
                at,
                who: who(),
                action: mode,
                changes: fields,
                note: mode === 'undo' ? `Undone: ${label}` : `Redone: ${label}`,
              })
          }
          if (name === 'documents') await refuseDeletingAnnotated(db, deletes, changes, label, mode)
          if (name === 'cases') await refuseDeletingFullCase(db, deletes, changes, label, mode)
          await table.bulkPut(puts)
          await table.bulkDelete(deletes)
        }
        await db.audit.bulkAdd(audit)
        return written
      }),
    )
  }

  return { revert }
}

/** A document is only taken away with everything anchored to it, never leaving annotations or claims behind. */
async function refuseDeletingAnnotated(
  db: WorkbenchDB,
  ids: readonly string[],
  changes: readonly RecordChange[],
  label: string,
  mode: 'undo' | 'redo',
) {
  const goingToo = new Set(changes.filter((c) => c.table === 'annotations').map((c) => c.id))
  for (const id of ids) {
    const annotations = await db.annotations.where('documentId').equals(id).primaryKeys()
    const claims = await db.claims.filter((c) => c.anchors.some((a) => a.documentId === id)).count()
    if (claims > 0 || annotations.some((a) => !goingToo.has(a))) {
      const title = (await db.documents.get(id as DocumentId))?.title ?? 'the document'
      throw new HistoryConflictError(
        label,
        mode,
        `“${title}” has annotations or claims made since; delete it from the library if you mean to`,
      )
    }
  }
}

/** A case is only taken away with everything in it, never leaving records in no case. */
async function refuseDeletingFullCase(
  db: WorkbenchDB,
  ids: readonly string[],
  changes: readonly RecordChange[],
  label: string,
  mode: 'undo' | 'redo',
) {
  const goingToo = new Set(changes.filter((c) => c.table !== 'cases' && !c.before).map((c) => c.id as string))
  for (const id of ids) {
    const caseId = id as CaseId
    const inIt = [
      ...(await db.documents.where('caseId').equals(caseId).primaryKeys()),
      ...(await db.claims.where('caseId').equals(caseId).primaryKeys()),
      ...(await db.briefings.where('caseId').equals(caseId).primaryKeys()),
      ...(await db.achMatrices.where('caseId').equals(caseId).primaryKeys()),
    ]
    if (inIt.some((r) => !goingToo.has(r))) {
      const name = (await db.cases.get(caseId))?.name ?? 'the case'
      throw new HistoryConflictError(
        label,
        mode,
        `“${name}” has documents, claims, briefings or matrices added since`,
      )
    }
  }
}
