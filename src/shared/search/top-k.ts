// The best few of many scored documents, without sorting them all: a query
// can match tens of thousands of records and shows ten of each kind.

/** Keeps the `limit` best documents in `heap` (a min-heap on score). */
export function pushBounded(heap: number[], doc: number, score: Float64Array, limit: number): void {
  if (heap.length < limit) {
    heap.push(doc)
    for (let i = heap.length - 1; i > 0;) {
      const parent = (i - 1) >> 1
      if (score[heap[parent]!]! <= score[heap[i]!]!) break
      ;[heap[parent], heap[i]] = [heap[i]!, heap[parent]!]
      i = parent
    }
    return
  }
  if (limit === 0 || score[doc]! <= score[heap[0]!]!) return
  heap[0] = doc
  for (let i = 0; ;) {
    const l = 2 * i + 1
    const r = l + 1
    let least = i
    if (l < heap.length && score[heap[l]!]! < score[heap[least]!]!) least = l
    if (r < heap.length && score[heap[r]!]! < score[heap[least]!]!) least = r
    if (least === i) break
    ;[heap[least], heap[i]] = [heap[i]!, heap[least]!]
    i = least
  }
}
