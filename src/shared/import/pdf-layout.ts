// Paragraphs from the positioned text runs a PDF gives (pdf.js getTextContent):
// runs become lines by baseline, lines split at column gutters, columns are
// read left then right between full-width lines, running headers, footers and
// page numbers that repeat on the pages are set aside, and lines join into
// paragraphs by line spacing, indentation and font size, with words
// hyphenated across line ends joined again. Pure: tested with synthetic pages.
import type { BlockKind } from '../domain/document'
import type { DropReason } from './extracted'

export interface PdfTextRun {
  str: string
  /** Baseline origin in PDF units, y upwards. */
  x: number
  y: number
  width: number
  /** Font size in PDF units. */
  size: number
  dir?: 'ltr' | 'rtl' | 'ttb'
}

export interface PdfPageText {
  page: number
  width: number
  height: number
  runs: PdfTextRun[]
}

export interface PdfBlock {
  text: string
  kind: BlockKind
  page: number
  reason?: DropReason
}

interface Line {
  page: number
  x0: number
  x1: number
  y: number
  size: number
  text: string
}

const median = (xs: number[]) => {
  if (!xs.length) return 0
  const s = [...xs].sort((a, b) => a - b)
  return s[Math.floor(s.length / 2)]!
}

/** Runs on one baseline, split where a gap wider than a column gutter opens. */
function linesOf(page: PdfPageText): Line[] {
  const runs = page.runs.filter((r) => r.str !== '' && r.size > 0)
  // Group by baseline: runs within a third of their size of each other share a line.
  const sorted = [...runs].sort((a, b) => b.y - a.y || a.x - b.x)
  const rows: PdfTextRun[][] = []
  for (const r of sorted) {
    const row = rows[rows.length - 1]
    if (row && Math.abs(row[0]!.y - r.y) <= Math.max(1, 0.35 * Math.min(row[0]!.size, r.size))) row.push(r)
    else rows.push([r])
  }
  const lines: Line[] = []
  for (const row of rows) {
    const rtl = row.filter((r) => r.dir === 'rtl').length > row.length / 2
    row.sort((a, b) => a.x - b.x)
    let current: PdfTextRun[] = []
    const emit = () => {
      const text = joinRuns(rtl ? [...current].reverse() : current)
      if (text.trim()) {
        const x0 = Math.min(...current.map((r) => r.x))
        const x1 = Math.max(...current.map((r) => r.x + r.width))
        const size = median(current.filter((r) => r.str.trim()).map((r) => r.size))
        lines.push({
          page: page.page,
          x0,
          x1,
          y: current[0]!.y,
          size,
          text: text.replace(/\s+/g, ' ').trim(),
        })
      }
      current = []
    }
    for (const r of row) {
      const prev = current[current.length - 1]
      if (prev && r.x - (prev.x + prev.width) > 1.5 * Math.max(prev.size, r.size)) emit()
      current.push(r)
    }
    emit()
  }
  return lines
}

/** Joins runs of one line: a space where there is a visible gap and none is written. */
function joinRuns(runs: PdfTextRun[]): string {
  let out = ''
  let prev: PdfTextRun | undefined
  for (const r of runs) {
    if (prev) {
      const gap = Math.abs(r.x - (prev.x + prev.width))
      if (gap > 0.15 * r.size && !/\s$/.test(out) && !/^\s/.test(r.str)) out += ' '
    }
    out += r.str
    prev = r
  }
  return out
}

