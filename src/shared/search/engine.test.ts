// The engine end to end on a small workspace: what an analyst types, what
// comes back, grouped and marked, and where each result opens.
import { beforeEach, describe, expect, it } from 'vitest'
import type { AnnotationId, BriefingId, ClaimId, DocumentId, SourceId } from '../domain/ids'
import { SearchEngine } from './engine'
import type {
  ClaimInput,
  DocumentInput,
  MarkedText,
  SearchHit,
  SearchInput,
  SearchResults,
  SourceInput,
} from './types'

const sohr: SourceInput = {
  id: 'sohr' as SourceId,
  name: 'Syrian Observatory for Human Rights',
  aliases: ['SOHR', 'the Observatory'],
  affiliation: 'Monitoring group',
  notes: '',
}
const nbc: SourceInput = { id: 'nbc' as SourceId, name: 'NBC News', aliases: [], affiliation: '', notes: '' }
const article: DocumentInput = {
  id: 'doc-1' as DocumentId,
  caseId: 'syria',
  title: 'Thousands flee Homs as rebels push south',
  outlet: 'NBC News',
  author: '',
  text: [
    'Thousands of people have fled the Syrian city of HOMS as rebel fighters pushed further south.',
    'Abu Muhammad al-Jalālī, the prime minister, said he was ready to cooperate.',
    'وقال المرصد السوري إن آلاف الأشخاص فروا من بحمص ولحمص.',
  ].join('\n'),
}
const claim = (id: string, statement: string, extra: Partial<ClaimInput> = {}): ClaimInput => ({
  id: id as ClaimId,
  caseId: 'syria',
  statement,
  places: [],
  tags: [],
  notes: '',
  attributedTo: null,
  reportedVia: null,
  ...extra,
})
const inputs: SearchInput[] = [
  { kind: 'source', record: sohr },
  { kind: 'source', record: nbc },
  { kind: 'document', record: article },
  {
    kind: 'document',
    record: {
      ...article,
      id: 'doc-2' as DocumentId,
      caseId: 'other',
      title: 'Elsewhere',
      text: 'Homs again, elsewhere.',
    },
  },
  {
    kind: 'annotation',
    record: {
      id: 'ann-1' as AnnotationId,
      caseId: 'syria',
      documentId: article.id,
      note: 'Casualty figures come from the monitoring group alone',
      tags: ['actor:HTS', 'displacement'],
      selectors: { quote: { exact: 'rebel fighters pushed further south' } },
    },
  },
  {
    kind: 'claim',
    record: claim('c-1', 'Thousands have fled Homs', { attributedTo: sohr.id, places: ['Homs'] }),
  },
  {
    kind: 'claim',
    record: claim('c-2', 'Rebels captured Hama', { attributedTo: nbc.id, reportedVia: sohr.id }),
  },
  {
    kind: 'claim',
    record: claim('c-3', 'Convoys reached Rastan', { attributedTo: nbc.id, tags: ['convoy'] }),
  },
  { kind: 'claim', record: claim('c-4', 'Homs is quiet', { caseId: 'other', attributedTo: sohr.id }) },
  {
    kind: 'briefing',
    record: {
      id: 'b-1' as BriefingId,
      caseId: 'syria',
      title: 'Homs outlook',
      bottomLine: 'Government forces are likely to withdraw from the city within days.',
      keyJudgments: [{ text: 'Rebels will reach the coast', substantiation: 'Convoys were seen.' }],
      outlook: '',
      alternativeViews: '',
    },
  },
]

let engine: SearchEngine
beforeEach(() => {
  engine = new SearchEngine()
  const build = engine.beginBuild()
  build.add(inputs)
  build.finish()
})

const search = (text: string, caseId: string | null = 'syria') => engine.search({ text, caseId })
const keys = (r: SearchResults) => r.groups.flatMap((g) => g.hits.map((h) => h.key))
const hitsOf = (r: SearchResults, kind: SearchHit['kind']) =>
  r.groups.find((g) => g.kind === kind)?.hits ?? []
const markedWords = (m: MarkedText) => m.marks.map((s) => m.text.slice(s.start, s.end))

