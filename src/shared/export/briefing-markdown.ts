// A briefing as CommonMark + GFM. The document is built as an mdast tree and
// serialised by mdast-util-to-markdown, never by joining strings: analyst text
// only ever sits in text nodes, which the serialiser escapes, so a "|", "#",
// "[^1]" or "<script>" in a statement stays literal text and cannot open a
// heading, split a table cell, forge a footnote or inject HTML. Front matter
// is written by the yaml library for the same reason.
//
// Footnote numbers: a GFM renderer numbers footnotes by first reference and
// drops those never referenced. The model numbers claims in the same order of
// first citation, and every claim is referenced in the claims table, so the
// rendered numbers are the claims' own numbers.
import { forExport } from '../text/invisible'
import type {
  BlockContent,
  FootnoteDefinition,
  List,
  ListItem,
  Nodes,
  Paragraph,
  PhrasingContent,
  Root,
  RootContent,
  Table,
  TableCell,
  TableRow,
} from 'mdast'
import { frontmatterToMarkdown } from 'mdast-util-frontmatter'
import { gfmToMarkdown } from 'mdast-util-gfm'
import { toMarkdown } from 'mdast-util-to-markdown'
import { stringify } from 'yaml'
import { oneLine, parseAnalystMarkdown, plainPhrasing } from './analyst-markdown'
import type {
  BriefingModel,
  ModelAch,
  ModelCitedDocument,
  ModelClaim,
  ModelJudgment,
  ModelPassage,
} from './briefing-model'
import {
  DOCUMENTS_CITED,
  DOCUMENTS_CITED_NOTE,
  NONE_RECORDED,
  NOT_STATED,
  changedText,
  confidenceText,
  hashLabel,
  leadersText,
  likelihoodText,
  noteText,
  retrievedText,
  sectionTitle,
  sourceText,
  weightText,
  type BriefingSectionId,
} from './briefing-text'

export { briefingSections } from './briefing-text'

/**
 * The one door for text the analyst or a source wrote into the Markdown:
 * statements, quotes, names, titles, judgments, analyst Markdown. Kept as one
 * function so bidi isolation and visible control characters go in one place.
 */
export const analystText = (value: string): string => forExport(value)

const text = (value: string): PhrasingContent => ({ type: 'text', value })
/** Analyst text that may span lines: one text node per line, hard breaks between. */
const said = (value: string): PhrasingContent[] =>
  plainPhrasing(value).map((n) => (n.type === 'text' ? { ...n, value: analystText(n.value) } : n))
const saidLine = (value: string): PhrasingContent => text(analystText(oneLine(value)))
const para = (...children: PhrasingContent[]): Paragraph => ({ type: 'paragraph', children })
const strong = (value: string): PhrasingContent => ({ type: 'strong', children: [text(value)] })
const heading = (depth: 1 | 2 | 3, ...children: PhrasingContent[]): RootContent => ({
  type: 'heading',
  depth,
  children,
})
const labelled = (label: string, value: string): PhrasingContent[] => [strong(`${label}:`), text(` ${value}`)]
const ref = (n: number): PhrasingContent => ({
  type: 'footnoteReference',
  identifier: String(n),
  label: String(n),
})
/** Citations as footnote references with commas between, so 1 and 2 never read as 12. */
const refs = (footnotes: readonly number[]): PhrasingContent[] =>
  footnotes.flatMap((n, i) => (i ? [text(', '), ref(n)] : [ref(n)]))
const item = (...children: BlockContent[]): ListItem => ({ type: 'listItem', spread: false, children })
const list = (ordered: boolean, items: ListItem[]): List => ({
  type: 'list',
  ordered,
  spread: false,
  children: items,
})

type Cell = PhrasingContent[]
function table(header: string[], rows: Cell[][], align: ('left' | 'right' | 'center' | null)[]): Table {
  const row = (cells: Cell[]): TableRow => ({
    type: 'tableRow',
    children: cells.map((children): TableCell => ({ type: 'tableCell', children })),
  })
  return { type: 'table', align, children: [row(header.map((h) => [text(h)])), ...rows.map(row)] }
}

