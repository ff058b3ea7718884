// Analyst Markdown (substantiation, outlook, alternative views) parsed into
// mdast nodes that are safe to embed in a briefing, for both the Markdown and
// the HTML export. Analysts write prose, not markup for the output: raw HTML
// becomes literal text, footnotes and link definitions are flattened so they
// cannot collide with the briefing's own footnotes or with another section's
// definitions, links survive only to http(s) addresses, and images become
// their alt text (the briefing is an offline document: nothing is fetched).
import { fromMarkdown } from 'mdast-util-from-markdown'
import { gfmFromMarkdown } from 'mdast-util-gfm'
import { gfm } from 'micromark-extension-gfm'
import type { Definition, Heading, Nodes, Parents, PhrasingContent, RootContent, Text } from 'mdast'

/** The URL, normalised, when it is an absolute http(s) address; otherwise null. */
export function safeHttpUrl(url: string): string | null {
  try {
    const parsed = new URL(url.trim())
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null
  } catch {
    return null
  }
}

const text = (value: string): Text => ({ type: 'text', value })

/**
 * Plain analyst text (a statement, a quote, a title) as phrasing nodes: one
 * text node per line with hard breaks between, so a quote spanning two
 * paragraphs of the source reads as two lines. Text nodes are escaped by the
 * serialiser, so nothing in them can become markup.
 */
export function plainPhrasing(value: string): PhrasingContent[] {
  const out: PhrasingContent[] = []
  value.split(/\r\n|\r|\n/).forEach((line, i) => {
    if (i > 0) out.push({ type: 'break' })
    if (line !== '') out.push(text(line))
  })
  return out
}

/** Whitespace (line breaks included) folded to single spaces: for table cells and one-line fields. */
export const oneLine = (value: string) => value.replace(/\s+/g, ' ').trim()

// Parents whose children are flow (block) content: raw HTML there becomes a paragraph.
const flowParents = new Set(['root', 'blockquote', 'listItem', 'footnoteDefinition'])

interface Context {
  definitions: Map<string, Definition>
  headingShift: number
}

function collectDefinitions(node: Nodes, into: Map<string, Definition>): void {
  if (node.type === 'definition' && !into.has(node.identifier)) into.set(node.identifier, node)
  if ('children' in node) for (const child of node.children) collectDefinitions(child, into)
}

function rewriteChildren<P extends Parents>(parent: P, ctx: Context): P {
  const flow = flowParents.has(parent.type)
  const children = parent.children.flatMap((child) => rewrite(child, flow, ctx))
  return { ...parent, children } as P
}

function rewrite(node: RootContent, flow: boolean, ctx: Context): RootContent[] {
  switch (node.type) {
    case 'html':
      return flow ? [{ type: 'paragraph', children: [text(node.value)] }] : [text(node.value)]
    case 'definition':
      return []
    case 'footnoteReference':
      return [text(`[^${node.label ?? node.identifier}]`)]
    case 'footnoteDefinition': {
      const body = rewriteChildren(node, ctx).children
      const marker = text(`[^${node.label ?? node.identifier}]: `)
      const [first, ...rest] = body
      if (first?.type === 'paragraph') return [{ ...first, children: [marker, ...first.children] }, ...rest]
      return [{ type: 'paragraph', children: [marker] }, ...body]
    }
    case 'image':
    case 'imageReference':
      return node.alt ? [text(node.alt)] : []
    case 'link': {
      const url = safeHttpUrl(node.url)
      const inner = rewriteChildren(node, ctx)
      return url ? [{ ...inner, url }] : inner.children
    }
    case 'linkReference': {
      const def = ctx.definitions.get(node.identifier)
      const url = def ? safeHttpUrl(def.url) : null
      const children = rewriteChildren(node, ctx).children
      return url ? [{ type: 'link', url, title: def?.title ?? null, children }] : children
    }
    case 'heading':
      return [
        {
          ...rewriteChildren(node, ctx),
          depth: Math.min(6, node.depth + ctx.headingShift) as Heading['depth'],
        },
      ]
    default:
      return 'children' in node ? [rewriteChildren(node, ctx)] : [node]
  }
}

/**
 * Parses analyst Markdown (CommonMark + GFM) and returns its block nodes made
 * safe as described above. Headings are pushed down by `headingShift` levels
 * (capped at 6) so an analyst's "# Heading" stays inside the section it is in.
 */
export function parseAnalystMarkdown(markdown: string, headingShift = 0): RootContent[] {
  const tree = fromMarkdown(markdown, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] })
  const definitions = new Map<string, Definition>()
  collectDefinitions(tree, definitions)
  return rewriteChildren(tree, { definitions, headingShift }).children
}
