// Planning an annotation file onto a chosen document: the target proposal, the
// preview of every record, identity and duplicates.
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { anchor, describeRange } from '../anchoring'
import type { AnnotationRecord } from '../domain/annotation'
import type { AnnotationId, DocumentId, CaseId } from '../domain/ids'
import { toW3CCollection } from '../export/w3c'
import { readAnnotationFile, type AnnotationFile } from './annotation-file'
import { describePlan, planImport, planImportSteps, type PlanOptions } from './import-plan'
import { rankTargets, type TargetDocument } from './import-targets'

const json = (path: string) =>
  readFileSync(new URL(`../../../tests/fixtures/${path}`, import.meta.url), 'utf8')
const story = JSON.parse(json('anchoring/renamed-people.json')) as { a: string[]; b: string[] }
const docOf = (id: string, title: string, text: string): TargetDocument & { caseId: CaseId } => ({
  id: id as DocumentId,
  caseId: 'case-1' as CaseId,
  title,
  text,
  textHash: createHash('sha256').update(text).digest('hex'),
})
const versionA = docOf('doc-a', 'Iranian envoy in Damascus', story.a.join('\n'))
const versionB = docOf('doc-b', 'Iran’s envoy arrives in Damascus', story.b.join('\n'))
const unrelated = docOf(
  'doc-c',
  'Yemen food shortages',
  JSON.parse(json('anchoring/cut-paragraph.json')).a.join('\n'),
)

let counter = 0
const newId = () => `00000000-0000-4000-8000-${String(++counter).padStart(12, '0')}` as AnnotationId
const uuid = (n: number) => `5e1f0c2a-0000-4000-8000-${String(n).padStart(12, '0')}`

/** Annotations made on version A, one per quote, with notes and tags. */
function annotationsOnA(quotes: string[]): AnnotationRecord[] {
  return quotes.map((quote, i) => {
    const start = versionA.text.indexOf(quote)
    if (start === -1) throw new Error(quote)
    return {
      id: uuid(i + 1) as AnnotationId,
      documentId: versionA.id,
      caseId: versionA.caseId,
      selectors: describeRange(versionA.text, start, start + quote.length),
      note: `note ${i + 1}`,
      tags: ['iran'],
      created: '2024-12-08T09:00:00.000Z',
      modified: '2024-12-08T09:00:00.000Z',
    }
  })
}
const quotes = [
  'Mikhail Bogdanov',
  'Assad said Syria would defeat',
  'Saeed Jalili',
  'reassure Assad',
  'Walid Muallem',
]
const onA = annotationsOnA(quotes)
const fileOf = (value: unknown): AnnotationFile => {
  const r = readAnnotationFile(JSON.stringify(value))
  if (!r.ok) throw new Error(r.error)
  return r.file
}
const exported = fileOf(toW3CCollection(versionA, onA))
const plan = (options: Partial<PlanOptions> & Pick<PlanOptions, 'file' | 'target'>) =>
  planImport({ existing: [], now: '2024-12-09T12:00:00.000Z', newId, ...options })

describe('rankTargets', () => {
  it('puts the document with the same text first, then the one with most quotes found', () => {
    const fits = rankTargets(exported, [unrelated, versionB, versionA])
    expect(fits.map((f) => [f.documentId, f.label])).toEqual([
      ['doc-a', 'Same text · 5 of 5 quotes found'],
      ['doc-b', '3 of 5 quotes found'],
      ['doc-c', '0 of 5 quotes found'],
    ])
  })

  it('ranks by quotes found when the file names no text the workbench has', () => {
    const hypothesis = fileOf(JSON.parse(json('annotation-files/hypothesis-export.json')))
    const fits = rankTargets(hypothesis, [unrelated, versionB, versionA])
    expect(fits.map((f) => f.label)).toEqual([
      '3 of 3 quotes found',
      '1 of 3 quotes found',
      '0 of 3 quotes found',
    ])
    expect(fits[0]!.documentId).toBe('doc-a')
  })
})

