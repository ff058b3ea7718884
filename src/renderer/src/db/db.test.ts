// The store against fake-indexeddb: schema, seeding, repositories, undoable
// deletes and the quota error path.
import { afterEach, describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import { blocksFromPlainText, emptyMeta } from '@shared/domain/document'
import { describeRange } from '@shared/anchoring'
import { WorkbenchDB } from './db'
import { annotationsRepo } from './annotations-repo'
import { buildDocument, documentsRepo, EmptyDocumentError } from './documents-repo'
import { seedSampleOnce } from './seed'
import type { CaseId } from '@shared/domain/ids'

const caseId = 'case-1' as CaseId
import { guardWrite, isQuotaError, StorageFullError } from './errors'

const sample = readFileSync(new URL('../../../../resources/sample-article.txt', import.meta.url), 'utf8')
let dbs: WorkbenchDB[] = []
const freshDb = () => {
  const db = new WorkbenchDB(`test-${crypto.randomUUID()}`)
  dbs.push(db)
  return db
}
afterEach(async () => {
  await Promise.all(dbs.map((db) => db.delete()))
  dbs = []
})

describe('seeding', () => {
  it('adds the sample article once, byte for byte, with its known details', async () => {
    const db = freshDb()
    const id = await seedSampleOnce(db, sample)
    expect(id).toBeTruthy()
    expect(await seedSampleOnce(db, sample)).toBeNull()
    const docs = await db.documents.toArray()
    expect(docs).toHaveLength(1)
    expect(docs[0]!.text).toBe(sample)
    expect(docs[0]).toMatchObject({ outlet: 'NBC News', published: '2024-12-06', wordCount: 362 })
    expect(docs[0]!.textHash).toMatch(/^[0-9a-f]{64}$/)
    // A fresh install opens on the sample article's own case.
    const [home] = await db.cases.toArray()
    expect(home).toMatchObject({ name: 'Thousands flee Homs as rebels push south', archived: false })
    expect(docs[0]!.caseId).toBe(home!.id)
    expect((await db.settings.get('openCaseId'))?.value).toBe(home!.id)
  })

  it('does not bring the sample back after it was deleted', async () => {
    const db = freshDb()
    const id = await seedSampleOnce(db, sample)
    await documentsRepo(db).remove(id as never)
    expect(await seedSampleOnce(db, sample)).toBeNull()
    expect(await db.documents.count()).toBe(0)
  })
})

describe('documents and annotations', () => {
  it('refuses a document with no text', async () => {
    await expect(
      buildDocument(blocksFromPlainText('  \n\n '), { ...emptyMeta, title: 'x' }, caseId),
    ).rejects.toBeInstanceOf(EmptyDocumentError)
  })

  it('deletes a document with its annotations and restores both', async () => {
    const db = freshDb()
    const docs = documentsRepo(db)
    const notes = annotationsRepo(db)
    const doc = await buildDocument(blocksFromPlainText(sample), { ...emptyMeta, title: 'Homs' }, caseId)
    await docs.add(doc)
    const start = sample.indexOf('Neil Quilliam')
    const a = await notes.create(doc, describeRange(sample, start, start + 13), {
      note: ' Expert ',
      tags: ['actor:Chatham', ' ', 'ACTOR:chatham', 'x'],
    })
    expect(a.note).toBe('Expert')
    expect(a.tags).toEqual(['actor:Chatham', 'x'])
    expect((await docs.listWithCounts(caseId))[0]!.annotationCount).toBe(1)

    const removed = await docs.remove(doc.id)
    expect(await db.documents.count()).toBe(0)
    expect(await db.annotations.count()).toBe(0)
    expect(removed).toEqual({ doc, annotations: [a] })
  })

  it('edits only metadata, never the text', async () => {
    const db = freshDb()
    const doc = await buildDocument(blocksFromPlainText('One.'), { ...emptyMeta, title: 'A' }, caseId)
    await documentsRepo(db).add(doc)
    await documentsRepo(db).updateMeta(doc.id, { ...emptyMeta, title: 'B', text: 'changed' } as never)
    const after = await db.documents.get(doc.id)
    expect(after).toMatchObject({ title: 'B', text: 'One.' })
  })

  it('lists every tag in use in a case for completion', async () => {
    const db = freshDb()
    const doc = await buildDocument(
      blocksFromPlainText('Alpha beta gamma.'),
      { ...emptyMeta, title: 'A' },
      caseId,
    )
    const notes = annotationsRepo(db)
    await notes.create(doc, describeRange(doc.text, 0, 5), {
      note: '',
      tags: ['place:Homs', 'displacement'],
    })
    await notes.create(doc, describeRange(doc.text, 6, 10), {
      note: '',
      tags: ['displacement', 'Actor:HTS'],
    })
    await notes.create({ id: doc.id, caseId: 'other' as CaseId }, describeRange(doc.text, 0, 5), {
      note: '',
      tags: ['elsewhere'],
    })
    expect(await notes.tagsOfCase(caseId)).toEqual(['Actor:HTS', 'displacement', 'place:Homs'])
  })
})

describe('storage errors', () => {
  it('turns a quota error, bare or wrapped by Dexie, into a clear message', async () => {
    const quota = new DOMException('full', 'QuotaExceededError')
    expect(isQuotaError(quota)).toBe(true)
    expect(isQuotaError({ name: 'AbortError', inner: quota })).toBe(true)
    expect(isQuotaError(new Error('other'))).toBe(false)
    await expect(
      guardWrite(() => Promise.reject({ name: 'AbortError', inner: quota })),
    ).rejects.toBeInstanceOf(StorageFullError)
    await expect(guardWrite(() => Promise.reject(new Error('other')))).rejects.toThrow('other')
  })
})
