// A briefing as CommonMark + GFM. The document is built as an mdast tree and
// serialised by mdast-util-to-markdown, never by joining strings: analyst text
// only ever sits in text nodes, which the serialiser escapes, so a "|", "#",
// "[^1]" or "<script>" in a statement stays literal text and cannot open a
// heading, split a table cell, forge a footnote or inject HTML. Front matter
// is written by the yaml library for the same reason.
import type {
  BlockContent,
  FootnoteDefinition,
  List,
  ListItem,
  Paragraph,
  PhrasingContent,
  Root,
  RootContent,
  Table,
  TableRow,
} from 'mdast'
import { frontmatterToMarkdown } from 'mdast-util-frontmatter'
import { gfmToMarkdown } from 'mdast-util-gfm'
import { toMarkdown } from 'mdast-util-to-markdown'
import { stringify } from 'yaml'
import { oneLine, parseAnalystMarkdown, plainPhrasing } from './analyst-markdown'
import type { BriefingModel, ModelClaim, ModelJudgment, ModelPassage } from './briefing-model'

/** Section titles shared with the HTML export, in document order. */
export const briefingSections = [
  { id: 'bottom-line', title: 'Bottom line' },
  { id: 'key-judgments', title: 'Key judgments' },
  { id: 'substantiation', title: 'Substantiation' },
  { id: 'outlook', title: 'Outlook and indicators' },
  { id: 'alternative-views', title: 'Alternative views' },
  { id: 'claims', title: 'Claims' },
  { id: 'sources', title: 'Sources' },
] as const

const NOT_STATED = 'not stated'
const NONE_RECORDED = 'None recorded.'

/** "likely (55–80 %)": the likelihood field on its own, never joined with confidence. */
export const likelihoodText = (j: ModelJudgment) =>
  j.likelihood ? `${j.likelihood.term} (${j.likelihood.range})` : NOT_STATED
export const confidenceText = (j: ModelJudgment) => j.confidence?.label ?? NOT_STATED

/** What a footnote says: the source and the Admiralty grade, e.g. "Syrian Observatory for Human Rights, B2". */
export function footnoteText(c: ModelClaim): string {
  if (c.deleted) return 'Claim deleted since it was cited'
  return `${c.source?.name ?? 'No source named'}, ${c.grade || 'ungraded'}`
}

/** The claim's source column: "Syrian Observatory for Human Rights via Reuters". */
export function sourceText(c: ModelClaim): string {
  const name = c.source?.name ?? (c.deleted ? '' : 'No source named')
  return c.via ? `${name} via ${c.via.name}` : name
}

/** "characters 412–795" */
export const positionText = (p: ModelPassage) => `characters ${p.start}–${p.end}`

export function changedText(c: BriefingModel['changedSince'][number]): string {
  return c.deleted
    ? `Claim ${c.footnote} has been deleted since version ${c.citedVersion} was cited.`
    : `Claim ${c.footnote} has changed: version ${c.citedVersion} is cited, version ${c.currentVersion} is current.`
}

const text = (value: string): PhrasingContent => ({ type: 'text', value })
const para = (...children: PhrasingContent[]): Paragraph => ({ type: 'paragraph', children })
const heading = (depth: 1 | 2 | 3, value: string): RootContent => ({
  type: 'heading',
  depth,
  children: [text(oneLine(value))],
})
const labelled = (label: string, value: string): PhrasingContent[] => [
  { type: 'strong', children: [text(`${label}:`)] },
  text(` ${value}`),
]
const refs = (footnotes: readonly number[]): PhrasingContent[] =>
  footnotes.map((n) => ({ type: 'footnoteReference', identifier: String(n), label: String(n) }))
const item = (...children: BlockContent[]): ListItem => ({ type: 'listItem', spread: false, children })
const list = (ordered: boolean, items: ListItem[]): List => ({
  type: 'list',
  ordered,
  spread: false,
  children: items,
})

function table(header: string[], rows: string[][], align: ('left' | 'right' | null)[]): Table {
  const row = (cells: string[]): TableRow => ({
    type: 'tableRow',
    children: cells.map((c) => ({ type: 'tableCell', children: c ? [text(oneLine(c))] : [] })),
  })
  return { type: 'table', align, children: [row(header), ...rows.map(row)] }
}

function analyst(markdown: string, headingShift: number): RootContent[] {
  const nodes = markdown.trim() ? parseAnalystMarkdown(markdown, headingShift) : []
  return nodes.length ? nodes : [para({ type: 'emphasis', children: [text(NONE_RECORDED)] })]
}

