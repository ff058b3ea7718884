// A briefing as one self-contained HTML document, for the preview and for
// printing to PDF. Built as a hast tree and serialised by hast-util-to-html,
// so every piece of analyst text is escaped by construction. The document
// carries no script at all and a CSP that forbids any, links out only to
// http(s) addresses, and gives every block an explicit dir from its own first
// letter, so an Arabic quote is laid out right to left (and aligned to its
// own start) while its characters stay in logical order.
import { spelledOut } from '../text/invisible'
import type { Element, ElementContent, Nodes, Root } from 'hast'
import { toHtml } from 'hast-util-to-html'
import { h } from 'hastscript'
import { toHast } from 'mdast-util-to-hast'
import { oneLine, parseAnalystMarkdown, safeHttpUrl } from './analyst-markdown'
import type {
  BriefingModel,
  ModelAch,
  ModelCitedDocument,
  ModelClaim,
  ModelJudgment,
  ModelPassage,
} from './briefing-model'
import { pageRules } from './briefing-stylesheet'
import {
  DOCUMENTS_CITED,
  DOCUMENTS_CITED_NOTE,
  NONE_RECORDED,
  NO_PASSAGE,
  changedText,
  confidenceText,
  hashLabel,
  leadersText,
  likelihoodText,
  noteText,
  retrievedText,
  sectionTitle,
  sectionsOf,
  sourceText,
  weightText,
  type BriefingSectionId,
} from './briefing-text'
import { strongDirection } from './text-direction'

export { briefingStylesheet } from './briefing-stylesheet'

/** The preview/PDF document's policy: styles and embedded fonts/images only, nothing else. */
export const briefingCsp = "default-src 'none'; style-src 'unsafe-inline'; font-src data:; img-src data:"

export interface BriefingHtmlOptions {
  /** CSS placed in the document's one <style> (e.g. @font-face rules + briefingStylesheet). */
  stylesheet: string
  /** Language of the document's own labels; defaults to "en". */
  lang?: string
}

/**
 * The one door for text the analyst or a source wrote into the HTML (and so
 * the PDF): statements, quotes, names, titles, judgments, analyst Markdown.
 * Kept as one function so bidi isolation and visible control characters go
 * in one place.
 */
// Hidden controls are written out by name; direction is isolated by the
// elements' own dir attributes (FSI/PDI marks would end up in the PDF's text).
export const analystText = (value: string): string => spelledOut(value)

/** A child as hastscript takes it: a node or a string (escaped as text). */
type Kid = ElementContent | string

/** In-document id of a claim in the claims list, the target of its citations. */
export const claimAnchorId = (footnote: number) => `claim-${footnote}`

// Block elements that hold text: each gets an explicit dir from its first letter.
const textElements = new Set(
  'p li h1 h2 h3 h4 h5 h6 td th blockquote dd dt caption figcaption footer div'.split(' '),
)

function firstDirection(node: Nodes): 'ltr' | 'rtl' | null {
  if (node.type === 'text') return strongDirection(node.value)
  if (node.type !== 'element' && node.type !== 'root') return null
  for (const child of node.children) {
    const dir = firstDirection(child)
    if (dir) return dir
  }
  return null
}

function finish(node: Nodes): void {
  if (node.type !== 'element' && node.type !== 'root') return
  if (node.type === 'element') {
    if (node.tagName === 'a') {
      // Only in-document anchors and http(s) addresses survive; anything else
      // (javascript:, data:, file:) loses its link and keeps its words.
      const href = typeof node.properties.href === 'string' ? node.properties.href : ''
      const safe = href.startsWith('#') ? href : safeHttpUrl(href)
      if (safe) node.properties.href = safe
      else {
        node.tagName = 'span'
        delete node.properties.href
      }
    }
    for (const key of Object.keys(node.properties))
      if (/^on/i.test(key) || key === 'style') delete node.properties[key]
    if (textElements.has(node.tagName) && node.properties.dir === undefined)
      node.properties.dir = firstDirection(node) ?? 'ltr'
  }
  for (const child of node.children) finish(child)
}