/** Every text node of parsed analyst Markdown goes through the same door. */
function sayAll<T extends Nodes>(node: T): T {
  if (node.type === 'text') return { ...node, value: analystText(node.value) }
  if ('children' in node) return { ...node, children: node.children.map((c) => sayAll(c as Nodes)) } as T
  return node
}

function analyst(markdown: string, headingShift: number): RootContent[] {
  const nodes = markdown.trim() ? parseAnalystMarkdown(markdown, headingShift).map(sayAll) : []
  return nodes.length ? nodes : [para({ type: 'emphasis', children: [text(NONE_RECORDED)] })]
}

function judgmentItem(j: ModelJudgment): ListItem {
  return item(
    para(...said(j.text), ...refs(j.footnotes)),
    list(false, [
      item(para(...labelled('Likelihood', likelihoodText(j)))),
      item(para(...labelled('Confidence', confidenceText(j)))),
    ]),
  )
}

const quote = (p: ModelPassage): BlockContent => ({ type: 'blockquote', children: [para(...said(p.quote))] })

/** A claim's footnote: its full note, then the passages quoted. */
function note(c: ModelClaim): FootnoteDefinition {
  const children: BlockContent[] = [para(text(noteText(c, analystText)))]
  for (const p of c.passages) children.push(quote(p))
  return { type: 'footnoteDefinition', identifier: String(c.footnote), label: String(c.footnote), children }
}

/** A cited document: title and outlet, address, retrieved date, the hash of the copy read, and the claims quoting it. */
function citedDocument(d: ModelCitedDocument): ListItem {
  const children: PhrasingContent[] = [{ type: 'emphasis', children: [saidLine(d.title)] }]
  if (d.outlet) children.push(text(' ('), saidLine(d.outlet), text(')'))
  children.push(text('. '))
  if (d.url) children.push({ type: 'link', url: d.url, children: [text(d.url)] }, text('. '))
  children.push(
    text(`${retrievedText(d)}. ${hashLabel(d, analystText)}: `),
    { type: 'inlineCode', value: d.hash.sha256 },
    text('. Claims '),
    ...refs(d.footnotes),
    text('.'),
  )
  return item(para(...children))
}

function documentsCited(documents: readonly ModelCitedDocument[]): RootContent[] {
  if (!documents.length) return []
  return [
    heading(3, text(DOCUMENTS_CITED)),
    list(true, documents.map(citedDocument)),
    para(text(DOCUMENTS_CITED_NOTE)),
  ]
}

function achBlocks(m: ModelAch): RootContent[] {
  const header = ['Evidence', 'Weight', ...m.hypotheses.map((h) => h.label)]
  const rows: Cell[][] = m.rows.map((r) => {
    const flags = [r.diagnostic ? '' : 'not diagnostic', r.sensitive ? 'sensitive' : ''].filter(Boolean)
    return [
      [
        text(`${r.label}. `),
        saidLine(r.text),
        ...(r.footnote ? [ref(r.footnote)] : []),
        text(` (${r.kindLabel.toLowerCase()}${flags.length ? `; ${flags.join('; ')}` : ''})`),
      ],
      [text(weightText(r.weight))],
      ...r.cells.map((c) => [text(c ?? '–')]),
    ]
  })
  rows.push([
    [strong('Weighted inconsistency')],
    [],
    ...m.hypotheses.map((h) => [text(`${weightText(h.weighted)} (rank ${h.rank})`)]),
  ])
  return [
    heading(3, saidLine(m.question)),
    list(
      false,
      m.hypotheses.map((h) =>
        item(
          para(
            strong(`${h.label}.`),
            text(' '),
            saidLine(h.text),
            text(
              ` — weighted inconsistency ${weightText(h.weighted)} (${h.inconsistency} unweighted), rank ${h.rank}`,
            ),
          ),
        ),
      ),
    ),
    table(header, rows, ['left', 'right', ...m.hypotheses.map(() => 'center' as const)]),
    para(
      text(
        `${leadersText(m.leaders)} Rows are sorted by how well they tell the hypotheses apart; CC very consistent, C consistent, N neutral, I inconsistent (1), II very inconsistent (2), NA not applicable. Sensitive: removing the row would change which hypothesis ranks first.`,
      ),
    ),
  ]
}