const norm = (s: string) => s.toLowerCase().replace(/\d+/g, '#').replace(/\s+/g, ' ').trim()
const pageNumberText = /^(?:page|p\.|pg\.?|seite|صفحة|الصفحة)?\s*[#ivxlc]+(?:\s*(?:of|\/|من|-)\s*#+)?$/i

/** Lines in the top or bottom margin that repeat across pages, or are page numbers. */
function runningLines(pages: PdfPageText[], lines: Line[]): Map<Line, DropReason> {
  const out = new Map<Line, DropReason>()
  const zone = (l: Line) => {
    const h = pages.find((p) => p.page === l.page)?.height ?? 792
    return l.y > h * 0.9 || l.y < h * 0.1
  }
  const counts = new Map<string, Set<number>>()
  for (const l of lines) {
    if (!zone(l)) continue
    const key = norm(l.text)
    counts.set(key, (counts.get(key) ?? new Set()).add(l.page))
  }
  const pagesWithText = new Set(lines.map((l) => l.page)).size
  for (const l of lines) {
    if (!zone(l)) continue
    const key = norm(l.text)
    if (pageNumberText.test(key.replace(/#/g, '1').replace(/1+/g, '#'))) out.set(l, 'page number')
    else if (pagesWithText >= 2 && counts.get(key)!.size >= Math.max(2, Math.ceil(pagesWithText * 0.6)))
      out.set(l, 'running header')
  }
  return out
}

interface PlacedLine {
  line: Line
  /** Left and right edges of the column (or page width) the line sits in. */
  left: number
  right: number
}

const bounds = (ls: Line[]) => ({
  left: Math.min(...ls.map((l) => l.x0)),
  right: Math.max(...ls.map((l) => l.x1)),
})

/**
 * A page's lines in reading order with their column's edges. Two columns are
 * recognised when several lines sit wholly on each side of the middle;
 * full-width lines (a title) then split the page into bands, and each band is
 * read left column first.
 */
function readingOrder(lines: Line[], bodySize: number): PlacedLine[] {
  if (!lines.length) return []
  const page = bounds(lines)
  const mid = (page.left + page.right) / 2
  const leftOnly = lines.filter((l) => l.x1 <= mid + 2)
  const rightOnly = lines.filter((l) => l.x0 >= mid - 2)
  const body = (ls: Line[]) =>
    ls.some((l) => Math.abs(l.size - bodySize) < 0.5)
      ? ls.filter((l) => Math.abs(l.size - bodySize) < 0.5)
      : ls
  if (leftOnly.length < 3 || rightOnly.length < 3) {
    const b = bounds(body(lines))
    return lines.map((line) => ({ line, ...b }))
  }
  const leftCol = bounds(body(leftOnly))
  const rightCol = bounds(body(rightOnly))
  const out: PlacedLine[] = []
  let band: Line[] = []
  const flushBand = () => {
    out.push(...band.filter((l) => l.x0 < mid - 2).map((line) => ({ line, ...leftCol })))
    out.push(...band.filter((l) => l.x0 >= mid - 2).map((line) => ({ line, ...rightCol })))
    band = []
  }
  for (const l of lines) {
    if (l.x0 < mid - 2 && l.x1 > mid + 2) {
      flushBand()
      out.push({ line: l, ...page })
    } else band.push(l)
  }
  flushBand()
  return out
}

const endsSentence = /[.!?:;…"”’»)\]]$/
/**
 * Joins two lines of a paragraph. A hyphenation hyphen (U+2010 or a soft
 * hyphen, what Chromium and most typesetters write when they break a word)
 * before a lower-case letter is removed: "equi‐" + "valent". An ASCII hyphen
 * at a line end is kept and joined without a space ("cloud-" + "free"): it is
 * usually a word's own hyphen, and dropping one wrongly ("cloudfree") is worse
 * than keeping one ("equi-valent").
 */
function joinLines(a: string, b: string): string {
  if (/\p{L}[\u00ad\u2010]$/u.test(a) && /^\p{Ll}/u.test(b)) return a.slice(0, -1) + b
  if (/\p{L}-$/u.test(a) && /^\p{L}/u.test(b)) return a + b
  return `${a} ${b}`
}

export interface PdfLayoutResult {
  blocks: PdfBlock[]
  /** Pages that carried no text at all. */
  emptyPages: number[]
}

export function layoutPdf(pages: PdfPageText[]): PdfLayoutResult {
  const perPage = pages.map((p) => ({ page: p, lines: linesOf(p) }))
  const all = perPage.flatMap((p) => p.lines)
  const emptyPages = perPage.filter((p) => p.lines.length === 0).map((p) => p.page.page)
  const running = runningLines(pages, all)

  // Body size: the size most characters are set in. Headings are larger (Chromium sets an h2 at 1.12 times the body).
  const chars = new Map<number, number>()
  for (const l of all) {
    const s = Math.round(l.size * 2) / 2
    chars.set(s, (chars.get(s) ?? 0) + l.text.length)
  }
  const body = [...chars.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 10
  const headingSizes = [...chars.keys()].filter((s) => s >= body * 1.1).sort((a, b) => b - a)
  const headingKind = (size: number): BlockKind => {
    const i = headingSizes.findIndex((s) => Math.abs(s - Math.round(size * 2) / 2) < 0.01)
    return i === -1 ? 'p' : (`h${Math.min(i + 1, 6)}` as BlockKind)
  }
  const pitch =
    median(
      all.flatMap((l, i) => {
        const n = all[i + 1]
        return n &&
          n.page === l.page &&
          Math.abs(n.size - body) < 0.5 &&
          Math.abs(l.size - body) < 0.5 &&
          l.y > n.y
          ? [l.y - n.y]
          : []
      }),
    ) || body * 1.2

  const blocks: PdfBlock[] = []
  let para: { lines: Line[]; kind: BlockKind } | null = null
  // Headers and footers of a page are listed after the paragraph that runs onto it.
  let dropped: PdfBlock[] = []
  const flush = () => {
    if (para) {
      const text = para.lines.map((l) => l.text).reduce(joinLines)
      blocks.push({ text: text.replace(/\s+/g, ' ').trim(), kind: para.kind, page: para.lines[0]!.page })
      para = null
    }
    blocks.push(...dropped)
    dropped = []
  }
  for (const { lines } of perPage) {
    const content = lines.filter((l) => !running.has(l))
    for (const l of lines)
      if (running.has(l)) dropped.push({ text: l.text, kind: 'p', page: l.page, reason: running.get(l)! })
    let prev: Line | undefined
    for (const { line: l, left: colLeft, right: colRight } of readingOrder(content, body)) {
      const kind = headingKind(l.size)
      const newColumn = !prev || prev.x1 <= l.x0 || l.x1 <= prev.x0 || prev.y < l.y
      const last = para?.lines[para.lines.length - 1]
      const indented = l.x0 - colLeft > 0.8 * l.size
      // A clearly short last line that ends a sentence ends its paragraph, even without extra spacing.
      const lastShort = last
        ? last.x1 < colRight - 0.25 * (colRight - colLeft) && endsSentence.test(last.text)
        : false
      let breakHere = !para || kind !== para.kind || Math.abs(l.size - last!.size) > 0.5 || indented
      if (!breakHere && last) {
        // Across a column or page break a paragraph goes on unless its last line ended it.
        if (newColumn) breakHere = endsSentence.test(last.text) && last.x1 < colRight - 2 * last.size
        else breakHere = last.y - l.y > 1.4 * pitch * (l.size / body) || lastShort
      }
      if (breakHere) flush()
      if (!para) para = { lines: [], kind }
      para.lines.push(l)
      prev = l
    }
  }
  flush()
  return { blocks, emptyPages }
}
