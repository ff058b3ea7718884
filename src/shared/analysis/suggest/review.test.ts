// Reviewing suggestions against today's registry, the document's outlet, and
// what the analyst has already dealt with.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { suggestClaims } from './engine'
import { acceptancePlan, pendingSuggestions, reviewSuggestion } from './index'

const sample = readFileSync(new URL('../../../../resources/sample-article.txt', import.meta.url), 'utf8')
const live = readFileSync(
  new URL('../../../../tests/fixtures/suggest/live-blog.txt', import.meta.url),
  'utf8',
)
const found = suggestClaims({ text: sample, language: 'en', registry: [] })
const bySpeaker = (name: string) => found.filter((s) => s.speaker?.name === name)

describe('reviewSuggestion', () => {
  it('uses a source created after the run instead of proposing it again, by name or alias', () => {
    const [first, , third] = bySpeaker('Syrian Observatory for Human Rights')
    const registry = [{ id: 'src-sohr', name: 'Syrian Observatory for Human Rights', aliases: [] }]
    expect(first!.speaker!.sourceId).toBeNull()
    const reviewed = reviewSuggestion(first!, registry)
    expect(reviewed.speaker).toMatchObject({ sourceId: 'src-sohr', proposal: null })
    expect(acceptancePlan(reviewed, sample).speaker).toEqual({ sourceId: 'src-sohr' })
    // "the Observatory" resolved by the engine to the full name; an alias in the registry matches too.
    const byAlias = reviewSuggestion(third!, [
      { id: 's2', name: 'SOHR', aliases: ['Syrian Observatory for Human Rights'] },
    ])
    expect(byAlias.speaker).toMatchObject({ sourceId: 's2', name: 'SOHR' })
  })

  it('proposes a source again when the one matched has been deleted since, with its role as a note', () => {
    const run = suggestClaims({
      text: sample,
      language: 'en',
      registry: [{ id: 'gone', name: 'Hassan Abdul-Ghani', aliases: [] }],
    })
    const quote = run.find((s) => s.speaker?.name === 'Hassan Abdul-Ghani')!
    expect(quote.speaker!.sourceId).toBe('gone')
    const reviewed = reviewSuggestion(quote, [])
    expect(reviewed.speaker).toMatchObject({
      sourceId: null,
      proposal: {
        name: 'Hassan Abdul-Ghani',
        kind: 'person',
        notes: expect.stringContaining('senior commander'),
      },
    })
  })

  it('offers the outlet as the channel when the text names none, but never the speaker as its own channel', () => {
    const [said] = bySpeaker('Syrian Observatory for Human Rights')
    const viaOutlet = reviewSuggestion(said!, [{ id: 'nbc', name: 'NBC News', aliases: ['NBC'] }], 'NBC')
    expect(viaOutlet.channelFromOutlet).toBe(true)
    expect(viaOutlet.channel).toMatchObject({ name: 'NBC News', sourceId: 'nbc', kind: 'outlet' })
    const newOutlet = reviewSuggestion(said!, [], 'NBC News')
    expect(newOutlet.channel).toMatchObject({
      sourceId: null,
      proposal: { name: 'NBC News', kind: 'outlet' },
    })
    // A channel the text names wins over the outlet.
    const onX = reviewSuggestion(bySpeaker('Hassan Abdul-Ghani')[0]!, [], 'NBC News')
    expect([onX.channel?.name, onX.channelFromOutlet]).toEqual(['X', false])
    // The outlet speaking for itself has no channel; neither has an unattributed claim.
    expect(reviewSuggestion(said!, [], 'Syrian Observatory for Human Rights').channel).toBeNull()
    const unattributed = found.find((s) => !s.attributed)!
    expect(reviewSuggestion(unattributed, [], 'NBC News').channel).toBeNull()
  })

  it('resolves the source a channel relays', () => {
    const relayed = suggestClaims({ text: live, language: 'en', registry: [] }).find(
      (s) => s.channel?.relayOf,
    )!
    const reviewed = reviewSuggestion(relayed, [{ id: 'aj', name: 'Al Jazeera', aliases: [] }])
    expect(reviewed.channel?.relayOf).toEqual({ name: 'Al Jazeera', sourceId: 'aj' })
    expect(reviewed.speaker?.sourceId).toBe('aj')
    expect(acceptancePlan(reviewed, live).channelRelaysSpeaker).toBe(true)
  })
})

describe('pendingSuggestions', () => {
  it('leaves out rejected suggestions and those a claim already rests on', () => {
    const unattributed = found.find((s) => !s.attributed)!
    const quote = bySpeaker('Hassan Abdul-Ghani')[0]!
    // A claim on a few words inside the quotation covers the whole suggestion.
    const claim = { start: quote.start + 10, end: quote.start + 30 }
    const far = { start: sample.length - 2, end: sample.length - 1 }
    const pending = pendingSuggestions(found, new Set([unattributed.id]), [far, claim])
    expect(pending.map((s) => s.id)).toEqual(
      found.filter((s) => s !== unattributed && s !== quote && s.end <= far.start).map((s) => s.id),
    )
    // Touching ends do not overlap.
    expect(pendingSuggestions([quote], new Set(), [{ start: quote.end, end: quote.end + 5 }])).toEqual([
      quote,
    ])
    expect(pendingSuggestions(found, new Set(), [])).toEqual(found)
  })
})
