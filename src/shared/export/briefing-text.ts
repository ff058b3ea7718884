// The words a briefing says about its model, shared by the Markdown and the
// HTML/PDF exports so both read alike. Text the analyst or a source wrote is
// passed through the exporter's own `say` function (its one door for such
// text), never joined in raw.
import type {
  BriefingModel,
  ModelCitedDocument,
  ModelClaim,
  ModelJudgment,
  ModelPassage,
} from './briefing-types'

/** The exporter's door for analyst- and source-written text. */
export type Say = (value: string) => string

/** Section titles in document order; "Competing hypotheses" only when the briefing has a matrix. */
export const briefingSections = [
  { id: 'bottom-line', title: 'Bottom line' },
  { id: 'key-judgments', title: 'Key judgments' },
  { id: 'substantiation', title: 'Substantiation' },
  { id: 'outlook', title: 'Outlook and indicators' },
  { id: 'alternative-views', title: 'Alternative views' },
  { id: 'hypotheses', title: 'Competing hypotheses' },
  { id: 'claims', title: 'Claims' },
  { id: 'sources', title: 'Sources' },
] as const
export type BriefingSectionId = (typeof briefingSections)[number]['id']
export const sectionTitle = (id: BriefingSectionId) => briefingSections.find((s) => s.id === id)!.title
export const sectionsOf = (model: BriefingModel) =>
  briefingSections.filter((s) => s.id !== 'hypotheses' || model.ach.length > 0)

export const NOT_STATED = 'not stated'
export const NONE_RECORDED = 'None recorded.'
export const NO_PASSAGE = 'No passage anchored.'

/** "likely (55–80 %)": the likelihood field on its own, never joined with confidence. */
export const likelihoodText = (j: ModelJudgment) =>
  j.likelihood ? `${j.likelihood.term} (${j.likelihood.range})` : NOT_STATED
export const confidenceText = (j: ModelJudgment) => j.confidence?.label ?? NOT_STATED

/** The claim's source and channel: "Syrian Observatory for Human Rights, via Reuters". */
export function sourceText(c: ModelClaim, say: Say): string {
  if (c.deleted) return ''
  const name = c.source ? say(c.source.name) : 'No source named'
  return c.via ? `${name}, via ${say(c.via.name)}` : name
}

/** Where a passage is: "Thousands flee Homs (NBC News), ¶ 2". */
export const passagePlace = (p: ModelPassage, say: Say) =>
  `${say(p.documentTitle)}${p.outlet ? ` (${say(p.outlet)})` : ''}, ${p.location}`

/**
 * A claim's note, complete on its own: the statement, source and channel,
 * grade, and every document and passage it rests on.
 */
export function noteText(c: ModelClaim, say: Say): string {
  if (c.deleted) return 'Claim deleted since it was cited.'
  const passages = c.passages.length
    ? `${c.passages.map((p) => passagePlace(p, say)).join('; ')}.`
    : NO_PASSAGE
  return `“${say(c.statement)}” ${sourceText(c, say)}; graded ${c.grade || 'ungraded'}. ${passages}`
}

export function changedText(c: BriefingModel['changedSince'][number]): string {
  return c.deleted
    ? `Claim ${c.footnote} has been deleted since version ${c.citedVersion} was cited.`
    : `Claim ${c.footnote} has changed: version ${c.citedVersion} is cited, version ${c.currentVersion} is current.`
}

export const weightText = (n: number) => n.toFixed(2)

/** "H2 ranks first (least inconsistent)" or, on a tie, "H1 and H2 tie for first". */
export function leadersText(labels: readonly string[]): string {
  return labels.length === 1
    ? `${labels[0]} ranks first: the least evidence against it.`
    : `${labels.slice(0, -1).join(', ')} and ${labels.at(-1)} tie for first: the evidence does not tell them apart.`
}

/** The list of documents the cited passages come from, in the sources section. */
export const DOCUMENTS_CITED = 'Documents cited'
export const DOCUMENTS_CITED_NOTE =
  'Each hash identifies the exact copy the claims were read from: the SHA-256 of the original file, or of the document’s text where it came without a file.'

/** "Retrieved 2024-12-06", or that no date was recorded. */
export const retrievedText = (d: ModelCitedDocument) =>
  d.retrieved ? `Retrieved ${d.retrieved}` : `Retrieved: ${NOT_STATED}`

/** What the hash is of: "SHA-256 of the original file “report.pdf”" or "SHA-256 of the text". */
export const hashLabel = (d: ModelCitedDocument, say: Say) =>
  d.hash.of === 'original' ? `SHA-256 of the original file “${say(d.hash.fileName)}”` : 'SHA-256 of the text'
