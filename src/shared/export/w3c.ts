// W3C Web Annotation (JSON-LD) for a document's annotations: both selectors,
// tags as tagging bodies, the note as a commenting body, and the target source
// named by the hash of the document text so any copy of the text matches.
import { anchor } from '../anchoring'
import type { AnnotationRecord } from '../domain/annotation'
import { effectiveReliability, type ClaimRecord } from '../domain/claim'
import type { DocumentRecord } from '../domain/document'
import type { AnnotationId, SourceId } from '../domain/ids'
import { likelihoodTerm, type Reliability } from '../domain/scales'
import type { SourceRecord } from '../domain/source'

export interface W3CAnnotation {
  '@context': 'http://www.w3.org/ns/anno.jsonld'
  id: string
  type: 'Annotation'
  created: string
  modified: string
  /** The annotation this one was copied from (W3C `via`), for one imported with a new id. */
  via?: string
  body: { type: 'TextualBody'; purpose: 'tagging' | 'commenting'; value: string }[]
  target: {
    source: string
    selector: [
      { type: 'TextQuoteSelector'; exact: string; prefix: string; suffix: string },
      { type: 'TextPositionSelector'; start: number; end: number },
    ]
  }
}

export function toW3CAnnotation(
  doc: Pick<DocumentRecord, 'textHash'>,
  a: Omit<AnnotationRecord, 'caseId'>,
): W3CAnnotation {
  const { quote, position } = a.selectors
  return {
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    id: `urn:uuid:${a.id}`,
    type: 'Annotation',
    created: a.created,
    modified: a.modified,
    ...(a.via ? { via: a.via } : {}),
    body: [
      ...a.tags.map((value) => ({ type: 'TextualBody' as const, purpose: 'tagging' as const, value })),
      ...(a.note ? [{ type: 'TextualBody' as const, purpose: 'commenting' as const, value: a.note }] : []),
    ],
    target: {
      source: `urn:sha256:${doc.textHash}`,
      selector: [
        { type: 'TextQuoteSelector', exact: quote.exact, prefix: quote.prefix, suffix: quote.suffix },
        { type: 'TextPositionSelector', start: position.start, end: position.end },
      ],
    },
  }
}

/**
 * Annotations in the order their passages come in the text (where they anchor
 * now; an orphan by its stored position), so an exported file reads like the document.
 */
export function inTextOrder<T extends Pick<AnnotationRecord, 'id' | 'selectors'>>(
  text: string,
  annotations: readonly T[],
): T[] {
  const placed = annotations.map((a) => {
    const r = anchor(text, a.selectors)
    return r.status === 'orphaned'
      ? { a, start: a.selectors.position.start, end: a.selectors.position.end }
      : { a, start: r.start, end: r.end }
  })
  placed.sort(
    (x, y) => x.start - y.start || x.end - y.end || (x.a.id < y.a.id ? -1 : x.a.id > y.a.id ? 1 : 0),
  )
  return placed.map((p) => p.a)
}

/** A W3C AnnotationCollection with one page holding every annotation of the document, in text order. */
export function toW3CCollection(
  doc: Pick<DocumentRecord, 'title' | 'text' | 'textHash'>,
  annotations: readonly AnnotationRecord[],
) {
  return {
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    type: 'AnnotationCollection',
    label: doc.title,
    total: annotations.length,
    first: {
      type: 'AnnotationPage',
      startIndex: 0,
      items: inTextOrder(doc.text, annotations).map((a) => toW3CAnnotation(doc, a)),
    },
  }
}

/** A file-name-safe slug: "2024-12-06-thousands-flee-homs". */
export function exportFileStem(doc: Pick<DocumentRecord, 'title' | 'published'>): string {
  const slug = doc.title
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
  return [doc.published, slug || 'document'].filter(Boolean).join('-')
}

// ---------------------------------------------------------------------------
// Claims as W3C annotations. Reading annotation files back (W3C, Hypothesis,
// Recogito) is in ../import/annotation-file.ts.
// ---------------------------------------------------------------------------

type Body = W3CAnnotation['body'][number]
const tagging = (value: string): Body => ({ type: 'TextualBody', purpose: 'tagging', value })

/** `namespace:predicate="value"`: the machine-tag form threat-intelligence tools read (see STANDARDS). */
export const machineTag = (namespace: string, predicate: string, value: string) =>
  `${namespace}:${predicate}="${value}"`

/**
 * The grading of a claim as machine tags: Admiralty reliability (lower-case
 * letter) and credibility (digit), likelihood and confidence as two tags.
 * The estimative-language vocabulary is ICD 203's; a term from the UK
 * Probability Yardstick gets its own namespace, as its ranges differ.
 */
export function claimMachineTags(
  claim: Pick<
    ClaimRecord,
    'reliabilityOverride' | 'attributedTo' | 'credibility' | 'likelihood' | 'confidence'
  >,
  sourceReliability: (id: SourceId) => Reliability | null | undefined,
): string[] {
  const tags: string[] = []
  const reliability = effectiveReliability(claim, sourceReliability)
  if (reliability) tags.push(machineTag('admiralty-scale', 'source-reliability', reliability.toLowerCase()))
  if (claim.credibility)
    tags.push(machineTag('admiralty-scale', 'information-credibility', claim.credibility))
  if (claim.likelihood && likelihoodTerm(claim.likelihood))
    tags.push(
      claim.likelihood.scale === 'icd203'
        ? machineTag('estimative-language', 'likelihood-probability', claim.likelihood.term)
        : machineTag('probability-yardstick', 'likelihood', claim.likelihood.term),
    )
  if (claim.confidence)
    tags.push(machineTag('estimative-language', 'confidence-in-analytic-judgment', claim.confidence))
  return tags
}

/**
 * A claim as one Annotation per anchored passage (anchors in documents not
 * given are skipped): its grades as machine tags, its own tags, and its
 * statement as the commenting body.
 */
export function claimToW3C(
  claim: ClaimRecord,
  context: {
    documents: readonly Pick<DocumentRecord, 'id' | 'textHash'>[]
    sources: readonly Pick<SourceRecord, 'id' | 'defaultReliability'>[]
  },
): W3CAnnotation[] {
  const hashOf = new Map(context.documents.map((d) => [d.id, d.textHash]))
  const gradeOf = new Map(context.sources.map((s) => [s.id, s.defaultReliability]))
  const body: Body[] = [
    ...claimMachineTags(claim, (id) => gradeOf.get(id)).map(tagging),
    ...claim.tags.map(tagging),
    { type: 'TextualBody', purpose: 'commenting', value: claim.statement },
  ]
  return claim.anchors.flatMap((anchor, i) => {
    const textHash = hashOf.get(anchor.documentId)
    if (!textHash) return []
    const a = toW3CAnnotation(
      { textHash },
      {
        id: claim.id as string as AnnotationId,
        documentId: anchor.documentId,
        selectors: anchor.selectors,
        note: '',
        tags: [],
        created: claim.created,
        modified: claim.modified,
      },
    )
    // One claim, several passages: each annotation needs its own IRI.
    return [{ ...a, id: `urn:analyst-workbench:claim:${claim.id}:${i + 1}`, body }]
  })
}
