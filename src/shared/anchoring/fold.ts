// Folding typographic variants that outlets change freely, so that two copies of
// a story compare equal where only their typography differs: curly and straight
// quotes and apostrophes (and guillemets, primes), dashes, non-breaking and
// repeated spaces, "…" and "...", invisible marks (soft hyphen, zero-width space,
// bidi controls), Arabic presentation forms (to their letters) and tatweel.
// Two house-style name variants fold too, as outlets write the same person
// differently: an English honorific before a name ("Mr. Jalali", "Dr. Nasser")
// and the transliterated Arabic article ("al-Assad", "Al-Assad", "el-Sisi"),
// so "Assad", "al-Assad" and "Mr. Al-Assad" compare equal.
//
// Matching runs on the folded text; every result is mapped back to the ORIGINAL
// text through per-code-unit offset maps, so what is stored and painted always
// points into the document as written. Letters, digits, case and diacritics are
// left alone: those can change meaning.
import { clampOffset } from './graphemes'
import { perText } from './text-cache'
import type { TextSelectors } from './types'

/** The folded form of a text plus the maps back into the original. */
export interface FoldedText {
  /** The original text. */
  readonly original: string
  /** The folded text (the same string when nothing folds). */
  readonly text: string
  /** False when folding changed nothing; the maps are then the identity and are not stored. */
  readonly changed: boolean
  /** Original offset where folded code unit i begins; entry text.length is original.length. */
  readonly starts: Int32Array | null
  /** Original offset where folded code unit i ends. */
  readonly ends: Int32Array | null
  /** Original offsets of folded-away or replaced code units, ascending (to tell where folding acted). */
  readonly touched: Int32Array | null
}

const KEEP = 0
const SPACE = 1
const DROP = 2
const QUOTE = 3
const DASH = 4
const ELLIPSIS = 5
const COMPAT = 6

const FOLDED_QUOTE = 0x27 // '
const FOLDED_DASH = 0x2d // -
const FOLDED_SPACE = 0x20

/** One action per UTF-16 code unit. Every folded character is in the BMP, so surrogates are kept as they are. */
const actions: Uint8Array = (() => {
  const table = new Uint8Array(0x10000)
  const set = (action: number, ...codes: number[]) => codes.forEach((c) => (table[c] = action))
  const range = (action: number, from: number, to: number) => table.fill(action, from, to + 1)
  // Whitespace of every kind, line breaks included: a paragraph split or joined by
  // another outlet does not change the words.
  set(SPACE, 0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x20, 0x85, 0xa0, 0x1680, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000)
  range(SPACE, 0x2000, 0x200a)
  // Invisible: soft hyphen, zero-width space, word joiner, BOM, LRM/RLM, bidi
  // embeddings and isolates, and the Arabic tatweel (a stretching stroke).
  // ZWJ and ZWNJ are kept: they shape emoji and Persian words.
  set(DROP, 0xad, 0x200b, 0x200e, 0x200f, 0x2060, 0xfeff, 0x061c, 0x0640)
  range(DROP, 0x202a, 0x202e)
  range(DROP, 0x2066, 0x2069)
  // Quotation marks and apostrophes, single or double: quote style is house style.
  set(QUOTE, 0x22, 0x27, 0x60, 0xab, 0xb4, 0xbb, 0x2bb, 0x2bc, 0x2018, 0x2019, 0x201a, 0x201b)
  set(QUOTE, 0x201c, 0x201d, 0x201e, 0x201f, 0x2032, 0x2033, 0x2039, 0x203a, 0xff02, 0xff07)
  // Hyphens and dashes, the minus sign among them.
  range(DASH, 0x2010, 0x2015)
  set(DASH, 0x2212, 0xfe58, 0xfe63, 0xff0d)
  set(ELLIPSIS, 0x2026)
  // Arabic presentation forms A and B: contextual glyph codes some PDFs and old
  // pages carry instead of letters; NFKC gives the letters back.
  range(COMPAT, 0xfb50, 0xfdff)
  range(COMPAT, 0xfe70, 0xfefe)
  return table
})()

