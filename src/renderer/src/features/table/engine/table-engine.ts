// The table engine: the rows of one table with precomputed keys per column,
// answering a table's queries (filter, search, sort, group, facets, a window
// of display rows) without the DOM or React, so it runs in the ledger worker
// over 100,000 claims and in process over the 2,000 sources alike.
//
// Why not TanStack's row models: they rebuild Row objects for every row and
// re-run the whole pipeline on each change. Here a row's keys are computed
// once, every filter is a byte mask kept current per changed row, each sorted
// column keeps its order (see column-index.ts), and a query is a few linear
// passes over typed arrays, cached by what it depends on. On 100,000 claims
// (tests/bench/claims-table.bench.ts, Node, this 2-core machine, means):
// TanStack's stock models take 352 ms to build the rows, 894 ms to sort by
// statement and 729 ms to filter it by text; here loading the rows takes
// 124–363 ms, a sort 5 ms (the first descending sort of a column up to 55),
// a text filter 1–16 ms, a search keystroke 15 ms, a group-by 13 ms, faceted
// counts 11 ms, and saving one claim then showing the first rows 10 ms. The
// keys and orders not built yet are built in background slices after loading
// (1.7 s of work in all) or on first use.
import { ColumnIndex } from './column-index'
import type { EngineColumn } from './columns'
import { filtersOf, type SlotFilter } from './filters'
import {
  bucket,
  displayCount,
  GroupOrders,
  groupsOf,
  locateInGroups,
  openIn,
  walkGroups,
  type Groups,
} from './groups'
import { facetKey } from './keys'
import type { DisplayRow, RowWindow, TableQuery, TableResult } from './query'
import { LazySlots, RowStore } from './row-store'

/** Filter masks kept (and kept current) at once: the filters in use and a few recent ones. */
const MASKS_KEPT = 24

export class TableEngine<R extends { id: string }> {
  private readonly store = new RowStore<R>()
  private readonly indexes = new Map<string, ColumnIndex<R>>()
  private readonly haystack: LazySlots<string>
  private readonly masks = new Map<string, { filter: SlotFilter; mask: Uint8Array }>()
  private cache = new Map<string, unknown>()
  private cacheRevision = -1
  private rev = 0

  constructor(readonly columns: readonly EngineColumn<R>[]) {
    for (const c of columns) this.indexes.set(c.id, new ColumnIndex(c, this.store))
    const searchable = columns
      .filter((c) => c.searchable !== false)
      .map((c) => ({
        value: c.value,
        labels: c.options && new Map(c.options.map((o) => [o.value, o.label])),
      }))
    // Per row, the folded text of every searchable cell, option labels included
    // (so "corroborated" and "Reported fact" both match).
    this.haystack = new LazySlots(
      () => this.store.limit,
      (slot) => {
        const row = this.store.row(slot)
        if (!row) return ''
        const parts: string[] = []
        for (const { value, labels } of searchable) {
          const v = value(row)
          for (const x of Array.isArray(v) ? v : [v]) {
            const key = facetKey(x)
            if (key === '') continue
            parts.push(key)
            const label = labels?.get(key)
            if (label) parts.push(label)
          }
        }
        return parts.join('\n').toLowerCase()
      },
    )
  }

  /** Rows in the table. */
  get size(): number {
    return this.store.size
  }

  /** Bumped by every change to the rows. */
  get revision(): number {
    return this.rev
  }

  get(id: string): R | undefined {
    const slot = this.store.slotOf(id)
    return slot === undefined ? undefined : this.store.row(slot)
  }

  /** Every row, in insertion order. */
  rows(): R[] {
    const out: R[] = []
    for (let i = 0; i < this.store.size; i++) out.push(this.store.row(this.store.natural[i]!)!)
    return out
  }

