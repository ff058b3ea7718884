// A web page to blocks: every block of the page, each kept or dropped with a
// reason. The page is parsed once: its blocks, their ancestors and the
// metadata are read first, then Mozilla's Readability (Firefox Reader View)
// finds the article in the same document (it rewrites the DOM as it goes, so
// nothing is read from the DOM after it), and the page's blocks are matched
// against the article's text in order. Furniture rules drop what it keeps by mistake
// (an advertisement slot between paragraphs, a share bar) and name the reason
// for everything outside it, so the preview can strike it through and the
// analyst can put it back.
import { Readability } from '@mozilla/readability'
import { blockDirection } from '@shared/import/direction'
import type { DropReason, ExtractedBlock, ExtractedMeta } from '@shared/import/extracted'
import { furnitureOf, furnitureText } from '@shared/import/furniture'
import { pageMeta, type PageFacts } from '@shared/import/page-meta'
import { collapse, pageBlocks, type RawBlock } from './html-blocks'
import { parseHtml } from './inert-dom'

/**
 * What a reader-mode library found in `doc` (which it may rewrite): the
 * article's HTML, and its byline when it saw one.
 */
export type ArticleFinder = (doc: Document) => { content: string; byline?: string } | null

export const readabilityFinder: ArticleFinder = (doc) => {
  const found = new Readability(doc, { charThreshold: 300 }).parse()
  return found?.content ? { content: found.content, byline: found.byline ?? undefined } : null
}

export interface HtmlExtraction {
  blocks: ExtractedBlock[]
  meta: ExtractedMeta
  warnings: string[]
}

function pageFacts(doc: Document, savedFrom: string | undefined): PageFacts {
  const attr = (el: Element | null | undefined, name: string) => el?.getAttribute(name)?.trim() ?? ''
  const metas: PageFacts['metas'] = []
  for (const m of doc.querySelectorAll('meta')) {
    const key = attr(m, 'property') || attr(m, 'name') || attr(m, 'itemprop') || attr(m, 'http-equiv')
    if (key) metas.push({ key: key.toLowerCase(), content: attr(m, 'content') })
  }
  const html = doc.documentElement
  return {
    title: collapse(doc.querySelector('title')?.textContent ?? ''),
    h1s: [...doc.querySelectorAll('h1')].map((h) => collapse(h.textContent ?? '')),
    metas,
    jsonLd: [...doc.querySelectorAll('script[type="application/ld+json" i]')].map((s) => s.textContent ?? ''),
    canonical: attr(doc.querySelector('link[rel~="canonical" i]'), 'href'),
    lang: attr(html, 'lang') || attr(html, 'xml:lang') || attr(doc.body, 'lang'),
    dir: attr(html, 'dir') || attr(doc.body, 'dir'),
    savedFrom,
  }
}

/** Finds `needle` as a whole block of `haystack` (blocks joined by "\n") from `from` on. */
function findBlock(haystack: string, needle: string, from: number): number {
  const exact = haystack.indexOf(`\n${needle}\n`, from)
  if (exact !== -1) return exact + 1
  // Readability sometimes splits or merges blocks differently; a long block may match inside one.
  return needle.length >= 40 ? haystack.indexOf(needle, from) : -1
}

function ancestors(el: Element): Element[] {
  const out: Element[] = []
  for (let e: Element | null = el; e; e = e.parentElement) out.push(e)
  return out
}

/** The deepest element on every chain (chains run from an element up to the root). */
function commonAncestor(chains: Element[][]): Element | null {
  if (!chains.length) return null
  let common = chains[0]!
  for (const chain of chains.slice(1)) {
    const set = new Set(chain)
    common = common.filter((a) => set.has(a))
  }
  return common[0] ?? null
}

function furnitureOfElement(a: Element): DropReason | null {
  return (
    furnitureOf({
      tag: a.tagName,
      id: a.getAttribute('id') ?? '',
      className: a.getAttribute('class') ?? '',
      role: a.getAttribute('role') ?? '',
      label: `${a.getAttribute('aria-label') ?? ''} ${a.getAttribute('data-component') ?? ''} ${a.getAttribute('data-testid') ?? ''}`,
    }) ?? null
  )
}

