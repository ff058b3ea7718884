// The index model: each stored row becomes one or more index records, each
// with its case, the text of its fields and where opening it goes. A document
// becomes one record for its title and one per paragraph of its text.
//
// A claim carries its sources by id, as one term each ("#<source id>"), not
// their names: a query first finds the sources whose names or aliases match
// and then looks those terms up (engine.ts). So "the Observatory" finds
// SOHR's claims, a renamed source or a new alias needs no claim re-indexed,
// and 100,000 claims do not repeat their sources' names in the index.
import type { HitKind, SearchField, SearchInput, SearchTarget, SourceInput } from './types'
import type { AnnotationInput, BriefingInput, ClaimInput, DocumentInput } from './types'
import type { SourceId } from '../domain/ids'

export interface IndexRecord {
  /** Unique across kinds: "p:<document>:<start>", "c:<claim>", … */
  key: string
  kind: HitKind
  /** null: in every case (sources). */
  caseId: string | null
  fields: Partial<Record<SearchField, string>>
  /** The hit's title when it is not an indexed field: a passage shows its document's title, an annotation its quote. */
  heading?: string
  target: SearchTarget
}

/**
 * Paragraphs longer than this are indexed in pieces, cut at a sentence end or
 * a space: a hit then points at the part that matched, and one very long
 * paragraph (a PDF page imported as one block) does not outweigh the rest.
 */
export const MAX_PIECE = 1500

/** [start, end) of each piece of a paragraph text[from, to), cut near MAX_PIECE. */
export function pieces(text: string, from: number, to: number): [number, number][] {
  const out: [number, number][] = []
  let start = from
  while (to - start > MAX_PIECE) {
    const window = text.slice(start + MAX_PIECE / 2, start + MAX_PIECE)
    const sentence = Math.max(window.lastIndexOf('. '), window.lastIndexOf('؟ '), window.lastIndexOf('? '))
    const space = window.lastIndexOf(' ')
    const cut = sentence !== -1 ? sentence + 2 : space !== -1 ? space + 1 : window.length
    out.push([start, start + MAX_PIECE / 2 + cut])
    start += MAX_PIECE / 2 + cut
  }
  if (to > start) out.push([start, to])
  return out
}

export function documentRecords(doc: DocumentInput): IndexRecord[] {
  const out: IndexRecord[] = [
    {
      key: `d:${doc.id}`,
      kind: 'document',
      caseId: doc.caseId,
      fields: { title: doc.title, text: [doc.outlet, doc.author].filter(Boolean).join(' · ') },
      target: { kind: 'document', documentId: doc.id },
    },
  ]
  const { text } = doc
  for (let line = 0, from = 0; from <= text.length; line++) {
    const newline = text.indexOf('\n', from)
    const to = newline === -1 ? text.length : newline
    for (const [start, end] of pieces(text, from, to)) {
      out.push({
        key: `p:${doc.id}:${start}`,
        kind: 'passage',
        caseId: doc.caseId,
        fields: { text: text.slice(start, end) },
        heading: doc.title,
        target: {
          kind: 'passage',
          documentId: doc.id,
          paragraph: line,
          start,
          end,
          focus: { start, end },
        },
      })
    }
    if (newline === -1) break
    from = newline + 1
  }
  return out
}

export function annotationRecord(a: AnnotationInput): IndexRecord {
  return {
    key: `a:${a.id}`,
    kind: 'annotation',
    caseId: a.caseId,
    // The quoted passage is shown, not indexed: the passage itself is, as document text.
    fields: { text: a.note, tags: a.tags.join('\n') },
    heading: a.selectors.quote.exact,
    target: { kind: 'annotation', annotationId: a.id, documentId: a.documentId },
  }
}

/** The index term that stands for a source in the claims attributed to it or passed on by it. */
export const sourceTerm = (id: SourceId): string => `#${id}`

export function claimRecord(c: ClaimInput): IndexRecord {
  return {
    key: `c:${c.id}`,
    kind: 'claim',
    caseId: c.caseId,
    fields: {
      text: c.statement,
      places: c.places.join('\n'),
      tags: c.tags.join('\n'),
      notes: c.notes,
      source: [c.attributedTo, c.reportedVia]
        .filter((id): id is SourceId => id !== null)
        .map(sourceTerm)
        .join('\n'),
    },
    target: { kind: 'claim', claimId: c.id },
  }
}

/** A source's name and aliases, one per line: its title field, and what the names index holds. */
export const sourceNames = (s: Pick<SourceInput, 'name' | 'aliases'>): string =>
  [s.name, ...s.aliases].join('\n')

export function sourceRecord(s: SourceInput): IndexRecord {
  return {
    key: `s:${s.id}`,
    kind: 'source',
    caseId: null,
    fields: { title: sourceNames(s), notes: [s.affiliation, s.notes].filter(Boolean).join('\n') },
    target: { kind: 'source', sourceId: s.id },
  }
}

export function briefingRecord(b: BriefingInput): IndexRecord {
  const sections = [
    b.bottomLine,
    ...b.keyJudgments.flatMap((k) => [k.text, k.substantiation]),
    b.outlook,
    b.alternativeViews,
  ]
  return {
    key: `b:${b.id}`,
    kind: 'briefing',
    caseId: b.caseId,
    fields: { title: b.title, text: sections.filter((s) => s.trim() !== '').join('\n') },
    target: { kind: 'briefing', briefingId: b.id },
  }
}

/** The index records of one stored row. */
export function recordsOf(input: SearchInput): IndexRecord[] {
  switch (input.kind) {
    case 'document':
      return documentRecords(input.record)
    case 'annotation':
      return [annotationRecord(input.record)]
    case 'claim':
      return [claimRecord(input.record)]
    case 'source':
      return [sourceRecord(input.record)]
    case 'briefing':
      return [briefingRecord(input.record)]
  }
}
