import { describe, expect, it } from 'vitest'
import type { Nodes, Parents, Root } from 'mdast'
import { fromMarkdown } from 'mdast-util-from-markdown'
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter'
import { gfmFromMarkdown } from 'mdast-util-gfm'
import { frontmatter } from 'micromark-extension-frontmatter'
import { gfm } from 'micromark-extension-gfm'
import { parse } from 'yaml'
import { buildBriefingModel } from './briefing-model'
import { briefingToMarkdown } from './briefing-markdown'
import { anchorOn, briefing, claims, documents, makeDocument, sources } from './briefing-fixture'

const read = (md: string): Root =>
  fromMarkdown(md, {
    extensions: [gfm(), frontmatter(['yaml'])],
    mdastExtensions: [gfmFromMarkdown(), frontmatterFromMarkdown(['yaml'])],
  })

function all(node: Nodes, out: Nodes[] = []): Nodes[] {
  out.push(node)
  if ('children' in node) for (const c of (node as Parents).children) all(c, out)
  return out
}
/** The literal text of a node: text values, a line break as "\n". */
function plain(node: Nodes): string {
  if (node.type === 'text') return node.value
  if (node.type === 'break') return '\n'
  return 'children' in node ? (node as Parents).children.map(plain).join('') : ''
}
const ofType = <T extends Nodes['type']>(tree: Nodes, type: T) =>
  all(tree).filter((n): n is Extract<Nodes, { type: T }> => n.type === type)

const model = buildBriefingModel({ briefing, claims, sources, documents })

describe('briefingToMarkdown', () => {
  const tree = read(briefingToMarkdown(model))

  it('puts the marking first and last, then the title and BLUF sections in order', () => {
    const [yaml, first] = tree.children
    expect(yaml!.type).toBe('yaml')
    expect(plain(first!)).toBe('UNCLASSIFIED // OPEN SOURCE')
    expect(plain(tree.children.at(-1)!)).toBe('UNCLASSIFIED // OPEN SOURCE')
    expect(ofType(tree, 'heading').map((h) => `${h.depth} ${plain(h)}`)).toEqual([
      '1 Homs: displacement as rebels advance',
      '2 Bottom line',
      '2 Key judgments',
      '2 Substantiation',
      '3 1. Displacement from Homs will continue this week.',
      '3 2. Government forces will hold the city.',
      '2 Outlook and indicators',
      '2 Alternative views',
      '2 Claims',
      '2 Sources',
    ])
  })

  it('lists key judgments with likelihood and confidence as separate fields and their footnotes', () => {
    const judgments = tree.children.find((n) => n.type === 'list' && n.ordered)!
    const first = (judgments as Parents).children[0]!
    expect(plain(first)).toBe(
      'Displacement from Homs will continue this week.Likelihood: likely (55–80 %)Confidence: Moderate',
    )
    expect(ofType(first, 'footnoteReference').map((r) => r.identifier)).toEqual(['1', '2'])
    expect(briefingToMarkdown(model)).not.toMatch(/confidence that/i)
  })

  it('writes claims as a table and as quoted passages, and sources with the overall sentence', () => {
    const [claimsTable, sourcesTable] = ofType(tree, 'table')
    expect(claimsTable!.children).toHaveLength(7)
    expect(claimsTable!.children[1]!.children.map(plain)).toEqual([
      '1',
      'Tens of thousands have fled Homs.',
      'Syrian Observatory for Human Rights via Reuters',
      'B2',
      'Unverified',
    ])
    expect(sourcesTable!.children.map((r) => r.children.map(plain))).toContainEqual([
      'HTS-led forces (partisan)',
      'Organisation',
      'D',
      '1',
    ])
    const quotes = ofType(tree, 'blockquote').map((b) => b.children.map(plain))
    expect(quotes[0]).toEqual([
      'Tens of thousands of people have fled Homs',
      '— Thousands flee Homs as rebels push south, NBC News, https://example.com/homs, characters 41–83',
    ])
    expect(quotes[1]![0]).toBe('آلاف المدنيين نزحوا من حمص')
    expect(ofType(tree, 'paragraph').map(plain)).toContain(model.sources.summary)
  })

  it('turns each citation into a GFM footnote naming source and grade', () => {
    const defs = ofType(tree, 'footnoteDefinition')
    expect(defs.map((d) => [d.identifier, plain(d)])).toEqual([
      ['1', 'Syrian Observatory for Human Rights, B2'],
      ['2', 'Reuters, B3'],
      ['3', 'SANA, C4'],
      ['4', 'Claim deleted since it was cited'],
      ['5', 'HTS-led forces, D3'],
      ['6', 'UNHCR, A2'],
    ])
  })

  it('writes front matter that yaml reads back', () => {
    expect(parse((tree.children[0] as { value: string }).value)).toEqual({
      title: 'Homs: displacement as rebels advance',
      marking: 'UNCLASSIFIED // OPEN SOURCE',
      date: '2024-12-07',
      author: 'A. Analyst',
      audience: 'Desk officers',
    })
  })
})

