// Turns a finding (plus its resolved speaker and any continuation) into the
// Suggestion the panel shows: statement, claim type, cues, hedges and reason.
import { ARABIC_HEDGES } from './arabic'
import type { Finding } from './finding'
import { HEDGE_PATTERNS } from './lexicon-en'
import { capitalise, quotedShare, suggestionId, type QuoteSpan } from './text'
import type { Cue, SuggestedChannel, SuggestedSpeaker, Suggestion } from './types'

/** A suggestion being assembled: its span can still grow while its quotation runs on. */
export interface Draft {
  finding: Finding
  start: number
  end: number
  speaker: SuggestedSpeaker | null
  /** How the speaker was found: a back-reference adds a cue and a word in the reason. */
  via: 'registry' | 'back-reference' | 'text' | 'later-name'
  channel: SuggestedChannel | null
  /** Quotations inside the span (document offsets). */
  quotes: QuoteSpan[]
  /** Extra words that continue the claim (quotation sentences and paragraphs after the first). */
  continuations: [number, number][]
  /** Hedges found in sentences after the claim ("The claim could not be independently verified."). */
  laterHedges: Cue[]
  emitted: boolean
}

/** Hedging cues in [start, end) of the text; overlapping matches keep the longest. */
export function hedgeCues(text: string, start: number, end: number, language: 'en' | 'ar'): Cue[] {
  const region = text.slice(start, end)
  // Most claims carry no hedge: one cheap test before the full set of patterns.
  if (!(language === 'ar' ? ARABIC_HEDGE_HINT : HEDGE_HINT).test(region)) return []
  const found: Cue[] = []
  for (const re of language === 'ar' ? ARABIC_HEDGES : HEDGE_PATTERNS) {
    re.lastIndex = 0
    for (let m = re.exec(region); m; m = re.exec(region)) {
      if (m[0].length === 0) {
        re.lastIndex++
        continue
      }
      found.push({
        kind: 'hedge',
        text: m[0].trim(),
        start: start + m.index,
        end: start + m.index + m[0].trim().length,
      })
    }
  }
  found.sort((a, b) => b.end - b.start - (a.end - a.start))
  const kept: Cue[] = []
  for (const c of found) if (!kept.some((k) => c.start < k.end && k.start < c.end)) kept.push(c)
  return kept.sort((a, b) => a.start - b.start)
}

const HEDGE_HINT =
  /\b(?:could|can|cannot|can't|may|might|not|no|unconfirmed|unverified|reportedly|allegedly|purportedly|apparently|appear|appears|appeared|seem|seems|seemed|unclear|said to)\b/iu
const ARABIC_HEDGE_HINT = /التحقق|التأكد|مؤكد|زعم|مزاعم|يبدو|يعتقد|يُعتقد|ربما|قد/u
const QUOTE_MARKS = /[“”«»"„]/gu

function statementOf(text: string, d: Draft): string {
  const f = d.finding
  const pieces = [
    text.slice(f.contentStart, f.contentEnd),
    ...d.continuations.map(([s, e]) => text.slice(s, e)),
  ]
  // A quotation cut at "…orange,” said X." ends its piece: make it a sentence before the next one.
  let s = pieces
    .map((p) => p.replace(QUOTE_MARKS, '').replace(/^[\s,،;:–—-]+|[\s,،;:–—-]+$/gu, ''))
    .filter(Boolean)
    .map((p, i, all) => (i < all.length - 1 && !/[.!?؟]$/u.test(p) ? `${p}.` : p))
    .join(' ')
    .replace(QUOTE_MARKS, '')
    .replace(/\s+/g, ' ')
    .replace(/^[\s,;:–—-]+|[\s,;:–—-]+$/gu, '')
  if (s === '') s = text.slice(d.start, d.end).replace(QUOTE_MARKS, '').trim()
  if (!/[.!?؟]$/u.test(s)) s += '.'
  return f.language === 'ar' ? s : capitalise(s)
}

export function isDirectQuote(d: Draft): boolean {
  const f = d.finding
  const covered = [[f.contentStart, f.contentEnd] as [number, number], ...d.continuations]
  let quoted = 0
  let total = 0
  for (const [s, e] of covered) {
    quoted += quotedShare(d.quotes, s, e) * (e - s)
    total += e - s
  }
  return total > 0 && quoted / total >= 0.6
}

function reasonOf(d: Draft, hedges: string[], type: Suggestion['type']): string {
  const f = d.finding
  const anchor = f.cues[0]!
  const parts: string[] = []
  if (!f.attributed) parts.push(`“${anchor.text}” names no source`)
  else if (d.speaker) {
    const who =
      d.speaker.mention === d.speaker.name ? d.speaker.name : `${d.speaker.mention} (${d.speaker.name})`
    parts.push(`“${anchor.text}” attributes it to ${who}`)
    if (d.via === 'back-reference') parts.push(`“${d.speaker.mention}” refers back to ${d.speaker.name}`)
    if (d.via === 'later-name') parts.push(`taken to be ${d.speaker.name}, named later`)
    if (d.speaker.sourceId) parts.push('a source in the registry')
  }
  if (d.channel)
    parts.push(`through ${d.channel.name}${d.channel.relayOf ? `, citing ${d.channel.relayOf.name}` : ''}`)
  if (type === 'direct-quote')
    parts.push(d.continuations.length ? 'a quotation over several sentences' : 'a direct quotation')
  if (hedges.length) parts.push(`hedged (${hedges.join(', ')}): consider a lower credibility`)
  return capitalise(parts.join('; ')) + '.'
}

/** The finished suggestion for a draft; `fingerprint` is the document text's hash. */
export function buildSuggestion(text: string, fingerprint: string, d: Draft): Suggestion {
  const f = d.finding
  const type: Suggestion['type'] = isDirectQuote(d) ? 'direct-quote' : 'reported-fact'
  const cues: Cue[] = [...f.cues]
  const firstQuote = d.quotes[0]
  if (firstQuote && type === 'direct-quote')
    cues.push({
      kind: 'quotation',
      text: text.slice(firstQuote.start, firstQuote.end),
      start: firstQuote.start,
      end: firstQuote.end,
    })
  if (f.channel && !cues.some((c) => c.start === f.channel!.cue.start)) cues.push(f.channel.cue)
  if (d.via === 'back-reference' && f.speaker)
    cues.push({ kind: 'back-reference', text: f.speaker.text, start: f.speaker.start, end: f.speaker.end })
  const hedgeList = [...hedgeCues(text, d.start, d.end, f.language), ...d.laterHedges]
  // "claimed", "alleged" as the attributing verb already distance the writer from the claim.
  const anchor = f.cues[0]!
  if (/^(?:claim|alleg)/iu.test(anchor.text)) hedgeList.push({ ...anchor, kind: 'hedge' })
  cues.push(...hedgeList)
  cues.sort((a, b) => a.start - b.start)
  const hedges = [...new Set(hedgeList.map((h) => h.text.toLowerCase()))]
  return {
    id: suggestionId(fingerprint, d.start, d.end),
    start: d.start,
    end: d.end,
    quote: text.slice(d.start, d.end),
    statement: statementOf(text, d),
    type,
    attributed: f.attributed,
    speaker: f.attributed ? d.speaker : null,
    channel: d.channel,
    cues,
    hedges,
    reason: reasonOf(d, hedges, type),
    language: f.language,
  }
}