describe('planImport onto another version of the story', () => {
  const result = plan({ file: exported, target: versionB })
  const byQuote = (q: string) => result.items.find((i) => i.oldText === q)!

  it('previews each annotation: moved, small differences, needs review', () => {
    expect(result.counts).toMatchObject({ exact: 0, moved: 2, changed: 2, review: 1, unreadable: 0 })
    // Names grew longer before it, so even an unchanged paragraph has moved.
    expect(byQuote('Mikhail Bogdanov').kind).toBe('moved')
    expect(byQuote('Assad said Syria would defeat')).toMatchObject({ kind: 'moved' })
    expect(byQuote('Saeed Jalili')).toMatchObject({
      kind: 'changed',
      newText: 'Saeed Jalali',
      typographyOnly: false,
      diff: [
        { kind: 'same', text: 'Saeed ' },
        { kind: 'removed', text: 'Jalili' },
        { kind: 'added', text: 'Jalali' },
      ],
    })
    expect(byQuote('reassure Assad')).toMatchObject({ kind: 'changed', newText: 'reassure Mr. Al-Assad' })
    expect(byQuote('Walid Muallem')).toMatchObject({ kind: 'review', range: null, newText: null })
    expect(describePlan(result.counts)).toBe(
      '2 anchor where their passages moved, 2 anchor with small differences, 1 will need review',
    )
  })

  it('writes new ids that keep the original id and source; anchored ones get selectors on the new text', () => {
    expect(result.writes).toHaveLength(5)
    for (const w of result.writes) {
      expect(w.documentId).toBe('doc-b')
      expect(onA.map((a) => a.id)).not.toContain(w.id)
      expect(w.via).toMatch(/^urn:uuid:5e1f0c2a-/)
      expect(w.derivedFrom).toMatchObject({ format: 'w3c', source: `urn:sha256:${versionA.textHash}` })
    }
    const jalali = result.writes.find((w) => w.via === `urn:uuid:${onA[2]!.id}`)!
    expect(jalali.selectors.quote.exact).toBe('Saeed Jalali')
    expect(jalali.derivedFrom!.quote).toBe('Saeed Jalili')
    expect(anchor(versionB.text, jalali.selectors)).toMatchObject({ status: 'exact' })
    const orphan = result.writes.find((w) => w.via === `urn:uuid:${onA[4]!.id}`)!
    expect(orphan.selectors.quote.exact).toBe('Walid Muallem')
    expect(anchor(versionB.text, orphan.selectors).status).toBe('orphaned')
    // In text order.
    const starts = result.writes.map((w) => w.selectors.position.start)
    expect([...starts].sort((x, y) => x - y)).toEqual(starts)
  })

  it('adds nothing when the same file is imported again onto the same document', () => {
    const again = plan({ file: exported, target: versionB, existing: result.writes })
    expect(again.counts).toMatchObject({ duplicate: 5 })
    expect(again.writes).toEqual([])
    expect(again.items.every((i) => i.reason === 'is already on this document.')).toBe(true)
  })

  it('looks for duplicates on the target only, never on other documents', () => {
    // The same annotations exist on version A; importing onto B is not blocked by them.
    const onto = plan({ file: exported, target: versionB, takenIds: new Set(onA.map((a) => a.id)) })
    expect(onto.counts.duplicate).toBe(0)
    expect(onto.writes).toHaveLength(5)
  })
})