/** The whole briefing as an mdast tree (exported for tests and for other mdast consumers). */
export function briefingToMdast(model: BriefingModel): Root {
  const { header } = model
  const marking: RootContent[] = header.marking.trim() ? [para(saidLine(header.marking))] : []
  const front = stringify(
    {
      title: analystText(header.title),
      marking: analystText(header.marking),
      date: header.date,
      author: analystText(header.author),
      audience: analystText(header.audience),
    },
    // Quoted strings: a title with ": ", quotes or "---" stays one scalar, and
    // YAML 1.1 readers do not turn the date into a timestamp or "no" into false.
    { defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN', lineWidth: 0 },
  ).trimEnd()
  const meta: PhrasingContent[] = [
    ...labelled('Date', header.date || NOT_STATED),
    { type: 'break' },
    strong('Author:'),
    text(' '),
    header.author ? saidLine(header.author) : text(NOT_STATED),
    { type: 'break' },
    strong('Audience:'),
    text(' '),
    header.audience ? saidLine(header.audience) : text(NOT_STATED),
  ]
  const title = (id: BriefingSectionId) => heading(2, text(sectionTitle(id)))

  const claimRows: Cell[][] = model.claims.map((c) => [
    [ref(c.footnote)],
    c.deleted ? [text(noteText(c, analystText))] : [saidLine(c.statement)],
    [text(sourceText(c, analystText))],
    [text(c.grade)],
    [text(c.statusLabel)],
  ])
  const sourceRows: Cell[][] = model.sources.items.map((s) => [
    [saidLine(s.name)],
    [text(s.kindLabel)],
    [text(s.reliability ?? '')],
    [text(s.partisan ? 'yes' : 'no')],
    s.relays ? [saidLine(s.relays)] : [],
    [text(String(s.claimCount))],
    [text(analystText(s.countedAs))],
  ])

  return {
    type: 'root',
    children: [
      { type: 'yaml', value: front },
      ...marking,
      heading(1, header.title ? saidLine(header.title) : text('Untitled briefing')),
      para(...meta),
      title('bottom-line'),
      para(...(model.bottomLine ? said(model.bottomLine) : [text(NONE_RECORDED)])),
      title('key-judgments'),
      model.keyJudgments.length
        ? list(true, model.keyJudgments.map(judgmentItem))
        : para(text(NONE_RECORDED)),
      title('substantiation'),
      ...model.substantiation.flatMap((s) => [
        heading(3, text(`${s.number}. `), saidLine(s.heading)),
        ...analyst(s.markdown, 3),
        ...(s.footnotes.length ? [para(text('Claims cited: '), ...refs(s.footnotes))] : []),
      ]),
      title('outlook'),
      ...analyst(model.outlook, 2),
      title('alternative-views'),
      ...analyst(model.alternativeViews, 2),
      ...(model.ach.length ? [title('hypotheses'), ...model.ach.flatMap(achBlocks)] : []),
      title('claims'),
      ...(model.changedSince.length
        ? [
            para(strong('Changed since cited')),
            list(
              false,
              model.changedSince.map((c) => item(para(text(changedText(c))))),
            ),
          ]
        : []),
      ...(model.claims.length
        ? [
            table(['No.', 'Statement', 'Source', 'Grade', 'Status'], claimRows, [
              'right',
              'left',
              'left',
              'left',
              'left',
            ]),
          ]
        : [para(text(NONE_RECORDED))]),
      title('sources'),
      ...(sourceRows.length
        ? [
            table(['Source', 'Kind', 'Grade', 'Partisan', 'Relays', 'Claims', 'Counted as'], sourceRows, [
              'left',
              'left',
              'left',
              'left',
              'left',
              'right',
              'left',
            ]),
          ]
        : []),
      para(text(analystText(model.sources.summary))),
      ...documentsCited(model.sources.documents),
      ...model.claims.map(note),
      ...marking,
    ],
  }
}

export function briefingToMarkdown(model: BriefingModel): string {
  return toMarkdown(briefingToMdast(model), {
    extensions: [gfmToMarkdown(), frontmatterToMarkdown(['yaml'])],
    bullet: '-',
    listItemIndent: 'one',
    emphasis: '_',
    fences: true,
  })
}
