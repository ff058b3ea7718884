// The audit trail: who changed a claim, a source or a competing-hypotheses
// matrix, when, and each field's value before and after. Entries are written
// by the repositories in the same transaction as the change they describe.
import type { AchMatrixId, AnnotationId, ClaimId, SourceId } from './ids'

export type AuditAction = 'create' | 'update' | 'delete' | 'merge' | 'undo' | 'redo' | 'import'

export interface FieldChange {
  field: string
  before: unknown
  after: unknown
}

export interface AuditRecord {
  id: string
  /**
   * Claims, sources and ACH matrices have a full trail; annotations record
   * changes made to many at once (tag edits).
   */
  entity: 'claim' | 'source' | 'annotation' | 'matrix'
  entityId: ClaimId | SourceId | AnnotationId | AchMatrixId
  at: string
  who: string
  action: AuditAction
  changes: FieldChange[]
  /** A sentence for actions a field list does not explain (a merge, a reassignment). */
  note: string
}

// documentIds is an index kept beside a claim's anchors (see db.ts), not a field of its own.
const bookkeeping = new Set(['id', 'version', 'created', 'modified', 'documentIds'])

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b)

/** Field-by-field differences between two versions of a record (bookkeeping fields ignored). */
export function diffFields<T extends object>(before: T | undefined, after: T | undefined): FieldChange[] {
  const keys = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})])
  const changes: FieldChange[] = []
  for (const field of keys) {
    if (bookkeeping.has(field)) continue
    const a = (before as Record<string, unknown> | undefined)?.[field]
    const b = (after as Record<string, unknown> | undefined)?.[field]
    if (!same(a, b)) changes.push({ field, before: a ?? null, after: b ?? null })
  }
  return changes
}
