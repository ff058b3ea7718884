// Scores extracted documents against the fixtures' expected results: the
// share of article paragraphs kept, the share of furniture blocks kept, and
// whether title and dates are right. Used by the quality test and the
// reader-mode library comparison.
import { readdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import type { ExtractedDocument, ImportErrorCode } from '../../src/shared/import/extracted'

export const fixtureRoot = resolve(__dirname, '../fixtures/import')

export interface Expected {
  file: string
  format: string
  title?: string
  published?: string
  modified?: string
  outlet?: string
  author?: string
  url?: string
  lang?: string
  dir?: string
  paragraphs?: string[]
  optional?: string[]
  error?: ImportErrorCode
}

export function loadExpected(): Expected[] {
  const dir = join(fixtureRoot, 'expected')
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as Expected)
}

export interface Score {
  file: string
  paragraphs: number
  paragraphsKept: number
  furniture: number
  furnitureKept: number
  titleRight: boolean
  datesRight: boolean
  missing: string[]
  furnitureKeptTexts: string[]
  error?: string
}

export function score(
  e: Expected,
  doc: ExtractedDocument | null,
  error?: { code: string; message: string },
): Score {
  const base = { file: e.file, missing: [], furnitureKeptTexts: [] }
  if (e.error) {
    const right = error?.code === e.error
    return {
      ...base,
      paragraphs: 0,
      paragraphsKept: 0,
      furniture: 0,
      furnitureKept: 0,
      titleRight: right,
      datesRight: right,
      error: error?.code ?? 'none',
    }
  }
  if (!doc) {
    const n = e.paragraphs?.length ?? 0
    return {
      ...base,
      paragraphs: n,
      paragraphsKept: 0,
      furniture: 0,
      furnitureKept: 0,
      titleRight: false,
      datesRight: false,
      error: error?.code ?? 'none',
    }
  }
  const kept = new Set(doc.blocks.filter((b) => b.kept).map((b) => b.text))
  const article = new Set(e.paragraphs)
  const optional = new Set(e.optional)
  const missing = (e.paragraphs ?? []).filter((p) => !kept.has(p))
  const furniture = doc.blocks.filter((b) => !article.has(b.text) && !optional.has(b.text))
  const furnitureKept = furniture.filter((b) => b.kept)
  return {
    ...base,
    paragraphs: article.size,
    paragraphsKept: article.size - missing.length,
    furniture: furniture.length,
    furnitureKept: furnitureKept.length,
    titleRight: doc.meta.title === e.title,
    datesRight:
      doc.meta.published === (e.published ?? '') &&
      (e.modified === undefined || doc.meta.modified === e.modified),
    missing,
    furnitureKeptTexts: furnitureKept.map((b) => b.text),
  }
}

const pct = (a: number, b: number) => (b ? `${((100 * a) / b).toFixed(1)} %` : '–')

export function totals(scores: Score[]) {
  const sum = (k: 'paragraphs' | 'paragraphsKept' | 'furniture' | 'furnitureKept') =>
    scores.reduce((n, s) => n + s[k], 0)
  return {
    paragraphs: sum('paragraphs'),
    paragraphsKept: sum('paragraphsKept'),
    furniture: sum('furniture'),
    furnitureKept: sum('furnitureKept'),
    titles: scores.filter((s) => s.titleRight).length,
    dates: scores.filter((s) => s.datesRight).length,
    files: scores.length,
  }
}

export function table(title: string, scores: Score[]): string {
  const t = totals(scores)
  const rows = scores.map(
    (s) =>
      `| ${s.file} | ${s.paragraphsKept}/${s.paragraphs} (${pct(s.paragraphsKept, s.paragraphs)}) | ${s.furnitureKept}/${s.furniture} (${pct(s.furnitureKept, s.furniture)}) | ${s.titleRight ? 'yes' : 'NO'} | ${s.datesRight ? 'yes' : 'NO'} |${s.error ? ` ${s.error}` : ''}`,
  )
  return [
    `### ${title}`,
    '| fixture | article paragraphs kept | furniture kept | title | dates |',
    '| --- | --- | --- | --- | --- |',
    ...rows,
    `| **all ${t.files}** | ${t.paragraphsKept}/${t.paragraphs} (${pct(t.paragraphsKept, t.paragraphs)}) | ${t.furnitureKept}/${t.furniture} (${pct(t.furnitureKept, t.furniture)}) | ${t.titles}/${t.files} | ${t.dates}/${t.files} |`,
  ].join('\n')
}

/** What went wrong, for the test log. */
export function details(scores: Score[]): string {
  return scores
    .filter((s) => s.missing.length || s.furnitureKeptTexts.length)
    .map(
      (s) =>
        `${s.file}\n${s.missing.map((m) => `  missing: ${m.slice(0, 90)}`).join('\n')}\n${s.furnitureKeptTexts.map((m) => `  furniture kept: ${m.slice(0, 90)}`).join('\n')}`,
    )
    .join('\n')
}
