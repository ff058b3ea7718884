// Every block of text in a parsed page, in reading order, each with the
// element it came from. Rules: a block element starts a new block wherever it
// sits (a heading inside a link is its own block); `<br><br>` ends a
// paragraph; list items, quotes, captions, cells and preformatted lines keep
// their own kind; anything hidden by `hidden`, `aria-hidden="true"` or an
// inline display:none / visibility:hidden is marked so it can be dropped and
// listed. Works on any DOM (linkedom in the worker, jsdom or the browser's).
import type { BlockKind } from '@shared/domain/document'

export interface RawBlock {
  text: string
  kind: BlockKind
  /** The element whose content the block is (its nearest block ancestor). */
  element: Element
  hidden: boolean
}

const skipped = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'math',
  'iframe',
  'object',
  'embed',
  'canvas',
  'video',
  'audio',
  'picture',
  'img',
  'source',
  'track',
  'map',
  'head',
  'meta',
  'link',
  'title',
  'button',
  'select',
  'option',
  'optgroup',
  'input',
  'textarea',
  'datalist',
  'output',
  'progress',
  'meter',
])
const blockTags = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'body',
  'caption',
  'center',
  'dd',
  'details',
  'dialog',
  'dir',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hgroup',
  'hr',
  'legend',
  'li',
  'main',
  'menu',
  'nav',
  'ol',
  'p',
  'pre',
  'search',
  'section',
  'summary',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'ul',
])
const kindOfTag: Partial<Record<string, BlockKind>> = {
  h1: 'h1',
  h2: 'h2',
  h3: 'h3',
  h4: 'h4',
  h5: 'h5',
  h6: 'h6',
  li: 'li',
  blockquote: 'quote',
  figcaption: 'caption',
  caption: 'caption',
  td: 'cell',
  th: 'cell',
  pre: 'pre',
}

const inheritedKinds = new Set<BlockKind>(['li', 'quote', 'caption', 'cell', 'pre'])

const tagOf = (el: Element) => el.tagName.toLowerCase()

export function isHiddenElement(el: Element): boolean {
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden')?.trim().toLowerCase() === 'true')
    return true
  const style = (el.getAttribute('style') ?? '').toLowerCase().replace(/\s+/g, '')
  return (
    /(^|;)display:none(!important)?(;|$)/.test(style) ||
    /(^|;)visibility:hidden(!important)?(;|$)/.test(style)
  )
}

function hasBlockInside(el: Element): boolean {
  for (const d of el.querySelectorAll('*')) if (blockTags.has(tagOf(d))) return true
  return false
}

/** The words of an inline element, without what never counts as text (scripts, buttons, media). */
function inlineText(node: Node): string {
  let out = ''
  for (let c = node.firstChild; c; c = c.nextSibling) {
    if (c.nodeType === 3) out += c.nodeValue ?? ''
    else if (c.nodeType === 1 && !skipped.has(tagOf(c as Element)))
      out += tagOf(c as Element) === 'br' ? ' ' : inlineText(c)
  }
  return out
}

/** Collapses white space the way canonical text does (no-break spaces kept). */
export const collapse = (s: string) => s.replace(/[\s\u00a0]+/gu, (ws) => (ws === '\u00a0' ? ws : ' ')).trim()

interface Context {
  kind: BlockKind
  element: Element
  hidden: boolean
}

export function pageBlocks(root: Element): RawBlock[] {
  const out: RawBlock[] = []
  let buffer = ''
  let breaks = 0 // consecutive <br>s since the last words
  let pendingHidden: RawBlock[] = []

  const flush = (ctx: Context) => {
    if (ctx.kind === 'pre') {
      for (const line of buffer.split('\n')) {
        const text = collapse(line)
        if (text) out.push({ text, kind: 'pre', element: ctx.element, hidden: ctx.hidden })
      }
    } else {
      const text = collapse(buffer)
      if (text) out.push({ text, kind: ctx.kind, element: ctx.element, hidden: ctx.hidden })
    }
    out.push(...pendingHidden)
    pendingHidden = []
    buffer = ''
    breaks = 0
  }

  const walk = (node: Node, ctx: Context) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        const data = child.nodeValue ?? ''
        if (/\S/.test(data)) breaks = 0
        buffer += data
        continue
      }
      if (child.nodeType !== 1) continue
      const el = child as Element
      const tag = tagOf(el)
      if (skipped.has(tag)) continue
      const hidden = ctx.hidden || isHiddenElement(el)
      if (tag === 'br') {
        breaks++
        // A second break in a row ends the paragraph; a single one is a space.
        if (breaks >= 2 || ctx.kind === 'pre') {
          if (ctx.kind === 'pre') buffer += '\n'
          else {
            flush(ctx)
            breaks = 0
          }
        } else buffer += ' '
        continue
      }
      if (!blockTags.has(tag)) {
        if (hidden !== ctx.hidden && !hasBlockInside(el)) {
          // Hidden inline text (an icon, a screen-reader label) is left out of the
          // paragraph around it, which stays whole, and listed as its own block after it.
          const text = collapse(inlineText(el))
          if (text) pendingHidden.push({ text, kind: ctx.kind, element: ctx.element, hidden: true })
        } else if (hidden !== ctx.hidden) {
          flush(ctx)
          walk(el, { ...ctx, hidden })
          flush({ ...ctx, hidden })
        } else walk(el, ctx)
        continue
      }
      flush(ctx)
      // A paragraph inside a quote, a list item, a caption or a cell keeps that kind.
      const inherited: BlockKind = inheritedKinds.has(ctx.kind) ? ctx.kind : 'p'
      const inner: Context = { kind: kindOfTag[tag] ?? inherited, element: el, hidden }
      walk(el, inner)
      flush(inner)
    }
  }
  walk(root, { kind: 'p', element: root, hidden: isHiddenElement(root) })
  flush({ kind: 'p', element: root, hidden: false })
  return out
}
