// The ledger engine: it owns the open case's claims and sources and answers
// every question the views ask about them (the claims table, the matrix,
// per-source counts, suggestions, pickers), so the main thread never holds or
// deserialises 100,000 claims. It runs in the ledger worker (and in process
// under Vitest) with its own connection to the same Dexie database.
//
// It reads the claims once, in chunks (answering queries between them), then
// follows changes without re-reading the table: Dexie's `storagemutated`
// event (which reaches workers and other windows over a BroadcastChannel)
// names the changed primary keys, and only those are read again (bulkGet).
// A range (a bulk write of 50 or more records, a clear) re-reads that range.
import { Dexie } from 'dexie'
import type { ClaimAnchor, ClaimRecord } from '@shared/domain/claim'
import type { ClaimId, SourceId } from '@shared/domain/ids'
import type { SourceRecord } from '@shared/domain/source'
import { claimsToCsv } from '@shared/export/csv'
import type { WorkbenchDB } from '../../db/db'
import { claimColumnList } from '../claims/claim-fields'
import { toClaimRow, type ClaimRow } from '../claims/claim-row'
import { tallyCell, type MatrixCounts } from '../claims/matrix'
import { sourceRowsOf, tallyClaim, type ClaimCounts } from '../sources/source-row'
import type { RowWindow, TableQuery } from '../table/engine/query'
import { TableEngine } from '../table/engine/table-engine'
import { suggestionsForClaim } from './corroboration'
import type { ClaimChoice, LedgerApi, LedgerStatus } from './ledger-api'
import { changesIn, isWholeTable, type TableChanges } from './mutated-keys'

/**
 * Claims read per store request while loading (by default); between chunks
 * the ledger answers queries. The first chunk is small, so the first rows
 * show early; the next chunk is always being read while one is taken in.
 */
const CHUNK = 8000
const FIRST_CHUNK = 1000
/** While loading, views are told of progress at most this often. */
const PROGRESS_MS = 250
/** Background preparation (search text, sorted orders) runs in slices this long. */
const SLICE_MS = 12

type Emit = (status: LedgerStatus) => void

export class LedgerCore implements LedgerApi {
  private db: WorkbenchDB | null = null
  private caseId: string | null = null
  private claims = new Map<string, ClaimRecord>()
  private sources = new Map<SourceId, SourceRecord>()
  private titles = new Map<string, string>()
  private engine = new TableEngine<ClaimRow>(claimColumnList)
  private counts = new Map<string, ClaimCounts>()
  /** Source id → ids of the claims naming it (attributed to or reported via): their rows show its name and grade. */
  private uses = new Map<string, Set<string>>()
  /** Document id → ids of the claims resting on a passage in it. */
  private onDocument = new Map<string, Set<string>>()
  /** Claim id → ids of the claims that link to it (corroboration looks both ways). */
  private linkedFrom = new Map<string, Set<string>>()
  /** The reliability × credibility matrix, kept current row by row. */
  private grid: MatrixCounts = { counts: {}, ungraded: 0 }
  private generation = 0
  private loading = false
  /** While loading: claims changed meanwhile, as read after the change (null: deleted); they win over chunks read earlier. */
  private fresh = new Map<string, ClaimRecord | null>()
  private total = 0
  private revision = 0
  private lastProgress = 0
  /** Loading and applying changes take turns, so a chunk read before an edit never lands after it. */
  private turn: Promise<unknown> = Promise.resolve()

  private readonly chunk: number

  constructor(
    private readonly openDb: () => WorkbenchDB,
    private readonly emit: Emit,
    options: { chunk?: number } = {},
  ) {
    this.chunk = options.chunk ?? CHUNK
    Dexie.on('storagemutated', this.onMutated)
  }

  /** Stops following the store (tests; a worker simply ends). */
  close(): void {
    Dexie.on.storagemutated.unsubscribe(this.onMutated)
    this.generation++
    this.db?.close()
  }