/** A list of links to places in the page itself ("Key events", a table of contents) is navigation. */
function inPageLinks(b: RawBlock): DropReason | undefined {
  const links = [...b.element.querySelectorAll('a[href^="#"]')]
  return links.length && collapse(links.map((a) => a.textContent ?? '').join(' ')) === b.text
    ? 'navigation'
    : undefined
}

export function extractHtml(
  html: string,
  options: { finder?: ArticleFinder; savedFrom?: string } = {},
): HtmlExtraction {
  const warnings: string[] = []
  const doc = parseHtml(html)
  // Everything read from the page's DOM is read here, before the finder rewrites it.
  const facts = pageFacts(doc, options.savedFrom)
  const raw: RawBlock[] = doc.body ? pageBlocks(doc.body) : []
  const reasonOf = new Map<Element, DropReason | null>()
  const chains = raw.map((b) =>
    ancestors(b.element).map((a) => {
      if (!reasonOf.has(a)) reasonOf.set(a, furnitureOfElement(a))
      return a
    }),
  )
  const linkLists = raw.map(inPageLinks)

  const found = (options.finder ?? readabilityFinder)(doc)
  const meta = pageMeta(
    { ...facts, byline: found?.byline },
    raw.filter((b) => !b.hidden).map((b) => b.text),
  )

  // Which page blocks the article holds, matched in order.
  const articleBody = found
    ? parseHtml(`<!doctype html><html><body>${found.content}</body></html>`).body
    : null
  const articleText = articleBody
    ? `\n${pageBlocks(articleBody)
        .map((b) => b.text)
        .join('\n')}\n`
    : ''
  const matched = new Set<number>()
  let cursor = 0
  raw.forEach((b, i) => {
    if (b.hidden || !found) return
    let at = findBlock(articleText, b.text, Math.max(0, cursor - 1))
    if (at === -1) at = findBlock(articleText, b.text, 0)
    if (at === -1) return
    matched.add(i)
    cursor = Math.max(cursor, at + b.text.length)
  })
  if (!found || matched.size === 0)
    warnings.push(
      'No article was found in this page: every visible block except menus, banners and advertisements is kept.',
    )
  const root = commonAncestor([...matched].map((i) => chains[i]!))

  /** The first furniture reason on a block's chain of ancestors, up to (not including) `stop`. */
  const furnitureAbove = (i: number, stop: Element | null): DropReason | undefined => {
    for (const a of chains[i]!) {
      if (a === stop) return undefined
      const r = reasonOf.get(a)
      if (r) return r
    }
    return undefined
  }

  const titleKey = meta.title.toLowerCase()
  const firstKept = Math.min(...matched)
  const blocks: ExtractedBlock[] = raw.map((b, i) => {
    let reason: DropReason | undefined
    if (b.hidden) reason = 'hidden'
    else if (matched.has(i)) reason = furnitureText(b.text) ?? linkLists[i] ?? furnitureAbove(i, root)
    else if (/^h[1-3]$/.test(b.kind) && b.text.toLowerCase() === titleKey && (i < firstKept || !found))
      reason = undefined
    else
      reason =
        furnitureText(b.text) ??
        linkLists[i] ??
        furnitureAbove(i, null) ??
        (matched.size ? 'not in article' : undefined)
    const dir = blockDirection(b.text, meta.dir)
    return {
      text: b.text,
      kind: b.kind,
      kept: reason === undefined,
      ...(reason ? { reason } : {}),
      ...(dir !== meta.dir ? { dir } : {}),
    }
  })
  // The headline once: a page that repeats its h1 (a sticky header) keeps the first.
  let titleSeen = false
  for (const b of blocks) {
    if (!b.kept || b.text.toLowerCase() !== titleKey) continue
    if (titleSeen) Object.assign(b, { kept: false, reason: 'boilerplate' satisfies DropReason })
    titleSeen = true
  }
  const hidden = blocks.filter((b) => b.reason === 'hidden').length
  if (hidden) warnings.push(`${hidden} hidden block${hidden === 1 ? ' was' : 's were'} left out.`)
  return { blocks, meta, warnings }
}