describe('SearchEngine', () => {
  it('finds a passage by paragraph, with the matched word marked and the place to open', () => {
    const r = search('homs')
    const passage = hitsOf(r, 'passage')[0]!
    expect(passage.title.text).toBe(article.title)
    expect(markedWords(passage.snippet)).toEqual(['HOMS'])
    expect(passage.target).toMatchObject({ kind: 'passage', documentId: 'doc-1', paragraph: 0, start: 0 })
    if (passage.target.kind !== 'passage') throw new Error('not a passage')
    expect(article.text.slice(passage.target.focus.start, passage.target.focus.end)).toBe('HOMS')
  })

  it('groups results by kind, the group with the best hit first', () => {
    const r = search('homs')
    expect(r.groups.map((g) => g.kind).sort()).toEqual(['briefing', 'claim', 'document', 'passage'])
    expect(r.total).toBe(r.groups.reduce((n, g) => n + g.total, 0))
  })

  it('folds diacritics: "Jalali" finds "Jalālī"', () => {
    const passage = hitsOf(search('Jalali'), 'passage')[0]!
    expect(markedWords(passage.snippet)).toEqual(['Jalālī'])
    if (passage.target.kind !== 'passage') throw new Error('not a passage')
    expect(passage.target.paragraph).toBe(1)
  })

  it('finds an Arabic word written with a prefix: حمص finds بحمص and لحمص', () => {
    const passage = hitsOf(search('حمص'), 'passage')[0]!
    expect(markedWords(passage.snippet)).toEqual(['بحمص', 'ولحمص'])
  })

  it('finds المرصد in والمرصد-style words and marks the whole word', () => {
    const passage = hitsOf(search('المرصد'), 'passage')[0]!
    expect(markedWords(passage.snippet)).toEqual(['المرصد'])
    expect(hitsOf(search('مرصد'), 'passage')).toHaveLength(1)
  })

  it('finds the claims of a source by one of its aliases, and shows the alias marked', () => {
    const r = search('the Observatory')
    expect(hitsOf(r, 'claim').map((h) => h.key)).toEqual(expect.arrayContaining(['c:c-1', 'c:c-2']))
    expect(hitsOf(r, 'claim')).toHaveLength(2)
    const hit = hitsOf(r, 'claim').find((h) => h.key === 'c:c-1')!
    expect(hit.fields).toEqual(['source'])
    expect(hit.snippet.text).toBe('Syrian Observatory for Human Rights · SOHR · the Observatory')
    expect(markedWords(hit.snippet)).toEqual(['Observatory', 'Observatory'])
    expect(hitsOf(r, 'source')[0]!.target).toEqual({ kind: 'source', sourceId: 'sohr' })
  })

  it('requires every word, in the claim or its source: "SOHR Homs"', () => {
    expect(hitsOf(search('SOHR Homs'), 'claim').map((h) => h.key)).toEqual(['c:c-1'])
  })

  it('follows a source renamed or given a new alias, without re-indexing its claims', () => {
    engine.upsert([{ kind: 'source', record: { ...sohr, aliases: [...sohr.aliases, 'المرصد السوري'] } }])
    expect(
      hitsOf(search('المرصد'), 'claim')
        .map((h) => h.key)
        .sort(),
    ).toEqual(['c:c-1', 'c:c-2'])
    engine.upsert([{ kind: 'source', record: { ...sohr, name: 'Rights Monitor', aliases: [] } }])
    expect(hitsOf(search('Observatory'), 'claim')).toEqual([])
    expect(hitsOf(search('rights monitor'), 'claim')).toHaveLength(2)
  })

  it('limits a query to one case, or searches all; sources belong to every case', () => {
    expect(keys(search('homs', 'syria'))).not.toContain('c:c-4')
    expect(keys(search('homs', 'other')).sort()).toEqual(['c:c-4', 'p:doc-2:0'])
    expect(keys(search('homs', 'other'))).not.toContain('c:c-1')
    expect(keys(search('homs', null))).toEqual(expect.arrayContaining(['c:c-1', 'c:c-4']))
    expect(keys(search('NBC', 'other'))).toContain('s:nbc')
  })

  it('matches the word being typed as a prefix, and a finished word exactly', () => {
    expect(hitsOf(search('Rast'), 'claim').map((h) => h.key)).toEqual(['c:c-3'])
    expect(hitsOf(search('Rast '), 'claim')).toEqual([])
  })

  it('forgives a typo in a longer word', () => {
    expect(hitsOf(search('Obsrvatory '), 'source').map((h) => h.key)).toEqual(['s:sohr'])
    expect(hitsOf(search('Thousnds '), 'claim').map((h) => h.key)).toEqual(['c:c-1'])
  })

  it('ranks a name above a mention', () => {
    const r = search('Syrian Observatory')
    expect(r.groups[0]!.kind).toBe('source')
  })

  it('finds annotation notes and tags, with the quote as the title', () => {
    const note = hitsOf(search('casualty'), 'annotation')[0]!
    expect(note.title.text).toBe('rebel fighters pushed further south')
    expect(markedWords(note.snippet)).toEqual(['Casualty'])
    expect(note.target).toEqual({ kind: 'annotation', annotationId: 'ann-1', documentId: 'doc-1' })
    expect(markedWords(hitsOf(search('displacement'), 'annotation')[0]!.snippet)).toEqual(['displacement'])
  })

  it('finds claim places, tags and notes and briefings', () => {
    expect(markedWords(hitsOf(search('convoy '), 'claim')[0]!.snippet)).toEqual(['convoy'])
    const briefing = hitsOf(search('withdraw'), 'briefing')[0]!
    expect(briefing.target).toEqual({ kind: 'briefing', briefingId: 'b-1' })
    expect(markedWords(briefing.snippet)).toEqual(['withdraw'])
  })

  it('limits hits per group but counts them all, and filters by kind', () => {
    const r = engine.search({ text: 'homs', caseId: null, limit: 1 })
    const claims = r.groups.find((g) => g.kind === 'claim')!
    expect(claims.hits).toHaveLength(1)
    expect(claims.total).toBe(2)
    expect(engine.search({ text: 'homs', caseId: null, kinds: ['claim'] }).groups.map((g) => g.kind)).toEqual(
      ['claim'],
    )
  })

  it('searches a pasted paragraph by its first words', () => {
    const pasted = `${article.text.split('\n')[0]} ${'more words '.repeat(40)}`
    expect(() => search(pasted)).not.toThrow()
    expect(hitsOf(search(article.text.split('\n')[0]!), 'passage').map((h) => h.key)).toEqual(['p:doc-1:0'])
  })

  it('returns nothing for an empty query or stop words alone', () => {
    expect(search('  ').groups).toEqual([])
    expect(search('the of').groups).toEqual([])
  })

  it('updates and removes rows as they change', () => {
    engine.upsert([
      { kind: 'claim', record: claim('c-3', 'Convoys reached Talbiseh', { attributedTo: nbc.id }) },
    ])
    expect(hitsOf(search('Rastan'), 'claim')).toEqual([])
    expect(hitsOf(search('Talbiseh'), 'claim')).toHaveLength(1)
    engine.upsert([
      { kind: 'document', record: { ...article, text: 'Only one paragraph now, about Idlib.' } },
    ])
    expect(hitsOf(search('Jalali'), 'passage')).toEqual([])
    expect(hitsOf(search('Idlib'), 'passage')).toHaveLength(1)
    engine.remove([
      { kind: 'document', id: article.id },
      { kind: 'claim', id: 'c-1' },
    ])
    expect(hitsOf(search('Idlib'), 'passage')).toEqual([])
    expect(keys(search('homs'))).not.toContain('c:c-1')
    engine.remove([{ kind: 'source', id: sohr.id }])
    expect(keys(search('SOHR'))).toEqual([])
  })

  it('keeps answering from the old index while a rebuild runs', () => {
    const build = engine.beginBuild()
    build.add(inputs.slice(0, 3))
    expect(hitsOf(search('Rastan'), 'claim')).toHaveLength(1)
    build.finish()
    expect(hitsOf(search('Rastan'), 'claim')).toEqual([])
    expect(hitsOf(search('homs'), 'passage')).toHaveLength(1)
  })
})
