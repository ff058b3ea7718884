// Reading W3C, Hypothesis and Recogito annotation files into one shape, record by record.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { describeRange } from '../anchoring'
import type { AnnotationRecord } from '../domain/annotation'
import type { AnnotationId, DocumentId, CaseId } from '../domain/ids'
import { toW3CAnnotation, toW3CCollection } from '../export/w3c'
import { describeUnreadable, readAnnotationFile, type AnnotationFile } from './annotation-file'

const fixture = (name: string) =>
  readFileSync(new URL(`../../../tests/fixtures/annotation-files/${name}`, import.meta.url), 'utf8')

const read = (input: unknown): AnnotationFile => {
  const result = readAnnotationFile(input)
  if (!result.ok) throw new Error(result.error)
  return result.file
}

const text = 'Rebels said on Sunday they had entered Homs. The army denied it.'
const doc = {
  id: 'doc-1' as DocumentId,
  title: 'Rebels enter Homs',
  textHash: 'a'.repeat(64),
  text,
}
const record = (id: string, quote: string, extra: Partial<AnnotationRecord> = {}): AnnotationRecord => {
  const start = text.indexOf(quote)
  return {
    id: id as AnnotationId,
    documentId: doc.id,
    caseId: 'case-1' as CaseId,
    selectors: describeRange(text, start, start + quote.length),
    note: 'Check the claim',
    tags: ['homs', 'admiralty-scale:source-reliability="b"'],
    created: '2024-12-08T09:00:00.000Z',
    modified: '2024-12-08T09:30:00.000Z',
    ...extra,
  }
}

describe('W3C Web Annotation files', () => {
  const a = toW3CAnnotation(doc, record('0b6f3c9e-0000-4000-8000-000000000001', 'entered Homs'))
  const b = toW3CAnnotation(doc, record('0b6f3c9e-0000-4000-8000-000000000002', 'The army denied it'))

  it('reads a collection as this workbench writes it, with quote, context, position, note and tags', () => {
    const collection = toW3CCollection(doc as never, [])
    const full = read(JSON.stringify({ ...collection, first: { type: 'AnnotationPage', items: [a, b] } }))
    expect(full).toMatchObject({ format: 'w3c', label: 'Rebels enter Homs' })
    expect(full.annotations).toHaveLength(2)
    expect(full.annotations[0]).toEqual({
      record: 1,
      format: 'w3c',
      id: 'urn:uuid:0b6f3c9e-0000-4000-8000-000000000001',
      source: `urn:sha256:${'a'.repeat(64)}`,
      sourceHash: 'a'.repeat(64),
      sourceTitle: null,
      quote: {
        exact: 'entered Homs',
        prefix: 'Rebels said on Sunday they had ',
        suffix: '. The army denied it.',
      },
      position: { start: 31, end: 43 },
      note: 'Check the claim',
      tags: ['homs'],
      created: '2024-12-08T09:00:00.000Z',
      modified: '2024-12-08T09:30:00.000Z',
      isClaim: false,
      warnings: [],
    })
  })

  it('reads a single annotation, a list, a page, and a collection with items of its own', () => {
    expect(read(a).annotations).toHaveLength(1)
    expect(read([a, b]).annotations.map((x) => x.record)).toEqual([1, 2])
    expect(read({ type: 'AnnotationPage', items: [b] }).annotations[0]!.quote?.exact).toBe(
      'The army denied it',
    )
    expect(read({ type: 'AnnotationCollection', label: 'L', items: [a] })).toMatchObject({ label: 'L' })
  })

  it('reports each bad record with its reason and reads the others', () => {
    const [quote, position] = a.target.selector
    const file = read([
      a,
      { ...b, target: { source: b.target.source, selector: [position] } },
      { ...b, id: 'urn:x:empty', target: { source: b.target.source, selector: [{ ...quote, exact: '' }] } },
      { ...b, id: 'urn:x:page', target: 'https://example.org/page' },
      {
        ...b,
        id: 'urn:x:bad-position',
        target: { source: 's', selector: [quote, { ...position, start: -4 }] },
      },
      { ...b, id: 'urn:x:two', target: [a.target, b.target] },
      { hello: 'world' },
      { ...b, id: 'urn:analyst-workbench:claim:c-1:1' },
      {
        ...b,
        id: 'urn:x:huge',
        target: { source: 's', selector: [{ ...quote, exact: 'x'.repeat(50_001) }] },
      },
    ])
    expect(file.annotations.map((x) => x.record)).toEqual([1, 2, 5, 6, 8])
    expect(file.annotations[1]).toMatchObject({ quote: null, position: { start: 31, end: 43 } })
    expect(file.annotations[2]).toMatchObject({
      position: null,
      warnings: ['its TextPositionSelector is not a valid range; it is placed by its quote alone.'],
    })
    expect(file.annotations[3]!.warnings).toEqual(['selects 2 passages; only the first is imported.'])
    expect(file.annotations[4]!.isClaim).toBe(true)
    expect(file.unreadable.map(describeUnreadable)).toEqual([
      'Record 3 (urn:x:empty) has an empty or malformed TextQuoteSelector and no position: nothing to anchor it by.',
      'Record 4 (urn:x:page) targets a whole document, not a passage of it (no selector).',
      'Record 7 is not an annotation in any format the workbench reads.',
      'Record 9 (urn:x:huge) quotes 50,001 characters; the workbench places quotes of up to 50,000.',
    ])
  })

  it('fails as a whole only when nothing can be read', () => {
    expect(readAnnotationFile('{ not json')).toMatchObject({ ok: false })
    expect(readAnnotationFile('[]')).toEqual({ ok: false, error: 'The file holds no annotations.' })
    expect(readAnnotationFile([{ hello: 1 }])).toMatchObject({
      ok: false,
      error: expect.stringContaining('No annotation in this file is in a format the workbench reads'),
    })
    expect(
      readAnnotationFile({ type: 'AnnotationCollection', first: 'https://example.org/page1' }),
    ).toMatchObject({
      ok: false,
      error: expect.stringContaining('only links to its pages'),
    })
  })
})

