import { describe, expect, it } from 'vitest'
import type { Nodes, Parents } from 'mdast'
import { oneLine, parseAnalystMarkdown, plainPhrasing, safeHttpUrl } from './analyst-markdown'

const types = (nodes: readonly Nodes[]): string[] =>
  nodes.flatMap((n) => [n.type, ...('children' in n ? types((n as Parents).children) : [])])

describe('safeHttpUrl', () => {
  it('keeps absolute http(s) addresses only', () => {
    expect(safeHttpUrl(' https://example.com/a b ')).toBe('https://example.com/a%20b')
    expect(safeHttpUrl('http://example.com')).toBe('http://example.com/')
    for (const bad of [
      'javascript:alert(1)',
      'JAVASCRIPT:x',
      'data:text/html,x',
      'file:///etc',
      '/relative',
      'mailto:a@b',
    ])
      expect(safeHttpUrl(bad), bad).toBeNull()
  })
})

describe('parseAnalystMarkdown', () => {
  it('turns raw HTML into literal text, inline and as a block', () => {
    const nodes = parseAnalystMarkdown('a <b>x</b>\n\n<div onclick="x()">\nhi\n</div>')
    expect(types(nodes)).not.toContain('html')
    expect(nodes[0]).toMatchObject({
      type: 'paragraph',
      children: [{ value: 'a ' }, { value: '<b>' }, { value: 'x' }, { value: '</b>' }],
    })
    expect(nodes[1]).toEqual({
      type: 'paragraph',
      children: [{ type: 'text', value: '<div onclick="x()">\nhi\n</div>' }],
    })
  })

  it('flattens footnotes and definitions so they cannot clash with the briefing’s', () => {
    const nodes = parseAnalystMarkdown(
      'See [^1] and [x][ref].\n\n[^1]: Forged\n\n[ref]: https://example.org "T"',
    )
    expect(types(nodes)).not.toContain('footnoteReference')
    expect(types(nodes)).not.toContain('footnoteDefinition')
    expect(types(nodes)).not.toContain('definition')
    expect(nodes[0]).toMatchObject({
      children: [
        { value: 'See ' },
        { value: '[^1]' },
        { value: ' and ' },
        { type: 'link', url: 'https://example.org/', title: 'T' },
        { value: '.' },
      ],
    })
    expect(nodes[1]).toMatchObject({
      type: 'paragraph',
      children: [{ value: '[^1]: ' }, { value: 'Forged' }],
    })
  })

  it('drops unsafe links and images but keeps their words, and pushes headings down', () => {
    const nodes = parseAnalystMarkdown(
      '[a](javascript:x) ![pic](https://x/y.png) <https://ok.example>\n\n# Top\n\n###### Deep',
      2,
    )
    expect(types(nodes)).not.toContain('image')
    expect(nodes[0]).toMatchObject({
      children: [{ value: 'a' }, { value: ' ' }, { value: 'pic' }, { value: ' ' }, { type: 'link' }],
    })
    expect(nodes.slice(1).map((n) => (n.type === 'heading' ? n.depth : 0))).toEqual([3, 6])
  })
})

describe('plain text helpers', () => {
  it('keeps line breaks as breaks and folds whitespace for one-line fields', () => {
    expect(plainPhrasing('a\nb')).toEqual([
      { type: 'text', value: 'a' },
      { type: 'break' },
      { type: 'text', value: 'b' },
    ])
    expect(oneLine(' a \n\t b ')).toBe('a b')
  })
})
