// One column's precomputed keys (sort key, facet keys, folded filter text, all
// per slot) and its sorted order: every live slot ordered by (sort key,
// insertion number), empties last. The order is built once, in steps if need
// be, then kept current: a changed row is taken out by binary search and put
// back at its new place (O(log n) plus a memmove), a large batch is merged in
// (O(n + k log k)). A sort over this column, in either direction or combined
// with others, then costs linear passes over it and never a re-sort.
import type { EngineColumn } from './columns'
import { compareSortKeys, facetKey, facetKeysOf, filterText, sortKey, type SortKey } from './keys'
import { LazySlots, type RowStore } from './row-store'
import { runSteps, sortSteps } from './stepped-sort'

/** A batch up to this size is placed row by row; larger ones are sorted and merged. */
const SMALL_BATCH = 64

export class ColumnIndex<R extends { id: string }> {
  readonly sortKeys: LazySlots<SortKey>
  /** A scalar's facet key, or the distinct keys of an array ([''] when empty). */
  readonly facets: LazySlots<string | readonly string[]>
  readonly texts: LazySlots<string>
  private order: Int32Array | null = null
  private length = 0
  /** Bumped by every change, so an order being built in steps knows to start again. */
  private changes = 0
  private rank: Int32Array | null = null
  private rankChanges = -1

  constructor(
    readonly column: EngineColumn<R>,
    private readonly store: RowStore<R>,
  ) {
    const limit = () => store.limit
    const value = (slot: number) => {
      const row = store.row(slot)
      return row === undefined ? undefined : column.value(row)
    }
    this.sortKeys = new LazySlots(limit, (s) => sortKey(column.sort ?? 'text', value(s), column.options))
    this.facets = new LazySlots(limit, (s) => {
      const v = value(s)
      return Array.isArray(v) ? facetKeysOf(v) : facetKey(v)
    })
    this.texts = new LazySlots(limit, (s) => filterText(value(s)))
  }

  /** Ascending by key (empties last), ties by insertion: a total order on slots. */
  private readonly compare = (a: number, b: number): number => {
    const keys = this.sortKeys.values
    return compareSortKeys(keys[a], keys[b]) || this.store.seq[a]! - this.store.seq[b]!
  }

  get hasOrder(): boolean {
    return this.order !== null
  }

  /** Live slots in ascending order of this column (built now if it is not yet). */
  sorted(): { order: Int32Array; length: number } {
    if (!this.order) runSteps(this.orderSteps())
    return { order: this.order!, length: this.length }
  }

  /** Builds the sorted order in slices; starts over if rows change meanwhile. */
  *orderSteps(): Generator<void, void> {
    while (!this.order) {
      yield* this.sortKeys.steps()
      const start = this.changes
      const n = this.store.size
      const slots = this.store.natural.slice(0, Math.max(n, 1))
      const steps = sortSteps(slots, n, this.compare)
      let sorted: Int32Array | undefined
      for (;;) {
        const next = steps.next()
        if (next.done) {
          sorted = next.value
          break
        }
        yield
        if (this.changes !== start) break
      }
      if (sorted && this.changes === start) {
        this.order = sorted
        this.length = n
      }
    }
  }

  /**
   * Per slot, where the slot's run of equal keys starts in ascending order
   * (equal keys share it); `empty` (= the row count) for empty keys.
   */
  ranks(): { rank: Int32Array; empty: number } {
    const { order, length } = this.sorted()
    const empty = length
    if (this.rank && this.rankChanges === this.changes) return { rank: this.rank, empty }
    const keys = this.sortKeys.values
    const rank =
      this.rank && this.rank.length >= this.store.limit ? this.rank : new Int32Array(this.store.limit)
    let runStart = 0
    let previous: SortKey = undefined
    for (let i = 0; i < length; i++) {
      const slot = order[i]!
      const key = keys[slot]
      if (i === 0 || key !== previous) runStart = i
      rank[slot] = key === undefined ? empty : runStart
      previous = key
    }
    this.rank = rank
    this.rankChanges = this.changes
    return { rank, empty }
  }

  /** Before rows in these slots change or go: take them out of the order (their old keys still stand). */
  detach(slots: readonly number[]): void {
    this.changes++
    if (!this.order || slots.length === 0) return
    if (slots.length <= SMALL_BATCH) {
      for (const slot of slots) {
        const at = this.find(slot)
        if (at < 0) continue
        this.order.copyWithin(at, at + 1, this.length)
        this.length--
      }
      return
    }
    const gone = new Uint8Array(this.store.limit)
    for (const slot of slots) gone[slot] = 1
    let w = 0
    for (let r = 0; r < this.length; r++) {
      const slot = this.order[r]!
      if (!gone[slot]) this.order[w++] = slot
    }
    this.length = w
  }

  /** After rows in these slots were stored (changed or new): refresh their keys and place them. */
  attach(slots: readonly number[]): void {
    this.changes++
    // Nothing built for this column yet (while a table loads): nothing to keep current.
    if (!this.order && !this.sortKeys.used && !this.facets.used && !this.texts.used) return
    for (const slot of slots) {
      this.sortKeys.refresh(slot)
      this.facets.refresh(slot)
      this.texts.refresh(slot)
    }
    if (!this.order || slots.length === 0) return
    this.sortKeys.all()
    this.grow(this.length + slots.length)
    const order = this.order
    if (slots.length <= SMALL_BATCH) {
      for (const slot of slots) {
        const at = this.lowerBound(slot)
        order.copyWithin(at + 1, at, this.length)
        order[at] = slot
        this.length++
      }
      return
    }
    const batch = Int32Array.from(slots).sort(this.compare)
    const merged = new Int32Array(order.length)
    let i = 0
    let j = 0
    let k = 0
    while (i < this.length && j < batch.length)
      merged[k++] = this.compare(batch[j]!, order[i]!) < 0 ? batch[j++]! : order[i++]!
    while (i < this.length) merged[k++] = order[i++]!
    while (j < batch.length) merged[k++] = batch[j++]!
    this.order = merged
    this.length = k
  }

  private lowerBound(slot: number): number {
    let lo = 0
    let hi = this.length
    while (lo < hi) {
      const mid = (lo + hi) >>> 1
      if (this.compare(this.order![mid]!, slot) < 0) lo = mid + 1
      else hi = mid
    }
    return lo
  }

  private find(slot: number): number {
    const at = this.lowerBound(slot)
    if (this.order![at] === slot) return at
    // Not where its key says: only if a key changed without detach; look everywhere.
    return this.order!.subarray(0, this.length).indexOf(slot)
  }

  private grow(n: number) {
    if (this.order && n > this.order.length) {
      const next = new Int32Array(Math.max(n, this.order.length * 2))
      next.set(this.order.subarray(0, this.length))
      this.order = next
    }
  }
}