  async open(caseId: string | null): Promise<LedgerStatus> {
    const generation = ++this.generation
    const db = (this.db ??= this.openDb())
    this.caseId = caseId
    this.loading = true
    this.claims = new Map()
    this.counts = new Map()
    this.uses = new Map()
    this.onDocument = new Map()
    this.linkedFrom = new Map()
    this.grid = { counts: {}, ungraded: 0 }
    this.engine = new TableEngine<ClaimRow>(claimColumnList)
    this.fresh = new Map()
    // The first claims are read while the sources and the count are.
    const first = Math.min(FIRST_CHUNK, this.chunk)
    let next = readClaims(db, caseId, undefined, first)
    await this.inTurn(async () => {
      const [total] = await Promise.all([
        caseId === null ? db.claims.count() : db.claims.where('caseId').equals(caseId).count(),
        this.readSources(null),
        this.readTitles(),
      ])
      this.total = total
    })
    for (let size = first; generation === this.generation;) {
      const chunk = await next
      if (generation !== this.generation) break
      const more = chunk.length === size
      // Read the next chunk while this one is taken in.
      if (more) next = readClaims(db, caseId, chunk.at(-1)!.id, (size = this.chunk))
      // A claim changed since this chunk was read is taken as the change left it.
      this.putClaims(chunk.filter((c) => !this.fresh.has(c.id)))
      if (!more) break
      this.changed(true)
    }
    if (generation === this.generation) {
      this.loading = false
      this.fresh = new Map()
      this.total = this.claims.size
      this.changed()
      this.prepare(generation)
    }
    return this.snapshot()
  }

  async status(): Promise<LedgerStatus> {
    return this.snapshot()
  }

  async query(q: TableQuery, window: RowWindow, locate?: string) {
    const result = this.engine.query(q, window, locate)
    return this.loading ? { ...result, loading: { loaded: this.claims.size, total: this.total } } : result
  }

  async ids(q: TableQuery, window?: RowWindow) {
    return this.engine.ids(q, window)
  }

  async countShown(q: TableQuery, ids: readonly string[]) {
    return this.engine.countShown(q, ids)
  }

  async groupKeys(q: TableQuery) {
    return this.engine.groupKeys(q)
  }

  async matrix(): Promise<MatrixCounts> {
    return this.grid
  }

  async sourceRows() {
    return sourceRowsOf([...this.sources.values()], this.counts)
  }

  async suggestions(claimId: string) {
    return suggestionsForClaim(claimId, this.claims, this.linkedFrom, this.sources)
  }

  async searchClaims(text: string, options: { limit: number; exclude?: readonly string[] }) {
    const exclude = new Set(options.exclude ?? [])
    const q: TableQuery = {
      sorting: [{ id: 'modified', desc: true }],
      columnFilters: [],
      globalFilter: text,
      grouping: [],
      expanded: {},
    }
    const result = this.engine.query(q, { start: 0, end: options.limit + exclude.size })
    const items: ClaimChoice[] = []
    for (const row of result.rows) {
      if (row.kind !== 'leaf' || exclude.has(row.id) || items.length >= options.limit) continue
      const anchor = this.claims.get(row.id)?.anchors[0]
      items.push({
        id: row.row.id,
        statement: row.row.statement,
        source: row.row.source,
        date: row.row.occurred || row.row.reported,
        document: (anchor && this.titles.get(anchor.documentId)) ?? '',
      })
    }
    return { total: result.matched - this.engine.countShown(q, [...exclude]), items }
  }

  async versions(ids: readonly string[]) {
    return Int32Array.from(ids, (id) => this.claims.get(id)?.version ?? -1)
  }

  async anchorsIn(documentId: string): Promise<ClaimAnchor[]> {
    const out: ClaimAnchor[] = []
    for (const id of this.onDocument.get(documentId) ?? []) {
      for (const a of this.claims.get(id)?.anchors ?? []) if (a.documentId === documentId) out.push(a)
    }
    return out
  }

  async claimsCsv() {
    return claimsToCsv(this.engine.rows())
  }