  /** Adds rows or replaces those with the same id; k rows cost O(k log n) plus memmoves per sorted column. */
  upsert(batch: readonly R[]): void {
    if (batch.length === 0) return
    // The last version of a row wins when a batch holds it twice.
    const rows = [...new Map(batch.map((r) => [r.id, r])).values()]
    const existing: number[] = []
    for (const row of rows) {
      const slot = this.store.slotOf(row.id)
      if (slot !== undefined) existing.push(slot)
    }
    for (const index of this.indexes.values()) index.detach(existing)
    const slots = rows.map((row) => this.store.put(row).slot)
    for (const index of this.indexes.values()) index.attach(slots)
    if (this.haystack.used) for (const slot of slots) this.haystack.refresh(slot)
    for (const entry of this.masks.values()) {
      entry.mask = fit(entry.mask, this.store.limit)
      entry.filter.prepare()
      for (const slot of slots) entry.mask[slot] = entry.filter.test(slot) ? 1 : 0
    }
    this.rev++
  }

  remove(ids: readonly string[]): void {
    const slots = [...new Set(ids)]
      .map((id) => this.store.slotOf(id))
      .filter((s): s is number => s !== undefined)
    if (slots.length === 0) return
    for (const index of this.indexes.values()) index.detach(slots)
    for (const entry of this.masks.values()) for (const slot of slots) entry.mask[slot] = 0
    this.store.removeSlots(slots)
    this.rev++
  }

  /**
   * Builds every key, the search text and each sorted column's order in small
   * steps (a caller runs a step at a time between other work), so the first
   * search or sort finds them ready. A query needing one not built yet builds it then.
   */
  *prepare(): Generator<void, void> {
    yield* this.haystack.steps()
    for (const index of this.indexes.values()) {
      const c = index.column
      if (c.filter === 'enum' || c.groupable || c.filter === 'array') yield* index.facets.steps()
      if (c.filter === 'text' || c.filter === 'array') yield* index.texts.steps()
    }
    for (const index of this.indexes.values()) if (index.column.sort) yield* index.orderSteps()
  }

  query(q: TableQuery, window: RowWindow, locate?: string): TableResult<R> {
    const view = this.filteredView(q)
    const groupId = this.groupColumn(q)
    const groups = groupId ? this.groups(q, groupId, view) : null
    const open = openIn(q)
    const count = groups ? displayCount(groupId!, groups, open) : view.length
    const start = Math.max(0, Math.min(window.start, count))
    const end = Math.max(start, Math.min(window.end, count))
    const rows: DisplayRow<R>[] = []
    if (!groups) for (let i = start; i < end; i++) rows.push(this.leaf(view[i]!, ''))
    else walkGroups(groupId!, groups, open, start, end, this.leaf, (row) => rows.push(row))
    const facets: Record<string, [string, number][]> = {}
    for (const id of q.facets ?? []) if (this.indexes.has(id)) facets[id] = this.facetCounts(q, id)
    let located = -1
    if (locate !== undefined) {
      // A key under a group ends in the row id; a plain id is its own key.
      const slot = this.store.slotOf(locate.slice(locate.lastIndexOf('>') + 1))
      located = groups
        ? locateInGroups(groupId!, groups, open, locate, slot)
        : slot === undefined
          ? -1
          : view.indexOf(slot)
    }
    return {
      revision: this.rev,
      total: this.store.size,
      matched: view.length,
      count,
      start,
      rows,
      located,
      facets,
    }
  }

  /** Ids of the rows shown in display order, each once (all of them, or those in a window). */
  ids(q: TableQuery, window?: RowWindow): string[] {
    const view = this.filteredView(q)
    const groupId = this.groupColumn(q)
    if (!groupId) {
      const from = window ? Math.max(0, window.start) : 0
      const to = window ? Math.min(view.length, window.end) : view.length
      const out: string[] = []
      for (let i = from; i < to; i++) out.push(this.store.id(view[i]!))
      return out
    }
    const groups = this.groups(q, groupId, view)
    const seen = new Set<string>()
    if (!window) {
      for (const members of groups.members) for (const slot of members) seen.add(this.store.id(slot))
    } else {
      walkGroups(groupId, groups, openIn(q), window.start, window.end, this.leaf, (row) => {
        if (row.kind === 'leaf') seen.add(row.id)
      })
    }
    return [...seen]
  }

