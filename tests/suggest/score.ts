// Scoring claim suggestions against the hand-labelled fixtures in
// tests/fixtures/suggest/. Gold spans are given by their quote text, so they
// survive edits; offsets are found here.
//
// Matching, written down once:
// - A suggestion matches a gold claim when their spans overlap by at least
//   half of the gold span AND at least half of the suggested span (so neither
//   a sentence inside a long quotation nor a whole paragraph around a short
//   claim counts). Pairs are made one to one, largest overlap first.
// - Claims: precision = matched suggestions / all suggestions; recall =
//   matched gold claims / all gold claims (unattributed ones included).
// - Speakers: a suggestion "names" a speaker when it is attributed and has
//   one. It is right when its matched gold claim has the same speaker: the
//   names are equal after nameKey (case, articles, punctuation, Arabic
//   letter forms folded), or one contains the other word for word and the
//   shorter has at least two words; a suggestion matched to a registry
//   source may use any of that source's names and aliases. Precision =
//   right / named; recall = right / gold claims with a speaker.
// - Channels: the same, on channel names; where the gold claim names a relay
//   ("citing Al Jazeera") the suggested channel must name it too.
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import type { RegistrySource, Suggestion } from '../../src/shared/analysis/suggest'
import { nameKey } from '../../src/shared/analysis/suggest'

export interface GoldClaim {
  quote: string
  occurrence?: number
  type: 'direct-quote' | 'reported-fact'
  attributed?: boolean
  speaker: string | null
  role?: string
  channel: string | null
  relayOf?: string
}

export interface Fixture {
  name: string
  title: string
  language: 'en' | 'ar'
  split: 'dev' | 'held-out'
  registry: RegistrySource[]
  claims: GoldClaim[]
  text: string
}

export const FIXTURE_DIR = new URL('../fixtures/suggest/', import.meta.url)

export function loadFixtures(): Fixture[] {
  const dir = FIXTURE_DIR.pathname
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => {
      const raw = JSON.parse(readFileSync(join(dir, f), 'utf8')) as Omit<Fixture, 'name' | 'text'> & {
        text: string
      }
      return { ...raw, name: f.replace(/\.json$/, ''), text: readFileSync(join(dir, raw.text), 'utf8') }
    })
}

export interface GoldSpan extends GoldClaim {
  start: number
  end: number
}

/** Offsets of each gold claim's quote (its n-th occurrence); throws when a quote is not in the text. */
export function goldSpans(f: Fixture): GoldSpan[] {
  return f.claims.map((c) => {
    let at = -1
    for (let n = 0; n < (c.occurrence ?? 1); n++) at = f.text.indexOf(c.quote, at + 1)
    if (at === -1) throw new Error(`${f.name}: quote not found: ${c.quote.slice(0, 60)}`)
    return { ...c, start: at, end: at + c.quote.length }
  })
}

const words = (k: string) => k.split(' ').filter(Boolean)

export function sameName(gold: string, candidates: readonly string[]): boolean {
  const g = nameKey(gold)
  return candidates.some((c) => {
    const k = nameKey(c)
    if (!k || !g) return false
    if (k === g) return true
    const [short, long] = words(k).length <= words(g).length ? [k, g] : [g, k]
    return words(short).length >= 2 && ` ${long} `.includes(` ${short} `)
  })
}

function namesOf(
  name: string,
  extra: string | undefined,
  sourceId: string | null,
  registry: readonly RegistrySource[],
): string[] {
  const source = sourceId ? registry.find((r) => r.id === sourceId) : undefined
  return [name, ...(extra ? [extra] : []), ...(source ? [source.name, ...source.aliases] : [])]
}

export interface Counts {
  claims: { tp: number; suggested: number; gold: number }
  speakers: { tp: number; suggested: number; gold: number }
  channels: { tp: number; suggested: number; gold: number }
}

