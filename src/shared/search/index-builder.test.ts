// The bulk builder must produce exactly the index MiniSearch builds itself.
import MiniSearch from 'minisearch'
import { describe, expect, it } from 'vitest'
import { IndexBuilder } from './index-builder'
import { indexOptions } from './index-options'
import { recordsOf, type IndexRecord } from './records'
import type { SearchInput, SourceInput } from './types'
import type { ClaimId, DocumentId, SourceId, AnnotationId } from '../domain/ids'

const sohr: SourceInput = {
  id: 's1' as SourceId,
  name: 'Syrian Observatory for Human Rights',
  aliases: ['SOHR', 'the Observatory', 'المرصد السوري لحقوق الإنسان'],
  affiliation: 'Monitoring group',
  notes: '',
}
const inputs: SearchInput[] = [
  { kind: 'source', record: sohr },
  {
    kind: 'document',
    record: {
      id: 'd1' as DocumentId,
      caseId: 'k1',
      title: 'Thousands flee Homs',
      outlet: 'NBC News',
      author: '',
      text: 'Thousands fled HOMS, the observers said.\nقال المرصد إن الآلاف فروا من حمص وبحمص.\n\nJalālī said homs homs.',
    },
  },
  {
    kind: 'annotation',
    record: {
      id: 'a1' as AnnotationId,
      caseId: 'k1',
      documentId: 'd1' as DocumentId,
      note: '',
      tags: ['place:Homs'],
      selectors: { quote: { exact: 'Thousands fled' } },
    },
  },
  {
    kind: 'claim',
    record: {
      id: 'c1' as ClaimId,
      caseId: 'k2',
      statement: 'Rebels reached the outskirts of Homs',
      places: ['Homs', 'Rastan'],
      tags: [],
      notes: 'والمرصد يقول',
      attributedTo: sohr.id,
      reportedVia: null,
    },
  },
]

function records(): IndexRecord[] {
  return inputs.flatMap((i) => recordsOf(i))
}

const sortedIndex = (js: ReturnType<MiniSearch['toJSON']>) => ({
  ...js,
  index: [...js.index].sort(([a], [b]) => (a < b ? -1 : 1)),
})

describe('IndexBuilder', () => {
  it('builds the same serialised index as MiniSearch addAll', () => {
    const own = new MiniSearch<IndexRecord>(indexOptions)
    own.addAll(records())
    const builder = new IndexBuilder()
    for (const r of records()) builder.add(r)
    expect(JSON.parse(JSON.stringify(sortedIndex(builder.toJS())))).toEqual(
      JSON.parse(JSON.stringify(sortedIndex(own.toJSON()))),
    )
  })

  it('answers queries with the same results and scores', () => {
    const own = new MiniSearch<IndexRecord>(indexOptions)
    own.addAll(records())
    const builder = new IndexBuilder()
    for (const r of records()) builder.add(r)
    const loaded = builder.finish()
    for (const q of ['homs', 'observatory', 'حمص', 'المرصد', 'thousand', 'Jalali', 'rastan homs']) {
      expect(loaded.search(q, { prefix: true }), q).toEqual(own.search(q, { prefix: true }))
      expect(loaded.search(q).length, q).toBeGreaterThan(0)
    }
  })

  it('refuses a key twice', () => {
    const builder = new IndexBuilder()
    const [first] = records()
    builder.add(first!)
    expect(() => builder.add(first!)).toThrow(/Duplicate/)
    expect(builder.size).toBe(1)
  })

  it('accepts changes after loading, like an index built one record at a time', () => {
    const builder = new IndexBuilder()
    for (const r of records()) builder.add(r)
    const index = builder.finish()
    const claim = records().find((r) => r.kind === 'claim')!
    index.replace({ ...claim, fields: { ...claim.fields, text: 'Convoy stopped at Rastan' } })
    expect(index.search('convoy').map((r) => r.id)).toEqual(['c:c1'])
    expect(index.search('outskirts')).toEqual([])
  })
})
