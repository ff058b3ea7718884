// The search index of the whole workspace, kept in the search worker: built
// from the store in batches once the app is idle (the reader never waits for
// it), then kept current from the store's change events, so a record saved
// here or in another window is found at once. Queries go to the worker.
import type { ObservabilitySet } from 'dexie'
import type { InputKind, SearchInput, SearchQuery } from '@shared/search/types'
import { changesTo, onStoreChanges } from '../../db/changes'
import type { WorkbenchDB } from '../../db/db'
import { SearchClient, type SearchAnswer } from '../../workers/search-client'

const tables: Record<InputKind, 'documents' | 'annotations' | 'claims' | 'sources' | 'briefings'> = {
  document: 'documents',
  annotation: 'annotations',
  claim: 'claims',
  source: 'sources',
  briefing: 'briefings',
}
const kinds = Object.keys(tables) as InputKind[]
/** Rows per batch; documents go by size instead (about 1 MB of text a batch). */
const BATCH = 2_000
const DOCUMENT_BYTES = 1_000_000

export type IndexState = { status: 'idle' | 'building' | 'ready'; done: number; total: number }

export class SearchService {
  private client: SearchClient | null = null
  private state: IndexState = { status: 'idle', done: 0, total: 0 }
  private readonly listeners = new Set<() => void>()
  /** Changes that arrive while the index is being built, applied when it is done. */
  private pending: ObservabilitySet[] = []
  private stopWatching: (() => void) | null = null

  constructor(private readonly db: WorkbenchDB) {}

  get indexState(): IndexState {
    return this.state
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  /** Starts the worker and builds the index (once); safe to call again. */
  start(): void {
    if (this.client) return
    this.client = SearchClient.start()
    this.stopWatching = onStoreChanges((parts) => {
      if (this.state.status === 'ready') void this.apply(parts)
      else this.pending.push(parts)
    })
    void this.build()
  }

  async search(query: SearchQuery): Promise<SearchAnswer | null> {
    this.start()
    return this.client!.search(query)
  }

  dispose(): void {
    this.stopWatching?.()
    this.client?.dispose()
    this.client = null
  }

  private set(next: IndexState) {
    this.state = next
    this.listeners.forEach((l) => l())
  }

  private async build(): Promise<void> {
    const counts = await Promise.all(kinds.map((k) => this.db.table(tables[k]).count()))
    const total = counts.reduce((a, b) => a + b, 0)
    this.set({ status: 'building', done: 0, total })
    const outcome = await this.client!.build(this.batches(), {
      total,
      onProgress: ({ done }) => this.set({ status: 'building', done, total }),
    })
    if (outcome.status !== 'done') return
    this.set({ status: 'ready', done: total, total })
    const pending = this.pending
    this.pending = []
    for (const parts of pending) await this.apply(parts)
  }

  /** The store a table at a time, in batches read one after another (each read is its own task). */
  private async *batches(): AsyncGenerator<SearchInput[]> {
    for (const kind of kinds) {
      const table = this.db.table(tables[kind])
      let last: string | undefined
      for (;;) {
        const rows = (await (last === undefined ? table.orderBy(':id') : table.where(':id').above(last))
          .limit(kind === 'document' ? 50 : BATCH)
          .toArray()) as { id: string; text?: string }[]
        if (!rows.length) break
        last = rows.at(-1)!.id
        if (kind !== 'document') {
          yield rows.map((record) => ({ kind, record }) as SearchInput)
          continue
        }
        // Documents in batches of about a megabyte of text.
        let batch: SearchInput[] = []
        let size = 0
        for (const record of rows) {
          batch.push({ kind, record } as SearchInput)
          size += record.text?.length ?? 0
          if (size >= DOCUMENT_BYTES) {
            yield batch
            batch = []
            size = 0
          }
        }
        if (batch.length) yield batch
      }
    }
  }

  /** Re-reads just the records that changed and sends them (or their removal) to the index. */
  private async apply(parts: ObservabilitySet): Promise<void> {
    for (const kind of kinds) {
      const changes = changesTo(parts, this.db.name, tables[kind])
      if (!changes) continue
      if (changes.all) {
        // A whole table was cleared or replaced (a restore): build afresh.
        this.pending = []
        this.set({ status: 'building', done: 0, total: this.state.total })
        return this.build()
      }
      const rows = await this.db.table(tables[kind]).bulkGet(changes.keys)
      const upserts: SearchInput[] = []
      const removed: string[] = []
      rows.forEach((record, i) => {
        if (record) upserts.push({ kind, record } as SearchInput)
        else removed.push(changes.keys[i]!)
      })
      this.client?.upsert(upserts)
      this.client?.remove(removed.map((id) => ({ kind, id })))
    }
  }
}
