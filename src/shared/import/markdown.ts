// Markdown files become text blocks through a real CommonMark parser, so
// emphasis markers, link syntax and code fences never leak into the text an
// analyst annotates. Only the words survive; headings keep their level.
import { fromMarkdown } from 'mdast-util-from-markdown'
import { toString } from 'mdast-util-to-string'
import type { Nodes, Parents } from 'mdast'
import type { BlockKind, TextBlock } from '../domain/document'

const noHtml = { includeHtml: false }
const leafBlocks = new Set(['paragraph', 'heading', 'code', 'html', 'tableRow'])

export function blocksFromMarkdown(source: string): TextBlock[] {
  const blocks: TextBlock[] = []
  const visit = (node: Nodes): void => {
    if (node.type === 'heading') {
      blocks.push({ kind: `h${Math.min(node.depth, 6)}` as BlockKind, text: toString(node, noHtml) })
    } else if (node.type === 'html') {
      // Raw HTML in Markdown is neither rendered nor kept: it could carry script.
      return
    } else if (node.type === 'tableRow') {
      blocks.push({ kind: 'p', text: node.children.map((c) => toString(c, noHtml)).join(' | ') })
    } else if (leafBlocks.has(node.type)) {
      blocks.push({ kind: 'p', text: toString(node, noHtml) })
    } else if ('children' in node) {
      for (const child of (node as Parents).children) visit(child)
    }
  }
  visit(fromMarkdown(source.replace(/^\uFEFF/, '')))
  return blocks
}