/** Analyst Markdown rendered without raw HTML (it arrives here as literal text). */
function analyst(markdown: string, headingShift: number): ElementContent[] {
  const nodes = markdown.trim() ? parseAnalystMarkdown(markdown, headingShift) : []
  if (!nodes.length) return [h('p', { className: ['none'] }, NONE_RECORDED)]
  const tree = toHast({ type: 'root', children: nodes })
  const say = (n: Nodes): void => {
    if (n.type === 'text') n.value = analystText(n.value)
    else if ('children' in n) n.children.forEach(say)
  }
  say(tree)
  return tree.type === 'root'
    ? tree.children.filter((c): c is ElementContent => c.type !== 'doctype')
    : [tree as ElementContent]
}

/** Links to claims by number (ascending, as the model gives them) with nothing but ", " between. */
function citationLinks(footnotes: readonly number[]): Kid[] {
  return footnotes.flatMap((n, i) => {
    const a = h('a', { href: `#${claimAnchorId(n)}` }, String(n))
    return i ? [', ', a] : [a]
  })
}

/** In-line citations: a bracketed superscript of links, e.g. [1, 2]. */
const citations = (footnotes: readonly number[]): Kid[] =>
  footnotes.length ? [h('sup', { className: ['cite'] }, ['[', ...citationLinks(footnotes), ']'])] : []

const section = (id: BriefingSectionId, ...content: Kid[]) =>
  h('section', { id, className: ['section'] }, [h('h2', sectionTitle(id)), ...content])

function judgment(j: ModelJudgment): Element {
  return h('li', { id: `judgment-${j.number}`, className: ['judgment'] }, [
    h('p', { className: ['judgment-text'] }, [analystText(j.text), ...citations(j.footnotes)]),
    h('dl', { className: ['assessment'] }, [
      h('div', [h('dt', 'Likelihood'), h('dd', likelihoodText(j))]),
      h('div', [h('dt', 'Confidence'), h('dd', confidenceText(j))]),
    ]),
  ])
}

function passage(p: ModelPassage): Element {
  const where: Kid[] = [h('cite', analystText(p.documentTitle))]
  if (p.outlet) where.push(`, ${analystText(p.outlet)}`)
  if (p.url) where.push(', ', h('a', { href: p.url }, p.url))
  where.push(`, ${p.location}`)
  return h('blockquote', { className: ['passage'] }, [
    h('p', { className: ['quote'] }, analystText(p.quote)),
    h('footer', ['— ', ...where]),
  ])
}

/** A claim's note in the claims list: statement, source and channel, grade, status, passages. */
function claimItem(c: ModelClaim): Element {
  const id = claimAnchorId(c.footnote)
  if (c.deleted)
    return h('li', { id, value: c.footnote, className: ['claim', 'deleted'] }, [
      h('p', noteText(c, analystText)),
    ])
  const meta = [
    `Source: ${sourceText(c, analystText)}`,
    `Grade: ${c.grade || 'ungraded'}`,
    `Status: ${c.statusLabel}`,
  ]
  return h('li', { id, value: c.footnote, className: ['claim'] }, [
    h('p', { className: ['statement'] }, analystText(c.statement)),
    h('p', { className: ['claim-meta'] }, meta.join(' · ')),
    ...(c.passages.length ? c.passages.map(passage) : [h('p', { className: ['none'] }, NO_PASSAGE)]),
  ])
}

/** The documents the cited passages come from, each with the hash of the copy read. */
function documentsCited(documents: readonly ModelCitedDocument[]): Element[] {
  if (!documents.length) return []
  // The entry is an English sentence around a title and outlet in any script:
  // the sentence is left to right and each name is isolated in its own direction.
  const isolated = (tag: string, value: string) =>
    h(tag, { dir: strongDirection(value) ?? 'ltr' }, analystText(value))
  const entry = (d: ModelCitedDocument) => {
    const kids: Kid[] = [isolated('cite', d.title)]
    if (d.outlet) kids.push(' (', isolated('span', d.outlet), ')')
    kids.push('. ')
    if (d.url) kids.push(h('a', { href: d.url }, d.url), '. ')
    kids.push(
      `${retrievedText(d)}. ${hashLabel(d, analystText)}: `,
      h('code', { className: ['hash'] }, d.hash.sha256),
      '. Claims ',
      ...citationLinks(d.footnotes),
      '.',
    )
    return h('li', { dir: 'ltr' }, kids)
  }
  return [
    h('h3', DOCUMENTS_CITED),
    h('ol', { className: ['documents-cited'] }, documents.map(entry)),
    h('p', { className: ['documents-note'] }, DOCUMENTS_CITED_NOTE),
  ]
}