describe('planImport onto the same text', () => {
  it('keeps ids, unless the id is taken elsewhere', () => {
    const same = plan({ file: exported, target: versionA })
    expect(same.counts.exact).toBe(5)
    expect(same.writes.map((w) => w.id).sort()).toEqual(onA.map((a) => a.id).sort())
    expect(same.writes.every((w) => w.via === undefined && w.derivedFrom === undefined)).toBe(true)
    const taken = plan({ file: exported, target: versionA, takenIds: new Set([onA[0]!.id]) })
    const moved = taken.writes.find((w) => w.via === `urn:uuid:${onA[0]!.id}`)
    expect(moved?.id).not.toBe(onA[0]!.id)
    expect(plan({ file: exported, target: versionA, existing: onA }).counts.duplicate).toBe(5)
  })

  it('places a record with only a position on its own text, and says why not elsewhere', () => {
    const source = `urn:sha256:${versionA.textHash}`
    const start = versionA.text.indexOf('Mikhail Bogdanov')
    const positionOnly = (end: number) => ({
      type: 'Annotation',
      target: { source, selector: { type: 'TextPositionSelector', start, end } },
    })
    const file = fileOf([positionOnly(start + 16), positionOnly(versionA.text.length + 5)])
    const onItsText = plan({ file, target: versionA })
    expect(onItsText.items.map((i) => [i.kind, i.newText])).toEqual([
      ['exact', 'Mikhail Bogdanov'],
      ['unreadable', null],
    ])
    expect(onItsText.items[1]!.reason).toBe(
      `its position (${start}–${versionA.text.length + 5}) is past the end of this text (${versionA.text.length} characters).`,
    )
    expect(plan({ file, target: versionB }).items[0]).toMatchObject({
      kind: 'unreadable',
      reason:
        'has a position but no quote, and was made on another text: nothing says which words it was on.',
    })
  })
})

describe('planImport from other tools', () => {
  it('imports a Hypothesis export onto the analyst’s copy, reporting page notes and replies', () => {
    const file = fileOf(JSON.parse(json('annotation-files/hypothesis-export.json')))
    const result = plan({ file, target: versionB })
    expect(result.items.map((i) => [i.record, i.kind])).toEqual([
      [1, 'changed'],
      [2, 'changed'],
      [3, 'unreadable'],
      [4, 'unreadable'],
      [5, 'review'],
    ])
    expect(result.writes.map((w) => [w.via, w.note])).toContainEqual([
      'hYp0tHeS1s-aa01',
      "Iran's **top security official**: check his exact title.",
    ])
    expect(result.writes[0]!.derivedFrom).toMatchObject({
      format: 'hypothesis',
      source: 'https://news.example.org/2024/12/08/iran-envoy-damascus',
      sourceTitle: "Iran's envoy arrives in Damascus",
    })
    expect(result.writes[0]!.created).toBe('2024-12-08T10:01:00.000Z')
  })

  it('calls a Hypothesis quote found verbatim exact: its offsets count from the web page, not this text', () => {
    const file = fileOf(JSON.parse(json('annotation-files/hypothesis-export.json')))
    expect(file.annotations[0]!.position!.start).not.toBe(versionA.text.indexOf('Saeed Jalili'))
    const result = plan({ file, target: versionA })
    expect(result.items.map((i) => i.kind)).toEqual(['exact', 'exact', 'unreadable', 'unreadable', 'exact'])
  })

  it('imports Recogito annotations by quote and offsets, with new ids and the Recogito id kept', () => {
    const file = fileOf(JSON.parse(json('annotation-files/recogito-annotations.json')))
    const result = plan({ file, target: versionA })
    expect(result.items.map((i) => i.kind)).toEqual(['exact', 'exact', 'unreadable'])
    expect(result.writes.map((w) => [w.via, w.selectors.quote.exact, w.tags])).toEqual([
      ['3f1c6a52-7d0e-4e8a-9a57-0c1d2e3f4a5b', 'Saeed Jalili', ['Iran']],
      ['8b2d7e63-1a4f-4c9b-8d21-5e6f7a8b9c0d', 'Mikhail Bogdanov', ['Russia']],
    ])
  })

  it('reports progress in chunks and lists records twice in a file once', () => {
    const twice = fileOf([
      ...toW3CCollection(versionA, onA).first.items,
      ...toW3CCollection(versionA, onA).first.items,
    ])
    const steps = planImportSteps({ file: twice, target: versionB, existing: [], newId }, 4)
    const progress: number[] = []
    let next = steps.next()
    while (!next.done) {
      progress.push(next.value.done)
      next = steps.next()
    }
    expect(progress).toEqual([4, 8])
    expect(next.value.counts.duplicate).toBe(5)
    expect(next.value.items.filter((i) => i.kind === 'duplicate').map((i) => i.reason)).toContain(
      'repeats record 1.',
    )
  })
})
