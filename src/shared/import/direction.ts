// Text direction by content. A document takes its base direction from what
// the source declares (dir, then lang), else from the majority of its strong
// characters. A block takes the direction most of its strong characters have,
// not the first one's (as dir="auto" would): an Arabic paragraph that opens
// with "UNHCR" or "Reuters" still reads right to left.
import type { TextDirection } from './extracted'

// Hebrew, Arabic, Syriac, Thaana, NKo, Samaritan, Mandaic, Arabic supplements
// and presentation forms, and the RTL blocks of the supplementary planes.
const isRtl = (cp: number) =>
  (cp >= 0x0590 && cp <= 0x08ff) ||
  (cp >= 0xfb1d && cp <= 0xfdff) ||
  (cp >= 0xfe70 && cp <= 0xfefc) ||
  (cp >= 0x10800 && cp <= 0x10fff) ||
  (cp >= 0x1e800 && cp <= 0x1efff)
const letterPattern = /^\p{L}$/u
// Whether a code point is a letter, remembered: a document uses few distinct ones.
const letters = new Map<number, boolean>()
const isLetter = (cp: number) => {
  let yes = letters.get(cp)
  if (yes === undefined) letters.set(cp, (yes = letterPattern.test(String.fromCodePoint(cp))))
  return yes
}

const rtlLanguages = new Set([
  'ar',
  'arc',
  'ckb',
  'dv',
  'fa',
  'he',
  'iw',
  'ks',
  'ku-arab',
  'ps',
  'sd',
  'syr',
  'ug',
  'ur',
  'yi',
])

/** Strong right-to-left and left-to-right letters in `text` (one pass, no allocation per letter: the reader runs it on whole documents). */
export function strongCounts(text: string): { rtl: number; ltr: number } {
  let rtl = 0
  let ltr = 0
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c < 0x80) {
      if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) ltr++
      continue
    }
    const cp = text.codePointAt(i)!
    if (cp > 0xffff) i++
    if (isLetter(cp)) {
      if (isRtl(cp)) rtl++
      else ltr++
    }
  }
  return { rtl, ltr }
}

/** The direction a language is written in, or undefined when the tag says nothing we know. */
export function directionOfLanguage(lang: string | null | undefined): TextDirection | undefined {
  const tag = (lang ?? '').trim().toLowerCase().replace(/_/g, '-')
  if (!tag) return undefined
  if (/-(arab|hebr|syrc|thaa|nkoo)\b/.test(tag)) return 'rtl'
  const primary = tag.split('-')[0]!
  return rtlLanguages.has(primary) ? 'rtl' : /^[a-z]{2,3}$/.test(primary) ? 'ltr' : undefined
}

/** The direction of most strong characters in `texts`, or `fallback` when they tie or there are none. */
export function majorityDirection(texts: Iterable<string>, fallback: TextDirection = 'ltr'): TextDirection {
  let rtl = 0
  let ltr = 0
  for (const t of texts) {
    const c = strongCounts(t)
    rtl += c.rtl
    ltr += c.ltr
  }
  return rtl > ltr ? 'rtl' : ltr > rtl ? 'ltr' : fallback
}

/** A document's base direction: its declared dir, else its language's, else its text's. */
export function baseDirection(
  hints: { dir?: string | null; lang?: string | null },
  texts: Iterable<string>,
): TextDirection {
  const dir = (hints.dir ?? '').trim().toLowerCase()
  if (dir === 'rtl' || dir === 'ltr') return dir
  return directionOfLanguage(hints.lang) ?? majorityDirection(texts)
}

/** A block's own direction: the majority of its strong characters; the base when it has none or they tie. */
export function blockDirection(text: string, base: TextDirection): TextDirection {
  return majorityDirection([text], base)
}
