import { describe, expect, it } from 'vitest'
import { anchor } from '../anchoring'
import type { AnnotationRecord } from '../domain/annotation'
import type { AnnotationId } from '../domain/ids'
import { anchorOn, claims, docAr, docEn, sources } from '../../../tests/fixtures/briefing'
import { readAnnotationFile } from '../import/annotation-file'
import { claimToW3C, toW3CCollection } from './w3c'

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

  it('reads back as a claim, on the same passage, with machine tags left out of its tags', () => {
    const claim = { ...claims[1]!, tags: ['displacement'] }
    const read = readAnnotationFile(JSON.stringify(claimToW3C(claim, context)))
    if (!read.ok) throw new Error(read.error)
    expect(read.file.annotations).toHaveLength(1)
    const [a] = read.file.annotations
    expect(a).toMatchObject({
      isClaim: true,
      quote: { exact: claim.anchors[0]!.selectors.quote.exact },
      sourceHash: docAr.textHash,
      tags: ['displacement'],
      note: claim.statement,
    })
    const result = anchor(docAr.text, claim.anchors[0]!.selectors)
    expect(result).toMatchObject({ status: 'exact', start: a!.position!.start })
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