  /** How many of these ids are rows the query shows. */
  countShown(q: TableQuery, ids: readonly string[]): number {
    const { pass } = this.filtered(q)
    let n = 0
    for (const id of new Set(ids)) {
      const slot = this.store.slotOf(id)
      if (slot !== undefined && (!pass || pass[slot])) n++
    }
    return n
  }

  /** The keys of every group row, in display order. */
  groupKeys(q: TableQuery): string[] {
    const groupId = this.groupColumn(q)
    if (!groupId) return []
    return this.groups(q, groupId, this.filteredView(q)).values.map((v) => `${groupId}:${v}`)
  }

  /** Faceted counts of one column: over the rows passing every filter but that column's own. */
  facetCounts(q: TableQuery, columnId: string): [string, number][] {
    return this.cached(`facets|${columnId}|${this.filterSig(q)}`, () => {
      const masks = this.filterList(q)
        .filter((f) => f.columnId !== columnId)
        .map((f) => this.mask(f))
      const facets = this.indexes.get(columnId)!.facets.all()
      const counts = new Map<string, number>()
      const { natural, size } = this.store
      for (let i = 0; i < size; i++) {
        const slot = natural[i]!
        let ok = 1
        for (const m of masks) ok &= m[slot]!
        if (!ok) continue
        const keys = facets[slot]!
        if (typeof keys === 'string') counts.set(keys, (counts.get(keys) ?? 0) + 1)
        else for (const k of keys) counts.set(k, (counts.get(k) ?? 0) + 1)
      }
      return [...counts]
    })
  }

  /** A display row for a slot, under a group (depth 1) or not. */
  private readonly leaf = (slot: number, groupKey: string): DisplayRow<R> => {
    const id = this.store.id(slot)
    return groupKey
      ? { kind: 'leaf', key: `${groupKey}>${id}`, id, depth: 1, row: this.store.row(slot)! }
      : { kind: 'leaf', key: id, id, depth: 0, row: this.store.row(slot)! }
  }

  private groupColumn(q: TableQuery): string | undefined {
    const id = q.grouping[0]
    return id !== undefined && this.indexes.has(id) ? id : undefined
  }

  private readonly groupOrders = new GroupOrders()
  private groups(q: TableQuery, groupId: string, view: Int32Array): Groups {
    return this.cached(`groups|${groupId}|${this.sortSig(q)}|${this.filterSig(q)}`, () => {
      const index = this.indexes.get(groupId)!
      const buckets = bucket(view, index.facets.all())
      return groupsOf(buckets, this.groupOrders.of(index.column, buckets), index.column, q.sorting)
    })
  }

  /** Every live slot in the query's sort order. */
  private sortedView(q: TableQuery): Int32Array {
    return this.cached(`sorted|${this.sortSig(q)}`, () => {
      const { natural, size } = this.store
      const specs = q.sorting.filter((s) => this.indexes.get(s.id)?.column.sort)
      if (specs.length === 0) return natural.slice(0, size)
      if (specs.length === 1 && !specs[0]!.desc) {
        const { order, length } = this.indexes.get(specs[0]!.id)!.sorted()
        return order.slice(0, length)
      }
      // Stable counting sorts by each column's rank, least significant first:
      // linear in the rows for any number of columns and either direction.
      let current = natural.slice(0, size)
      let next = new Int32Array(size)
      const counts = new Int32Array(size + 2)
      for (let s = specs.length - 1; s >= 0; s--) {
        const { rank, empty } = this.indexes.get(specs[s]!.id)!.ranks()
        const desc = specs[s]!.desc
        const keyOf = (slot: number) => {
          const r = rank[slot]!
          return desc && r !== empty ? empty - 1 - r : r
        }
        counts.fill(0)
        for (let i = 0; i < size; i++) counts[keyOf(current[i]!) + 1]!++
        for (let k = 1; k < counts.length; k++) counts[k]! += counts[k - 1]!
        for (let i = 0; i < size; i++) {
          const slot = current[i]!
          next[counts[keyOf(slot)]!++] = slot
        }
        const t = current
        current = next
        next = t
      }
      return current
    })
  }

