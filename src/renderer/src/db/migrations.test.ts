// Each schema version upgrades data from every earlier one and loses nothing.
// The fixtures are the databases exactly as earlier versions of the app wrote
// them; a new version adds its own fixture here.
import { afterEach, describe, expect, it } from 'vitest'
import { Dexie } from 'dexie'
import { WorkbenchDB } from './db'

const names: string[] = []
afterEach(async () => {
  await Promise.all(names.splice(0).map((n) => Dexie.delete(n)))
})

const at = '2024-12-06T00:00:00Z'
const doc = {
  id: 'd1',
  title: 'Thousands flee Homs as rebels push south',
  text: 'Thousands fled.',
  blocks: ['p'],
  textHash: 'x',
  wordCount: 2,
  created: at,
  modified: at,
  outlet: '',
  author: '',
  url: '',
  published: '',
  retrieved: '',
}
const later = { ...doc, id: 'd2', title: 'A later report', created: '2024-12-08T00:00:00Z' }
const annotation = {
  id: 'a1',
  documentId: 'd1',
  selectors: {
    quote: { type: 'TextQuoteSelector', exact: 'Thousands', prefix: '', suffix: ' fled.' },
    position: { type: 'TextPositionSelector', start: 0, end: 9 },
  },
  note: 'n',
  tags: ['place:Homs'],
  created: at,
  modified: at,
}
const source = {
  id: 's1',
  name: 'SOHR',
  aliases: ['the Observatory'],
  kind: 'organisation',
  affiliation: '',
  partisan: false,
  defaultReliability: 'B',
  reliabilityRationale: '',
  relays: null,
  url: '',
  notes: '',
  created: at,
  modified: at,
}
const claim = {
  id: 'c1',
  statement: 'Thousands fled Homs',
  type: 'reported-fact',
  attributedTo: 's1',
  reportedVia: null,
  occurred: '',
  reported: '',
  places: ['Homs'],
  status: 'unverified',
  tags: [],
  notes: '',
  anchors: [{ documentId: 'd1', selectors: annotation.selectors }],
  reliabilityOverride: null,
  credibility: '2',
  likelihood: null,
  confidence: null,
  links: [],
  version: 3,
  created: at,
  modified: at,
}
const audit = {
  id: 'e1',
  entity: 'claim',
  entityId: 'c1',
  at,
  who: 'A. Analyst',
  action: 'create',
  changes: [],
  note: '',
}
const briefing = {
  id: 'b1',
  title: 'Homs',
  marking: 'UNCLASSIFIED',
  author: '',
  date: '',
  audience: '',
  bottomLine: '',
  keyJudgments: [],
  outlook: '',
  alternativeViews: '',
  citedClaims: [{ claimId: 'c1', version: 3 }],
  pageSize: 'A4',
  created: at,
  modified: at,
}

/** The database exactly as version 1 of the app created it. */
async function version1(name: string) {
  const v1 = new Dexie(name)
  v1.version(1).stores({
    documents: 'id, title, created, modified',
    annotations: 'id, documentId, *tags, created',
    settings: 'key',
  })
  await v1.table('documents').bulkAdd([doc, later])
  await v1.table('annotations').add(annotation)
  await v1.table('settings').add({ key: 'sampleSeeded', value: true })
  v1.close()
}

/** The database exactly as version 2 (the ledger, before cases) created it. */
async function version2(name: string) {
  const v2 = new Dexie(name)
  v2.version(1).stores({
    documents: 'id, title, created, modified',
    annotations: 'id, documentId, *tags, created',
    settings: 'key',
  })
  v2.version(2).stores({
    claims: 'id, attributedTo, reportedVia, status, credibility, modified',
    sources: 'id, name, *aliases',
    audit: 'id, entityId, at',
    briefings: 'id, modified',
    backups: 'id, at',
  })
  await v2.table('documents').bulkAdd([doc, later])
  await v2.table('annotations').add(annotation)
  await v2.table('sources').add(source)
  await v2.table('claims').add(claim)
  await v2.table('audit').add(audit)
  await v2.table('briefings').add(briefing)
  await v2.table('settings').add({ key: 'analystName', value: 'A. Analyst' })
  v2.close()
}

