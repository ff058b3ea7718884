// Words of a (folded) text and an index from each word to where it occurs, so a
// quote can be looked for anywhere in a long document by the words it still
// shares with it, without scanning the whole text once per annotation.
import { perText } from './text-cache'

/** 1 = letter, digit or mark; 0 = anything else; computed lazily per code unit. */
const wordUnit = new Int8Array(0x10000).fill(-1)
const WORD = /[\p{L}\p{N}\p{M}]/u

function isWordUnit(code: number): boolean {
  let v = wordUnit[code]!
  if (v === -1) {
    // Surrogates are not word units: outside the BMP news text has emoji and
    // flags, which separate words, far more often than letters.
    v = code >= 0xd800 && code <= 0xdfff ? 0 : WORD.test(String.fromCharCode(code)) ? 1 : 0
    wordUnit[code] = v
  }
  return v === 1
}

export interface Token {
  /** Lower-cased word. */
  word: string
  start: number
  end: number
}

function forEachWord(text: string, visit: (start: number, end: number) => void): void {
  let start = -1
  for (let i = 0; i <= text.length; i++) {
    const inWord = i < text.length && isWordUnit(text.charCodeAt(i))
    if (inWord && start === -1) start = i
    else if (!inWord && start !== -1) {
      visit(start, i)
      start = -1
    }
  }
}

/** The words of `text` (runs of letters, digits and marks), lower-cased, with their offsets. */
export function tokens(text: string): Token[] {
  const out: Token[] = []
  forEachWord(text, (start, end) => out.push({ word: text.slice(start, end).toLowerCase(), start, end }))
  return out
}

/** Whether `before` ends and `after` starts inside one word (a quote cut mid-word). */
export function joinsWord(before: string, after: string): boolean {
  return (
    before.length > 0 &&
    after.length > 0 &&
    isWordUnit(before.charCodeAt(before.length - 1)) &&
    isWordUnit(after.charCodeAt(0))
  )
}

export type WordIndex = ReadonlyMap<string, readonly number[]>

/**
 * Where each word of `text` starts, lower-cased words as keys. Built once per
 * text (about 30 ms for 1 MB) and kept for the few texts in use: the document
 * read, the one an import is planned onto, their folded forms.
 */
export const wordIndex: (text: string) => WordIndex = perText(4, (text) => {
  const built = new Map<string, number[]>()
  forEachWord(text, (start, end) => {
    const word = text.slice(start, end).toLowerCase()
    const list = built.get(word)
    if (list) list.push(start)
    else built.set(word, [start])
  })
  return built
})

/**
 * Every start of `needle` in `text`, ascending (or only the first `limit`),
 * found through the word index by the needle's rarest whole word: thousands of
 * quotes can be looked up in a 1 MB text without scanning it once per quote.
 * Null when the needle has no whole inner word to look up (then scan).
 */
export function occurrencesOf(text: string, needle: string, limit = Infinity): number[] | null {
  // Words touching the needle's edges may be parts of longer words in the text.
  const inner = tokens(needle).filter((t) => t.start > 0 && t.end < needle.length && t.word.length >= 3)
  if (inner.length === 0) return null
  const index = wordIndex(text)
  let rarest: readonly number[] | undefined
  let offset = 0
  for (const t of inner) {
    const at = index.get(t.word)
    if (!at) return []
    if (!rarest || at.length < rarest.length) {
      rarest = at
      offset = t.start
    }
  }
  const found: number[] = []
  for (const p of rarest!) {
    if (!text.startsWith(needle, p - offset)) continue
    found.push(p - offset)
    if (found.length >= limit) break
  }
  return found
}

/** Below this, scanning a text is cheaper than building its word index. */
export const INDEXED_LENGTH = 65_536

/** Whether `needle` occurs verbatim in `text` (through the word index in a long text). */
export function occursIn(text: string, needle: string): boolean {
  if (needle.length === 0) return false
  const found = text.length < INDEXED_LENGTH ? null : occurrencesOf(text, needle, 1)
  return found === null ? text.includes(needle) : found.length > 0
}
