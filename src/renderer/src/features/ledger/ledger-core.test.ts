// The ledger engine against fake-indexeddb, in process: it loads a case's
// claims in chunks, answers the table, matrix, counts and pickers, and follows
// edits made through the ledger repository (one put and its audit entry) by
// the keys Dexie reports, bulk writes and clears by re-reading ranges; over a
// MessageChannel it answers the same through the worker transport.
import { afterEach, describe, expect, it, vi } from 'vitest'
import { buildCorroborationIndex, corroborationFor } from '@shared/analysis/corroboration'
import { emptyClaimDraft, type ClaimRecord } from '@shared/domain/claim'
import type { CaseId, ClaimId, DocumentId, SourceId } from '@shared/domain/ids'
import { emptySourceDraft, type SourceRecord } from '@shared/domain/source'
import { WorkbenchDB, withDocumentIds } from '../../db/db'
import { ledgerRepo } from '../../db/ledger-repo'
import type { TableQuery } from '../table/engine/query'
import type { LedgerStatus } from './ledger-api'
import { LedgerCore } from './ledger-core'
import { connectLedger, serveLedger } from './ledger-rpc'

const none: TableQuery = { sorting: [], columnFilters: [], globalFilter: '', grouping: [], expanded: {} }
const all = { start: 0, end: 1000 }

const cleanup: (() => Promise<void> | void)[] = []
afterEach(async () => {
  for (const done of cleanup.splice(0).reverse()) await done()
})

const sohrId = 's-sohr' as SourceId
const nbcId = 's-nbc' as SourceId
const source = (id: SourceId, name: string, extra: Partial<SourceRecord> = {}): SourceRecord => ({
  ...emptySourceDraft,
  id,
  name,
  created: '2025-01-01T00:00:00.000Z',
  modified: '2025-01-01T00:00:00.000Z',
  ...extra,
})
const claim = (n: number, extra: Partial<ClaimRecord> = {}) =>
  withDocumentIds({
    ...emptyClaimDraft,
    caseId: 'case-a' as CaseId,
    id: `c${String(n).padStart(3, '0')}` as ClaimId,
    statement: `Claim ${n}`,
    attributedTo: n % 2 ? sohrId : nbcId,
    credibility: '2',
    status: n % 3 ? 'unverified' : 'disputed',
    version: 1,
    created: '2025-01-01T00:00:00.000Z',
    modified: `2025-01-01T00:00:${String(n % 60).padStart(2, '0')}.000Z`,
    ...extra,
  } as ClaimRecord)

async function setup(
  count = 20,
  Store: typeof WorkbenchDB = WorkbenchDB,
  extra: (n: number) => object = () => ({}),
) {
  const name = `ledger-core-${crypto.randomUUID()}`
  const db = new Store(name)
  await db.sources.bulkAdd([source(sohrId, 'SOHR', { defaultReliability: 'B' }), source(nbcId, 'NBC News')])
  await db.claims.bulkAdd(Array.from({ length: count }, (_, i) => claim(i, extra(i))))
  const events: LedgerStatus[] = []
  const core = new LedgerCore(
    () => new Store(name),
    (s) => events.push(s),
    { chunk: 7 },
  )
  cleanup.push(async () => {
    core.close()
    await db.delete()
  })
  return { db, core, events, repo: ledgerRepo(db, () => 'A. Analyst') }
}
const ids = (rows: readonly { key: string }[]) => rows.map((r) => r.key)

