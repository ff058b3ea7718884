// Claims and sources in the store. Every change writes its audit entry in the
// same transaction, and returns the before/after states of each record it
// touched, which is all undo and redo need.
import { Dexie } from 'dexie'
import { diffFields, type AuditAction, type AuditRecord } from '@shared/domain/audit'
import { normaliseTags } from '@shared/domain/annotation'
import type { ClaimDraft, ClaimRecord } from '@shared/domain/claim'
import { newClaimId, newSourceId, type ClaimId, type SourceId } from '@shared/domain/ids'
import { nameKey, type SourceDraft, type SourceRecord } from '@shared/domain/source'
import type { WorkbenchDB } from './db'
import { guardWrite } from './errors'
import { now } from './clock'
import type { RecordChange } from './history'

export type Change = Extract<RecordChange, { table: 'claims' | 'sources' }>

/** The claim changed since the editor opened it (in another window, say): saving would overwrite that. */
export class ClaimChangedError extends Error {
  constructor(readonly current: ClaimRecord) {
    super(
      'This claim was changed elsewhere (in another window, say) after you opened it. ' +
        'Compare the two versions, then save yours over it or discard yours.',
    )
    this.name = 'ClaimChangedError'
  }
}

export class SourceInUseError extends Error {
  constructor(
    readonly sourceName: string,
    readonly claimCount: number,
    readonly relayCount: number,
  ) {
    const uses = [
      claimCount ? `${claimCount} ${claimCount === 1 ? 'claim rests' : 'claims rest'} on it` : '',
      relayCount ? `${relayCount} ${relayCount === 1 ? 'source relays' : 'sources relay'} it` : '',
    ].filter(Boolean)
    super(
      `“${sourceName}” is still in use: ${uses.join(' and ')}. Reassign them to another source or merge it first.`,
    )
    this.name = 'SourceInUseError'
  }
}

/** Patches a bulk edit can apply to many claims at once. */
export interface BulkPatch {
  status?: ClaimRecord['status']
  addTags?: string[]
  removeTags?: string[]
  credibility?: ClaimRecord['credibility']
  reliabilityOverride?: ClaimRecord['reliabilityOverride']
}

const entityOf = (c: Change) => (c.table === 'claims' ? 'claim' : 'source')