function judgmentItem(j: ModelJudgment): ListItem {
  return item(
    para(...plainPhrasing(j.text), ...refs(j.footnotes)),
    list(false, [
      item(para(...labelled('Likelihood', likelihoodText(j)))),
      item(para(...labelled('Confidence', confidenceText(j)))),
    ]),
  )
}

function passageQuote(p: ModelPassage): RootContent {
  const where: PhrasingContent[] = [text(`— ${[p.documentTitle, p.outlet].filter(Boolean).join(', ')}, `)]
  if (p.url) where.push({ type: 'link', url: p.url, children: [text(p.url)] }, text(', '))
  where.push(text(positionText(p)))
  return { type: 'blockquote', children: [para(...plainPhrasing(p.quote)), para(...where)] }
}

function claimBlocks(c: ModelClaim): RootContent[] {
  const lead = para({ type: 'strong', children: [text(`${c.footnote}.`)] }, text(' '))
  if (c.deleted) return [{ ...lead, children: [...lead.children, text(footnoteText(c))] }]
  lead.children.push(...plainPhrasing(c.statement))
  const passages = c.passages.length
    ? c.passages.map(passageQuote)
    : [para({ type: 'emphasis', children: [text('No passage anchored.')] })]
  return [lead, ...passages]
}

/** The whole briefing as an mdast tree (exported for tests and for other mdast consumers). */
export function briefingToMdast(model: BriefingModel): Root {
  const { header } = model
  const marking: RootContent[] = header.marking.trim() ? [para(text(oneLine(header.marking)))] : []
  const front = stringify(
    {
      title: header.title,
      marking: header.marking,
      date: header.date,
      author: header.author,
      audience: header.audience,
    },
    // Quoted strings: a title with ": ", quotes or "---" stays one scalar, and
    // YAML 1.1 readers do not turn the date into a timestamp or "no" into false.
    { defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN', lineWidth: 0 },
  ).trimEnd()
  const meta: PhrasingContent[] = [
    ...labelled('Date', header.date || NOT_STATED),
    { type: 'break' },
    ...labelled('Author', header.author || NOT_STATED),
    { type: 'break' },
    ...labelled('Audience', header.audience || NOT_STATED),
  ]
  const title = (id: (typeof briefingSections)[number]['id']) =>
    heading(2, briefingSections.find((s) => s.id === id)!.title)

  const claimRows = model.claims.map((c) => [
    String(c.footnote),
    c.deleted ? footnoteText(c) : c.statement,
    sourceText(c),
    c.grade,
    c.statusLabel,
  ])
  const sourceRows = model.sources.items.map((s) => {
    const notes = [s.partisan ? 'partisan' : '', s.relays ? `relays ${s.relays}` : ''].filter(Boolean)
    return [
      notes.length ? `${s.name} (${notes.join('; ')})` : s.name,
      s.kindLabel,
      s.reliability ?? '',
      String(s.claimCount),
    ]
  })
  const footnotes: FootnoteDefinition[] = model.claims.map((c) => ({
    type: 'footnoteDefinition',
    identifier: String(c.footnote),
    label: String(c.footnote),
    children: [para(text(footnoteText(c)))],
  }))

  return {
    type: 'root',
    children: [
      { type: 'yaml', value: front },
      ...marking,
      heading(1, header.title || 'Untitled briefing'),
      para(...meta),
      title('bottom-line'),
      para(...plainPhrasing(model.bottomLine || NONE_RECORDED)),
      title('key-judgments'),
      model.keyJudgments.length
        ? list(true, model.keyJudgments.map(judgmentItem))
        : para(text(NONE_RECORDED)),
      title('substantiation'),
      ...model.substantiation.flatMap((s) => [
        heading(3, `${s.number}. ${s.heading}`),
        ...analyst(s.markdown, 3),
        ...(s.footnotes.length ? [para(text('Claims cited: '), ...refs(s.footnotes))] : []),
      ]),
      title('outlook'),
      ...analyst(model.outlook, 2),
      title('alternative-views'),
      ...analyst(model.alternativeViews, 2),
      title('claims'),
      ...(model.changedSince.length
        ? [
            para({ type: 'strong', children: [text('Changed since cited')] }),
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
            ...model.claims.flatMap(claimBlocks),
          ]
        : [para(text(NONE_RECORDED))]),
      title('sources'),
      ...(sourceRows.length
        ? [table(['Source', 'Kind', 'Grade', 'Claims'], sourceRows, ['left', 'left', 'left', 'right'])]
        : []),
      para(text(model.sources.summary)),
      ...footnotes,
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
