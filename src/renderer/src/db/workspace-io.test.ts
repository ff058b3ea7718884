// Workspace and W3C files through the store: an exported workspace imported
// into an empty store comes back identical; a bad file changes nothing; an
// import is backed up first; W3C annotations re-anchor onto the same text.
import { afterEach, describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import { describeRange } from '@shared/anchoring'
import { emptyClaimDraft } from '@shared/domain/claim'
import { blocksFromPlainText, emptyMeta } from '@shared/domain/document'
import { emptySourceDraft } from '@shared/domain/source'
import { WorkbenchDB } from './db'
import { annotationsRepo } from './annotations-repo'
import { buildDocument, documentsRepo } from './documents-repo'
import { ledgerRepo } from './ledger-repo'
import {
  collectWorkspace,
  exportW3C,
  exportWorkspace,
  importW3C,
  importWorkspace,
  restoreBackup,
} from './workspace-io'

const sample = readFileSync(new URL('../../../../resources/sample-article.txt', import.meta.url), 'utf8')
const dbs: WorkbenchDB[] = []
afterEach(async () => {
  await Promise.all(dbs.splice(0).map((db) => db.delete()))
})
const fresh = () => {
  const db = new WorkbenchDB(`io-${crypto.randomUUID()}`)
  dbs.push(db)
  return db
}

async function seeded() {
  const db = fresh()
  const doc = await buildDocument(blocksFromPlainText(sample), {
    ...emptyMeta,
    title: 'Homs',
    outlet: 'NBC News',
  })
  await documentsRepo(db).add(doc)
  const at = sample.indexOf('Neil Quilliam')
  await annotationsRepo(db).create(doc.id, describeRange(sample, at, at + 13), {
    note: 'Expert',
    tags: ['actor:Chatham House'],
  })
  const ledger = ledgerRepo(db, () => 'A. Analyst')
  const [s] = await ledger.createSource({ ...emptySourceDraft, name: 'SOHR', defaultReliability: 'B' })
  const start = sample.indexOf('Thousands of people')
  await ledger.createClaim({
    ...emptyClaimDraft,
    statement: 'Thousands fled Homs',
    attributedTo: s!.id as never,
    credibility: '2',
    likelihood: { scale: 'icd203', term: 'likely' },
    confidence: 'moderate',
    anchors: [{ documentId: doc.id, selectors: describeRange(sample, start, start + 53) }],
  })
  return { db, doc }
}

describe('workspace files', () => {
  it('an exported workspace, imported into an empty store, comes back identical', async () => {
    const { db } = await seeded()
    const file = await exportWorkspace(db)
    const other = fresh()
    const outcome = await importWorkspace(other, file, 'B. Colleague')
    expect(outcome.ok).toBe(true)
    expect(await collectWorkspace(other)).toEqual(await collectWorkspace(db))
  })

  it('a file that fails validation changes nothing and names the record and field', async () => {
    const { db } = await seeded()
    const before = await collectWorkspace(db)
    const file = JSON.parse(await exportWorkspace(db))
    file.claims[0].credibility = '9'
    const outcome = await importWorkspace(db, JSON.stringify(file), 'x')
    expect(outcome).toEqual({
      ok: false,
      error: expect.stringMatching(
        /^claims\[0\].*credibility: Credibility must be one of 1, 2, 3, 4, 5 or 6/,
      ),
    })
    expect(await collectWorkspace(db)).toEqual(before)
    expect(await db.backups.count()).toBe(0)
  })

  it('keeps the newer record, audits the replaced one, and backs up first so the import can be undone', async () => {
    const { db } = await seeded()
    const file = JSON.parse(await exportWorkspace(db))
    file.claims[0].status = 'corroborated'
    file.claims[0].modified = '2999-01-01T00:00:00.000Z'
    const before = await collectWorkspace(db)
    const outcome = await importWorkspace(db, JSON.stringify(file), 'B. Colleague')
    expect(outcome.ok && outcome.summary.join(' ')).toMatch(/claims/i)
    const claim = (await db.claims.toArray())[0]!
    expect(claim.status).toBe('corroborated')
    const trail = await db.audit.where('entityId').equals(claim.id).toArray()
    expect(trail.map((e) => e.action).sort()).toEqual(['create', 'import'])
    expect(trail.find((e) => e.action === 'import')).toMatchObject({
      who: 'B. Colleague',
      changes: expect.arrayContaining([{ field: 'status', before: 'unverified', after: 'corroborated' }]),
    })
    const [backup] = await db.backups.toArray()
    await restoreBackup(db, backup!.id)
    expect(await collectWorkspace(db)).toEqual(before)
  })
})

describe('W3C Web Annotation', () => {
  it('re-anchors exported annotations onto the same document, once', async () => {
    const { db, doc } = await seeded()
    const { json, count } = await exportW3C(db)
    expect(count).toBe(2)
    const parsed = JSON.parse(json)
    const claimTags = parsed.first.items[1].body
      .filter((b: { purpose: string }) => b.purpose === 'tagging')
      .map((b: { value: string }) => b.value)
    expect(claimTags).toEqual(
      expect.arrayContaining([
        'admiralty-scale:source-reliability="b"',
        'admiralty-scale:information-credibility="2"',
        'estimative-language:likelihood-probability="likely"',
        'estimative-language:confidence-in-analytic-judgment="moderate"',
      ]),
    )
    await db.annotations.clear()
    expect(await importW3C(db, json)).toMatchObject({ ok: true, added: 1, skipped: 1, orphaned: 0 })
    const [a] = await db.annotations.toArray()
    expect(a).toMatchObject({ documentId: doc.id, note: 'Expert', tags: ['actor:Chatham House'] })
    expect(a!.selectors.quote.exact).toBe('Neil Quilliam')
    expect(await importW3C(db, json)).toMatchObject({
      ok: true,
      added: 0,
      skipped: 2,
      orphaned: 0,
      changes: [],
    })
    expect(await importW3C(db, '{ not json')).toEqual({ ok: false, error: 'This file is not valid JSON.' })
  })
})
