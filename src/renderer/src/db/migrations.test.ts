// Each schema version upgrades data from the one before and loses nothing.
import { afterEach, describe, expect, it } from 'vitest'
import { Dexie } from 'dexie'
import { WorkbenchDB } from './db'

const names: string[] = []
afterEach(async () => {
  await Promise.all(names.splice(0).map((n) => Dexie.delete(n)))
})

describe('schema v1 → v2', () => {
  it('keeps every document, annotation and setting, and adds the ledger tables', async () => {
    const name = `migrate-${crypto.randomUUID()}`
    names.push(name)
    // The database exactly as version 1 of the app created it.
    const v1 = new Dexie(name)
    v1.version(1).stores({
      documents: 'id, title, created, modified',
      annotations: 'id, documentId, *tags, created',
      settings: 'key',
    })
    const doc = {
      id: 'd1',
      title: 'Homs',
      text: 'Thousands fled.',
      blocks: ['p'],
      textHash: 'x',
      wordCount: 2,
      created: '2024-12-06T00:00:00Z',
      modified: '2024-12-06T00:00:00Z',
      outlet: '',
      author: '',
      url: '',
      published: '',
      retrieved: '',
    }
    const annotation = {
      id: 'a1',
      documentId: 'd1',
      selectors: {
        quote: { type: 'TextQuoteSelector', exact: 'Thousands', prefix: '', suffix: ' fled.' },
        position: { type: 'TextPositionSelector', start: 0, end: 9 },
      },
      note: 'n',
      tags: ['place:Homs'],
      created: '2024-12-06T00:00:00Z',
      modified: '2024-12-06T00:00:00Z',
    }
    await v1.table('documents').add(doc)
    await v1.table('annotations').add(annotation)
    await v1.table('settings').add({ key: 'sampleSeeded', value: true })
    v1.close()

    const v2 = new WorkbenchDB(name)
    await v2.open()
    expect(v2.verno).toBe(2)
    expect(await v2.documents.toArray()).toEqual([doc])
    expect(await v2.annotations.toArray()).toEqual([annotation])
    expect(await v2.annotations.where('tags').equals('place:Homs').count()).toBe(1)
    expect(await v2.settings.get('sampleSeeded')).toEqual({ key: 'sampleSeeded', value: true })
    expect(await v2.claims.count()).toBe(0)
    expect(await v2.sources.count()).toBe(0)
    expect(await v2.audit.count()).toBe(0)
    expect(await v2.briefings.count()).toBe(0)
    v2.close()
  })
})
