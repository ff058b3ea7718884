// Planning the import of a workspace into the local one, by id and without
// writing anything: the caller shows the summary, then applies `writes` in one
// transaction. Rules: a record missing locally is added; when both sides have
// it, the more recently modified wins (a tie keeps the local one); records
// equal in content are left alone. No work is silently lost: when an imported
// claim, source or ACH matrix replaces a local one, an 'import' audit entry keeps the
// local version's values; and a document whose text differs is never replaced
// while local annotations or claims are anchored in it, because their
// selectors point into that exact text (it is reported as a conflict).
import { diffFields, type AuditRecord } from '../domain/audit'
import type { ClaimRecord } from '../domain/claim'
import type { DocumentRecord } from '../domain/document'
import type { DocumentId } from '../domain/ids'
import type { CollectionName } from './workspace-schema'
import type { WorkspaceData } from './workspace'

export interface MergeCounts {
  added: number
  updated: number
  unchanged: number
  /** Incoming records not taken because the local one is newer (or the same age), or in conflict. */
  keptLocal: number
}

export interface CollectionMerge<T> {
  added: T[]
  /** `incoming` (possibly with a bumped claim version) replaces `local`. */
  updated: { local: T; incoming: T }[]
  unchanged: number
  keptLocal: { local: T; incoming: T }[]
}

export interface MergeConflict {
  documentId: DocumentId
  title: string
  /** Local annotations and claims anchored in the local text. */
  localAnnotations: number
  localClaims: number
  /** Imported annotations and claims anchored in the other text: they may re-anchor fuzzily or orphan. */
  incomingAnnotations: number
  incomingClaims: number
  message: string
}

export interface MergePlan {
  cases: CollectionMerge<WorkspaceData['cases'][number]>
  documents: CollectionMerge<DocumentRecord>
  annotations: CollectionMerge<WorkspaceData['annotations'][number]>
  claims: CollectionMerge<ClaimRecord>
  sources: CollectionMerge<WorkspaceData['sources'][number]>
  briefings: CollectionMerge<WorkspaceData['briefings'][number]>
  achMatrices: CollectionMerge<WorkspaceData['achMatrices'][number]>
  /** Incoming audit entries new by id, then the 'import' entries this plan creates. */
  audit: { added: AuditRecord[]; unchanged: number; keptLocal: number }
  conflicts: MergeConflict[]
  counts: Record<CollectionName, MergeCounts>
  /** Everything to put, per table: apply in one transaction (bulkPut; audit with bulkAdd). */
  writes: WorkspaceData
}

export interface MergeOptions {
  /** The analyst doing the import, recorded as `who` in the audit entries. */
  who: string
  /** Time recorded in the audit entries; defaults to now. */
  at?: string
  /** Id maker for the audit entries; defaults to crypto.randomUUID. */
  newId?: () => string
}

interface Stamped {
  id: string
  modified: string
}

const time = (s: string) => {
  const t = Date.parse(s)
  return Number.isNaN(t) ? -Infinity : t
}

function mergeById<T extends Stamped>(
  local: readonly T[],
  incoming: readonly T[],
  blocked: (local: T, incoming: T) => boolean = () => false,
): CollectionMerge<T> {
  const byId = new Map(local.map((r) => [r.id, r]))
  const plan: CollectionMerge<T> = { added: [], updated: [], unchanged: 0, keptLocal: [] }
  for (const inc of incoming) {
    const loc = byId.get(inc.id)
    if (!loc) plan.added.push(inc)
    else if (diffFields<object>(loc, inc).length === 0) plan.unchanged++
    else if (!blocked(loc, inc) && time(inc.modified) > time(loc.modified))
      plan.updated.push({ local: loc, incoming: inc })
    else plan.keptLocal.push({ local: loc, incoming: inc })
  }
  return plan
}

const plural = (n: number, word: string) => (n ? `${n} ${word}${n === 1 ? '' : 's'}` : '')

const countsOf = <T>(m: CollectionMerge<T>): MergeCounts => ({
  added: m.added.length,
  updated: m.updated.length,
  unchanged: m.unchanged,
  keptLocal: m.keptLocal.length,
})

const anchoredIn = (data: WorkspaceData, id: DocumentId) => ({
  annotations: data.annotations.filter((a) => a.documentId === id).length,
  claims: data.claims.filter((c) => c.anchors.some((a) => a.documentId === id)).length,
})