describe('ledger engine', () => {
  it('loads every claim in chunks, telling its progress, and answers the claims table', async () => {
    const { core, events } = await setup(20)
    const status = await core.open(null)
    expect(status).toMatchObject({ loading: false, loaded: 20, total: 20 })
    // 20 claims in chunks of 7: news after the first chunks while loading, then once loaded.
    expect(events.some((e) => e.loading && e.loaded === 7)).toBe(true)
    expect(events.at(-1)).toMatchObject({ loading: false, loaded: 20 })
    const result = await core.query(
      {
        ...none,
        columnFilters: [{ id: 'status', value: ['disputed'] }],
        sorting: [{ id: 'statement', desc: true }],
      },
      all,
    )
    expect(result.matched).toBe(7)
    expect(ids(result.rows)).toEqual(['c009', 'c006', 'c003', 'c018', 'c015', 'c012', 'c000'])
    expect(result.rows[0]).toMatchObject({ row: { source: 'SOHR', grade: 'B2', reliability: 'B' } })
    expect(await core.matrix()).toEqual({ counts: { B2: 10 }, ungraded: 10 })
    const sources = await core.sourceRows()
    expect(sources.map((s) => [s.name, s.claims])).toEqual([
      ['NBC News', 10],
      ['SOHR', 10],
    ])
  })

  it('follows one edit through the repository: the claim is read again by key, its row changes in place', async () => {
    const { core, events, repo } = await setup(20)
    await core.open(null)
    const q = { ...none, columnFilters: [{ id: 'status', value: ['corroborated'] }] }
    expect((await core.query(q, all)).matched).toBe(0)
    const seen = events.length
    await repo.updateClaim('c004' as ClaimId, { status: 'corroborated', statement: 'Claim four, edited' })
    await vi.waitFor(async () => expect((await core.query(q, all)).matched).toBe(1))
    expect(events.length).toBeGreaterThan(seen)
    const row = (await core.query(q, all)).rows[0]!
    expect(row).toMatchObject({
      id: 'c004',
      row: { statement: 'Claim four, edited', status: 'corroborated' },
    })
    expect((await core.sourceRows()).find((s) => s.name === 'NBC News')!.corroborated).toBeCloseTo(0.1)
    expect((await core.versions(['c004', 'c005', 'gone'])).join()).toBe('2,1,-1')

    await repo.deleteClaim('c004' as ClaimId)
    await vi.waitFor(async () => expect((await core.query(none, all)).total).toBe(19))
    expect((await core.query(q, all)).matched).toBe(0)
    expect(await core.matrix()).toEqual({ counts: { B2: 10 }, ungraded: 9 })
  })

  it('keeps an edit made while it is still loading', async () => {
    const { core, repo } = await setup(40)
    const opening = core.open(null)
    await repo.updateClaim('c038' as ClaimId, { statement: 'Edited while loading' })
    await repo.deleteClaim('c039' as ClaimId)
    await opening
    await vi.waitFor(async () =>
      expect((await core.query({ ...none, globalFilter: 'edited while loading' }, all)).matched).toBe(1),
    )
    await vi.waitFor(async () => expect((await core.query(none, all)).total).toBe(39))
    expect((await core.versions(['c038', 'c039'])).join()).toBe('2,-1')
  })

  it('re-rows the claims of a source that changes', async () => {
    const { core, repo, db } = await setup(6)
    await core.open(null)
    const sohr = (await db.sources.get(sohrId))!
    await repo.updateSource(sohrId, { ...sohr, name: 'Syrian Observatory', defaultReliability: 'C' })
    await vi.waitFor(async () =>
      expect((await core.query({ ...none, globalFilter: 'syrian observatory' }, all)).matched).toBe(3),
    )
    expect(await core.matrix()).toEqual({ counts: { C2: 3 }, ungraded: 3 })
  })

  it('re-reads a range after a bulk write or a clear, keeping what did not change', async () => {
    const { core, db } = await setup(20)
    await core.open(null)
    // 60 records in one bulkPut: Dexie reports a range, not keys.
    await db.claims.bulkPut(
      Array.from({ length: 60 }, (_, i) => claim(i, { statement: `Bulk ${i}`, version: 2 })),
    )
    await vi.waitFor(async () => expect((await core.query(none, all)).total).toBe(60))
    expect((await core.query({ ...none, globalFilter: 'bulk 59' }, all)).matched).toBe(1)
    await db.claims.clear()
    await vi.waitFor(async () => expect((await core.query(none, all)).total).toBe(0))
  })

  it('finds claims for pickers, with source, date and document, and the passages in a document', async () => {
    const doc = 'd1' as DocumentId
    const { core, db } = await setup(12, WorkbenchDB, (n) =>
      n === 5
        ? {
            statement: 'Thousands fled Homs',
            occurred: '2024-12-06',
            anchors: [{ documentId: doc, selectors: { quote: { exact: 'fled', prefix: '', suffix: '' } } }],
          }
        : n === 7
          ? { statement: 'Thousands fled Homs' }
          : {},
    )
    await db.documents.add({
      id: doc,
      title: 'Thousands flee Homs',
      text: 'x',
      created: '2025-01-01T00:00:00.000Z',
      modified: '2025-01-01T00:00:00.000Z',
    } as never)
    await core.open(null)
    const found = await core.searchClaims('fled homs', { limit: 5 })
    expect(found.total).toBe(2)
    expect(found.items).toEqual([
      { id: 'c007', statement: 'Thousands fled Homs', source: 'SOHR', date: '', document: '' },
      {
        id: 'c005',
        statement: 'Thousands fled Homs',
        source: 'SOHR',
        date: '2024-12-06',
        document: 'Thousands flee Homs',
      },
    ])
    expect(await core.searchClaims('fled', { limit: 5, exclude: ['c007'] })).toMatchObject({
      total: 1,
      items: [{ id: 'c005' }],
    })
    expect(await core.searchClaims('', { limit: 3 })).toMatchObject({ total: 12 })
    expect((await core.anchorsIn(doc)).map((a) => a.selectors.quote.exact)).toEqual(['fled'])
  })

  it('suggests corroboration from the claims linked to it, as the whole-case index would', async () => {
    // c000 ← c001 → c002 corroborate (a chain, linked both ways), c003 contradicts c000.
    const links: Record<number, ClaimRecord['links']> = {
      1: [
        { type: 'corroborates', target: 'c000' as ClaimId },
        { type: 'corroborates', target: 'c002' as ClaimId },
      ],
      3: [{ type: 'contradicts', target: 'c000' as ClaimId }],
    }
    const { core, db } = await setup(8, WorkbenchDB, (n) => ({ links: links[n] ?? [] }))
    await db.sources.update(nbcId, { defaultReliability: 'A' })
    await core.open(null)
    const index = buildCorroborationIndex(await db.claims.toArray(), await db.sources.toArray())
    for (const id of ['c000', 'c001', 'c002', 'c003', 'c004'])
      expect(await core.suggestions(id)).toEqual(corroborationFor(index, id as ClaimId)!.suggestions)
    const kinds = (await core.suggestions('c000')).map((s) => s.kind)
    expect(kinds).toEqual(expect.arrayContaining(['confirm', 'conflict']))
  })

  it('opens one case: its claims only, by the caseId index of store version 3', async () => {
    const { core, repo } = await setup(20, WorkbenchDB, (n) => ({ caseId: n < 15 ? 'case-a' : 'case-b' }))
    const status = await core.open('case-b')
    expect(status).toMatchObject({ caseId: 'case-b', loaded: 5 })
    expect(ids((await core.query(none, all)).rows)).toEqual(['c015', 'c016', 'c017', 'c018', 'c019'])
    // An edit to another case's claim does not bring it in.
    await repo.updateClaim('c001' as ClaimId, { statement: 'Elsewhere' })
    await repo.updateClaim('c016' as ClaimId, { statement: 'Here' })
    await vi.waitFor(async () =>
      expect((await core.query({ ...none, globalFilter: 'here' }, all)).matched).toBe(1),
    )
    expect((await core.query(none, all)).total).toBe(5)
  })

  it('answers the same over messages, as the worker does', async () => {
    const { db } = await setup(9)
    const channel = new MessageChannel()
    cleanup.push(() => {
      channel.port1.close()
      channel.port2.close()
    })
    let core: LedgerCore | undefined
    serveLedger(channel.port1, (emit) => (core = new LedgerCore(() => new WorkbenchDB(db.name), emit)))
    cleanup.push(() => core?.close())
    channel.port1.start()
    channel.port2.start()
    const ledger = connectLedger(channel.port2)
    const news: LedgerStatus[] = []
    ledger.onChange((s) => news.push(s))
    expect(await ledger.api.open(null)).toMatchObject({ loaded: 9 })
    const result = await ledger.api.query(
      { ...none, sorting: [{ id: 'statement', desc: true }] },
      { start: 0, end: 2 },
    )
    expect(ids(result.rows)).toEqual(['c008', 'c007'])
    expect((await ledger.api.versions(['c001'])).join()).toBe('1')
    await expect(ledger.api.suggestions('c404')).resolves.toEqual([])
    await vi.waitFor(() => expect(news.at(-1)).toMatchObject({ loading: false, loaded: 9 }))
  })
})
