// Behaviour of the suggestion engine: what the panel will show for typical
// news sentences, the ids it keeps, and its progressive batches.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { suggestClaims, suggestProgressively } from './engine'
import { type RegistrySource, type Suggestion } from './index'

const sample = readFileSync(new URL('../../../../resources/sample-article.txt', import.meta.url), 'utf8')
const en = (text: string, registry: RegistrySource[] = []) =>
  suggestClaims({ text, language: 'en', registry })
const one = (text: string, registry: RegistrySource[] = []): Suggestion => {
  const all = en(text, registry)
  expect(all).toHaveLength(1)
  return all[0]!
}

describe('suggestClaims on the sample article', () => {
  const found = en(sample)

  it('returns spans whose quote is the text they point at, in text order', () => {
    expect(found.length).toBe(7)
    for (const s of found) expect(sample.slice(s.start, s.end)).toBe(s.quote)
    expect(found.map((s) => s.start)).toEqual([...found.map((s) => s.start)].sort((a, b) => a - b))
  })

  it('names the Observatory for the lede, through the name given later, and proposes it as a new source', () => {
    const lede = found[0]!
    expect(lede.speaker?.name).toBe('Syrian Observatory for Human Rights')
    expect(lede.speaker?.mention).toBe('a leading monitoring group')
    expect(lede.speaker?.sourceId).toBeNull()
    expect(lede.speaker?.proposal).toMatchObject({
      name: 'Syrian Observatory for Human Rights',
      kind: 'organisation',
    })
    expect(lede.reason).toMatch(/named later/)
    const last = found[found.length - 1]!
    expect(last.speaker?.mention).toBe('the Observatory')
    expect(last.speaker?.name).toBe('Syrian Observatory for Human Rights')
    expect(last.cues.some((c) => c.kind === 'back-reference' && c.text === 'the Observatory')).toBe(true)
  })

  it('gives the speaker’s role and channel as the text has them', () => {
    const commander = found.find((s) => s.speaker?.name === 'Hassan Abdul-Ghani')!
    expect(commander.type).toBe('direct-quote')
    expect(commander.speaker?.role).toBe('senior commander of the HTS-led forces')
    expect(commander.channel?.name).toBe('X')
    expect(commander.statement).toMatch(/^Our forces continue to advance towards the city of Homs/)
    const told = found.find((s) => s.channel?.name === 'NBC News')!
    expect(told.speaker).toMatchObject({ name: 'Neil Quilliam', mention: 'he' })
    expect(told.quote).toMatch(/sweep away the regime\.”$/)
  })

  it('marks the various reports as unattributed', () => {
    const various = found.find((s) => s.quote.startsWith('Various reports'))!
    expect(various.attributed).toBe(false)
    expect(various.speaker).toBeNull()
    expect(various.cues.some((c) => c.kind === 'attribution' || c.kind === 'unattributed')).toBe(true)
  })

  it('matches speakers to the registry by name or alias', () => {
    const registry = [
      { id: 'sohr', name: 'Syrian Observatory for Human Rights', aliases: ['SOHR', 'the Observatory'] },
    ]
    const withRegistry = en(sample, registry)
    const bySohr = withRegistry.filter((s) => s.speaker?.sourceId === 'sohr')
    expect(bySohr.map((s) => s.speaker?.mention)).toEqual([
      'a leading monitoring group',
      'the Syrian Observatory for Human Rights',
      'the Observatory',
    ])
    expect(bySohr.every((s) => s.speaker?.proposal === null)).toBe(true)
  })
})

describe('suggestion ids', () => {
  it('are stable for the same text and span, and differ for another document', () => {
    const a = en(sample).map((s) => s.id)
    expect(en(sample).map((s) => s.id)).toEqual(a)
    for (const id of a) expect(id).toMatch(/^sg-[0-9a-f]{16}$/)
    expect(new Set(a).size).toBe(a.length)
    const other = en(sample.replace('Pro-Assad', 'Pro-government')).map((s) => s.id)
    expect(other.filter((id) => a.includes(id))).toEqual([])
  })
})