  private snapshot(): LedgerStatus {
    return {
      caseId: this.caseId,
      loading: this.loading,
      loaded: this.claims.size,
      total: this.loading ? this.total : this.claims.size,
      revision: this.revision,
    }
  }

  /** Tells the views; progress while loading is told at most every PROGRESS_MS. */
  private changed(progress = false) {
    this.revision++
    const now = performance.now()
    if (progress && now - this.lastProgress < PROGRESS_MS) return
    this.lastProgress = now
    this.emit(this.snapshot())
  }

  private inTurn<T>(work: () => Promise<T>): Promise<T> {
    const next = this.turn.then(work, work)
    this.turn = next.catch(() => {})
    return next
  }

  /** Builds the search text and sorted orders in slices, so the first search or sort finds them. */
  private prepare(generation: number) {
    const steps = this.engine.prepare()
    const slice = () => {
      if (generation !== this.generation) return
      const until = performance.now() + SLICE_MS
      while (performance.now() < until) if (steps.next().done) return
      setTimeout(slice, 0)
    }
    setTimeout(slice, 0)
  }

  private readonly onMutated = (parts: unknown) => {
    const db = this.db
    if (!db) return
    const claims = changesIn(parts, db.name, 'claims')
    const sources = changesIn(parts, db.name, 'sources')
    const documents = changesIn(parts, db.name, 'documents')
    if (!claims && !sources && !documents) return
    const generation = this.generation
    void this.inTurn(async () => {
      if (generation !== this.generation) return
      if (sources) await this.readSources(sources)
      if (documents) await this.readTitles()
      if (claims) await this.readClaimChanges(db, claims)
      this.changed()
    }).catch((error: unknown) => console.error('The ledger could not follow a change:', error))
  }

  private inCase(record: ClaimRecord): boolean {
    return this.caseId === null || (record as { caseId?: unknown }).caseId === this.caseId
  }

  private async readClaimChanges(db: WorkbenchDB, changes: TableChanges) {
    if (changes.keys.length) {
      const records = await db.claims.bulkGet(changes.keys as ClaimId[])
      if (this.loading) changes.keys.forEach((id, i) => this.fresh.set(id, records[i] ?? null))
      const gone = changes.keys.filter((_, i) => !records[i] || !this.inCase(records[i]))
      this.removeClaims(gone)
      this.putClaims(records.filter((r) => r !== undefined))
    }
    for (const range of changes.ranges) {
      // A range re-read as a whole: what it holds now replaces what the ledger held in it.
      const whole = isWholeTable(range)
      const records = whole
        ? await readAllClaims(db, this.caseId, this.chunk)
        : await db.claims.where(':id').between(range.from, range.to, true, true).toArray()
      if (this.loading) for (const r of records) this.fresh.set(r.id, r)
      const present = new Set(records.map((r) => r.id as string))
      const inRange = (id: string) => whole || (id >= (range.from as string) && id <= (range.to as string))
      this.removeClaims([...this.claims.keys()].filter((id) => inRange(id) && !present.has(id)))
      // Unchanged records keep their rows: only what moved on is re-keyed, a
      // chunk at a time (an import can change them all), answering queries between.
      const moved = records.filter(
        (r) => this.claims.get(r.id)?.version !== r.version || !this.claims.has(r.id),
      )
      for (let i = 0; i < moved.length; i += this.chunk) {
        if (i > 0) await new Promise((resolve) => setTimeout(resolve, 0))
        this.putClaims(moved.slice(i, i + this.chunk))
      }
    }
  }

  private putClaims(records: readonly ClaimRecord[]) {
    const rows: ClaimRow[] = []
    const sourceOf = (id: SourceId) => this.sources.get(id)
    for (const record of records) {
      if (!this.inCase(record)) continue
      const before = this.claims.get(record.id)
      if (before) this.unindex(before)
      this.claims.set(record.id, record)
      this.index(record)
      const row = toClaimRow(record, sourceOf)
      tallyCell(this.grid, this.engine.get(record.id), -1)
      tallyCell(this.grid, row, 1)
      rows.push(row)
    }
    this.engine.upsert(rows)
  }