/** The NFKC letters of a presentation form, whitespace and tatweel folded too; cached per code unit. */
const compatCache = new Map<number, number[]>()
function compatUnits(code: number): number[] {
  let units = compatCache.get(code)
  if (units === undefined) {
    const s = String.fromCharCode(code).normalize('NFKC')
    units = []
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i)
      const a = actions[c]
      if (a === DROP) continue
      units.push(a === SPACE ? FOLDED_SPACE : c)
    }
    compatCache.set(code, units)
  }
  return units
}

const isAsciiLetter = (c: number) => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)
const isUpper = (c: number) => c >= 0x41 && c <= 0x5a
/** Letters that can begin a name variant: A a D E e M. */
const variantStart = (c: number) =>
  c === 0x41 || c === 0x61 || c === 0x44 || c === 0x45 || c === 0x65 || c === 0x4d
const HONORIFICS = ['Mr.', 'Mrs.', 'Ms.', 'Dr.']
const ARTICLES = ['al-', 'Al-', 'el-', 'El-']

/**
 * Code units to drop at `i` for a name variant: an honorific with the space after
 * it before a capitalised word, or an Arabic article before a letter; else 0.
 * Only at the start of a word ("Abdul-Ghani" keeps its "l-").
 */
function nameVariantLength(s: string, i: number): number {
  const c = s.charCodeAt(i)
  if (!variantStart(c)) return 0
  if (i > 0) {
    const prev = s.charCodeAt(i - 1)
    if (isAsciiLetter(prev) || (prev >= 0x30 && prev <= 0x39) || (prev >= 0x80 && actions[prev] === KEEP))
      return 0
  }
  for (const a of ARTICLES) if (s.startsWith(a, i) && isAsciiLetter(s.charCodeAt(i + 3))) return 3
  for (const h of HONORIFICS)
    if (
      s.startsWith(h, i) &&
      actions[s.charCodeAt(i + h.length)] === SPACE &&
      isUpper(s.charCodeAt(i + h.length + 1))
    )
      return h.length + 1
  return 0
}

/** Whether any code unit of `s` folds. Cheap: a table look-up per unit. */
function needsFolding(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i)
    const a = actions[c]
    if (a === KEEP) {
      if (variantStart(c) && nameVariantLength(s, i) > 0) return true
      continue
    }
    if (a === QUOTE && c === FOLDED_QUOTE) continue
    if (
      a === SPACE &&
      c === FOLDED_SPACE &&
      s.charCodeAt(i + 1) !== FOLDED_SPACE &&
      actions[s.charCodeAt(i + 1)] !== SPACE
    )
      continue
    return true
  }
  return false
}

const decoder = new TextDecoder('utf-16le')

/** Fold `original`, keeping maps from every folded code unit back to the original. */
export function foldText(original: string): FoldedText {
  if (!needsFolding(original))
    return { original, text: original, changed: false, starts: null, ends: null, touched: null }
  const n = original.length
  let capacity = n + 16
  let out = new Uint16Array(capacity)
  let starts = new Int32Array(capacity + 1)
  let ends = new Int32Array(capacity)
  const touched: number[] = []
  let k = 0
  const grow = (need: number) => {
    if (k + need <= capacity) return
    capacity = Math.max(capacity * 2, k + need + 16)
    const o = new Uint16Array(capacity)
    o.set(out)
    out = o
    const s = new Int32Array(capacity + 1)
    s.set(starts)
    starts = s
    const e = new Int32Array(capacity)
    e.set(ends)
    ends = e
  }
  const emit = (unit: number, from: number, to: number) => {
    grow(1)
    out[k] = unit
    starts[k] = from
    ends[k] = to
    k++
  }
  for (let i = 0; i < n; i++) {
    const c = original.charCodeAt(i)
    const a = actions[c]!
    switch (a) {
      case KEEP: {
        const drop = variantStart(c) ? nameVariantLength(original, i) : 0
        if (drop === 0) emit(c, i, i + 1)
        else {
          for (let j = 0; j < drop; j++) touched.push(i + j)
          i += drop - 1
        }
        break
      }
      case SPACE:
        // A run of whitespace becomes one space, mapped to its first character.
        if (k > 0 && out[k - 1] === FOLDED_SPACE) touched.push(i)
        else {
          if (c !== FOLDED_SPACE) touched.push(i)
          emit(FOLDED_SPACE, i, i + 1)
        }
        break
      case DROP:
        touched.push(i)
        break
      case QUOTE:
        if (c !== FOLDED_QUOTE) touched.push(i)
        emit(FOLDED_QUOTE, i, i + 1)
        break
      case DASH:
        touched.push(i)
        emit(FOLDED_DASH, i, i + 1)
        break
      case ELLIPSIS:
        touched.push(i)
        for (let j = 0; j < 3; j++) emit(0x2e, i, i + 1)
        break
      default: {
        touched.push(i)
        for (const u of compatUnits(c)) {
          if (u === FOLDED_SPACE && k > 0 && out[k - 1] === FOLDED_SPACE) continue
          emit(u, i, i + 1)
        }
      }
    }
  }
  starts[k] = n
  return {
    original,
    text: decoder.decode(out.subarray(0, k)),
    changed: true,
    starts: starts.slice(0, k + 1),
    ends: ends.slice(0, k),
    touched: Int32Array.from(touched),
  }
}