  /** The slots the query shows, in its sort order. */
  private filteredView(q: TableQuery): Int32Array {
    return this.cached(`view|${this.sortSig(q)}|${this.filterSig(q)}`, () => {
      const sorted = this.sortedView(q)
      const { pass, matched } = this.filtered(q)
      if (!pass) return sorted
      const out = new Int32Array(matched)
      let k = 0
      for (const slot of sorted) if (pass[slot]) out[k++] = slot
      return out
    })
  }

  /** The rows passing every filter of the query, as one mask (null: no filter). */
  private filtered(q: TableQuery): { pass: Uint8Array | null; matched: number } {
    return this.cached(`pass|${this.filterSig(q)}`, () => {
      const masks = this.filterList(q).map((f) => this.mask(f))
      if (masks.length === 0) return { pass: null, matched: this.store.size }
      const pass = new Uint8Array(this.store.limit)
      const { natural, size } = this.store
      let matched = 0
      for (let i = 0; i < size; i++) {
        const slot = natural[i]!
        let ok = 1
        for (const m of masks) ok &= m[slot]!
        pass[slot] = ok
        matched += ok
      }
      return { pass, matched }
    })
  }

  private filterList(q: TableQuery): SlotFilter[] {
    return this.cached(`filters|${this.filterSig(q)}`, () =>
      filtersOf(
        q,
        (id) => this.indexes.get(id),
        () => this.haystack.all(),
      ),
    )
  }

  /** A filter's mask, from the mask of a filter it narrows when one is kept. */
  private mask(filter: SlotFilter): Uint8Array {
    const kept = this.masks.get(filter.sig)
    if (kept) {
      // Most recently used last, so the oldest is dropped first.
      this.masks.delete(filter.sig)
      this.masks.set(filter.sig, kept)
      return kept.mask
    }
    let base: Uint8Array | null = null
    if (filter.narrows)
      for (const { filter: earlier, mask } of this.masks.values()) if (filter.narrows(earlier)) base = mask
    const mask = new Uint8Array(this.store.limit)
    const { natural, size } = this.store
    for (let i = 0; i < size; i++) {
      const slot = natural[i]!
      if ((!base || base[slot]) && filter.test(slot)) mask[slot] = 1
    }
    this.masks.set(filter.sig, { filter, mask })
    if (this.masks.size > MASKS_KEPT) this.masks.delete(this.masks.keys().next().value!)
    return mask
  }

  private sortSig(q: TableQuery): string {
    return JSON.stringify(q.sorting.map((s) => [s.id, s.desc]))
  }

  private filterSig(q: TableQuery): string {
    return JSON.stringify([q.columnFilters, q.globalFilter, q.external ?? null])
  }

  /** Memoises per row revision: any change to the rows empties the cache. */
  private cached<T>(key: string, compute: () => T): T {
    if (this.cacheRevision !== this.rev) {
      this.cache = new Map()
      this.cacheRevision = this.rev
    }
    if (this.cache.has(key)) return this.cache.get(key) as T
    const value = compute()
    this.cache.set(key, value)
    return value
  }
}

/** A mask at least `n` long (rows were added). */
function fit(mask: Uint8Array, n: number): Uint8Array {
  if (mask.length >= n) return mask
  const next = new Uint8Array(Math.max(n, mask.length * 2))
  next.set(mask)
  return next
}
