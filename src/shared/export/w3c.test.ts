import { describe, expect, it } from 'vitest'
import { anchor } from '../anchoring'
import type { AnnotationRecord } from '../domain/annotation'
import type { AnnotationId } from '../domain/ids'
import { anchorOn, claims, docAr, docEn, sources } from '../../../tests/fixtures/briefing'
import { claimToW3C, parseW3CAnnotations, toW3CAnnotation, toW3CCollection } from './w3c'

const annotation = (id: string, doc: typeof docEn, quote: string, extra: Partial<AnnotationRecord> = {}) => ({
  id: id as AnnotationId,
  caseId: doc.caseId,
  ...anchorOn(doc, quote),
  note: 'Attributed to SOHR',
  tags: ['displacement', 'actor:SOHR'],
  created: '2024-12-06T09:00:00.000Z',
  modified: '2024-12-06T10:00:00.000Z',
  ...extra,
})
const documentsByHash = new Map([docEn, docAr].map((d) => [d.textHash, d]))
const roundTrip = (json: unknown) => {
  const result = parseW3CAnnotations(JSON.stringify(json), { documentsByHash })
  if (!result.ok) throw new Error(result.error)
  return result.annotations
}

describe('parseW3CAnnotations', () => {
  const en = annotation('a-1', docEn, 'the Syrian Observatory for Human Rights')
  const en2 = annotation('a-3', docEn, 'Government forces deny', { note: '', tags: ['denial'] })
  const ar = annotation('a-2', docAr, 'الطرق مزدحمة', { note: '', tags: [] })

  it('reads back a collection and re-anchors each annotation on the same text', () => {
    const drafts = roundTrip(toW3CCollection(docEn, [en, en2]))
    expect(drafts[0]).toEqual({
      documentId: 'doc-en',
      selectors: en.selectors,
      note: 'Attributed to SOHR',
      tags: ['displacement', 'actor:SOHR'],
      originalId: 'urn:uuid:a-1',
      created: en.created,
      modified: en.modified,
    })
    expect(drafts[1]).toMatchObject({
      documentId: 'doc-en',
      selectors: en2.selectors,
      tags: ['denial'],
      note: '',
    })
    const again = roundTrip([toW3CAnnotation(docAr, ar)])[0]!
    expect(again.documentId).toBe('doc-ar')
    for (const [doc, draft] of [
      [docEn, drafts[0]!],
      [docEn, drafts[1]!],
      [docAr, again],
    ] as const) {
      const result = anchor(doc.text, draft.selectors)
      expect(result.status).toBe('exact')
      if (result.status !== 'orphaned')
        expect(doc.text.slice(result.start, result.end)).toBe(draft.selectors.quote.exact)
    }
  })

  it('accepts a single annotation and rebuilds a missing position from the quote', () => {
    const w3c = toW3CAnnotation(docEn, en)
    const single = { ...w3c, body: w3c.body[0], target: { ...w3c.target, selector: w3c.target.selector[0] } }
    const [draft] = roundTrip(single)
    expect(draft!.selectors.position).toEqual(en.selectors.position)
    expect(draft!.tags).toEqual(['displacement'])
    expect(draft!.note).toBe('')
  })

  it('refuses annotations on unknown documents or without a quote, and non-annotations', () => {
    const w3c = toW3CAnnotation({ textHash: 'c'.repeat(64) }, en)
    const unknown = parseW3CAnnotations([w3c], { documentsByHash })
    expect(unknown).toEqual({
      ok: false,
      error: `Annotation 1 (urn:uuid:a-1) targets urn:sha256:${'c'.repeat(64)}, which is not the text of any document in the workbench. Import that document first; its text must match exactly.`,
    })
    const noQuote = {
      ...toW3CAnnotation(docEn, en),
      target: { source: `urn:sha256:${docEn.textHash}`, selector: [] },
    }
    expect(parseW3CAnnotations(noQuote, { documentsByHash })).toMatchObject({
      ok: false,
      error: expect.stringContaining('has no usable TextQuoteSelector'),
    })
    const far = toW3CAnnotation(docEn, {
      ...en,
      selectors: { ...en.selectors, position: { type: 'TextPositionSelector', start: 0, end: 10_000 } },
    })
    expect(parseW3CAnnotations(far, { documentsByHash })).toMatchObject({
      ok: false,
      error: 'Annotation 1 (urn:uuid:a-1) has a TextPositionSelector past the end of the document.',
    })
    expect(parseW3CAnnotations('{ nope', { documentsByHash })).toMatchObject({
      ok: false,
      error: expect.stringMatching(/^The file is not valid JSON/),
    })
    expect(parseW3CAnnotations({ hello: 'world' }, { documentsByHash })).toMatchObject({
      ok: false,
      error: expect.stringContaining('Annotation 1 is not a W3C Web Annotation'),
    })
    expect(parseW3CAnnotations([], { documentsByHash })).toEqual({
      ok: false,
      error: 'The file holds no annotations.',
    })
  })
})

