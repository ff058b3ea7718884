// How a briefing numbers its claims and says where a passage is. One
// numbering serves the in-text citations, the claims table and the notes, in
// both the Markdown and the PDF. It follows the order of first citation in
// reading order (key judgments, then the competing-hypotheses matrices, then
// the rest of the cited claims in the analyst's order), because that is how a
// GFM renderer numbers footnotes: any other order would be renumbered on
// rendering, and note 2 would no longer be claim No. 2.
import type { AchMatrix } from '../analysis/ach'
import type { BriefingRecord } from '../domain/briefing'
import { lineStarts, type DocumentRecord } from '../domain/document'
import type { ClaimId, DocumentId } from '../domain/ids'
import { safeHttpUrl } from './analyst-markdown'
import type { BriefingDocument, ModelCitedDocument, ModelClaim } from './briefing-types'

export interface CitationOrder {
  /** Claims in citation order, with the version the briefing cites (null when only a judgment or matrix names it). */
  order: { claimId: ClaimId; citedVersion: number | null }[]
  numberOf: ReadonlyMap<ClaimId, number>
}

/**
 * Numbers every claim the briefing cites. `achRows` gives, per included
 * matrix, its claim rows in the order the briefing shows them.
 */
export function citationOrder(
  briefing: BriefingRecord,
  achRows: readonly (readonly ClaimId[])[],
): CitationOrder {
  const versions = new Map(briefing.citedClaims.map((c) => [c.claimId, c.version]))
  const order: CitationOrder['order'] = []
  const numberOf = new Map<ClaimId, number>()
  const cite = (claimId: ClaimId) => {
    if (numberOf.has(claimId)) return
    order.push({ claimId, citedVersion: versions.get(claimId) ?? null })
    numberOf.set(claimId, order.length)
  }
  for (const kj of briefing.keyJudgments) kj.claimIds.forEach(cite)
  for (const rows of achRows) rows.forEach(cite)
  for (const c of briefing.citedClaims) cite(c.claimId)
  return { order, numberOf }
}

/** The numbers of a set of claims, ascending and without repeats: "1, 2, 4", never "1, 4, 2". */
export function citationNumbers(ids: readonly ClaimId[], numberOf: ReadonlyMap<ClaimId, number>): number[] {
  return [...new Set(ids.map((id) => numberOf.get(id)!))].sort((a, b) => a - b)
}

/** The matrices a briefing includes, in its order; ids of deleted matrices are skipped. */
export function includedMatrices(briefing: BriefingRecord, matrices: readonly AchMatrix[]): AchMatrix[] {
  const byId = new Map(matrices.map((m) => [m.id, m]))
  return (briefing.achMatrixIds ?? []).flatMap((id) => byId.get(id) ?? [])
}

/** The parts of a document a briefing needs, without holding on to its text. */
export function briefingDocument(doc: DocumentRecord): BriefingDocument {
  const { id, title, outlet, url, retrieved, textHash, original, blocks, blockPages } = doc
  return {
    id,
    title,
    outlet,
    url,
    retrieved,
    textHash,
    original,
    blocks,
    blockPages,
    lineStarts: lineStarts(doc.text),
  }
}

/** The documents the claims' passages are in, in order of first citation, each with its proof of copy. */
export function citedDocuments(
  claims: readonly Pick<ModelClaim, 'footnote' | 'passages'>[],
  docsById: ReadonlyMap<DocumentId, BriefingDocument>,
): ModelCitedDocument[] {
  const cited = new Map<DocumentId, ModelCitedDocument>()
  for (const claim of claims)
    for (const { documentId } of claim.passages) {
      const doc = docsById.get(documentId)
      if (!doc) continue
      let entry = cited.get(documentId)
      if (!entry) {
        entry = {
          documentId,
          title: doc.title,
          outlet: doc.outlet,
          url: doc.url ? safeHttpUrl(doc.url) : null,
          retrieved: doc.retrieved,
          hash: doc.original
            ? { of: 'original', sha256: doc.original.sha256, fileName: doc.original.name }
            : { of: 'text', sha256: doc.textHash },
          footnotes: [],
        }
        cited.set(documentId, entry)
      }
      if (!entry.footnotes.includes(claim.footnote)) entry.footnotes.push(claim.footnote)
    }
  for (const entry of cited.values()) entry.footnotes.sort((a, b) => a - b)
  return [...cited.values()]
}

/** Finds the block (line) an offset falls in. */
function blockAt(starts: readonly number[], offset: number): number {
  let lo = 0
  let hi = starts.length - 1
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1
    if (starts[mid]! <= offset) lo = mid
    else hi = mid - 1
  }
  return lo
}

/**
 * Where a passage is, as a reader of the source finds it. Paragraphs are
 * counted among paragraph blocks only (headings are not paragraphs): within
 * the page where the document has pages ("p. 3, ¶ 2"), from the start
 * otherwise ("¶ 7"). A passage over several paragraphs gives the range.
 */
export function passageLocator(doc: BriefingDocument): (start: number, end: number) => string {
  const starts = doc.lineStarts
  const pages = doc.blockPages
  const pageOf = (b: number) => pages?.[b] ?? null
  // Paragraph number of every block (0 for a heading), counted per page where known.
  const paragraph: number[] = []
  const counters = new Map<number | null, number>()
  doc.blocks.forEach((kind, b) => {
    const key = pageOf(b)
    if (kind !== 'p') return paragraph.push(0)
    counters.set(key, (counters.get(key) ?? 0) + 1)
    paragraph.push(counters.get(key)!)
  })
  const headingNumber = (b: number) => doc.blocks.slice(0, b + 1).filter((k) => k !== 'p').length
  const where = (b: number) => (paragraph[b] ? `¶ ${paragraph[b]}` : `heading ${headingNumber(b)}`)
  return (start, end) => {
    const first = blockAt(starts, start)
    const last = blockAt(starts, Math.max(start, end - 1))
    const [p1, p2] = [pageOf(first), pageOf(last)]
    if (first === last) return p1 === null ? where(first) : `p. ${p1}, ${where(first)}`
    if (p1 === p2) {
      const range =
        paragraph[first] && paragraph[last]
          ? `¶ ${paragraph[first]}–${paragraph[last]}`
          : `${where(first)} – ${where(last)}`
      return p1 === null ? range : `p. ${p1}, ${range}`
    }
    const at = (page: number | null, b: number) => (page === null ? where(b) : `p. ${page}, ${where(b)}`)
    return `${at(p1, first)} – ${at(p2, last)}`
  }
}
