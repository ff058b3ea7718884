// Keeps the suggestions of the open document, without React: runs the worker
// when a document opens (at once) and again when the source registry changes
// (after a pause, keeping what is shown), upserts batches by id, and hands the
// list on at most every `flushMs` (longer for a long document: 1 MB waits
// half a second) so its many batches cost the main thread a few renders
// rather than one each.
import type { RegistrySource, SuggestBatch, Suggestion } from '@shared/analysis/suggest'
import type { BlockKind } from '@shared/domain/document'
import type { SuggestClient, SuggestJob } from '../../workers/suggest-client'

export interface SessionDocument {
  id: string
  text: string
  blocks: readonly BlockKind[]
}

export interface SessionState {
  documentId: string | null
  suggestions: readonly Suggestion[]
  /** `reading` while the worker goes through the text; `done` once every suggestion is in. */
  phase: 'idle' | 'reading' | 'done' | 'error'
  /** Characters of the text read so far, of `total`. */
  done: number
  total: number
  error?: string
}

export const idleState: SessionState = { documentId: null, suggestions: [], phase: 'idle', done: 0, total: 0 }

export class SuggestionSession {
  private state: SessionState = idleState
  private doc: SessionDocument | null = null
  private registry: readonly RegistrySource[] = []
  private registryKey = ''
  private job: SuggestJob | null = null
  private flushTimer: ReturnType<typeof setTimeout> | undefined
  private rerunTimer: ReturnType<typeof setTimeout> | undefined
  /** The state the next flush hands on. */
  private pending: (() => SessionState) | null = null
  private disposed = false

  constructor(
    private readonly client: SuggestClient,
    private readonly onChange: (state: SessionState) => void,
    private readonly options = { flushMs: 200, rerunMs: 400 },
  ) {}

  /** The open document (or none) and the registry to match speakers against. */
  update(doc: SessionDocument | null, registry: readonly RegistrySource[]): void {
    const registryKey = JSON.stringify(registry.map((s) => [s.id, s.name, s.aliases, s.relays ?? null]))
    const sameDoc = doc?.id === this.doc?.id && doc?.text === this.doc?.text
    const sameRegistry = registryKey === this.registryKey
    this.registry = registry
    this.registryKey = registryKey
    if (sameDoc && sameRegistry) return
    this.doc = doc
    clearTimeout(this.rerunTimer)
    if (!sameDoc) {
      this.job?.cancel()
      clearTimeout(this.flushTimer)
      this.flushTimer = undefined
      this.pending = null
      this.state = doc
        ? { documentId: doc.id, suggestions: [], phase: 'reading', done: 0, total: doc.text.length }
        : idleState
      this.emit()
      if (doc) this.run(true)
    } else {
      // A source was added or renamed: read again, keeping the list until the new one is complete.
      this.rerunTimer = setTimeout(() => this.run(false), this.options.rerunMs)
    }
  }

  dispose(): void {
    this.disposed = true
    this.job?.cancel()
    clearTimeout(this.flushTimer)
    clearTimeout(this.rerunTimer)
  }

  private run(fresh: boolean): void {
    const doc = this.doc
    if (!doc || this.disposed) return
    if (fresh) performance.mark('aw-suggest-start')
    // Upserted by id as batches come; put in text order only when handed on, so
    // a batch costs the main thread its own size, not the whole list's.
    const previous = new Map<string, Suggestion>(fresh ? [] : this.state.suggestions.map((s) => [s.id, s]))
    const current = new Map(previous)
    const inOrder = () => [...current.values()].sort((a, b) => a.start - b.start)
    const seen = new Set<string>()
    let progress = { done: 0, total: doc.text.length }
    const job = this.client.suggest(
      { text: doc.text, language: 'auto', registry: this.registry, blocks: doc.blocks },
      (batch: SuggestBatch) => {
        if (this.job !== job) return
        // Timed for `npm run bench`: the worker's first suggestions reaching the main thread.
        if (fresh && current.size === 0 && batch.suggestions.length)
          performance.measure('aw-suggest-first-batch', 'aw-suggest-start')
        for (const s of batch.suggestions) {
          // Read again after a registry change, most suggestions come back the same: keep those
          // objects, so what was worked out from them (their review against the registry) still holds.
          const before = previous.get(s.id)
          current.set(s.id, before && JSON.stringify(before) === JSON.stringify(s) ? before : s)
          seen.add(s.id)
        }
        progress = { done: batch.done, total: batch.total }
        this.schedule(() => ({ ...this.state, suggestions: inOrder(), ...progress }))
      },
    )
    this.job = job
    void job.result.then((outcome) => {
      if (this.job !== job || this.disposed) return
      clearTimeout(this.flushTimer)
      this.flushTimer = undefined
      this.pending = null
      if (outcome.status === 'done') {
        // What this run did not find any more (the registry changed it) goes.
        this.state = {
          ...this.state,
          suggestions: inOrder().filter((s) => seen.has(s.id)),
          phase: 'done',
          done: progress.total,
          total: progress.total,
        }
      } else if (outcome.status === 'error') {
        this.state = { ...this.state, phase: 'error', error: outcome.message }
      } else return
      this.emit()
    })
  }

  /** Hands the newest list on at once if nothing is shown yet, else when the current pause is over. */
  private schedule(next: () => SessionState): void {
    this.pending = next
    if (this.flushTimer !== undefined) return
    if (this.state.suggestions.length === 0) this.flush()
    // Each hand-on repaints the reader; over a long text that is the main thread's largest cost here.
    const pause = Math.max(this.options.flushMs, (this.doc?.text.length ?? 0) / 2000)
    this.flushTimer = setTimeout(() => {
      this.flushTimer = undefined
      this.flush()
    }, pause)
  }

  private flush(): void {
    if (!this.pending) return
    this.state = this.pending()
    this.pending = null
    this.emit()
  }

  private emit(): void {
    if (!this.disposed) this.onChange(this.state)
  }
}
