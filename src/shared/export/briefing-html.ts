// A briefing as one self-contained HTML document, for the preview and for
// printing to PDF. Built as a hast tree and serialised by hast-util-to-html,
// so every piece of analyst text is escaped by construction. The document
// carries no script at all and a CSP that forbids any, links out only to
// http(s) addresses, and marks every text element dir="auto" so an Arabic
// quote is laid out right to left while its characters stay in logical order.
import type { Element, ElementContent, Nodes, Root } from 'hast'
import { toHtml } from 'hast-util-to-html'
import { h } from 'hastscript'
import { toHast } from 'mdast-util-to-hast'
import { oneLine, parseAnalystMarkdown, safeHttpUrl } from './analyst-markdown'
import type { BriefingModel, ModelClaim, ModelJudgment, ModelPassage } from './briefing-model'
import {
  briefingSections,
  changedText,
  confidenceText,
  footnoteText,
  likelihoodText,
  positionText,
  sourceText,
} from './briefing-markdown'

import { pageRules } from './briefing-stylesheet'

export { briefingStylesheet } from './briefing-stylesheet'

/** The preview/PDF document's policy: styles and embedded fonts/images only, nothing else. */
export const briefingCsp = "default-src 'none'; style-src 'unsafe-inline'; font-src data:; img-src data:"

export interface BriefingHtmlOptions {
  /** CSS placed in the document's one <style> (e.g. @font-face rules + briefingStylesheet). */
  stylesheet: string
  /** Language of the document's own labels; defaults to "en". */
  lang?: string
}

/** A child as hastscript takes it: a node or a string (escaped as text). */
type Kid = ElementContent | string

/** In-document id of a claim in the claims list, the target of its citations. */
export const claimAnchorId = (footnote: number) => `claim-${footnote}`

const NONE_RECORDED = 'None recorded.'

// Elements that hold text: each gets dir="auto" so its own first strong
// character decides its direction (an Arabic quote inside English prose).
const textElements = new Set(
  'p li h1 h2 h3 h4 h5 h6 td th blockquote dd dt caption figcaption footer cite div'.split(' '),
)

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
    if (textElements.has(node.tagName) && node.properties.dir === undefined) node.properties.dir = 'auto'
  }
  for (const child of node.children) finish(child)
}

/** Analyst Markdown rendered without raw HTML (it arrives here as literal text). */
function analyst(markdown: string, headingShift: number): ElementContent[] {
  const nodes = markdown.trim() ? parseAnalystMarkdown(markdown, headingShift) : []
  if (!nodes.length) return [h('p', { className: ['none'] }, NONE_RECORDED)]
  const tree = toHast({ type: 'root', children: nodes })
  return tree.type === 'root'
    ? tree.children.filter((c): c is ElementContent => c.type !== 'doctype')
    : [tree as ElementContent]
}

function citations(footnotes: readonly number[], claims: readonly ModelClaim[]): Kid[] {
  if (!footnotes.length) return []
  const links = footnotes.flatMap((n, i) => {
    const claim = claims[n - 1]
    const a = h(
      'a',
      { href: `#${claimAnchorId(n)}`, title: claim ? footnoteText(claim) : undefined },
      String(n),
    )
    return i ? [', ', a] : [a]
  })
  return [h('sup', { className: ['cite'] }, links)]
}

const section = (id: (typeof briefingSections)[number]['id'], ...content: Kid[]) =>
  h('section', { id, className: ['section'] }, [
    h('h2', briefingSections.find((s) => s.id === id)!.title),
    ...content,
  ])

function judgment(j: ModelJudgment, claims: readonly ModelClaim[]): Element {
  return h('li', { id: `judgment-${j.number}`, className: ['judgment'] }, [
    h('p', { className: ['judgment-text'] }, [j.text, ...citations(j.footnotes, claims)]),
    h('dl', { className: ['assessment'] }, [
      h('div', [h('dt', 'Likelihood'), h('dd', likelihoodText(j))]),
      h('div', [h('dt', 'Confidence'), h('dd', confidenceText(j))]),
    ]),
  ])
}

