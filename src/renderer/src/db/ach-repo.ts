// Competing-hypotheses matrices in the store. Every change is checked against
// the matrix rules (validateAchMatrix) before it is written, writes its audit
// entry in the same transaction, and returns the record's before and after
// states: what the undo history reverts.
import { diffFields, type AuditAction } from '@shared/domain/audit'
import { validateAchMatrix, type AchMatrix, type AchMatrixRecord } from '@shared/analysis/ach'
import { copyMatrix } from '@shared/analysis/ach-edit'
import { newAchMatrixId, type AchMatrixId, type CaseId } from '@shared/domain/ids'
import type { WorkbenchDB } from './db'
import { guardWrite } from './errors'
import { now } from './clock'
import type { RecordChange } from './history'
import { auditOf } from './ledger-repo'

export type MatrixChange = Extract<RecordChange, { table: 'achMatrices' }>

/** The matrix an edit would give breaks a rule (fewer than two hypotheses, an empty one…). */
export class MatrixInvalidError extends Error {
  constructor(readonly problems: { path: string; message: string }[]) {
    super(problems[0]?.message ?? 'The matrix is not valid.')
    this.name = 'MatrixInvalidError'
  }
}

export interface NewMatrix {
  question: string
  hypotheses: string[]
}

/** The matrix as it will be stored: checked, and trimmed as the rules trim it. */
function checked(record: AchMatrixRecord): AchMatrixRecord {
  const result = validateAchMatrix(record)
  if (!result.ok) throw new MatrixInvalidError(result.errors)
  return { ...result.value, caseId: record.caseId }
}

export function achRepo(db: WorkbenchDB, who: () => string) {
  /** Writes a change and its audit entry, in the caller's transaction. */
  async function commit(change: MatrixChange, action: AuditAction, note: string): Promise<MatrixChange[]> {
    if (change.after) await db.achMatrices.put(change.after)
    else await db.achMatrices.delete(change.id)
    await db.audit.add({
      id: crypto.randomUUID(),
      entity: 'matrix',
      entityId: change.id,
      at: change.after?.modified ?? now(),
      who: who(),
      action,
      changes: diffFields<object>(change.before, change.after),
      note,
    })
    return [change]
  }

  const write = <T>(body: () => Promise<T>) =>
    guardWrite(() => db.transaction('rw', [db.achMatrices, db.audit], body))

  async function create(
    caseId: CaseId,
    content: Pick<AchMatrix, 'question' | 'hypotheses' | 'evidence'>,
    note: string,
  ): Promise<MatrixChange[]> {
    const at = now()
    const record = checked({ ...content, id: newAchMatrixId(), caseId, created: at, modified: at })
    return write(() => commit({ table: 'achMatrices', id: record.id, after: record }, 'create', note))
  }

  return {
    /** A new matrix: its question and at least two hypotheses. */
    create: (caseId: CaseId, draft: NewMatrix) =>
      create(
        caseId,
        {
          question: draft.question,
          hypotheses: draft.hypotheses.map((text) => ({ id: crypto.randomUUID(), text })),
          evidence: [],
        },
        '',
      ),

    /**
     * Applies an edit to the matrix as it is stored now (so edits made in
     * another window are kept). Nothing is written, and no change returned,
     * when the edit changes nothing; a result that breaks a rule is refused
     * with MatrixInvalidError. `note` says what was done, for the audit trail
     * (worked out from the matrix before and after, when the edit depends on it).
     */
    update: (
      id: AchMatrixId,
      edit: (m: AchMatrix) => AchMatrix,
      note: string | ((before: AchMatrix, after: AchMatrix) => string),
    ) =>
      write(async () => {
        const before = await db.achMatrices.get(id)
        if (!before)
          throw new Error('That matrix no longer exists; it may have been deleted in another window.')
        const edited = edit(before)
        if (edited === before) return []
        const after = checked({
          ...edited,
          id,
          caseId: before.caseId,
          created: before.created,
          modified: now(),
        })
        if (!diffFields<object>(before, after).length) return []
        const said = typeof note === 'string' ? note : note(before, after)
        return commit({ table: 'achMatrices', id, before, after }, 'update', said)
      }),

    /** A copy in the same case, its question marked as a copy. */
    async duplicate(id: AchMatrixId): Promise<MatrixChange[]> {
      const source = await db.achMatrices.get(id)
      if (!source) throw new Error('That matrix no longer exists.')
      const copy = copyMatrix(source)
      return create(
        source.caseId,
        { ...copy, question: `${source.question} (copy)` },
        `Copied from “${source.question}”`,
      )
    },

    remove: (id: AchMatrixId) =>
      write(async () => {
        const before = await db.achMatrices.get(id)
        return before ? commit({ table: 'achMatrices', id, before }, 'delete', '') : []
      }),

    /** The matrix's audit trail, oldest first. */
    historyOf: (id: AchMatrixId) => auditOf(db, id),
  }
}
