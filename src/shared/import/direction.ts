// Text direction by content. A document takes its base direction from what
// the source declares (dir, then lang), else from the majority of its strong
// characters. A block takes the direction most of its strong characters have,
// not the first one's (as dir="auto" would): an Arabic paragraph that opens
// with "UNHCR" or "Reuters" still reads right to left.
import type { TextDirection } from './extracted'

// Hebrew, Arabic, Syriac, Thaana, NKo, Samaritan, Mandaic, Arabic supplements
// and presentation forms, and the RTL blocks of the supplementary planes.
const rtlChar = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFC]|[\u{10800}-\u{10FFF}\u{1E800}-\u{1EFFF}]/gu
const letter = /\p{L}/gu

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

export function strongCounts(text: string): { rtl: number; ltr: number } {
  const rtl = text.match(rtlChar)?.length ?? 0
  const letters = text.match(letter)?.length ?? 0
  return { rtl, ltr: Math.max(0, letters - rtl) }
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