export function ledgerRepo(db: WorkbenchDB, who: () => string) {
  const tables = [db.claims, db.sources, db.audit]

  /** Writes the changes' after-states and one audit entry per record, in the caller's transaction. */
  async function commit(changes: Change[], action: AuditAction, note = ''): Promise<Change[]> {
    const at = now()
    const entries: AuditRecord[] = []
    for (const change of changes) {
      if (change.table === 'claims') {
        if (change.after) await db.claims.put(change.after)
        else await db.claims.delete(change.id)
      } else if (change.after) await db.sources.put(change.after)
      else await db.sources.delete(change.id)
      const fields = diffFields<object>(change.before, change.after)
      entries.push({
        id: crypto.randomUUID(),
        entity: entityOf(change),
        entityId: change.id,
        at,
        who: who(),
        action,
        changes: fields,
        note,
      })
    }
    await db.audit.bulkAdd(entries)
    return changes
  }

  const write = <T>(body: () => Promise<T>) => guardWrite(() => db.transaction('rw', tables, body))

  const bumped = (before: ClaimRecord, patch: Partial<ClaimRecord>): ClaimRecord => ({
    ...before,
    ...patch,
    version: before.version + 1,
    modified: now(),
  })

  const claimsUsing = (id: SourceId) =>
    db.claims.where('attributedTo').equals(id).or('reportedVia').equals(id).toArray()

  /** Moves every use of one source (claims and relays) to another; the moved records' changes. */
  async function moveUses(from: SourceId, to: SourceId): Promise<Change[]> {
    const changes: Change[] = []
    for (const c of await claimsUsing(from)) {
      const attributedTo = c.attributedTo === from ? to : c.attributedTo
      const reportedVia = c.reportedVia === from ? to : c.reportedVia
      changes.push({
        table: 'claims',
        id: c.id,
        before: c,
        after: bumped(c, { attributedTo, reportedVia: reportedVia === attributedTo ? null : reportedVia }),
      })
    }
    for (const s of await db.sources.filter((s) => s.relays === from).toArray()) {
      changes.push({
        table: 'sources',
        id: s.id,
        before: s,
        after: { ...s, relays: s.id === to ? null : to, modified: now() },
      })
    }
    return changes
  }

  return {
    createClaim: (draft: ClaimDraft) =>
      write(async () => {
        const at = now()
        const record: ClaimRecord = {
          ...draft,
          tags: normaliseTags(draft.tags),
          id: newClaimId(),
          version: 1,
          created: at,
          modified: at,
        }
        return commit([{ table: 'claims', id: record.id, after: record }], 'create')
      }),

    /** With `expectedVersion`, refuses (ClaimChangedError) when the claim moved on since that version. */
    updateClaim: (id: ClaimId, patch: Partial<ClaimDraft>, expectedVersion?: number) =>
      write(async () => {
        const before = await db.claims.get(id)
        if (!before)
          throw new Error('That claim no longer exists; it may have been deleted in another window.')
        if (expectedVersion !== undefined && before.version !== expectedVersion)
          throw new ClaimChangedError(before)
        return commit([{ table: 'claims', id, before, after: bumped(before, patch) }], 'update')
      }),

    bulkUpdate: (ids: readonly ClaimId[], patch: BulkPatch) =>
      write(async () => {
        const changes: Change[] = []
        for (const before of await db.claims.bulkGet([...ids])) {
          if (!before) continue
          const remove = new Set((patch.removeTags ?? []).map((t) => t.toLowerCase()))
          const tags = normaliseTags([
            ...before.tags.filter((t) => !remove.has(t.toLowerCase())),
            ...(patch.addTags ?? []),
          ])
          const next: Partial<ClaimRecord> = { tags }
          if (patch.status) next.status = patch.status
          if (patch.credibility !== undefined) next.credibility = patch.credibility
          if (patch.reliabilityOverride !== undefined) next.reliabilityOverride = patch.reliabilityOverride
          const after = bumped(before, next)
          if (diffFields(before, after).length)
            changes.push({ table: 'claims', id: before.id, before, after })
        }
        return commit(changes, 'update', `Bulk edit of ${ids.length} claims`)
      }),

    /** Deletes a claim and the links other claims hold to it, so nothing points nowhere. */
    deleteClaim: (id: ClaimId) =>
      write(async () => {
        const before = await db.claims.get(id)
        if (!before) return []
        const changes: Change[] = [{ table: 'claims', id, before }]
        for (const other of await db.claims.filter((c) => c.links.some((l) => l.target === id)).toArray()) {
          changes.push({
            table: 'claims',
            id: other.id,
            before: other,
            after: bumped(other, { links: other.links.filter((l) => l.target !== id) }),
          })
        }
        return commit(changes, 'delete')
      }),

    createSource: (draft: SourceDraft) =>
      write(async () => {
        const clash = await findByName(db, draft.name, null)
        if (clash)
          throw new Error(
            `A source called “${clash.name}” already exists; use it, or add this name as one of its aliases.`,
          )
        const at = now()
        const record: SourceRecord = { ...draft, id: newSourceId(), created: at, modified: at }
        return commit([{ table: 'sources', id: record.id, after: record }], 'create')
      }),

    updateSource: (id: SourceId, draft: SourceDraft) =>
      write(async () => {
        const before = await db.sources.get(id)
        if (!before)
          throw new Error('That source no longer exists; it may have been deleted in another window.')
        const clash = await findByName(db, draft.name, id)
        if (clash) throw new Error(`Another source is already called “${clash.name}”. Merge the two instead.`)
        if (draft.relays && (await relayLeadsTo(db, draft.relays, id)))
          throw new Error('A source cannot relay itself, directly or through others.')
        return commit(
          [{ table: 'sources', id, before, after: { ...before, ...draft, modified: now() } }],
          'update',
        )
      }),

    /** Refuses while claims or relays use the source (SourceInUseError). */
    deleteSource: (id: SourceId) =>
      write(async () => {
        const before = await db.sources.get(id)
        if (!before) return []
        const claims = (await claimsUsing(id)).length
        const relays = await db.sources.filter((s) => s.relays === id).count()
        if (claims || relays) throw new SourceInUseError(before.name, claims, relays)
        return commit([{ table: 'sources', id, before }], 'delete')
      }),

    reassignAndDelete: (id: SourceId, to: SourceId) =>
      write(async () => {
        const before = await db.sources.get(id)
        const target = await db.sources.get(to)
        if (!before || !target || id === to)
          throw new Error('Choose another existing source to move the claims to.')
        const moved = await moveUses(id, to)
        return commit(
          [...moved, { table: 'sources', id, before }],
          'delete',
          `Claims and relays moved to “${target.name}”`,
        )
      }),

    /** Merges `from` into `into`: claims and relays move, names become aliases, nothing is lost. */
    mergeSources: (from: SourceId, into: SourceId) =>
      write(async () => {
        const a = await db.sources.get(from)
        const b = await db.sources.get(into)
        if (!a || !b || from === into) throw new Error('Choose two different existing sources to merge.')
        const seen = new Set([nameKey(b.name), ...b.aliases.map(nameKey)])
        const aliases = [...b.aliases]
        for (const n of [a.name, ...a.aliases]) {
          if (seen.has(nameKey(n))) continue
          seen.add(nameKey(n))
          aliases.push(n)
        }
        const merged: SourceRecord = {
          ...b,
          aliases,
          notes: [b.notes, a.notes && `From “${a.name}”: ${a.notes}`].filter(Boolean).join('\n\n'),
          defaultReliability: b.defaultReliability ?? a.defaultReliability,
          relays: b.relays === from ? null : b.relays,
          modified: now(),
        }
        const moved = (await moveUses(from, into)).filter((c) => c.id !== into)
        return commit(
          [
            ...moved,
            { table: 'sources', id: into, before: b, after: merged },
            { table: 'sources', id: from, before: a },
          ],
          'merge',
          `“${a.name}” merged into “${b.name}”`,
        )
      }),

    /**
     * One record's audit trail, oldest first. With the compound index
     * [entityId+at] (store version 3) the entries come out of the index in
     * time order, a range scan of just this record's keys; without it, the
     * entityId index finds them and they are sorted here. Either way the
     * cost follows the record's own entries, not the table's 500,000.
     */
    auditFor: (id: string): Promise<AuditRecord[]> =>
      db.audit.schema.idxByName['[entityId+at]']
        ? db.audit.where('[entityId+at]').between([id, Dexie.minKey], [id, Dexie.maxKey]).toArray()
        : db.audit.where('entityId').equals(id).sortBy('at'),
  }
}

async function findByName(db: WorkbenchDB, name: string, except: SourceId | null) {
  const key = nameKey(name)
  return db.sources
    .filter((s) => s.id !== except && (nameKey(s.name) === key || s.aliases.some((a) => nameKey(a) === key)))
    .first()
}

async function relayLeadsTo(db: WorkbenchDB, start: SourceId, target: SourceId): Promise<boolean> {
  const seen = new Set<SourceId>()
  for (
    let id: SourceId | null = start;
    id && !seen.has(id);
    id = (await db.sources.get(id))?.relays ?? null
  ) {
    if (id === target) return true
    seen.add(id)
  }
  return false
}