/** Just the folded string (quotes, contexts, words): foldText's text, without the maps. */
export function foldString(s: string): string {
  if (!needsFolding(s)) return s
  if (s.length > 4096) return foldText(s).text
  const out: number[] = []
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i)
    const a = actions[c]!
    if (a === KEEP) {
      const drop = variantStart(c) ? nameVariantLength(s, i) : 0
      if (drop === 0) out.push(c)
      else i += drop - 1
    } else if (a === SPACE) {
      if (out[out.length - 1] !== FOLDED_SPACE) out.push(FOLDED_SPACE)
    } else if (a === QUOTE) out.push(FOLDED_QUOTE)
    else if (a === DASH) out.push(FOLDED_DASH)
    else if (a === ELLIPSIS) out.push(0x2e, 0x2e, 0x2e)
    else if (a === COMPAT)
      for (const u of compatUnits(c)) {
        if (u !== FOLDED_SPACE || out[out.length - 1] !== FOLDED_SPACE) out.push(u)
      }
  }
  return String.fromCharCode(...out)
}

/** The original range covered by folded [start, end). An empty range maps to an empty range. */
export function toOriginalRange(f: FoldedText, start: number, end: number): { start: number; end: number } {
  if (!f.starts || !f.ends) return { start, end }
  const s = f.starts[Math.min(Math.max(start, 0), f.text.length)]!
  if (end <= start) return { start: s, end: s }
  return { start: s, end: f.ends[Math.min(end, f.text.length) - 1]! }
}

/** The folded offset of original offset `offset`: the first folded unit that begins at or after it. */
export function toFoldedOffset(f: FoldedText, offset: number): number {
  const starts = f.starts
  if (!starts) return Math.min(Math.max(offset, 0), f.text.length)
  let lo = 0
  let hi = f.text.length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if (starts[mid]! < offset) lo = mid + 1
    else hi = mid
  }
  return lo
}

/** Whether folding replaced or removed anything in original [start, end). */
export function foldedWithin(f: FoldedText, start: number, end: number): boolean {
  const t = f.touched
  if (!t || t.length === 0) return false
  let lo = 0
  let hi = t.length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if (t[mid]! < start) lo = mid + 1
    else hi = mid
  }
  return lo < t.length && t[lo]! < end
}

/**
 * foldText, kept for the few texts in use: the reader re-anchors every annotation
 * of a document on each change, and an import plans thousands on one text.
 */
export const foldedDocument: (text: string) => FoldedText = perText(4, foldText)

const str = (v: unknown) => (typeof v === 'string' ? v : '')

/** The stored start clamped into the text, as the matcher reads it. */
export function storedStart(text: string, selectors: TextSelectors): number {
  const start = selectors.position?.start
  return clampOffset(typeof start === 'number' ? start : 0, text.length)
}

/** The stored quote and context folded, with the stored position moved onto the folded text. */
export function foldSelectors(doc: FoldedText, selectors: TextSelectors): TextSelectors {
  const { quote } = selectors
  const exact = foldString(str(quote.exact))
  const start = toFoldedOffset(doc, storedStart(doc.original, selectors))
  return {
    quote: {
      type: 'TextQuoteSelector',
      exact,
      prefix: foldString(str(quote.prefix)),
      suffix: foldString(str(quote.suffix)),
    },
    position: { type: 'TextPositionSelector', start, end: start + exact.length },
  }
}