export function planMerge(
  existing: WorkspaceData,
  incoming: WorkspaceData,
  options: MergeOptions,
): MergePlan {
  const at = options.at ?? new Date().toISOString()
  const newId = options.newId ?? (() => crypto.randomUUID())

  // Documents: same id, different text, and local work anchored in it → conflict, local kept.
  const conflicts: MergeConflict[] = []
  const documents = mergeById(existing.documents, incoming.documents, (loc, inc) => {
    if (loc.text === inc.text) return false
    const mine = anchoredIn(existing, loc.id)
    if (!mine.annotations && !mine.claims) return false
    const theirs = anchoredIn(incoming, loc.id)
    conflicts.push({
      documentId: loc.id,
      title: loc.title,
      localAnnotations: mine.annotations,
      localClaims: mine.claims,
      incomingAnnotations: theirs.annotations,
      incomingClaims: theirs.claims,
      message: `“${loc.title}” has different text in the imported workspace; the local copy was kept because ${[
        plural(mine.annotations, 'annotation'),
        plural(mine.claims, 'claim'),
      ]
        .filter(Boolean)
        .join(' and ')} ${mine.annotations + mine.claims === 1 ? 'is' : 'are'} anchored in it.`,
    })
    return true
  })

  const claims = mergeById(existing.claims, incoming.claims)
  // A replaced claim must still count as "changed" to briefings citing the
  // local version, so its version never goes backwards.
  claims.updated = claims.updated.map(({ local, incoming: inc }) => ({
    local,
    incoming: inc.version > local.version ? inc : { ...inc, version: local.version + 1 },
  }))
  const sources = mergeById(existing.sources, incoming.sources)
  const achMatrices = mergeById(existing.achMatrices, incoming.achMatrices)

  // The audit trail keeps the local values of every claim, source and matrix the import replaces.
  const replacedEntries: AuditRecord[] = [
    ...claims.updated.map((u) => ({ entity: 'claim' as const, ...u })),
    ...sources.updated.map((u) => ({ entity: 'source' as const, ...u })),
    ...achMatrices.updated.map((u) => ({ entity: 'matrix' as const, ...u })),
  ].map(({ entity, local, incoming: inc }) => ({
    id: newId(),
    entity,
    entityId: local.id,
    at,
    who: options.who,
    action: 'import',
    changes: diffFields<object>(local, inc),
    note: `Replaced by the imported version (modified ${inc.modified}); the local version was modified ${local.modified}.`,
  }))

  const localAudit = new Map(existing.audit.map((a) => [a.id, a]))
  const newAudit = incoming.audit.filter((a) => !localAudit.has(a.id))
  const sameAudit = incoming.audit.filter((a) => {
    const l = localAudit.get(a.id)
    return l !== undefined && JSON.stringify(l) === JSON.stringify(a)
  }).length
  const audit = {
    added: [...newAudit, ...replacedEntries],
    unchanged: sameAudit,
    keptLocal: incoming.audit.length - newAudit.length - sameAudit,
  }

  const plan = {
    cases: mergeById(existing.cases, incoming.cases),
    documents,
    annotations: mergeById(existing.annotations, incoming.annotations),
    claims,
    sources,
    briefings: mergeById(existing.briefings, incoming.briefings),
    achMatrices,
  }
  const writes = <T>(m: CollectionMerge<T>) => [...m.added, ...m.updated.map((u) => u.incoming)]
  return {
    ...plan,
    audit,
    conflicts,
    counts: {
      cases: countsOf(plan.cases),
      documents: countsOf(plan.documents),
      annotations: countsOf(plan.annotations),
      claims: countsOf(plan.claims),
      sources: countsOf(plan.sources),
      briefings: countsOf(plan.briefings),
      achMatrices: countsOf(plan.achMatrices),
      audit: {
        added: audit.added.length,
        updated: 0,
        unchanged: audit.unchanged,
        keptLocal: audit.keptLocal,
      },
    },
    writes: {
      cases: writes(plan.cases),
      documents: writes(plan.documents),
      annotations: writes(plan.annotations),
      claims: writes(plan.claims),
      sources: writes(plan.sources),
      briefings: writes(plan.briefings),
      achMatrices: writes(plan.achMatrices),
      audit: audit.added,
    },
  }
}

const labels: Record<CollectionName, string> = {
  cases: 'Cases',
  documents: 'Documents',
  annotations: 'Annotations',
  claims: 'Claims',
  sources: 'Sources',
  briefings: 'Briefings',
  achMatrices: 'ACH matrices',
  audit: 'Audit entries',
}

/** One line per collection for the import dialog, e.g. "Claims: 3 added, 1 updated, 10 unchanged, 2 kept local". */
export function describeMerge(plan: MergePlan): string[] {
  return (Object.keys(labels) as CollectionName[]).map((name) => {
    const c = plan.counts[name]
    return `${labels[name]}: ${c.added} added, ${c.updated} updated, ${c.unchanged} unchanged, ${c.keptLocal} kept local`
  })
}
