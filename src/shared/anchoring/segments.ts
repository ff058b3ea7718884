// Sentence ranges (for keyboard navigation between sentences) and word counts,
// both from Intl.Segmenter so Arabic, CJK and mixed-script text follow the
// Unicode rules instead of an English-only regular expression.
import type { TextRange } from './types'

const DEFAULT_LOCALE = 'en'
const segmenters = new Map<string, Intl.Segmenter>()

/** Segmenters are costly to build and reusable; an unknown or malformed locale falls back to English. */
function segmenter(locale: string | undefined, granularity: 'sentence' | 'word'): Intl.Segmenter {
  const key = `${granularity}:${locale ?? DEFAULT_LOCALE}`
  let s = segmenters.get(key)
  if (s === undefined) {
    try {
      s = new Intl.Segmenter(locale ?? DEFAULT_LOCALE, { granularity })
    } catch {
      s = new Intl.Segmenter(DEFAULT_LOCALE, { granularity })
    }
    segmenters.set(key, s)
  }
  return s
}

const isWhitespace = (ch: string): boolean => /\s/u.test(ch)

/**
 * Sentence ranges of `text` in text order. Segmentation runs per paragraph so a
 * range never crosses "\n" (a heading without a full stop is its own sentence);
 * trailing whitespace is trimmed from each range and empty ranges are dropped.
 */
export function sentenceRanges(text: string, locale?: string): TextRange[] {
  const sentences = segmenter(locale, 'sentence')
  const ranges: TextRange[] = []
  let paragraphStart = 0
  while (paragraphStart <= text.length) {
    const newline = text.indexOf('\n', paragraphStart)
    const paragraphEnd = newline === -1 ? text.length : newline
    const paragraph = text.slice(paragraphStart, paragraphEnd)
    for (const { segment, index } of sentences.segment(paragraph)) {
      const start = paragraphStart + index
      let end = start + segment.length
      while (end > start && isWhitespace(text.charAt(end - 1))) end--
      if (end > start) ranges.push({ start, end })
    }
    paragraphStart = paragraphEnd + 1
  }
  return ranges
}

/**
 * Number of word-like segments (words, numbers, CJK words; not punctuation or
 * spaces). Segmented paragraph by paragraph: V8's segment iterator slows down
 * sharply on very long strings (a 1 MB text in one piece took minutes).
 */
export function countWords(text: string, locale?: string): number {
  const words = segmenter(locale, 'word')
  let count = 0
  for (const piece of chunks(text, 4096)) {
    for (const { isWordLike } of words.segment(piece)) if (isWordLike) count++
  }
  return count
}

/** Pieces of at most about `size` units, cut at line breaks or else at a space (always a word boundary). */
function* chunks(text: string, size: number): Generator<string> {
  let start = 0
  while (start < text.length) {
    let end = Math.min(text.length, start + size)
    if (end < text.length) {
      const newline = text.lastIndexOf('\n', end)
      const space = text.lastIndexOf(' ', end)
      const cut = newline > start ? newline : space > start ? space : end
      end = cut
    }
    yield text.slice(start, end)
    start = end === start ? end + 1 : end
  }
}
