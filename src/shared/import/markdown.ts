// Markdown files become text blocks through a real CommonMark parser, so
// emphasis markers, link syntax and code fences never leak into the text an
// analyst annotates. Only the words survive; headings keep their level, list
// items, quotes and code lines their kind. YAML front matter is read apart
// (it is metadata, not text).
import { fromMarkdown } from 'mdast-util-from-markdown'
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter'
import { toString } from 'mdast-util-to-string'
import { frontmatter } from 'micromark-extension-frontmatter'
import type { Nodes, Parents, Root } from 'mdast'
import { parse as parseYaml } from 'yaml'
import type { BlockKind, TextBlock } from '../domain/document'

const noHtml = { includeHtml: false }

function parseTree(source: string): Root {
  return fromMarkdown(source.replace(/^\uFEFF/, ''), {
    extensions: [frontmatter(['yaml'])],
    mdastExtensions: [frontmatterFromMarkdown(['yaml'])],
  })
}

export function blocksFromMarkdown(source: string): TextBlock[] {
  const blocks: TextBlock[] = []
  const visit = (node: Nodes, inherited: BlockKind): void => {
    if (node.type === 'heading') {
      blocks.push({ kind: `h${Math.min(node.depth, 6)}` as BlockKind, text: toString(node, noHtml) })
    } else if (node.type === 'html' || node.type === 'yaml') {
      // Raw HTML in Markdown is neither rendered nor kept: it could carry script.
      return
    } else if (node.type === 'code') {
      for (const line of node.value.split('\n')) blocks.push({ kind: 'pre', text: line })
    } else if (node.type === 'tableRow') {
      blocks.push({ kind: 'p', text: node.children.map((c) => toString(c, noHtml)).join(' | ') })
    } else if (node.type === 'paragraph') {
      blocks.push({ kind: inherited, text: toString(node, noHtml) })
    } else if ('children' in node) {
      const kind = node.type === 'listItem' ? 'li' : node.type === 'blockquote' ? 'quote' : inherited
      for (const child of (node as Parents).children) visit(child, kind)
    }
  }
  visit(parseTree(source), 'p')
  return blocks
}

/** The YAML front matter of a Markdown file as an object; empty when there is none or it does not parse. */
export function markdownFrontMatter(source: string): Record<string, unknown> {
  const yaml = parseTree(source).children.find((n) => n.type === 'yaml')
  if (!yaml || yaml.type !== 'yaml') return {}
  try {
    const data: unknown = parseYaml(yaml.value)
    return data && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : {}
  } catch {
    return {}
  }
}
