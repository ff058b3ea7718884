// Claims and sources against fake-indexeddb: audit entries, merges,
// reassignment, deletes that leave nothing dangling, undo.
import { afterEach, describe, expect, it } from 'vitest'
import { emptyClaimDraft, type ClaimRecord } from '@shared/domain/claim'
import type { CaseId, ClaimId, SourceId } from '@shared/domain/ids'
import { emptySourceDraft, type SourceRecord } from '@shared/domain/source'
import { WorkbenchDB } from './db'
import { historyRepo } from './history'
import { ledgerRepo, SourceInUseError } from './ledger-repo'

const dbs: WorkbenchDB[] = []
afterEach(async () => {
  await Promise.all(dbs.splice(0).map((db) => db.delete()))
})
function setup() {
  const db = new WorkbenchDB(`ledger-${crypto.randomUUID()}`)
  dbs.push(db)
  const repo = ledgerRepo(db, () => 'A. Analyst')
  const source = async (name: string, extra: Partial<SourceRecord> = {}) =>
    (await repo.createSource({ ...emptySourceDraft, name, ...extra }))[0]!.after as SourceRecord
  const claim = async (statement: string, attributedTo: SourceId, extra: Partial<ClaimRecord> = {}) =>
    (
      await repo.createClaim({ ...emptyClaimDraft, statement, attributedTo, ...extra }, 'case-1' as CaseId)
    )[0]!.after as ClaimRecord
  return { db, repo, source, claim }
}

