// A stable merge sort of slot numbers that can stop and resume: it yields
// every few thousand element moves, so the ledger worker can build the order
// of a 100,000-row text column (a few hundred milliseconds of string
// comparisons on a busy machine) in slices and still answer queries between
// them. Run to completion (`runSteps`) it is an ordinary sort.

const RUN = 1024
const BUDGET = 16_384

/** Sorts a[0..n) by cmp (which must be a total order); returns the sorted array (a, or a new one). */
export function* sortSteps(
  a: Int32Array,
  n: number,
  cmp: (x: number, y: number) => number,
): Generator<void, Int32Array> {
  let work = 0
  for (let lo = 0; lo < n; lo += RUN) {
    a.subarray(lo, Math.min(n, lo + RUN)).sort(cmp)
    work += RUN
    if (work >= BUDGET) {
      work = 0
      yield
    }
  }
  let src: Int32Array = a
  let dst: Int32Array = new Int32Array(a.length)
  for (let width = RUN; width < n; width *= 2) {
    for (let lo = 0; lo < n; lo += 2 * width) {
      const mid = Math.min(n, lo + width)
      const hi = Math.min(n, lo + 2 * width)
      let i = lo
      let j = mid
      let k = lo
      while (i < mid && j < hi) {
        dst[k++] = cmp(src[j]!, src[i]!) < 0 ? src[j++]! : src[i++]!
        if (++work >= BUDGET) {
          work = 0
          yield
        }
      }
      while (i < mid) dst[k++] = src[i++]!
      while (j < hi) dst[k++] = src[j++]!
    }
    const t = src
    src = dst
    dst = t
  }
  return src
}

/** Drives a stepped computation to its end. */
export function runSteps<T>(steps: Generator<void, T>): T {
  for (;;) {
    const next = steps.next()
    if (next.done) return next.value
  }
}
