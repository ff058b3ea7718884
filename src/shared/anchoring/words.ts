// Words of a (folded) text and an index from each word to where it occurs, so a
// quote can be looked for anywhere in a long document by the words it still
// shares with it, without scanning the whole text once per annotation.

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

const indexes = new WeakMap<object, Map<string, number[]>>()

/**
 * Where each word of `text` starts. Built once per owner object (a folded
 * document) and kept as long as the owner lives: about 20 ms for 1 MB.
 */
export function wordIndex(owner: object, text: string): WordIndex {
  let index = indexes.get(owner)
  if (!index) {
    const built = new Map<string, number[]>()
    forEachWord(text, (start, end) => {
      const word = text.slice(start, end).toLowerCase()
      const list = built.get(word)
      if (list) list.push(start)
      else built.set(word, [start])
    })
    indexes.set(owner, built)
    index = built
  }
  return index
}

/**
 * Whether `needle` occurs verbatim in `text`, found through the word index (of
 * `owner`) by its rarest whole word, so thousands of quotes can be counted on a
 * 1 MB text without scanning it once per quote.
 */
export function occursIn(owner: object, text: string, needle: string): boolean {
  if (needle.length === 0) return false
  // Words touching the needle's edges may be parts of longer words in the text.
  const inner = tokens(needle).filter((t) => t.start > 0 && t.end < needle.length && t.word.length >= 3)
  if (inner.length === 0) return text.includes(needle)
  const index = wordIndex(owner, text)
  let rarest: readonly number[] | undefined
  let offset = 0
  for (const t of inner) {
    const at = index.get(t.word)
    if (!at) return false
    if (!rarest || at.length < rarest.length) {
      rarest = at
      offset = t.start
    }
  }
  return rarest!.some((p) => text.startsWith(needle, p - offset))
}