export const emptyCounts = (): Counts => ({
  claims: { tp: 0, suggested: 0, gold: 0 },
  speakers: { tp: 0, suggested: 0, gold: 0 },
  channels: { tp: 0, suggested: 0, gold: 0 },
})

export function addCounts(a: Counts, b: Counts): Counts {
  const out = emptyCounts()
  for (const k of ['claims', 'speakers', 'channels'] as const)
    for (const f of ['tp', 'suggested', 'gold'] as const) out[k][f] = a[k][f] + b[k][f]
  return out
}

export interface Pair {
  gold: GoldSpan
  suggestion: Suggestion
  speakerRight: boolean
  channelRight: boolean
}

/** One-to-one pairs of suggestions and gold claims that overlap by half of each. */
export function pairs(
  gold: readonly GoldSpan[],
  suggestions: readonly Suggestion[],
): [GoldSpan, Suggestion][] {
  const candidates: { g: GoldSpan; s: Suggestion; share: number }[] = []
  for (const g of gold)
    for (const s of suggestions) {
      const overlap = Math.min(g.end, s.end) - Math.max(g.start, s.start)
      if (overlap >= 0.5 * (g.end - g.start) && overlap >= 0.5 * (s.end - s.start))
        candidates.push({ g, s, share: overlap / Math.max(g.end - g.start, s.end - s.start) })
    }
  candidates.sort((a, b) => b.share - a.share)
  const usedG = new Set<GoldSpan>()
  const usedS = new Set<Suggestion>()
  const out: [GoldSpan, Suggestion][] = []
  for (const c of candidates) {
    if (usedG.has(c.g) || usedS.has(c.s)) continue
    usedG.add(c.g)
    usedS.add(c.s)
    out.push([c.g, c.s])
  }
  return out
}

export function score(f: Fixture, suggestions: readonly Suggestion[]): { counts: Counts; pairs: Pair[] } {
  const gold = goldSpans(f)
  const counts = emptyCounts()
  counts.claims.gold = gold.length
  counts.claims.suggested = suggestions.length
  counts.speakers.gold = gold.filter((g) => g.speaker).length
  counts.speakers.suggested = suggestions.filter((s) => s.attributed && s.speaker).length
  counts.channels.gold = gold.filter((g) => g.channel).length
  counts.channels.suggested = suggestions.filter((s) => s.channel).length
  const out: Pair[] = []
  for (const [g, s] of pairs(gold, suggestions)) {
    counts.claims.tp++
    const speakerRight =
      !!g.speaker &&
      !!s.speaker &&
      s.attributed &&
      sameName(g.speaker, namesOf(s.speaker.name, s.speaker.mention, s.speaker.sourceId, f.registry))
    const channelRight =
      !!g.channel &&
      !!s.channel &&
      sameName(g.channel, namesOf(s.channel.name, undefined, s.channel.sourceId, f.registry)) &&
      (!g.relayOf ||
        (!!s.channel.relayOf &&
          sameName(
            g.relayOf,
            namesOf(s.channel.relayOf.name, undefined, s.channel.relayOf.sourceId, f.registry),
          )))
    if (speakerRight) counts.speakers.tp++
    if (channelRight) counts.channels.tp++
    out.push({ gold: g, suggestion: s, speakerRight, channelRight })
  }
  return { counts, pairs: out }
}

export const precision = (c: { tp: number; suggested: number }) =>
  c.suggested === 0 ? 1 : c.tp / c.suggested
export const recall = (c: { tp: number; gold: number }) => (c.gold === 0 ? 1 : c.tp / c.gold)

/** A table row: "claims P 0.95 R 0.90 (19/20 of 21)". */
export function row(label: string, c: Counts): string {
  const cell = (k: keyof Counts) =>
    `${k} P ${precision(c[k]).toFixed(2)} R ${recall(c[k]).toFixed(2)} (${c[k].tp}/${c[k].suggested}|${c[k].gold})`
  return `${label.padEnd(34)} ${cell('claims')}  ${cell('speakers')}  ${cell('channels')}`
}
