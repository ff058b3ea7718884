// The ~1 MB text and the annotations the anchoring benchmarks share: the
// sample article repeated with variations (other city, weekday and week count,
// numbered paragraphs), and random word-aligned ranges on it.
import { readFileSync } from 'node:fs'
import { describeRange, type TextSelectors } from '../../src/shared/anchoring'

const TARGET_LENGTH = 1_000_000

const article = readFileSync(new URL('../../resources/sample-article.txt', import.meta.url), 'utf8')
const cities = [
  'Homs',
  'Hama',
  'Aleppo',
  'Idlib',
  'Raqqa',
  'Latakia',
  'Tartus',
  'Daraa',
  'Palmyra',
  'Qamishli',
  'Manbij',
]
const days = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']

/** Copy `i` of the article: other city and weekday, a different week count, numbered paragraphs. */
function variant(i: number): string {
  return article
    .replaceAll('Homs', cities[i % cities.length]!)
    .replaceAll('Friday', days[i % days.length]!)
    .replaceAll('two weeks', `${2 + (i % 9)} weeks`)
    .split('\n')
    .map((paragraph, j) => `Dispatch ${i + 1}.${j + 1}: ${paragraph}`)
    .join('\n')
}

/** About 1 MB of text, one paragraph per line. */
export function buildText(): string {
  const copies: string[] = []
  let length = 0
  for (let i = 0; length < TARGET_LENGTH; i++) {
    copies.push(variant(i))
    length += copies[copies.length - 1]!.length + 1
  }
  return copies.join('\n')
}

/** `count` random word-aligned ranges of 8 to ~120 code units, each within a paragraph. */
export function buildAnnotations(text: string, random: () => number, count: number): TextSelectors[] {
  const out: TextSelectors[] = []
  while (out.length < count) {
    const from = text.indexOf(' ', Math.floor(random() * (text.length - 200))) + 1
    const to = text.indexOf(' ', from + 8 + Math.floor(random() * 110))
    if (from <= 0 || to === -1 || text.slice(from, to).includes('\n')) continue
    out.push(describeRange(text, from, to))
  }
  return out
}
