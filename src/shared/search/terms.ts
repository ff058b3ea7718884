// Words as the index and the query see them, plus light Arabic prefix
// stripping: a word written with a clitic (و "and", ف "so", ب "in/with",
// ك "like", ل "for", the article ال, and لل) is also indexed without it, so
// "حمص" finds "بحمص" and "المرصد" finds "والمرصد".
import { normalise } from './normalise'

/**
 * A word of the original text: letters, digits and marks, with format
 * characters (ZWNJ inside Persian words, bidi marks) kept inside it. Each
 * such token is folded and split again, since folding can turn a character
 * into a letter and a separator ("½" → "1⁄2").
 */
const TOKEN = /[\p{L}\p{N}\p{M}\p{Cf}]+/gu
/** Letters, digits and spacing marks (so Indic vowel signs stay inside their word). */
const WORD = /[\p{L}\p{N}\p{Mc}]+/gu

/**
 * Folded words per token. Word frequencies are Zipfian, so almost every
 * token of a large case is a cache hit; folding each one anew cost most of
 * the index build. Cleared when large, so it cannot grow without bound.
 */
const foldedTokens = new Map<string, readonly string[]>()
const CACHE_LIMIT = 200_000

/** The folded words of one raw token (usually one; none for a token of marks only). */
export function foldToken(token: string): readonly string[] {
  let words = foldedTokens.get(token)
  if (words === undefined) {
    words = normalise(token).match(WORD) ?? []
    if (foldedTokens.size >= CACHE_LIMIT) foldedTokens.clear()
    foldedTokens.set(token, words)
  }
  return words
}

/** The raw tokens of `text`, unfolded: each folds to the words `words` returns for it. */
export const tokens = (text: string): string[] => text.match(TOKEN) ?? []

/** The folded words of `text`, in order, repeats kept. */
export function words(text: string): string[] {
  const tokens = text.match(TOKEN)
  if (tokens === null) return []
  const out: string[] = []
  for (const token of tokens) {
    const folded = foldToken(token)
    if (folded.length === 1) out.push(folded[0]!)
    else out.push(...folded)
  }
  return out
}

/** A word of the original text: where it is, and its folded forms. */
export interface WordSpan {
  start: number
  end: number
  words: readonly string[]
}

/** The words of `text` with their offsets in it, for marking the words a query matched. */
export function wordSpans(text: string): WordSpan[] {
  const out: WordSpan[] = []
  for (const m of text.matchAll(TOKEN)) {
    const folded = foldToken(m[0])
    if (folded.length > 0) out.push({ start: m.index, end: m.index + m[0].length, words: folded })
  }
  return out
}

/**
 * Words too common to help: dropped from the index and from queries, so "the
 * Observatory" searches for "observatory". Lucene's English list without
 * "no" and "not" (a claim turns on them), and the Arabic prepositions and
 * particles that stand alone, written folded (الى, علي). Besides precision,
 * they are a large share of all words: leaving them out makes the index
 * smaller and quicker to build and to query.
 */
export const stopWords: ReadonlySet<string> = new Set([
  ...(
    'a an and are as at be but by for if in into is it its of on or such that the their then there these they ' +
    'this to was will with'
  ).split(' '),
  ...'في من الى علي عن ان او ما هذا هذه التي الذي'.split(' '),
])

/** Starts with an Arabic letter (a charCode test: this runs once per word of the index). */
export const isArabic = (word: string): boolean => {
  const c = word.charCodeAt(0)
  return c >= 0x0620 && c <= 0x064a
}
/** Stripping stops while this many letters remain: Arabic roots are mostly three letters long. */
const MIN_STEM = 3

/**
 * Every form of a folded Arabic word with its clitic prefixes stripped,
 * longest first, the word itself included: والمرصد → والمرصد, المرصد, مرصد.
 * The index holds all of them and a query looks up the word as typed, so a
 * query never loses a letter that might belong to the root: "بشار" does not
 * find "شار". Other words come back alone.
 */
export function arabicForms(word: string): string[] {
  if (!isArabic(word)) return [word]
  const forms = [word]
  const add = (form: string) => {
    if (form.length >= MIN_STEM && !forms.includes(form)) forms.push(form)
  }
  const stripped = (w: string) => {
    if (w.startsWith('ال')) add(w.slice(2))
    else if (w.startsWith('لل')) {
      // لل is ل + ال with the article's alef elided: للمرصد is "for the observatory".
      if (w.length - 2 >= MIN_STEM) add(`ال${w.slice(2)}`)
      add(w.slice(2))
    } else if (/^[بكل]/.test(w) && w.length - 1 >= MIN_STEM) {
      const rest = w.slice(1)
      add(rest)
      if (rest.startsWith('ال')) add(rest.slice(2))
    }
  }
  stripped(word)
  if (/^[وف]/.test(word) && word.length - 1 >= MIN_STEM) {
    add(word.slice(1))
    stripped(word.slice(1))
  }
  return forms
}

/** The terms one folded word puts in the index: none for a stop word, its Arabic forms otherwise. */
export function indexTerms(word: string): string | string[] | null {
  if (stopWords.has(word)) return null
  return isArabic(word) ? arabicForms(word) : word
}

/** A folded query word as looked up: stop words dropped, Arabic prefixes kept as typed. */
export const queryTerm = (word: string): string | null => (stopWords.has(word) ? null : word)