/** The database exactly as version 3 (cases) created it. */
async function version3(name: string) {
  const v3 = new Dexie(name)
  v3.version(3).stores({
    documents: 'id, caseId, created',
    annotations: 'id, documentId, caseId, *tags',
    settings: 'key',
    claims: 'id, caseId, [attributedTo+caseId], reportedVia, *documentIds',
    sources: 'id, name, *aliases',
    audit: 'id, [entityId+at]',
    briefings: 'id, caseId, modified',
    backups: 'id, at',
    cases: 'id, modified',
    originals: 'id',
    achMatrices: 'id, caseId, modified',
    suggestionDecisions: 'id, documentId',
  })
  await v3.table('cases').add({ id: 'k1', name: 'Homs', created: at, modified: at })
  await v3.table('documents').bulkAdd([doc, later].map((d) => ({ ...d, caseId: 'k1' })))
  await v3.table('sources').add(source)
  await v3.table('claims').add({ ...claim, caseId: 'k1', documentIds: ['d1'] })
  await v3.table('audit').add(audit)
  v3.close()
}

async function upgraded(write: (name: string) => Promise<void>) {
  const name = `migrate-${crypto.randomUUID()}`
  names.push(name)
  await write(name)
  const db = new WorkbenchDB(name)
  await db.open()
  return db
}

describe('schema upgrades to the current version', () => {
  it('from version 1: every document, annotation and setting kept, in one case named after the first document', async () => {
    const db = await upgraded(version1)
    expect(db.verno).toBe(4)
    const [home] = await db.cases.toArray()
    expect(home).toMatchObject({ name: 'Thousands flee Homs as rebels push south', archived: false })
    expect(await db.documents.toArray()).toEqual([
      { ...doc, caseId: home!.id },
      { ...later, caseId: home!.id },
    ])
    expect(await db.annotations.toArray()).toEqual([{ ...annotation, caseId: home!.id }])
    expect(await db.annotations.where('tags').equals('place:Homs').count()).toBe(1)
    expect(await db.settings.get('sampleSeeded')).toEqual({ key: 'sampleSeeded', value: true })
    expect((await db.settings.get('openCaseId'))?.value).toBe(home!.id)
    expect(await db.claims.count()).toBe(0)
    db.close()
  })

  it('from version 2: the ledger and briefings kept whole, claims indexed by the documents they rest on', async () => {
    const db = await upgraded(version2)
    const [home] = await db.cases.toArray()
    const caseId = home!.id
    expect(await db.cases.count()).toBe(1)
    expect(await db.claims.toArray()).toEqual([{ ...claim, caseId, documentIds: ['d1'] }])
    expect(await db.sources.toArray()).toEqual([source])
    expect(await db.audit.toArray()).toEqual([audit])
    expect(await db.briefings.toArray()).toEqual([{ ...briefing, caseId }])
    expect(await db.documents.where('caseId').equals(caseId).count()).toBe(2)
    expect(await db.claims.where('documentIds').equals('d1').count()).toBe(1)
    expect(await db.claims.where('caseId').equals(caseId).count()).toBe(1)
    expect(
      await db.audit.where('[entityId+at]').between(['c1', Dexie.minKey], ['c1', Dexie.maxKey]).count(),
    ).toBe(1)
    expect(await db.settings.get('analystName')).toEqual({ key: 'analystName', value: 'A. Analyst' })
    db.close()
  })

  it('from version 3: everything kept; claims paged by [caseId+id], documents listed by title', async () => {
    const db = await upgraded(version3)
    expect(await db.claims.toArray()).toEqual([{ ...claim, caseId: 'k1', documentIds: ['d1'] }])
    expect(await db.documents.count()).toBe(2)
    expect(await db.sources.toArray()).toEqual([source])
    expect(await db.audit.toArray()).toEqual([audit])
    expect(
      await db.claims.where('[caseId+id]').between(['k1', Dexie.minKey], ['k1', Dexie.maxKey]).primaryKeys(),
    ).toEqual(['c1'])
    expect(await db.documents.orderBy('title').keys()).toEqual(['A later report', doc.title])
    db.close()
  })
})