describe('ledger repository', () => {
  it('audits every change with who, when, and each field before and after', async () => {
    const { repo, source, claim } = setup()
    const sohr = await source('SOHR', { defaultReliability: 'B' })
    const c = await claim('Thousands fled Homs', sohr.id)
    await repo.updateClaim(c.id, { status: 'corroborated', credibility: '2' })
    const trail = await repo.auditFor(c.id)
    expect(trail.map((e) => e.action)).toEqual(['create', 'update'])
    expect(trail[1]).toMatchObject({ who: 'A. Analyst', entity: 'claim' })
    expect(trail[1]!.changes).toEqual([
      { field: 'status', before: 'unverified', after: 'corroborated' },
      { field: 'credibility', before: null, after: '2' },
    ])
  })

  it('counts versions up with each change', async () => {
    const { db, repo, source, claim } = setup()
    const c = await claim('x', (await source('S')).id)
    await repo.updateClaim(c.id, { notes: 'a' })
    await repo.updateClaim(c.id, { notes: 'b' })
    expect((await db.claims.get(c.id))!.version).toBe(3)
  })

  it('will not delete a source in use, and says how it is used', async () => {
    const { repo, source, claim } = setup()
    const sohr = await source('SOHR')
    await source('NBC News', { relays: sohr.id })
    await claim('Thousands fled', sohr.id)
    const error = await repo.deleteSource(sohr.id).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(SourceInUseError)
    expect((error as Error).message).toBe(
      '“SOHR” is still in use: 1 claim rests on it and 1 source relays it. Reassign them to another source or merge it first.',
    )
  })

  it('reassigns claims and relays, then deletes; nothing points nowhere', async () => {
    const { db, repo, source, claim } = setup()
    const a = await source('Observatory (dup)')
    const b = await source('SOHR')
    const nbc = await source('NBC News', { relays: a.id })
    const c = await claim('Thousands fled', a.id, { reportedVia: nbc.id })
    await repo.reassignAndDelete(a.id, b.id)
    expect(await db.sources.get(a.id)).toBeUndefined()
    expect((await db.claims.get(c.id))!.attributedTo).toBe(b.id)
    expect((await db.sources.get(nbc.id))!.relays).toBe(b.id)
  })

  it('merges two sources: claims move, names become aliases, undo restores both', async () => {
    const { db, repo, source, claim } = setup()
    const obs = await source('the Observatory', {
      aliases: ['a leading monitoring group'],
      notes: 'as cited by NBC',
    })
    const sohr = await source('Syrian Observatory for Human Rights', { defaultReliability: 'B' })
    const c1 = await claim('Thousands fled Homs', obs.id)
    const c2 = await claim('Kurdish forces seized positions', sohr.id)
    const changes = await repo.mergeSources(obs.id, sohr.id)
    const merged = (await db.sources.get(sohr.id))!
    expect(merged.aliases).toEqual(['the Observatory', 'a leading monitoring group'])
    expect(merged.notes).toContain('as cited by NBC')
    expect(await db.sources.count()).toBe(1)
    expect((await db.claims.toArray()).map((c) => c.attributedTo)).toEqual([sohr.id, sohr.id])
    expect((await repo.auditFor(sohr.id)).at(-1)).toMatchObject({
      action: 'merge',
      note: '“the Observatory” merged into “Syrian Observatory for Human Rights”',
    })

    const history = historyRepo(db, () => 'A. Analyst')
    const undone = await history.revert(changes, 'undo', 'merge sources')
    expect(await db.sources.get(obs.id)).toMatchObject({ ...obs, modified: expect.any(String) })
    expect((await db.claims.get(c1.id))!.attributedTo).toBe(obs.id)
    expect((await db.claims.get(c2.id))!.attributedTo).toBe(sohr.id)
    await history.revert(undone, 'redo', 'merge sources')
    expect(await db.sources.count()).toBe(1)
  })

  it('deleting a claim removes the links other claims hold to it', async () => {
    const { db, repo, source, claim } = setup()
    const s = await source('S')
    const a = await claim('a', s.id)
    const b = await claim('b', s.id, { links: [{ type: 'corroborates', target: a.id }] })
    await repo.deleteClaim(a.id)
    expect((await db.claims.get(b.id))!.links).toEqual([])
  })

  it('bulk edits status, tags and grades, one audit entry per claim', async () => {
    const { db, repo, source, claim } = setup()
    const s = await source('S')
    const ids: ClaimId[] = []
    for (const t of ['a', 'b', 'c']) ids.push((await claim(t, s.id, { tags: ['old', 'keep'] })).id)
    await repo.bulkUpdate(ids.slice(0, 2), {
      status: 'disputed',
      addTags: ['homs'],
      removeTags: ['OLD'],
      credibility: '3',
    })
    const rows = await db.claims.bulkGet(ids)
    expect(rows.map((r) => [r!.status, r!.tags, r!.credibility])).toEqual([
      ['disputed', ['keep', 'homs'], '3'],
      ['disputed', ['keep', 'homs'], '3'],
      ['unverified', ['old', 'keep'], null],
    ])
    expect((await repo.auditFor(ids[0]!)).at(-1)!.note).toBe('Bulk edit of 2 claims')
  })

  it('refuses duplicate names and aliases, and relay cycles', async () => {
    const { repo, source } = setup()
    const sohr = await source('SOHR', { aliases: ['the Observatory'] })
    await expect(repo.createSource({ ...emptySourceDraft, name: 'The  observatory' })).rejects.toThrow(
      'A source called “SOHR” already exists',
    )
    const nbc = await source('NBC', { relays: sohr.id })
    await expect(repo.updateSource(sohr.id, { ...sohr, relays: nbc.id })).rejects.toThrow(
      'cannot relay itself',
    )
  })

  it('reads one record’s audit trail in time order, from the compound index', async () => {
    const db = new WorkbenchDB(`audit-${crypto.randomUUID()}`)
    dbs.push(db)
    const entry = (n: number, entityId: string, at: string) => ({
      id: `e${n}`,
      entity: 'claim' as const,
      entityId: entityId as ClaimId,
      at,
      who: 'A. Analyst',
      action: 'update' as const,
      changes: [],
      note: String(n),
    })
    // Stored out of time order, two records interleaved.
    await db.audit.bulkAdd([
      entry(1, 'c1', '2025-01-03T00:00:00.000Z'),
      entry(2, 'c2', '2025-01-01T00:00:00.000Z'),
      entry(3, 'c1', '2025-01-01T00:00:00.000Z'),
      entry(4, 'c1', '2025-01-02T00:00:00.000Z'),
      entry(5, 'c10', '2025-01-01T00:00:00.000Z'),
    ])
    const trail = await ledgerRepo(db, () => 'A. Analyst').auditFor('c1')
    expect(trail.map((e) => e.note)).toEqual(['3', '4', '1'])
  })
})
