// The ~1 MB text and the annotations the anchoring benchmarks share: the
// sample article repeated with variations (other city, weekday and week count,
// numbered paragraphs), and random word-aligned ranges on it.
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describeRange, type TextSelectors } from '../../src/shared/anchoring'
import type { AnnotationRecord } from '../../src/shared/domain/annotation'
import type { AnnotationId, CaseId, DocumentId } from '../../src/shared/domain/ids'
import { toW3CCollection } from '../../src/shared/export/w3c'

const TARGET_LENGTH = 1_000_000

// __dirname, not import.meta: Playwright loads the browser benchmarks that use this as CommonJS.
const article = readFileSync(resolve(__dirname, '../../resources/sample-article.txt'), 'utf8')
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

const EDITED_WORDS = 0.05
const MOVED_PARAGRAPHS = 0.01

/** 5 % of words replaced, cut, doubled by an insertion or restyled; 1 % of paragraphs moved elsewhere. */
export function edited(text: string, random: () => number): string {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!
  const words = ['reportedly', 'militants', 'town', 'officials', 'on Sunday', 'heavy', 'region']
  const paragraphs = text.split('\n').map((p) =>
    p.replace(/[\p{L}’'-]+/gu, (word) => {
      if (random() >= EDITED_WORDS) return word
      const r = random()
      if (r < 0.4) return pick(words)
      if (r < 0.6) return ''
      if (r < 0.8) return `${word} ${pick(words)}`
      return word.replaceAll('’', "'").replaceAll('-', '–')
    }),
  )
  const moves = Math.round(paragraphs.length * MOVED_PARAGRAPHS)
  for (let i = 0; i < moves; i++) {
    const [moved] = paragraphs.splice(Math.floor(random() * paragraphs.length), 1)
    paragraphs.splice(Math.floor(random() * paragraphs.length), 0, moved!)
  }
  return paragraphs.join('\n')
}

/** A W3C file of `count` annotations made on `original` (a third with a note, a fifth tagged), as the workbench exports it. */
export function annotationFile(
  original: { id: string; text: string; textHash: string },
  random: () => number,
  count: number,
): string {
  const records: AnnotationRecord[] = buildAnnotations(original.text, random, count).map((selectors, i) => ({
    id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}` as AnnotationId,
    documentId: original.id as DocumentId,
    caseId: 'case-1' as CaseId,
    selectors,
    note: i % 3 === 0 ? `Checked against the agency copy (${i}).` : '',
    tags: i % 5 === 0 ? ['displacement'] : [],
    created: '2024-12-08T09:00:00.000Z',
    modified: '2024-12-08T09:00:00.000Z',
  }))
  return JSON.stringify(toW3CCollection({ ...original, title: 'Dispatches' }, records))
}
