import { describe, expect, it } from 'vitest'
import type { Nodes, Parents, Root } from 'mdast'
import { micromark } from 'micromark'
import { fromMarkdown } from 'mdast-util-from-markdown'
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter'
import { gfmFromMarkdown } from 'mdast-util-gfm'
import { frontmatter } from 'micromark-extension-frontmatter'
import { gfm, gfmHtml } from 'micromark-extension-gfm'
import { parse } from 'yaml'
import { buildBriefingModel } from './briefing-model'
import { briefingToMarkdown } from './briefing-markdown'
import {
  anchorOn,
  briefing,
  claims,
  documents,
  makeDocument,
  matrix,
  sources,
} from '../../../tests/fixtures/briefing'
import { briefingDocument } from './briefing-citations'

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
/** The literal text of a node: text and code values, a line break as "\n", a footnote reference as [^n]. */
function plain(node: Nodes): string {
  if (node.type === 'text' || node.type === 'inlineCode') return node.value
  if (node.type === 'break') return '\n'
  if (node.type === 'footnoteReference') return `[^${node.identifier}]`
  return 'children' in node ? (node as Parents).children.map(plain).join('') : ''
}
const ofType = <T extends Nodes['type']>(tree: Nodes, type: T) =>
  all(tree).filter((n): n is Extract<Nodes, { type: T }> => n.type === type)

/** Rendered with a GFM renderer (micromark), as GitHub or a Markdown viewer shows it. */
const render = (md: string) =>
  micromark(md, { extensions: [gfm(), frontmatter(['yaml'])], htmlExtensions: [gfmHtml()] })
const stripTags = (html: string) =>
  html
    .replace(/<a [^>]*data-footnote-backref[^>]*>.*?<\/a>/g, '')
    .replace(/<[^>]+>/g, '')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .trim()

const model = buildBriefingModel({ briefing, claims, sources, documents, achMatrices: [matrix] })
const md = briefingToMarkdown(model)