describe('claimToW3C', () => {
  const context = { documents: [docEn, docAr], sources }

  it('writes grades as machine tags and the statement as the comment', () => {
    const claim = {
      ...claims[0]!,
      likelihood: { scale: 'icd203' as const, term: 'likely' },
      confidence: 'moderate' as const,
      tags: ['homs'],
    }
    const [a] = claimToW3C(claim, context)
    expect(a!.body).toEqual([
      { type: 'TextualBody', purpose: 'tagging', value: 'admiralty-scale:source-reliability="b"' },
      { type: 'TextualBody', purpose: 'tagging', value: 'admiralty-scale:information-credibility="2"' },
      {
        type: 'TextualBody',
        purpose: 'tagging',
        value: 'estimative-language:likelihood-probability="likely"',
      },
      {
        type: 'TextualBody',
        purpose: 'tagging',
        value: 'estimative-language:confidence-in-analytic-judgment="moderate"',
      },
      { type: 'TextualBody', purpose: 'tagging', value: 'homs' },
      { type: 'TextualBody', purpose: 'commenting', value: 'Tens of thousands have fled Homs.' },
    ])
    expect(a!.target.source).toBe(`urn:sha256:${docEn.textHash}`)
    expect(a!.id).toBe('urn:analyst-workbench:claim:c-fled:1')
  })

  it('uses the override grade and makes one annotation per passage', () => {
    const claim = {
      ...claims[2]!,
      anchors: [
        claims[2]!.anchors[0]!,
        anchorOn(docAr, 'آلاف المدنيين'),
        { ...anchorOn(docEn, 'Homs'), documentId: 'gone' },
      ],
    } as (typeof claims)[number]
    const out = claimToW3C(claim, context)
    expect(out).toHaveLength(2)
    expect(out[0]!.body[0]!.value).toBe('admiralty-scale:source-reliability="c"')
    expect(out.map((a) => a.id)).toEqual([
      'urn:analyst-workbench:claim:c-deny:1',
      'urn:analyst-workbench:claim:c-deny:2',
    ])
  })

  it('round-trips: parsing re-anchors onto the same passages, with machine tags left out of tags', () => {
    const claim = { ...claims[1]!, tags: ['displacement'] }
    const drafts = roundTrip(claimToW3C(claim, context))
    expect(drafts).toHaveLength(1)
    expect(drafts[0]).toMatchObject({
      documentId: 'doc-ar',
      selectors: claim.anchors[0]!.selectors,
      tags: ['displacement'],
      note: claim.statement,
    })
    const result = anchor(docAr.text, drafts[0]!.selectors)
    expect(result).toMatchObject({ status: 'exact', start: claim.anchors[0]!.selectors.position.start })
  })
})

describe('toW3CCollection', () => {
  it('lists a document’s annotations in the order of its text, with the original id as `via`', () => {
    const later = annotation('a-late', docEn, 'Government forces deny')
    const early = annotation('a-early', docEn, 'Tens of thousands', { via: 'hYp0tHeS1s-aa01' })
    const middle = annotation('a-middle', docEn, 'the Syrian Observatory')
    const items = toW3CCollection(docEn, [later, early, middle]).first.items
    expect(items.map((a) => a.id)).toEqual(['urn:uuid:a-early', 'urn:uuid:a-middle', 'urn:uuid:a-late'])
    expect(items[0]!.via).toBe('hYp0tHeS1s-aa01')
    expect('via' in items[1]!).toBe(false)
  })
})
