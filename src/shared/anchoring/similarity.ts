// String similarity used to score anchoring candidates. Quote similarity is an
// edit distance; context similarity follows hypothesis's textMatchScore (the
// best approximate occurrence of the stored context in the text next to the
// candidate), which degrades gracefully when a word beside the quote changes,
// unlike a plain common-prefix count that drops to zero at the first edit.

/** 1 when `str` occurs verbatim in `text`, towards 0 as more edits are needed; 1 for an empty `str` (nothing to contradict). */
export function textMatchScore(text: string, str: string): number {
  if (str.length === 0) return 1
  if (text.length === 0) return 0
  if (text === str || text.includes(str)) return 1
  return 1 - bestOccurrenceErrors(text, str) / str.length
}

/**
 * The fewest edits that turn `pattern` into some substring of `text`: the number
 * approx-string-match reports for its best match, without finding where each
 * match starts (which made scoring contexts the slowest part of fuzzy
 * anchoring). Myers' bit-parallel algorithm for patterns of up to 32 units (a
 * stored context is at most 32), Sellers' dynamic programme beyond.
 */
export function bestOccurrenceErrors(text: string, pattern: string): number {
  return pattern.length <= 32 ? myersBest(text, pattern) : sellersBest(text, pattern)
}

/** Myers (1999), the search variant: a match may start anywhere in `text`. */
function myersBest(text: string, pattern: string): number {
  const m = pattern.length
  if (m === 0) return 0
  const peq = new Map<number, number>()
  for (let i = 0; i < m; i++) {
    const c = pattern.charCodeAt(i)
    peq.set(c, (peq.get(c) ?? 0) | (1 << i))
  }
  const last = 1 << (m - 1)
  let pv = -1 // all ones: every vertical delta +1
  let mv = 0
  let score = m
  let best = m
  for (let j = 0; j < text.length; j++) {
    const eq = peq.get(text.charCodeAt(j)) ?? 0
    const xv = eq | mv
    const xh = (((eq & pv) + pv) ^ pv) | eq
    let ph = mv | ~(xh | pv)
    let mh = pv & xh
    if (ph & last) score++
    else if (mh & last) score--
    // Row 0 costs nothing anywhere in the text, so nothing is carried in.
    ph <<= 1
    mh <<= 1
    pv = mh | ~(xv | ph)
    mv = ph & xv
    if (score < best) best = score
  }
  return best
}

/** Sellers (1980): column by column over the text, free start. O(text × pattern). */
function sellersBest(text: string, pattern: string): number {
  const m = pattern.length
  let col = new Int32Array(m + 1)
  let next = new Int32Array(m + 1)
  for (let i = 0; i <= m; i++) col[i] = i
  let best = m
  for (let j = 0; j < text.length; j++) {
    const c = text.charCodeAt(j)
    next[0] = 0
    for (let i = 1; i <= m; i++) {
      const sub = col[i - 1]! + (pattern.charCodeAt(i - 1) === c ? 0 : 1)
      next[i] = Math.min(sub, col[i]! + 1, next[i - 1]! + 1)
    }
    if (next[m]! < best) best = next[m]!
    ;[col, next] = [next, col]
  }
  return best
}

/** Similarity of the text just before `start` to the stored prefix. */
export function prefixScore(text: string, start: number, prefix: string): number {
  return textMatchScore(text.slice(Math.max(0, start - prefix.length), start), prefix)
}

/** Similarity of the text just after `end` to the stored suffix. */
export function suffixScore(text: string, end: number, suffix: string): number {
  return textMatchScore(text.slice(end, end + suffix.length), suffix)
}

/** Number of code units the stored prefix and the text before `start` share, counted backwards. */
export function sharedPrefixContext(text: string, start: number, prefix: string): number {
  let k = 0
  while (
    k < prefix.length &&
    k < start &&
    text.charCodeAt(start - 1 - k) === prefix.charCodeAt(prefix.length - 1 - k)
  )
    k++
  return k
}

/** Number of code units the stored suffix and the text from `end` share. */
export function sharedSuffixContext(text: string, end: number, suffix: string): number {
  let k = 0
  while (k < suffix.length && end + k < text.length && text.charCodeAt(end + k) === suffix.charCodeAt(k)) k++
  return k
}

/**
 * Levenshtein distance between `a` and `b` (UTF-16 units, like approx-string-match),
 * or `max + 1` as soon as it must exceed `max`. Banded: O(max × length).
 */
export function editDistanceWithin(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1
  if (a === b) return 0
  const inf = max + 1
  // Typed arrays: plain `new Array(n)` is holey and several times slower here.
  let prev = new Int32Array(b.length + 1)
  let cur = new Int32Array(b.length + 1)
  for (let j = 0; j <= b.length; j++) prev[j] = j <= max ? j : inf
  for (let i = 1; i <= a.length; i++) {
    const lo = Math.max(1, i - max)
    const hi = Math.min(b.length, i + max)
    // Only the diagonal band is computed; the cells just outside it are set to
    // "too far" so the next row never reads a stale value from two rows back.
    cur[0] = i <= max ? i : inf
    if (lo > 1) cur[lo - 1] = inf
    if (hi < b.length) cur[hi + 1] = inf
    let rowMin = cur[0]
    for (let j = lo; j <= hi; j++) {
      const sub = (prev[j - 1] ?? inf) + (a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1)
      const v = Math.min(sub, (prev[j] ?? inf) + 1, (cur[j - 1] ?? inf) + 1, inf)
      cur[j] = v
      if (v < rowMin) rowMin = v
    }
    if (rowMin > max) return inf
    ;[prev, cur] = [cur, prev]
  }
  return Math.min(prev[b.length] ?? inf, inf)
}