describe('sentences the panel must handle', () => {
  it('keeps a quotation over several paragraphs as one claim', () => {
    const text = [
      'The minister said:',
      '“The first paragraph of the quote. It goes on.',
      '“The second paragraph closes it.”',
      'Rain fell on Tuesday.',
    ].join('\n')
    const s = one(text)
    expect(s.quote).toBe(text.slice(0, text.indexOf('\nRain')))
    expect(s.type).toBe('direct-quote')
    expect(s.statement).toBe('The first paragraph of the quote. It goes on. The second paragraph closes it.')
  })

  it('ignores speech verbs inside the quotation', () => {
    const s = one('“They said it was over and told us to leave,” the mayor said.')
    expect(s.speaker?.name).toBe('mayor')
    expect(s.speaker?.kind).toBe('person')
  })

  it('gives a relayed report to its origin, through the channel that relays it', () => {
    const s = one('Iranian state TV, citing Al Jazeera, reported that three explosions were heard.', [
      { id: 'aj', name: 'Al Jazeera', aliases: [] },
    ])
    expect(s.speaker).toMatchObject({ name: 'Al Jazeera', sourceId: 'aj' })
    expect(s.channel).toMatchObject({
      name: 'Iranian state TV',
      sourceId: null,
      relayOf: { name: 'Al Jazeera', sourceId: 'aj' },
    })
    expect(s.statement).toBe('Three explosions were heard.')
  })

  it('shows hedges, including a verification disclaimer in the next sentence, and sets no grade', () => {
    const s = one(
      'The ministry said 40 people were reportedly killed. The figures could not be independently verified.',
    )
    expect(s.hedges).toEqual(['reportedly', 'could not be independently verified'])
    expect(s.reason).toMatch(/consider a lower credibility/)
    expect(Object.keys(s)).not.toContain('credibility')
  })

  it('speaks for the organisation behind a spokesman, and for the named person after role words', () => {
    expect(one('A spokesman for the World Food Programme said stocks would run out.').speaker).toMatchObject({
      name: 'World Food Programme',
      role: 'spokesman',
    })
    expect(
      one('Army spokesman Brigadier General Nabil Abdallah said the drones were shot down.').speaker,
    ).toMatchObject({
      name: 'Nabil Abdallah',
      role: 'Army spokesman Brigadier General',
      kind: 'person',
    })
  })

  it('finds no claim in narration', () => {
    expect(
      en('In less than two weeks they have already captured the city of Aleppo.\nThe road was closed.'),
    ).toEqual([])
  })

  it('skips headings, by block kind or as short lines without closing punctuation', () => {
    const text = 'Minister says talks will resume\nThe minister said talks would resume on Monday.'
    expect(en(text).map((s) => s.quote)).toEqual(['The minister said talks would resume on Monday.'])
    const asParagraphs = suggestClaims({ text, language: 'en', registry: [], blocks: ['p', 'p'] })
    expect(asParagraphs).toHaveLength(2)
  })

  it('reads Arabic blocks with Arabic rules when the language is auto', () => {
    const text =
      'The army said the port was hit.\nوقال المتحدث باسم الجيش العميد نبيل عبد الله في بيان إن «المسيرات أسقطت».'
    const found = suggestClaims({ text, language: 'auto', registry: [] })
    expect(found.map((s) => s.language)).toEqual(['en', 'ar'])
    expect(found[1]!.speaker).toMatchObject({ name: 'نبيل عبد الله', role: 'المتحدث باسم الجيش العميد' })
    expect(found[1]!.type).toBe('direct-quote')
  })
})

describe('suggestProgressively', () => {
  const long = Array.from({ length: 30 }, (_, i) => sample.replaceAll('Homs', `Homs-${i}`)).join('\n')

  it('yields batches whose union is what suggestClaims returns, and counts its progress', () => {
    const byId = new Map<string, Suggestion>()
    const done: number[] = []
    for (const batch of suggestProgressively(
      { text: long, language: 'en', registry: [] },
      { chunkChars: 5_000 },
    )) {
      done.push(batch.done)
      for (const s of batch.suggestions) byId.set(s.id, s)
    }
    expect(done.length).toBeGreaterThan(5)
    expect(done).toEqual([...done].sort((a, b) => a - b))
    expect(done[done.length - 1]).toBe(long.length)
    const all = suggestClaims({ text: long, language: 'en', registry: [] })
    expect([...byId.values()].sort((a, b) => a.start - b.start)).toEqual(all)
  })

  it('revises a suggestion sent earlier, under the same id, when a later name resolves its speaker', () => {
    const batches = [
      ...suggestProgressively({ text: sample, language: 'en', registry: [] }, { chunkChars: 200 }),
    ]
    const lede = batches.flatMap((b) => b.suggestions).filter((s) => s.start === 0)
    expect(lede.length).toBe(2)
    expect(lede[0]!.id).toBe(lede[1]!.id)
    expect(lede[0]!.speaker?.name).toBe('leading monitoring group')
    expect(lede[1]!.speaker?.name).toBe('Syrian Observatory for Human Rights')
  })
})
