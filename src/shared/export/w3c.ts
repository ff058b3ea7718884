// W3C Web Annotation (JSON-LD) for a document's annotations: both selectors,
// tags as tagging bodies, the note as a commenting body, and the target source
// named by the hash of the document text so any copy of the text matches.
import type { AnnotationRecord } from '../domain/annotation'
import type { DocumentRecord } from '../domain/document'

export interface W3CAnnotation {
  '@context': 'http://www.w3.org/ns/anno.jsonld'
  id: string
  type: 'Annotation'
  created: string
  modified: string
  body: { type: 'TextualBody'; purpose: 'tagging' | 'commenting'; value: string }[]
  target: {
    source: string
    selector: [
      { type: 'TextQuoteSelector'; exact: string; prefix: string; suffix: string },
      { type: 'TextPositionSelector'; start: number; end: number },
    ]
  }
}

export function toW3CAnnotation(doc: Pick<DocumentRecord, 'textHash'>, a: AnnotationRecord): W3CAnnotation {
  const { quote, position } = a.selectors
  return {
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    id: `urn:uuid:${a.id}`,
    type: 'Annotation',
    created: a.created,
    modified: a.modified,
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

/** A W3C AnnotationCollection with one page holding every annotation of the document. */
export function toW3CCollection(doc: DocumentRecord, annotations: readonly AnnotationRecord[]) {
  return {
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    type: 'AnnotationCollection',
    label: doc.title,
    total: annotations.length,
    first: { type: 'AnnotationPage', startIndex: 0, items: annotations.map((a) => toW3CAnnotation(doc, a)) },
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