describe('briefingToMarkdown', () => {
  const tree = read(md)

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
      '2 Competing hypotheses',
      '3 Will Homs fall within a week?',
      '2 Claims',
      '2 Sources',
      '3 Documents cited',
    ])
  })

  it('lists each cited document with its address, retrieved date and the hash of the copy read', () => {
    const at = tree.children.findIndex((n) => n.type === 'heading' && plain(n) === 'Documents cited')
    const list = tree.children[at + 1]!
    expect(list.type).toBe('list')
    expect((list as Parents).children.map(plain)).toEqual([
      `Thousands flee Homs as rebels push south (NBC News). https://example.com/homs. Retrieved: not stated. SHA-256 of the text: ${'a'.repeat(64)}. Claims [^1], [^3].`,
      // A javascript: address is left out, never linked.
      `\u2068نزوح من حمص\u2069 (Al Jazeera). Retrieved: not stated. SHA-256 of the text: ${'b'.repeat(64)}. Claims [^2].`,
      `Flash update No. 3 (UNHCR). https://example.com/homs. Retrieved 2024-12-07. SHA-256 of the original file “flash-update-3.pdf”: ${'d'.repeat(64)}. Claims [^5], [^6].`,
    ])
    // The hash is code (copied whole, never reflowed) and the address a real link.
    expect(ofType(list, 'inlineCode').map((c) => c.value)).toEqual(['a', 'b', 'd'].map((c) => c.repeat(64)))
    expect(ofType(list, 'link').map((l) => l.url)).toEqual([
      'https://example.com/homs',
      'https://example.com/homs',
    ])
    expect(md).toContain(`SHA-256 of the original file “flash-update-3.pdf”: \`${'d'.repeat(64)}\``)
  })

  it('lists key judgments with likelihood and confidence as separate fields and their citations', () => {
    const judgments = tree.children.find((n) => n.type === 'list' && n.ordered)!
    const first = (judgments as Parents).children[0]!
    expect(plain(first)).toBe(
      'Displacement from Homs will continue this week.[^1], [^2]Likelihood: likely (55–80 %)Confidence: Moderate',
    )
    expect(md).not.toMatch(/confidence that/i)
  })

  it('writes the claims table with a citation per claim, and the sources grouped into origins', () => {
    const [, claimsTable, sourcesTable] = ofType(tree, 'table')
    expect(claimsTable!.children.map((r) => r.children.map(plain))).toEqual([
      ['No.', 'Statement', 'Source', 'Grade', 'Status'],
      [
        '[^1]',
        'Tens of thousands have fled Homs.',
        'Syrian Observatory for Human Rights, via Reuters',
        'B2',
        'Unverified',
      ],
      ['[^2]', 'Thousands of civilians were displaced from Homs.', 'Reuters', 'B3', 'Corroborated'],
      ['[^3]', 'Government forces deny withdrawing.', 'SANA', 'C4', 'Unverified'],
      ['[^4]', 'HTS-led forces say they reached Homs.', 'HTS-led forces', 'D3', 'Unverified'],
      ['[^5]', 'UNHCR counts 40,000 displaced.', 'UNHCR', 'A2', 'Unverified'],
      ['[^6]', 'Roads south of Homs are congested.', 'UNHCR', 'A2', 'Unverified'],
      ['[^7]', 'Claim deleted since it was cited.', '', '', ''],
    ])
    expect(sourcesTable!.children.map((r) => r.children.map(plain))).toEqual([
      ['Source', 'Kind', 'Grade', 'Partisan', 'Relays', 'Claims', 'Counted as'],
      ['UNHCR', 'Organisation', 'A', 'no', '', '2', 'Independent origin 1: UNHCR'],
      [
        'Syrian Observatory for Human Rights',
        'Organisation',
        'B',
        'no',
        '',
        '2',
        'Independent origin 2: Syrian Observatory for Human Rights',
      ],
      [
        'Reuters',
        'News outlet',
        'B',
        'no',
        'Syrian Observatory for Human Rights',
        '2',
        'Independent origin 2: Syrian Observatory for Human Rights (joined through a channel)',
      ],
      ['SANA', 'News outlet', 'E', 'no', '', '1', 'Independent origin 3: SANA'],
      ['HTS-led forces', 'Organisation', 'D', 'yes', '', '1', 'Set aside: party to the conflict'],
    ])
    expect(ofType(tree, 'paragraph').map(plain)).toContain(model.sources.summary)
  })

  it('writes the matrix as a table, most diagnostic row first, with the scores', () => {
    const [achTable] = ofType(tree, 'table')
    expect(achTable!.children.map((r) => r.children.map(plain))).toEqual([
      ['Evidence', 'Weight', 'H1', 'H2'],
      ['E3. Roads south of Homs are congested.[^6] (claim)', '2.00', 'C', 'II'],
      ['E4. No reports of government reinforcements arriving. (absence of evidence)', '1.00', 'C', 'I'],
      ['E2. Government forces deny withdrawing.[^3] (claim)', '0.71', 'I', 'C'],
      ['E1. Tens of thousands have fled Homs.[^1] (claim; not diagnostic)', '2.00', 'C', 'C'],
      ['Weighted inconsistency', '', '0.71 (rank 1)', '5.00 (rank 2)'],
    ])
    expect(md).toContain('H1 ranks first: the least evidence against it.')
  })

  it('gives every claim a full note: statement, source and channel, grade, document and passage', () => {
    const defs = ofType(tree, 'footnoteDefinition')
    expect(defs.map((d) => [d.identifier, plain(d.children[0]!)])).toEqual([
      [
        '1',
        '“Tens of thousands have fled Homs.” Syrian Observatory for Human Rights, via Reuters; graded B2. Thousands flee Homs as rebels push south (NBC News), ¶ 1.',
      ],
      [
        '2',
        // The Arabic title is isolated (FSI…PDI) so its direction cannot reorder the sentence around it.
        '“Thousands of civilians were displaced from Homs.” Reuters; graded B3. \u2068نزوح من حمص\u2069 (Al Jazeera), ¶ 1.',
      ],
      [
        '3',
        '“Government forces deny withdrawing.” SANA; graded C4. Thousands flee Homs as rebels push south (NBC News), ¶ 2.',
      ],
      ['4', '“HTS-led forces say they reached Homs.” HTS-led forces; graded D3. No passage anchored.'],
      ['5', '“UNHCR counts 40,000 displaced.” UNHCR; graded A2. Flash update No. 3 (UNHCR), p. 3, ¶ 2.'],
      [
        '6',
        '“Roads south of Homs are congested.” UNHCR; graded A2. Flash update No. 3 (UNHCR), p. 2, ¶ 1 – p. 3, ¶ 1.',
      ],
      ['7', 'Claim deleted since it was cited.'],
    ])
    expect(plain(defs[1]!.children[1]!)).toBe('\u2068آلاف المدنيين نزحوا من حمص\u2069')
    expect(md).not.toMatch(/characters \d/)
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

describe('rendered by a GFM renderer, the numbers match', () => {
  const html = render(md)
  const calls = [
    ...html.matchAll(
      /<a href="#user-content-fn-([^"]+)" id="user-content-fnref-[^"]+" data-footnote-ref[^>]*>(\d+)<\/a>/g,
    ),
  ]
  const notes = [...html.matchAll(/<li id="user-content-fn-([^"]+)">([\s\S]*?)<\/li>/g)]

  it('shows each citation with the number of the claim it points at', () => {
    expect(calls.length).toBeGreaterThan(model.claims.length)
    for (const [, target, shown] of calls) expect(shown, `call to note ${target}`).toBe(target)
  })

  it('keeps every note, in claim order, none dropped, each matching its row of the claims table', () => {
    expect(notes.map(([, id]) => id)).toEqual(['1', '2', '3', '4', '5', '6', '7'])
    const table = html.slice(html.indexOf('<th align="right">No.</th>'))
    const rows = [
      ...table.matchAll(/<tr>\s*<td align="right">([\s\S]*?)<\/td>\s*<td align="left">([\s\S]*?)<\/td>/g),
    ]
    expect(rows.map(([, no]) => stripTags(no!))).toEqual(['1', '2', '3', '4', '5', '6', '7'])
    rows.forEach(([, no, statement], i) => {
      const note = stripTags(notes[i]![2]!)
      expect(stripTags(no!)).toBe(String(i + 1))
      if (model.claims[i]!.deleted) expect(note).toBe('Claim deleted since it was cited.')
      else expect(note.startsWith(`“${stripTags(statement!)}”`), note).toBe(true)
    })
  })

  it('reads "Claims cited: 1, 2" in order with no stray spaces', () => {
    const cited = [...html.matchAll(/<p>Claims cited: ([\s\S]*?)<\/p>/g)].map(([, refs]) => stripTags(refs!))
    expect(cited).toEqual(['1, 2', '3, 4, 5'])
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
    achMatrixIds: [],
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
  const out = briefingToMarkdown(
    buildBriefingModel({
      briefing: evilBriefing,
      claims: evilClaims,
      sources: [evilSource, ...sources.slice(1)],
      documents: [briefingDocument(doc), ...documents],
    }),
  )
  const tree = read(out)
  // The documents list is the export's own: a hash in code and each document's checked address as a link.
  const listAt = tree.children.findIndex((n) => n.type === 'heading' && plain(n) === 'Documents cited') + 1
  const documentsList = tree.children[listAt]!
  const analystPart: Root = { ...tree, children: tree.children.filter((_, i) => i !== listAt) }
  const types = new Set(all(analystPart).map((n) => n.type))

  it('produces no HTML, code, rules or images from analyst text', () => {
    for (const t of ['html', 'inlineCode', 'code', 'thematicBreak', 'image', 'definition', 'delete'])
      expect(types.has(t as Nodes['type']), t).toBe(false)
    expect(ofType(analystPart, 'link')).toEqual([])
    expect(documentsList.type).toBe('list')
    for (const code of ofType(documentsList, 'inlineCode')) expect(code.value).toMatch(/^[0-9a-f]{64}$/)
    for (const link of ofType(documentsList, 'link')) expect(link.url).toBe('https://example.com/homs')
    expect(plain(documentsList)).toContain('Evil | doc (NBC News). https://example.com/homs.')
  })

  it('adds no headings, footnotes or table cells', () => {
    expect(ofType(tree, 'heading').map((h) => h.depth)).toEqual([1, 2, 2, 2, 3, 4, 3, 2, 2, 2, 2, 3])
    expect(ofType(tree, 'footnoteDefinition').map((d) => d.identifier)).toEqual([
      '1',
      '2',
      '3',
      '4',
      '5',
      '6',
    ])
    for (const table of ofType(tree, 'table'))
      for (const row of table.children) expect(row.children).toHaveLength(table.children[0]!.children.length)
  })

  it('brings every piece of analyst text back literally', () => {
    const paragraphs = ofType(tree, 'paragraph').map(plain)
    expect(ofType(tree, 'heading')[0]!.children.map(plain).join('')).toBe(title)
    expect(paragraphs).toContain('# Not a heading either')
    expect(paragraphs).toContain(`${evil}\n${lines.join('\n')}`)
    expect(paragraphs.find((p) => p.startsWith(`“${evil}”`))).toContain(
      `SOHR | ${evil}, via Reuters; graded B2. Evil | doc (NBC News), ¶ 1–6.`,
    )
    expect(paragraphs).toContain(`--- ${evil}[^1], [^2]`)
    const row = ofType(tree, 'table')[0]!.children[1]!.children.map(plain)
    expect(row.slice(1, 3)).toEqual([evil, `SOHR | ${evil}, via Reuters`])
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

describe('hidden controls in a briefing (Trojan Source)', () => {
  const spoofed = claims.map((c, i) => (i === 0 ? { ...c, statement: 'pay \u202E0001$ now' } : c))
  const out = briefingToMarkdown(
    buildBriefingModel({ briefing, claims: spoofed, sources, documents, achMatrices: [matrix] }),
  )

  it('writes a bidi override out by name, so it can never reorder the statement it sits in', () => {
    expect(out).not.toMatch(/[\u202a-\u202e]/)
    // As rendered: the bracket is escaped in the Markdown, shown plainly once rendered.
    expect(stripTags(render(out))).toContain('pay [U+202E RIGHT-TO-LEFT OVERRIDE]0001$ now')
  })
})
