// History moves forward: undo and redo write the old content as new versions,
// audited as such, and refuse when the record changed after the action.
import { afterEach, describe, expect, it } from 'vitest'
import { emptyClaimDraft, type ClaimRecord } from '@shared/domain/claim'
import { blocksFromPlainText, emptyMeta } from '@shared/domain/document'
import { emptySourceDraft, type SourceRecord } from '@shared/domain/source'
import { describeRange } from '@shared/anchoring'
import type { CaseId } from '@shared/domain/ids'
import { WorkbenchDB } from './db'
import { annotationsRepo } from './annotations-repo'
import { buildDocument, documentsRepo } from './documents-repo'
import { HistoryConflictError, historyRepo } from './history'
import { auditOf, ledgerRepo } from './ledger-repo'
import { tagsRepo } from './tags-repo'

const dbs: WorkbenchDB[] = []
afterEach(async () => {
  await Promise.all(dbs.splice(0).map((db) => db.delete()))
})

async function setup() {
  const db = new WorkbenchDB(`history-${crypto.randomUUID()}`)
  dbs.push(db)
  const ledger = ledgerRepo(db, () => 'A. Analyst')
  const history = historyRepo(db, () => 'A. Analyst')
  const [source] = await ledger.createSource({ ...emptySourceDraft, name: 'SOHR' })
  const sohr = source!.after as SourceRecord
  const [created] = await ledger.createClaim(
    { ...emptyClaimDraft, statement: 'v1', attributedTo: sohr.id },
    'case-1' as CaseId,
  )
  const claim = created!.after as ClaimRecord
  return { db, ledger, history, claim }
}

describe('history', () => {
  it('undo restores the old content as a new version, later in time, audited as undone', async () => {
    const { db, ledger, history, claim } = await setup()
    const edit = await ledger.updateClaim(claim.id, { statement: 'v2' })
    const v2 = (await db.claims.get(claim.id))!
    const undone = await history.revert(edit, 'undo', 'edit claim')
    const v3 = (await db.claims.get(claim.id))!
    expect(v3.statement).toBe('v1')
    expect(v3.version).toBe(3)
    expect(v3.modified > v2.modified).toBe(true)
    expect(v3.created).toBe(claim.created)
    const trail = await ledger.auditFor(claim.id)
    expect(trail.at(-1)).toMatchObject({
      action: 'undo',
      note: 'Undone: edit claim',
      changes: [{ field: 'statement', before: 'v2', after: 'v1' }],
    })

    await history.revert(undone, 'redo', 'edit claim')
    const v4 = (await db.claims.get(claim.id))!
    expect([v4.statement, v4.version]).toEqual(['v2', 4])
    expect((await ledger.auditFor(claim.id)).at(-1)!.action).toBe('redo')
  })

  it('a claim cited at v2, undone and edited again never comes back as v2 with other content', async () => {
    const { db, ledger, history, claim } = await setup()
    const edit = await ledger.updateClaim(claim.id, { statement: 'cited wording' })
    const cited = (await db.claims.get(claim.id))!.version
    await history.revert(edit, 'undo', 'edit claim')
    await ledger.updateClaim(claim.id, { statement: 'different wording' })
    const now = (await db.claims.get(claim.id))!
    expect(now.version).not.toBe(cited)
    expect(now.version).toBeGreaterThan(cited)
  })

  it('refuses to undo a change the record has moved on from, writing nothing', async () => {
    const { db, ledger, history, claim } = await setup()
    const first = await ledger.updateClaim(claim.id, { statement: 'mine' })
    await ledger.updateClaim(claim.id, { notes: 'made in another window' })
    const before = await db.claims.get(claim.id)
    const error = await history.revert(first, 'undo', 'edit claim').catch((e: unknown) => e)
    expect(error).toBeInstanceOf(HistoryConflictError)
    expect((error as Error).message).toBe(
      '“edit claim” cannot be undone: the claim “mine” changed after it (perhaps in another window). It has been taken off the undo history; nothing was changed.',
    )
    expect(await db.claims.get(claim.id)).toEqual(before)
  })

  it('an undone delete brings the record back as a new change', async () => {
    const { db, ledger, history, claim } = await setup()
    const deleted = await ledger.deleteClaim(claim.id)
    await history.revert(deleted, 'undo', 'delete claim')
    const back = (await db.claims.get(claim.id))!
    expect(back.statement).toBe('v1')
    expect(back.version).toBe(2)
  })

  it('will not undo a document import once annotations rest on it', async () => {
    const { db, history } = await setup()
    const doc = await buildDocument(
      blocksFromPlainText('Alpha beta.'),
      { ...emptyMeta, title: 'B' },
      'case-1' as CaseId,
    )
    await documentsRepo(db).add(doc)
    await annotationsRepo(db).create(doc, describeRange(doc.text, 0, 5), { note: '', tags: [] })
    const error = await history
      .revert([{ table: 'documents', id: doc.id, after: doc }], 'undo', 'import “B”')
      .catch((e: unknown) => e)
    expect((error as Error).message).toContain('“B” has annotations or claims made since')
    expect(await db.documents.count()).toBe(1)
  })
})

describe('tag edits', () => {
  it('rename a tag on every annotation and claim of the case, audited, and undo it in one step', async () => {
    const { db, ledger, history, claim } = await setup()
    await ledger.updateClaim(claim.id, { tags: ['place:Homs'] })
    const doc = await buildDocument(
      blocksFromPlainText('Alpha beta.'),
      { ...emptyMeta, title: 'B' },
      'case-1' as CaseId,
    )
    await documentsRepo(db).add(doc)
    const note = await annotationsRepo(db).create(doc, describeRange(doc.text, 0, 5), {
      note: '',
      tags: ['PLACE:homs', 'x'],
    })
    const repo = tagsRepo(db, () => 'A. Analyst')
    const changes = await repo.replace('case-1' as CaseId, 'place:Homs', 'place:Hims', 'Renamed')
    expect(changes).toHaveLength(2)
    expect((await db.annotations.get(note.id))!.tags).toEqual(['place:Hims', 'x'])
    expect((await db.claims.get(claim.id))!.tags).toEqual(['place:Hims'])
    expect((await repo.vocabulary('case-1' as CaseId)).map((t) => [t.tag, t.annotations, t.claims])).toEqual([
      ['x', 1, 0],
      ['place:Hims', 1, 1],
    ])
    expect((await auditOf(db, note.id)).at(-1)).toMatchObject({
      entity: 'annotation',
      changes: [{ field: 'tags', before: ['PLACE:homs', 'x'], after: ['place:Hims', 'x'] }],
    })
    await history.revert(changes, 'undo', 'rename tag')
    expect((await db.annotations.get(note.id))!.tags).toEqual(['PLACE:homs', 'x'])
    expect((await db.claims.get(claim.id))!.tags).toEqual(['place:Homs'])
  })
})