describe('Hypothesis export', () => {
  it('reads annotations with their quote, note, tags, page and title; page notes and replies are reported', () => {
    const file = read(fixture('hypothesis-export.json'))
    expect(file.format).toBe('hypothesis')
    expect(file.label).toBe('Iran’s envoy arrives in Damascus'.replace('’', "'"))
    expect(file.annotations.map((a) => a.id)).toEqual([
      'hYp0tHeS1s-aa01',
      'hYp0tHeS1s-aa02',
      'hYp0tHeS1s-aa05',
    ])
    expect(file.annotations[0]).toMatchObject({
      format: 'hypothesis',
      source: 'https://news.example.org/2024/12/08/iran-envoy-damascus',
      sourceTitle: "Iran's envoy arrives in Damascus",
      quote: { exact: 'Saeed Jalili', prefix: 'Iran’s top security official ' },
      note: "Iran's **top security official**: check his exact title.",
      tags: ['Iran', 'envoy'],
      created: '2024-12-08T10:01:00.000000+00:00',
    })
    expect(file.unreadable).toEqual([
      {
        record: 3,
        id: 'hYp0tHeS1s-aa03',
        reason: 'is a page note: it is about the whole page, not a passage.',
      },
      {
        record: 4,
        id: 'hYp0tHeS1s-aa04',
        reason: 'is a reply in a discussion, not an annotation on a passage.',
      },
    ])
  })

  it('reads the rows of an API search result too', () => {
    const { annotations } = JSON.parse(fixture('hypothesis-export.json')) as { annotations: unknown[] }
    expect(read({ total: annotations.length, rows: annotations }).annotations).toHaveLength(3)
  })
})

describe('Recogito text annotations', () => {
  it('reads quote, offsets, comments and tags; an annotation without a selection is reported', () => {
    const file = read(fixture('recogito-annotations.json'))
    expect(file.format).toBe('recogito')
    expect(file.annotations[0]).toMatchObject({
      format: 'recogito',
      id: '3f1c6a52-7d0e-4e8a-9a57-0c1d2e3f4a5b',
      quote: { exact: 'Saeed Jalili', prefix: '', suffix: '' },
      position: { start: 29, end: 41 },
      note: 'Name spelled Jalali elsewhere.',
      tags: ['Iran'],
      created: '2024-12-08T11:00:00.000Z',
    })
    expect(file.annotations[1]).toMatchObject({ note: '', tags: ['Russia'] })
    expect(file.unreadable).toEqual([
      {
        record: 3,
        id: 'c4e5f6a7-b8c9-4d0e-9f1a-2b3c4d5e6f70',
        reason: 'has no selected text (target.selector is empty).',
      },
    ])
  })
})
