// String similarity used to score anchoring candidates. Quote similarity is an
// edit distance; context similarity follows hypothesis's textMatchScore (the
// best approximate occurrence of the stored context in the text next to the
// candidate), which degrades gracefully when a word beside the quote changes,
// unlike a plain common-prefix count that drops to zero at the first edit.
import search from 'approx-string-match'

/** 1 when `str` occurs verbatim in `text`, towards 0 as more edits are needed; 1 for an empty `str` (nothing to contradict). */
export function textMatchScore(text: string, str: string): number {
  if (str.length === 0) return 1
  if (text.length === 0) return 0
  if (text === str || text.includes(str)) return 1
  const best = search(text, str, str.length)[0]
  return best === undefined ? 0 : 1 - best.errors / str.length
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
  let prev = new Array<number>(b.length + 1)
  let cur = new Array<number>(b.length + 1)
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
