// Imported HTML is untrusted. It is parsed by DOMParser (an inert document:
// nothing in it runs or loads), cleaned by DOMPurify, and only its words leave:
// headings and paragraph-like blocks become text blocks. Nothing from it is
// ever inserted into the live page.
import DOMPurify from 'dompurify'
import { emptyMeta, type BlockKind, type DocumentMeta, type TextBlock } from '@shared/domain/document'
import { publishedDay } from '@shared/time/local-date'

const blockTags = new Set([
  'P',
  'LI',
  'BLOCKQUOTE',
  'PRE',
  'FIGCAPTION',
  'DD',
  'DT',
  'TD',
  'TH',
  'CAPTION',
  'ADDRESS',
])
const headingTags: Record<string, BlockKind> = { H1: 'h1', H2: 'h2', H3: 'h3', H4: 'h4', H5: 'h5', H6: 'h6' }
const containerTags = new Set([
  'DIV',
  'SECTION',
  'ARTICLE',
  'MAIN',
  'HEADER',
  'FOOTER',
  'ASIDE',
  'BODY',
  'UL',
  'OL',
  'DL',
  'TABLE',
  'TBODY',
  'THEAD',
  'TFOOT',
  'TR',
  'FIGURE',
  'NAV',
])

/** DOMPurify config: text-bearing markup only; no scripts, styles, media, forms or attributes. */
const purifyConfig = {
  ALLOWED_TAGS: [
    ...blockTags,
    ...Object.keys(headingTags),
    ...containerTags,
    'BR',
    'SPAN',
    'A',
    'EM',
    'STRONG',
    'B',
    'I',
    'U',
    'SMALL',
    'SUB',
    'SUP',
    'Q',
    'CITE',
    'ABBR',
    'TIME',
    'MARK',
    'CODE',
  ].map((t) => t.toLowerCase()),
  ALLOWED_ATTR: [] as string[],
  RETURN_DOM: true as const,
  WHOLE_DOCUMENT: false,
}

function blocksOf(root: Node): TextBlock[] {
  const blocks: TextBlock[] = []
  let loose = ''
  const flush = () => {
    if (loose.trim()) blocks.push({ kind: 'p', text: loose })
    loose = ''
  }
  const walk = (node: Node) => {
    for (const child of node.childNodes) {
      if (child.nodeType === Node.TEXT_NODE) {
        loose += child.textContent ?? ''
      } else if (child instanceof Element) {
        const heading = headingTags[child.tagName]
        if (heading || blockTags.has(child.tagName)) {
          flush()
          // Nested blocks (a <p> inside an <li>) are walked rather than merged.
          if (
            !heading &&
            [...child.children].some((c) => blockTags.has(c.tagName) || containerTags.has(c.tagName))
          )
            walk(child)
          else blocks.push({ kind: heading ?? 'p', text: textWithBreaks(child) })
        } else if (containerTags.has(child.tagName)) {
          flush()
          walk(child)
          flush()
        } else if (child.tagName === 'BR') {
          loose += ' '
        } else {
          loose += textWithBreaks(child)
        }
      }
    }
  }
  walk(root)
  flush()
  return blocks
}

function textWithBreaks(el: Element): string {
  let out = ''
  el.childNodes.forEach((n) => {
    if (n.nodeType === Node.TEXT_NODE) out += n.textContent ?? ''
    else if (n instanceof Element) out += n.tagName === 'BR' ? ' ' : textWithBreaks(n)
  })
  return out
}

function metaContent(doc: Document, selectors: string[]): string {
  for (const selector of selectors) {
    const value =
      doc.querySelector(selector)?.getAttribute('content') ??
      doc.querySelector(selector)?.getAttribute('href')
    if (value?.trim()) return value.trim()
  }
  return ''
}

/** Text blocks and whatever metadata the page declares about itself. */
export function importHtml(html: string): { blocks: TextBlock[]; meta: DocumentMeta } {
  const inert = new DOMParser().parseFromString(html, 'text/html')
  const url = metaContent(inert, ['link[rel="canonical"]', 'meta[property="og:url"]'])
  const meta: DocumentMeta = {
    ...emptyMeta,
    title: (inert.title || metaContent(inert, ['meta[property="og:title"]'])).trim(),
    outlet: metaContent(inert, ['meta[property="og:site_name"]', 'meta[name="application-name"]']),
    author: metaContent(inert, ['meta[name="author"]', 'meta[property="article:author"]']),
    url: /^https?:\/\//i.test(url) ? url : '',
    published: publishedDay(
      metaContent(inert, [
        'meta[property="article:published_time"]',
        'meta[name="date"]',
        'meta[name="dcterms.date"]',
      ]),
    ),
  }
  const body = DOMPurify.sanitize(inert.body?.innerHTML ?? '', purifyConfig)
  return { blocks: blocksOf(body), meta }
}