  private removeClaims(ids: readonly string[]) {
    const gone = ids.filter((id) => this.claims.has(id))
    for (const id of gone) {
      this.unindex(this.claims.get(id)!)
      this.claims.delete(id)
      tallyCell(this.grid, this.engine.get(id), -1)
    }
    this.engine.remove(gone)
  }

  private index(c: ClaimRecord) {
    tallyClaim(this.counts, c, 1)
    for (const sid of [c.attributedTo, c.reportedVia]) if (sid) addTo(this.uses, sid, c.id)
    for (const a of c.anchors) addTo(this.onDocument, a.documentId, c.id)
    for (const l of c.links) addTo(this.linkedFrom, l.target, c.id)
  }

  private unindex(c: ClaimRecord) {
    tallyClaim(this.counts, c, -1)
    for (const sid of [c.attributedTo, c.reportedVia]) if (sid) this.uses.get(sid)?.delete(c.id)
    for (const a of c.anchors) this.onDocument.get(a.documentId)?.delete(c.id)
    for (const l of c.links) this.linkedFrom.get(l.target)?.delete(c.id)
  }

  /** Reads all sources (null) or the changed ones, then re-rows the claims that name a changed source. */
  private async readSources(changes: TableChanges | null) {
    const db = this.db!
    const changed = new Set<string>()
    if (changes === null || changes.ranges.length) {
      const all = await db.sources.toArray()
      const next = new Map(all.map((s) => [s.id, s]))
      for (const [id, s] of next) if (this.sources.get(id) !== s) changed.add(id)
      for (const id of this.sources.keys()) if (!next.has(id)) changed.add(id)
      this.sources = next
    } else {
      const records = await db.sources.bulkGet(changes.keys as SourceId[])
      changes.keys.forEach((id, i) => {
        const s = records[i]
        if (s) this.sources.set(s.id, s)
        else this.sources.delete(id as SourceId)
        changed.add(id)
      })
    }
    const affected = new Set<string>()
    for (const sid of changed) for (const cid of this.uses.get(sid) ?? []) affected.add(cid)
    this.putClaims([...affected].map((id) => this.claims.get(id)!))
  }

  /** Document titles only (by index keys: the texts stay in the store). */
  private async readTitles() {
    const db = this.db!
    const [titles, ids] = await db.transaction('r', db.documents, () =>
      Promise.all([db.documents.orderBy('title').keys(), db.documents.orderBy('title').primaryKeys()]),
    )
    this.titles = new Map(ids.map((id, i) => [id as string, String(titles[i] ?? '')]))
  }
}

function addTo(map: Map<string, Set<string>>, key: string, id: string) {
  let set = map.get(key)
  if (!set) map.set(key, (set = new Set()))
  set.add(id)
}

/**
 * One page of claims in key order after `after`: every claim, or one case's
 * by the [caseId+id] index (store version 4). Keyed pages let IndexedDB
 * answer each with one getAll; paging by offset skipped ever more entries.
 */
function readClaims(db: WorkbenchDB, caseId: string | null, after: string | undefined, limit: number) {
  if (caseId !== null)
    return db.claims
      .where('[caseId+id]')
      .between([caseId, after ?? Dexie.minKey], [caseId, Dexie.maxKey], after === undefined, true)
      .limit(limit)
      .toArray()
  const from = after === undefined ? db.claims.toCollection() : db.claims.where(':id').above(after)
  return from.limit(limit).toArray()
}

async function readAllClaims(db: WorkbenchDB, caseId: string | null, limit: number): Promise<ClaimRecord[]> {
  const all: ClaimRecord[] = []
  for (let after: string | undefined; ;) {
    const chunk = await readClaims(db, caseId, after, limit)
    all.push(...chunk)
    if (chunk.length < limit) return all
    after = chunk.at(-1)!.id
  }
}
