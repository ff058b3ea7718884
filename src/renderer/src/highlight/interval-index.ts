// Hit-testing for highlights: which annotations cover a character offset.
// Intervals are sorted by start with a running maximum of their ends, so a
// query scans back from the last interval starting at or before the offset
// and stops as soon as no earlier interval can reach it. Built once per
// repaint; answers a click in O(log n + k) for typical (non-nested) layouts.
export interface Interval<T> {
  start: number
  end: number
  value: T
}

export class IntervalIndex<T> {
  private readonly items: Interval<T>[]
  private readonly maxEnd: number[]

  constructor(intervals: readonly Interval<T>[]) {
    this.items = [...intervals].sort((a, b) => a.start - b.start || a.end - b.end)
    this.maxEnd = []
    let max = -Infinity
    for (const item of this.items) this.maxEnd.push((max = Math.max(max, item.end)))
  }

  get size(): number {
    return this.items.length
  }

  /** Every value whose half-open interval [start, end) contains `offset`, innermost (shortest) first. */
  at(offset: number): T[] {
    let lo = 0
    let hi = this.items.length
    while (lo < hi) {
      const mid = (lo + hi) >>> 1
      if (this.items[mid]!.start <= offset) lo = mid + 1
      else hi = mid
    }
    const hits: Interval<T>[] = []
    for (let i = lo - 1; i >= 0 && this.maxEnd[i]! > offset; i--) {
      if (this.items[i]!.end > offset) hits.push(this.items[i]!)
    }
    return hits.sort((a, b) => a.end - a.start - (b.end - b.start)).map((h) => h.value)
  }

  /** Maximal runs covered by two or more intervals, for the overlap marking. */
  overlaps(): { start: number; end: number }[] {
    const events: [number, number][] = []
    for (const { start, end } of this.items) if (end > start) events.push([start, 1], [end, -1])
    events.sort((a, b) => a[0] - b[0] || a[1] - b[1])
    const runs: { start: number; end: number }[] = []
    let depth = 0
    let runStart = 0
    for (const [pos, delta] of events) {
      const before = depth
      depth += delta
      if (before < 2 && depth >= 2) runStart = pos
      else if (before >= 2 && depth < 2 && pos > runStart) runs.push({ start: runStart, end: pos })
    }
    return runs
  }
}