const table = (className: string, header: string[], rows: Kid[][][], rowClass?: (i: number) => string[]) =>
  h('table', { className: [className] }, [
    h(
      'thead',
      h(
        'tr',
        header.map((t) => h('th', { scope: 'col' }, t)),
      ),
    ),
    h(
      'tbody',
      rows.map((cells, i) =>
        h(
          'tr',
          { className: rowClass?.(i).length ? rowClass(i) : undefined },
          cells.map((c) => h('td', c)),
        ),
      ),
    ),
  ])

function achMatrix(m: ModelAch): Element[] {
  const rows: Kid[][][] = m.rows.map((r) => [
    [
      h('span', { className: ['row-label'] }, `${r.label}.`),
      ' ',
      analystText(r.text),
      ...(r.footnote ? [' ', ...citations([r.footnote])] : []),
      h('br'),
      h(
        'span',
        { className: ['row-kind'] },
        [r.kindLabel, r.diagnostic ? '' : 'not diagnostic', r.sensitive ? 'sensitive' : '']
          .filter(Boolean)
          .join(' · '),
      ),
    ],
    [h('span', { title: r.weightNote }, weightText(r.weight))],
    ...r.cells.map((c) => [c ?? '–']),
  ])
  const totals: Kid[][] = [
    [h('strong', 'Weighted inconsistency')],
    [],
    ...m.hypotheses.map((hy) => [`${weightText(hy.weighted)} (rank ${hy.rank})`]),
  ]
  return [
    h('h3', analystText(m.question)),
    h(
      'ol',
      { className: ['hypotheses'] },
      m.hypotheses.map((hy) =>
        h('li', [
          h('strong', `${hy.label}.`),
          ' ',
          analystText(hy.text),
          h(
            'span',
            { className: ['score'] },
            ` — weighted inconsistency ${weightText(hy.weighted)} (${hy.inconsistency} unweighted), rank ${hy.rank}`,
          ),
        ]),
      ),
    ),
    table(
      'ach-table',
      ['Evidence', 'Weight', ...m.hypotheses.map((hy) => hy.label)],
      [...rows, totals],
      (i) =>
        i === rows.length
          ? ['totals']
          : [m.rows[i]!.diagnostic ? '' : 'non-diagnostic', m.rows[i]!.sensitive ? 'sensitive' : ''].filter(
              Boolean,
            ),
    ),
    h(
      'p',
      { className: ['ach-note'] },
      `${leadersText(m.leaders)} Rows are sorted by how well they tell the hypotheses apart; CC very consistent, C consistent, N neutral, I inconsistent (1), II very inconsistent (2), NA not applicable. Sensitive: removing the row would change which hypothesis ranks first.`,
    ),
  ]
}

