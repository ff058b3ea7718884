// Checks on an approximate match at the level of words, where an edit distance
// alone misleads. "suspended deliveries" is five edits from "resumed deliveries"
// (within the budget of a 20-character quote) but says the opposite; and an
// approximate match that starts inside a word ("ped the Syrian city" for a quote
// that began "fled the") is a cut no analyst made.
import { foldString } from './fold'
import { editDistanceWithin } from './similarity'
import { joinsWord, tokens } from './words'

/** Words this long or longer carry the meaning a quote is recognised by. */
const SUBSTANTIAL = 4

/** Folded, without diacritics or harakat: a word is the same word however it is vowelled or accented. */
const bare = (s: string) => foldString(s).normalize('NFD').replace(/\p{M}/gu, '')

/** Whether text[i - 1] and text[i] are both inside one word. */
const cutsWord = (text: string, i: number) =>
  joinsWord(text.slice(Math.max(0, i - 1), i), text.slice(i, i + 1))

/**
 * Widen [start, end) to whole words where the quote itself began or ended on a
 * word boundary but the match falls inside a word (quotes the analyst cut
 * mid-word are left as they are), and drop spaces at its edges that the quote
 * did not have.
 */
export function toWholeWords(
  text: string,
  start: number,
  end: number,
  quote: { exact: string; prefix: string; suffix: string },
): { start: number; end: number } {
  let s = start
  let e = end
  if (!joinsWord(quote.prefix, quote.exact)) while (s > 0 && cutsWord(text, s)) s--
  if (!joinsWord(quote.exact, quote.suffix)) while (e < text.length && cutsWord(text, e)) e++
  // Nor does a match begin or end with a space the quote did not have.
  if (!/^\s/u.test(quote.exact)) while (s < e && /\s/u.test(text[s]!)) s++
  if (!/\s$/u.test(quote.exact)) while (e > s && /\s/u.test(text[e - 1]!)) e--
  return { start: s, end: e }
}

/**
 * Whether the quote's substantial words are still in `found`, each spelled at
 * most a letter differently (two for long words: "Mohammed"/"Mohammad",
 * "stabilised"/"stabilized"). A third of them may have changed; in a quote with
 * one or two such words, none may. A quote with no stored context (Recogito
 * stores none) has nothing else to vouch for the place, so `strict` lets none
 * change: "suspended deliveries to three districts" must not become "resumed
 * deliveries to two districts" on the strength of the words around them.
 */
export function wordsSurvive(quote: string, found: string, strict = false): boolean {
  const words = tokens(bare(quote)).filter((t) => t.word.length >= SUBSTANTIAL)
  if (words.length === 0) return true
  const haystack = bare(found).toLowerCase()
  const foundWords = tokens(haystack).map((t) => t.word)
  let missing = 0
  const allowed = strict ? 0 : Math.floor(words.length / 3)
  for (const { word } of words) {
    // Verbatim, even run into a neighbour ("Homs—the" typed "HomsZthe"), or a
    // whole word of the match spelled a letter or two differently.
    if (haystack.includes(word)) continue
    const budget = word.length >= 8 ? 2 : 1
    if (foundWords.some((w) => editDistanceWithin(w, word, budget) <= budget)) continue
    if (++missing > allowed) return false
  }
  return true
}
