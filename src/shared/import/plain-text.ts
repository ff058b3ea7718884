// Text and Markdown files to the common result. A text file's short first
// line without a closing full stop is its title (and stays in the text as a
// heading); a Markdown file's YAML front matter fills the metadata.
import { blocksFromPlainText, fallbackTitle, isHeading, type TextBlock } from '../domain/document'
import { calendarDay } from './dates'
import { baseDirection, blockDirection } from './direction'
import type { ExtractedBlock, ExtractedMeta } from './extracted'
import { blocksFromMarkdown, markdownFrontMatter } from './markdown'
import { isHttpUrl } from './page-meta'

export interface TextExtraction {
  blocks: ExtractedBlock[]
  meta: ExtractedMeta
}

const collapse = (s: string) => s.replace(/[\s\u00a0]+/gu, (ws) => (ws === '\u00a0' ? ws : ' ')).trim()

function finish(
  blocks: TextBlock[],
  partial: Partial<ExtractedMeta>,
  hints: { dir?: string; lang?: string },
): TextExtraction {
  const kept = blocks.map((b) => ({ kind: b.kind, text: collapse(b.text) })).filter((b) => b.text)
  const dir = baseDirection(
    hints,
    kept.map((b) => b.text),
  )
  const text = kept.map((b) => b.text).join('\n')
  const meta: ExtractedMeta = {
    title: '',
    outlet: '',
    author: '',
    url: '',
    published: '',
    modified: '',
    lang: '',
    ...partial,
    dir,
  }
  if (!meta.title) meta.title = kept.find((b) => isHeading(b.kind))?.text ?? (text ? fallbackTitle(text) : '')
  return {
    blocks: kept.map((b) => {
      const own = blockDirection(b.text, dir)
      return { ...b, kept: true, ...(own !== dir ? { dir: own } : {}) }
    }),
    meta,
  }
}

/** A title line: short (at most 15 words and 120 characters), followed by more text, not ending a sentence. */
export function isTitleLine(line: string): boolean {
  const t = collapse(line)
  return t.length > 0 && t.length <= 120 && t.split(' ').length <= 15 && !/[.!?…,;:。؟،]$/u.test(t)
}

export function extractPlainText(text: string): TextExtraction {
  const blocks = blocksFromPlainText(text).filter((b) => collapse(b.text))
  const first = blocks[0]
  if (first && blocks.length > 1 && isTitleLine(first.text)) {
    return finish([{ kind: 'h1', text: first.text }, ...blocks.slice(1)], { title: collapse(first.text) }, {})
  }
  return finish(blocks, {}, {})
}

function field(fm: Record<string, unknown>, ...keys: string[]): string {
  for (const k of keys) {
    const v = fm[k]
    if (v instanceof Date) return v.toISOString()
    if (typeof v === 'string' && v.trim()) return v.trim()
    if (typeof v === 'number') return String(v)
    if (Array.isArray(v)) {
      const names = v
        .map((x) =>
          typeof x === 'string'
            ? x
            : typeof x === 'object' && x
              ? String((x as { name?: unknown }).name ?? '')
              : '',
        )
        .filter(Boolean)
      if (names.length) return names.join(', ')
    }
    if (v && typeof v === 'object' && typeof (v as { name?: unknown }).name === 'string')
      return (v as { name: string }).name
  }
  return ''
}

export function extractMarkdown(source: string): TextExtraction {
  const fm = markdownFrontMatter(source)
  const url = field(fm, 'url', 'source_url', 'source', 'link', 'canonical', 'canonical_url')
  const lang = field(fm, 'lang', 'language', 'locale')
  return finish(
    blocksFromMarkdown(source),
    {
      title: collapse(field(fm, 'title', 'headline')),
      author: field(fm, 'author', 'authors', 'creator', 'byline'),
      outlet: field(fm, 'outlet', 'publisher', 'site', 'site_name', 'publication', 'source_name'),
      url: isHttpUrl(url) ? url : '',
      published: calendarDay(field(fm, 'published', 'date', 'pubDate', 'published_at', 'created')),
      modified: calendarDay(field(fm, 'modified', 'updated', 'lastmod', 'last_modified', 'updated_at')),
      lang,
    },
    { dir: field(fm, 'dir', 'direction'), lang },
  )
}