/** The preview/PDF body as a hast tree (exported for tests and for embedding). */
export function briefingToHast(model: BriefingModel, options: BriefingHtmlOptions): Root {
  const { header, claims } = model
  const meta = [
    ['Date', header.date],
    ['Author', analystText(header.author)],
    ['Audience', analystText(header.audience)],
  ].filter(([, v]) => v)
  const toc = h('nav', { className: ['toc'], ariaLabel: 'Contents' }, [
    h('h2', 'Contents'),
    h(
      'ol',
      sectionsOf(model).map((s) =>
        h('li', [
          h('a', { href: `#${s.id}` }, s.title),
          ...(s.id === 'substantiation' && model.substantiation.length
            ? [
                h(
                  'ol',
                  model.substantiation.map((j) =>
                    h('li', h('a', { href: `#substantiation-${j.number}` }, analystText(oneLine(j.heading)))),
                  ),
                ),
              ]
            : []),
        ]),
      ),
    ),
  ])
  const claimRows = claims.map((c) => [
    [h('a', { href: `#${claimAnchorId(c.footnote)}` }, String(c.footnote))],
    [c.deleted ? noteText(c, analystText) : analystText(c.statement)],
    [sourceText(c, analystText)],
    [c.grade],
    [c.statusLabel],
  ])
  const sourceRows = model.sources.items.map((s) => [
    [analystText(s.name)],
    [s.kindLabel],
    [s.reliability ?? ''],
    s.partisan ? [h('span', { className: ['flag'] }, 'yes')] : ['no'],
    [s.relays ? analystText(s.relays) : ''],
    [String(s.claimCount)],
    [analystText(s.countedAs)],
  ])

  const body = h('body', { className: ['briefing', `page-${header.pageSize.toLowerCase()}`] }, [
    h('div', { className: ['marking', 'marking-top'] }, analystText(header.marking)),
    h('header', { className: ['briefing-header'] }, [
      h('h1', header.title ? analystText(header.title) : 'Untitled briefing'),
      ...(meta.length
        ? [
            h(
              'dl',
              { className: ['meta'] },
              meta.map(([k, v]) => h('div', [h('dt', k!), h('dd', v!)])),
            ),
          ]
        : []),
    ]),
    toc,
    section(
      'bottom-line',
      h(
        'p',
        { className: ['bottom-line'] },
        model.bottomLine ? analystText(model.bottomLine) : NONE_RECORDED,
      ),
    ),
    section(
      'key-judgments',
      model.keyJudgments.length
        ? h('ol', { className: ['judgments'] }, model.keyJudgments.map(judgment))
        : h('p', { className: ['none'] }, NONE_RECORDED),
    ),
    section(
      'substantiation',
      ...model.substantiation.map((s) =>
        h('section', { id: `substantiation-${s.number}`, className: ['substantiation'] }, [
          h('h3', `${s.number}. ${analystText(s.heading)}`),
          ...analyst(s.markdown, 3),
          ...(s.footnotes.length
            ? [h('p', { className: ['cited'] }, ['Claims cited: ', ...citationLinks(s.footnotes)])]
            : []),
        ]),
      ),
    ),
    section('outlook', ...analyst(model.outlook, 2)),
    section('alternative-views', ...analyst(model.alternativeViews, 2)),
    ...(model.ach.length ? [section('hypotheses', ...model.ach.flatMap(achMatrix))] : []),
    section(
      'claims',
      ...(model.changedSince.length
        ? [
            h('div', { className: ['changed'], role: 'note' }, [
              h('p', h('strong', 'Changed since cited')),
              h(
                'ul',
                model.changedSince.map((c) => h('li', changedText(c))),
              ),
            ]),
          ]
        : []),
      ...(claims.length
        ? [
            table('claims-table', ['No.', 'Statement', 'Source', 'Grade', 'Status'], claimRows),
            h('ol', { className: ['claims'] }, claims.map(claimItem)),
          ]
        : [h('p', { className: ['none'] }, NONE_RECORDED)]),
    ),
    section(
      'sources',
      ...(sourceRows.length
        ? [
            table(
              'sources-table',
              ['Source', 'Kind', 'Grade', 'Partisan', 'Relays', 'Claims', 'Counted as'],
              sourceRows,
            ),
          ]
        : []),
      h('p', { className: ['sourcing'] }, analystText(model.sources.summary)),
      ...documentsCited(model.sources.documents),
    ),
    h('div', { className: ['marking', 'marking-bottom'] }, analystText(header.marking)),
  ])

  // A stylesheet is raw text inside <style>: a "</style" in it would end the
  // element early. CSS needs no literal "<", so each becomes the CSS escape \3C.
  const css = `${options.stylesheet}\n${pageRules(header.marking, header.pageSize)}\n`.replace(/</g, '\\3C ')
  const html = h('html', { lang: options.lang ?? 'en' }, [
    h('head', [
      h('meta', { charSet: 'utf-8' }),
      h('meta', { httpEquiv: 'Content-Security-Policy', content: briefingCsp }),
      h('meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' }),
      h('title', header.title || 'Briefing'),
      h('style', css),
    ]),
    body,
  ])
  const root: Root = { type: 'root', children: [{ type: 'doctype' }, html] }
  finish(body)
  return root
}

export function briefingToHtml(model: BriefingModel, options: BriefingHtmlOptions): string {
  return toHtml(briefingToHast(model, options))
}
