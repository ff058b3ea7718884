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
import { exportW3C } from './w3c-io'
import { planInputs, writeImport } from './annotation-import'
import { readAnnotationFile } from '@shared/import/annotation-file'
import { planImport } from '@shared/import/import-plan'
import { casesRepo } from './cases-repo'
import { seedSampleOnce } from './seed'
import { collectWorkspace, exportCase, exportWorkspace, importFile, restoreBackup } from './workspace-io'
import type { CaseId, DocumentId } from '@shared/domain/ids'

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

const importWorkspace = (db: WorkbenchDB, text: string, who: string) =>
  importFile(db, text, { kind: 'workspace' }, 'workspace.json', who)

async function seeded() {
  const db = fresh()
  const caseId = (
    await casesRepo(db, () => 'A. Analyst').create({
      name: 'Homs',
      description: 'The advance on Homs',
      marking: 'UNCLASSIFIED',
    })
  )[0]!.id as CaseId
  const doc = await buildDocument(
    blocksFromPlainText(sample),
    { ...emptyMeta, title: 'Homs', outlet: 'NBC News' },
    caseId,
  )
  await documentsRepo(db).add(doc)
  const at = sample.indexOf('Neil Quilliam')
  await annotationsRepo(db).create(doc, describeRange(sample, at, at + 13), {
    note: 'Expert',
    tags: ['actor:Chatham House'],
  })
  const ledger = ledgerRepo(db, () => 'A. Analyst')
  const [s] = await ledger.createSource({ ...emptySourceDraft, name: 'SOHR', defaultReliability: 'B' })
  const start = sample.indexOf('Thousands of people')
  await ledger.createClaim(
    {
      ...emptyClaimDraft,
      statement: 'Thousands fled Homs',
      attributedTo: s!.id as never,
      credibility: '2',
      likelihood: { scale: 'icd203', term: 'likely' },
      confidence: 'moderate',
      anchors: [{ documentId: doc.id, selectors: describeRange(sample, start, start + 53) }],
    },
    caseId,
  )
  return { db, doc, caseId }
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
    const trail = await ledgerRepo(db, () => '').auditFor(claim.id)
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

describe('case files', () => {
  it('a case exported and imported into a fresh profile as a new case exports again identically', async () => {
    const { db, caseId } = await seeded()
    const first = await exportCase(db, caseId)
    const other = fresh()
    await seedSampleOnce(other, sample)
    const outcome = await importFile(other, first, { kind: 'new-case' }, 'homs.case.json', 'B. Colleague')
    expect(outcome).toMatchObject({ ok: true, caseId })
    const strip = (json: string) => ({ ...JSON.parse(json), exportedAt: null })
    expect(strip(await exportCase(other, caseId))).toEqual(strip(first))
    // The sample's own case is untouched beside it.
    expect(await other.cases.count()).toBe(2)
  })

  it('imported twice as a new case, the second copy gets ids of its own and every reference follows', async () => {
    const { db, caseId } = await seeded()
    const file = await exportCase(db, caseId)
    const outcome = await importFile(db, file, { kind: 'new-case' }, 'again.case.json', 'A. Analyst')
    expect(outcome.ok).toBe(true)
    const copy = outcome.ok ? outcome.caseId! : ('' as CaseId)
    expect(copy).not.toBe(caseId)
    const [doc] = await db.documents.where('caseId').equals(copy).toArray()
    const [claim] = await db.claims.where('caseId').equals(copy).toArray()
    const [note] = await db.annotations.where('caseId').equals(copy).toArray()
    const [original] = await db.documents.where('caseId').equals(caseId).toArray()
    expect(doc!.id).not.toBe(original!.id)
    expect(note!.documentId).toBe(doc!.id)
    expect(claim!.anchors[0]!.documentId).toBe(doc!.id)
    expect(claim!.documentIds).toEqual([doc!.id])
    expect(await db.claims.count()).toBe(2)
    // Sources are the desk's, shared: not duplicated.
    expect(await db.sources.count()).toBe(1)
  })

  it('imported into an open case, records join it and merge with what is there', async () => {
    const { db, caseId } = await seeded()
    const file = JSON.parse(await exportCase(db, caseId))
    const other = (await casesRepo(db, () => '').create({ name: 'Other', description: '', marking: '' }))[0]!
      .id as CaseId
    file.claims[0].id = 'c-new'
    file.claims[0].statement = 'A claim only the colleague had'
    const outcome = await importFile(
      db,
      JSON.stringify(file),
      { kind: 'into-case', caseId: other },
      'x.json',
      'B',
    )
    expect(outcome.ok).toBe(true)
    const joined = await db.claims.where('caseId').equals(other).toArray()
    expect(joined.map((c) => c.statement)).toContain('A claim only the colleague had')
  })
})

/** The import path without its worker: read, plan onto the document, write what the plan adds. */
async function importOnto(db: WorkbenchDB, json: string, documentId: DocumentId) {
  const read = readAnnotationFile(json)
  if (!read.ok) throw new Error(read.error)
  const inputs = (await planInputs(db, documentId))!
  const plan = planImport({ file: read.file, ...inputs, takenIds: new Set(inputs.takenIds) })
  const changes = plan.writes.length ? await writeImport(db, inputs.target, plan.writes) : []
  return { counts: plan.counts, changes }
}

describe('W3C Web Annotation', () => {
  it('re-anchors exported annotations onto the same document, once', async () => {
    const { db, doc } = await seeded()
    const { json, count } = await exportW3C(db, doc.caseId)
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
    const first = await importOnto(db, json, doc.id)
    expect(first.counts).toMatchObject({ exact: 1, skipped: 1 })
    const [a] = await db.annotations.toArray()
    expect(a).toMatchObject({ documentId: doc.id, note: 'Expert', tags: ['actor:Chatham House'] })
    expect(a!.selectors.quote.exact).toBe('Neil Quilliam')
    const again = await importOnto(db, json, doc.id)
    expect(again.counts).toMatchObject({ exact: 0, duplicate: 1, skipped: 1 })
    expect(again.changes).toEqual([])
    expect(await db.annotations.count()).toBe(1)
  })
})
