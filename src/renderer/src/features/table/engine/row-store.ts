// The rows of a table engine, each in a numbered slot that stays its own for
// as long as the row lives: per-column keys, filter masks and sorted orders
// are arrays indexed by slot, so an update touches one entry, not the table.
// Every row also gets an insertion number (`seq`): ties in any sort keep that
// order, and rows without a sort show in it.
export class RowStore<R extends { id: string }> {
  private rows: (R | undefined)[] = []
  private ids: string[] = []
  private slots = new Map<string, number>()
  private free: number[] = []
  private nextSeq = 0
  /** Insertion number per slot. */
  seq = new Int32Array(1024)
  /** Live slots in insertion order; the first `size` entries are used. */
  natural = new Int32Array(1024)
  size = 0

  /** One past the highest slot ever used: per-slot arrays are this long. */
  get limit(): number {
    return this.rows.length
  }

  slotOf(id: string): number | undefined {
    return this.slots.get(id)
  }

  row(slot: number): R | undefined {
    return this.rows[slot]
  }

  id(slot: number): string {
    return this.ids[slot] ?? ''
  }

  /** Stores a row; a new id takes a free slot and goes last in insertion order. */
  put(row: R): { slot: number; added: boolean } {
    const existing = this.slots.get(row.id)
    if (existing !== undefined) {
      this.rows[existing] = row
      return { slot: existing, added: false }
    }
    const slot = this.free.pop() ?? this.rows.length
    this.rows[slot] = row
    this.ids[slot] = row.id
    this.slots.set(row.id, slot)
    this.ensureCapacity(Math.max(slot + 1, this.size + 1))
    this.seq[slot] = this.nextSeq++
    this.natural[this.size++] = slot
    return { slot, added: true }
  }

  /** Removes the rows in these slots (the caller's indexes must be told first). */
  removeSlots(slots: readonly number[]): void {
    if (slots.length === 0) return
    if (slots.length <= 32) {
      for (const slot of slots) {
        const at = this.naturalIndex(slot)
        if (at >= 0) {
          this.natural.copyWithin(at, at + 1, this.size)
          this.size--
        }
      }
    } else {
      const gone = new Uint8Array(this.rows.length)
      for (const slot of slots) gone[slot] = 1
      let w = 0
      for (let r = 0; r < this.size; r++) {
        const slot = this.natural[r]!
        if (!gone[slot]) this.natural[w++] = slot
      }
      this.size = w
    }
    for (const slot of slots) {
      this.slots.delete(this.ids[slot]!)
      this.rows[slot] = undefined
      this.ids[slot] = ''
      this.free.push(slot)
    }
  }

  private naturalIndex(slot: number): number {
    const target = this.seq[slot]!
    let lo = 0
    let hi = this.size
    while (lo < hi) {
      const mid = (lo + hi) >>> 1
      if (this.seq[this.natural[mid]!]! < target) lo = mid + 1
      else hi = mid
    }
    return lo < this.size && this.natural[lo] === slot ? lo : -1
  }

  private ensureCapacity(n: number) {
    if (n <= this.seq.length) return
    let capacity = this.seq.length
    while (capacity < n) capacity *= 2
    const seq = new Int32Array(capacity)
    seq.set(this.seq)
    this.seq = seq
    const natural = new Int32Array(capacity)
    natural.set(this.natural)
    this.natural = natural
  }
}

/**
 * Per-slot values computed from the rows, built on first use. `upTo` marks how
 * far a build got: slots below it are kept current on every change, slots
 * above are left to the build, which can run all at once or in steps.
 */
export class LazySlots<T> {
  values: T[] = []
  upTo = 0
  /** Asked for at least once: from then on, arriving rows extend what is built. */
  used = false
  constructor(
    private readonly limit: () => number,
    private readonly compute: (slot: number) => T,
  ) {}

  get complete(): boolean {
    return this.upTo >= this.limit()
  }

  /** Call after a row in this slot changed (or arrived: the next slot extends what is built). */
  refresh(slot: number): void {
    if (slot < this.upTo) this.values[slot] = this.compute(slot)
    else if (this.used && slot === this.upTo) this.values[this.upTo++] = this.compute(slot)
  }

  all(): T[] {
    this.used = true
    const limit = this.limit()
    for (let s = this.upTo; s < limit; s++) this.values[s] = this.compute(s)
    this.upTo = Math.max(this.upTo, limit)
    return this.values
  }

  /** Builds the rest `chunk` slots at a time, yielding between chunks. */
  *steps(chunk = 2000): Generator<void> {
    this.used = true
    while (!this.complete) {
      const end = Math.min(this.limit(), this.upTo + chunk)
      for (let s = this.upTo; s < end; s++) this.values[s] = this.compute(s)
      this.upTo = end
      yield
    }
  }
}