describe('analyst text cannot break the document', () => {
  const evil = 'Pipe | star *x* `tick` <script>alert(1)</script> stray [^1] and _under_ \\ end'
  const lines = [
    '# Not a heading',
    '---',
    '- not a list',
    '[^2]: not a definition',
    '<img src=x onerror=alert(1)>',
  ]
  const doc = makeDocument('doc-evil', 'Evil | doc', `${evil}\n${lines.join('\n')}`)
  const title = 'Homs: "the fall" — \'really\' #1 ---'
  const evilSource = { ...sources[0]!, name: `SOHR | ${evil}` }
  const evilClaims = claims.map((c, i) =>
    i === 0 ? { ...c, statement: evil, anchors: [anchorOn(doc, doc.text)] } : c,
  )
  const evilBriefing = {
    ...briefing,
    title,
    author: 'O\'Brien: "Desk"',
    bottomLine: '# Not a heading either',
    keyJudgments: briefing.keyJudgments.map((k, i) =>
      i === 0
        ? {
            ...k,
            text: `--- ${evil}`,
            substantiation:
              'Raw <script>alert(1)</script> and <b>bold</b>\n\n<div onclick="x()">block</div>\n\n' +
              'See [^1] and [^9].\n\n[^9]: A forged footnote\n\n[link](javascript:alert(1)) ![img](http://x/y.png)\n\n# Deep',
          }
        : k,
    ),
  }
  const md = briefingToMarkdown(
    buildBriefingModel({
      briefing: evilBriefing,
      claims: evilClaims,
      sources: [evilSource, ...sources.slice(1)],
      documents: [doc, ...documents],
    }),
  )
  const tree = read(md)
  const types = new Set(all(tree).map((n) => n.type))

  it('produces no HTML, code, rules or images from analyst text', () => {
    for (const t of ['html', 'inlineCode', 'code', 'thematicBreak', 'image', 'definition', 'delete'])
      expect(types.has(t as Nodes['type']), t).toBe(false)
    expect(ofType(tree, 'link').map((l) => l.url)).toEqual([
      'https://example.com/homs',
      'https://example.com/homs',
    ])
  })

  it('adds no headings, footnotes or table cells', () => {
    expect(ofType(tree, 'heading').map((h) => h.depth)).toEqual([1, 2, 2, 2, 3, 4, 3, 2, 2, 2, 2])
    expect(ofType(tree, 'footnoteDefinition').map((d) => d.identifier)).toEqual([
      '1',
      '2',
      '3',
      '4',
      '5',
      '6',
    ])
    expect(
      ofType(tree, 'footnoteReference')
        .map((d) => d.identifier)
        .sort(),
    ).toEqual(['1', '1', '2', '2', '3', '3', '5', '5', '6', '6'].sort())
    for (const table of ofType(tree, 'table'))
      for (const row of table.children) expect(row.children).toHaveLength(table.children[0]!.children.length)
  })

  it('brings every piece of analyst text back literally', () => {
    const paragraphs = ofType(tree, 'paragraph').map(plain)
    expect(ofType(tree, 'heading')[0]!.children.map(plain).join('')).toBe(title)
    expect(paragraphs).toContain('# Not a heading either')
    expect(paragraphs).toContain(`1. ${evil}`)
    expect(paragraphs).toContain(`${evil}\n${lines.join('\n')}`)
    expect(paragraphs).toContain(`SOHR | ${evil}, B2`)
    expect(paragraphs).toContain(`--- ${evil}`)
    const row = ofType(tree, 'table')[0]!.children[1]!.children.map(plain)
    expect(row.slice(1, 3)).toEqual([evil, `SOHR | ${evil} via Reuters`])
  })

  it('keeps raw HTML and forged footnotes in analyst Markdown as literal text', () => {
    const paragraphs = ofType(tree, 'paragraph').map(plain)
    expect(paragraphs).toContain('Raw <script>alert(1)</script> and <b>bold</b>')
    expect(paragraphs).toContain('<div onclick="x()">block</div>')
    expect(paragraphs).toContain('See [^1] and [^9].')
    expect(paragraphs).toContain('[^9]: A forged footnote')
    expect(paragraphs).toContain('link img')
  })

  it('writes front matter that survives ": ", quotes and dashes', () => {
    const front = tree.children[0]!
    expect(front.type).toBe('yaml')
    expect(parse((front as { value: string }).value)).toMatchObject({ title, author: 'O\'Brien: "Desk"' })
  })
})