function passage(p: ModelPassage): Element {
  const where: Kid[] = [h('cite', p.documentTitle)]
  if (p.outlet) where.push(`, ${p.outlet}`)
  if (p.url) where.push(', ', h('a', { href: p.url }, p.url))
  where.push(`, ${positionText(p)}`)
  return h('blockquote', { className: ['passage'] }, [
    h('p', { className: ['quote'] }, p.quote),
    h('footer', ['— ', ...where]),
  ])
}

function claimItem(c: ModelClaim): Element {
  const id = claimAnchorId(c.footnote)
  if (c.deleted)
    return h('li', { id, value: c.footnote, className: ['claim', 'deleted'] }, [h('p', footnoteText(c))])
  const meta = [`Source: ${sourceText(c)}`, `Grade: ${c.grade || 'ungraded'}`, `Status: ${c.statusLabel}`]
  return h('li', { id, value: c.footnote, className: ['claim'] }, [
    h('p', { className: ['statement'] }, c.statement),
    h('p', { className: ['claim-meta'] }, meta.join(' · ')),
    ...(c.passages.length
      ? c.passages.map(passage)
      : [h('p', { className: ['none'] }, 'No passage anchored.')]),
  ])
}

const table = (className: string, header: string[], rows: Kid[][][]) =>
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
      rows.map((cells) =>
        h(
          'tr',
          cells.map((c) => h('td', c)),
        ),
      ),
    ),
  ])

/** The preview/PDF body as a hast tree (exported for tests and for embedding). */
export function briefingToHast(model: BriefingModel, options: BriefingHtmlOptions): Root {
  const { header, claims } = model
  const meta = [
    ['Date', header.date],
    ['Author', header.author],
    ['Audience', header.audience],
  ].filter(([, v]) => v)
  const toc = h('nav', { className: ['toc'], ariaLabel: 'Contents' }, [
    h('h2', 'Contents'),
    h(
      'ol',
      briefingSections.map((s) =>
        h('li', [
          h('a', { href: `#${s.id}` }, s.title),
          ...(s.id === 'substantiation' && model.substantiation.length
            ? [
                h(
                  'ol',
                  model.substantiation.map((j) =>
                    h('li', h('a', { href: `#substantiation-${j.number}` }, oneLine(j.heading))),
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
    [c.deleted ? footnoteText(c) : c.statement],
    [sourceText(c)],
    [c.grade],
    [c.statusLabel],
  ])
  const sourceRows = model.sources.items.map((s) => [
    [s.name, ...(s.partisan ? [' ', h('span', { className: ['flag'] }, '(partisan)')] : [])].concat(
      s.relays ? [h('br'), h('span', { className: ['relays'] }, `relays ${s.relays}`)] : [],
    ),
    [s.kindLabel],
    [s.reliability ?? ''],
    [String(s.claimCount)],
  ])

  const body = h('body', { className: ['briefing', `page-${header.pageSize.toLowerCase()}`] }, [
    h('div', { className: ['marking', 'marking-top'] }, header.marking),
    h('header', { className: ['briefing-header'] }, [
      h('h1', header.title || 'Untitled briefing'),
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
    section('bottom-line', h('p', { className: ['bottom-line'] }, model.bottomLine || NONE_RECORDED)),
    section(
      'key-judgments',
      model.keyJudgments.length
        ? h(
            'ol',
            { className: ['judgments'] },
            model.keyJudgments.map((j) => judgment(j, claims)),
          )
        : h('p', { className: ['none'] }, NONE_RECORDED),
    ),
    section(
      'substantiation',
      ...model.substantiation.map((s) =>
        h('section', { id: `substantiation-${s.number}`, className: ['substantiation'] }, [
          h('h3', `${s.number}. ${s.heading}`),
          ...analyst(s.markdown, 3),
          ...(s.footnotes.length
            ? [h('p', { className: ['cited'] }, ['Claims cited: ', ...citations(s.footnotes, claims)])]
            : []),
        ]),
      ),
    ),
    section('outlook', ...analyst(model.outlook, 2)),
    section('alternative-views', ...analyst(model.alternativeViews, 2)),
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
        ? [table('sources-table', ['Source', 'Kind', 'Grade', 'Claims'], sourceRows)]
        : []),
      h('p', { className: ['sourcing'] }, model.sources.summary),
    ),
    h('div', { className: ['marking', 'marking-bottom'] }, header.marking),
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
