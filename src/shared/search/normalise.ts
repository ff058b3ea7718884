// Text folding for search, so one key stands for every way a word is written:
// "Homs", "HOMS" and "Ḥoms"; "Jalali" and "Jalālī"; Arabic with or without
// short vowels, tatweel or hamza seats. The index, the query and
// find-in-document all fold through here, so they always agree.
//
// Two forms of the same fold: `normalise` works on whole strings (fast, for
// indexing), `foldWithOffsets` works code point by code point and remembers
// where each folded character came from, so matches found in the folded text
// can be painted on the ORIGINAL text. A property test keeps them equal.

/**
 * Marks and invisible formatting dropped after decomposition: combining
 * accents (Latin diacritics, Arabic harakat and shadda, the hamza that NFKD
 * splits off أ إ آ ؤ ئ), format characters (ZWNJ, bidi marks, soft hyphen)
 * the Arabic tatweel, which only stretches a word, and the half rings and
 * modifier apostrophes of transliteration (Maʿarrat, Qurʾan), which analysts
 * rarely type.
 */
const DROPPED = /[\p{Mn}\p{Me}\p{Cf}\u0640\u02bb\u02bc\u02be\u02bf]/gu

/**
 * Letters that decomposition leaves alone but readers treat as the same:
 * Arabic ى→ي, ة→ه, alef wasla ٱ→ا, Persian yeh/kaf to Arabic, Arabic-Indic and
 * Persian digits to 0-9, and the Latin letters with no decomposition (ß, ø, ł,
 * đ, æ, œ, þ, ð, dotless ı). Greek final sigma folds to σ so that folding a
 * word and folding its letters one by one agree.
 */
const LETTERS: Readonly<Record<string, string>> = {
  ς: 'σ',
  ى: 'ي',
  ة: 'ه',
  ٱ: 'ا',
  ی: 'ي',
  ک: 'ك',
  ß: 'ss',
  ø: 'o',
  đ: 'd',
  ð: 'd',
  ł: 'l',
  æ: 'ae',
  œ: 'oe',
  þ: 'th',
  ı: 'i',
  ...Object.fromEntries(
    Array.from({ length: 10 }, (_, d) => [
      [String.fromCharCode(0x0660 + d), String(d)],
      [String.fromCharCode(0x06f0 + d), String(d)],
    ]).flat(),
  ),
}
const MAPPED = /[ςىةٱیکßøđðłæœþı\u0660-\u0669\u06f0-\u06f9]/g
// eslint-disable-next-line no-control-regex -- ASCII means code points 0 to 127, controls included
const ASCII = /^[\x00-\x7f]*$/

/** Folds case, Latin diacritics and Arabic spelling variants. The output may be shorter or longer than the input. */
export function normalise(text: string): string {
  if (ASCII.test(text)) return text.toLowerCase()
  return text
    .normalize('NFKD')
    .toLowerCase()
    .replace(DROPPED, '')
    .replace(MAPPED, (c) => LETTERS[c] ?? c)
}

/** Folded text with, for each folded UTF-16 unit, the offset in the original it came from. */
export interface FoldedText {
  folded: string
  /** `starts[i]` is the original offset of folded unit i; `starts[folded.length]` is the original length. */
  starts: Uint32Array
}

/**
 * The fold of each BMP code unit, filled in as met: 0 not yet known, 1
 * dropped, 2 | unit << 2 one unit, 3 several (in `longFolds`). A typed-array
 * lookup per character keeps folding 1 MB of mixed text to milliseconds.
 */
const unitFolds = new Uint32Array(0x10000)
const longFolds = new Map<number, string>()
const UNKNOWN = 0
const DROP = 1
const ONE = 2
const MANY = 3

function learn(cp: number): number {
  const folded = normalise(String.fromCodePoint(cp))
  const code = folded.length === 0 ? DROP : folded.length === 1 ? ONE | (folded.charCodeAt(0) << 2) : MANY
  if (code === MANY || cp >= 0x10000) longFolds.set(cp, folded)
  if (cp < 0x10000) unitFolds[cp] = code
  return code
}
for (let c = 0; c < 128; c++) learn(c)

// Decoding replaces a lone surrogate (malformed text) with U+FFFD: one unit for one, so offsets hold.
const utf16 = new TextDecoder('utf-16le')

/** The same fold as `normalise`, keeping a map from folded offsets back to the original text. */
export function foldWithOffsets(text: string): FoldedText {
  let out = new Uint16Array(text.length + 16)
  let starts = new Uint32Array(text.length + 17)
  let n = 0
  for (let i = 0; i < text.length;) {
    const unit = text.charCodeAt(i)
    // Surrogate pairs (emoji, rare scripts) go through the slow path; BMP characters through the table.
    const isPair = unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length
    const cp = isPair ? text.codePointAt(i)! : unit
    let code = isPair ? UNKNOWN : unitFolds[unit]!
    if (code === UNKNOWN) code = learn(cp)
    if (code === DROP) {
      i += isPair ? 2 : 1
      continue
    }
    const folded = code === MANY || isPair ? (longFolds.get(cp) ?? normalise(String.fromCodePoint(cp))) : null
    if (n + (folded?.length ?? 1) >= out.length) {
      const grownOut = new Uint16Array(out.length * 2)
      grownOut.set(out)
      out = grownOut
      const grownStarts = new Uint32Array(starts.length * 2)
      grownStarts.set(starts)
      starts = grownStarts
    }
    if (folded === null) {
      out[n] = code >>> 2
      starts[n++] = i
    } else {
      for (let k = 0; k < folded.length; k++) {
        out[n] = folded.charCodeAt(k)
        starts[n++] = i
      }
    }
    i += isPair ? 2 : 1
  }
  starts[n] = text.length
  return { folded: utf16.decode(out.subarray(0, n)), starts: starts.subarray(0, n + 1) }
}

/**
 * Maps a range [from, to) of folded text back to the original. The end moves
 * past any marks the fold dropped after the last matched letter (a vowel sign
 * belongs to its letter), and never stops inside a character that folded to
 * several (ß → ss).
 */
export function originalRange(map: FoldedText, from: number, to: number): { start: number; end: number } {
  const { starts } = map
  const start = starts[from]!
  if (to <= from) return { start, end: start }
  const last = starts[to - 1]!
  let k = to
  while (k < starts.length - 1 && starts[k] === last) k++
  return { start, end: starts[k]! }
}
