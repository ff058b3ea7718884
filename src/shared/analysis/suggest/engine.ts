// The suggestion engine: walks the document block by block, finds attributed
// statements sentence by sentence (English through wink-nlp, Arabic by
// rules), joins quotations that run over several sentences or paragraphs,
// resolves speakers against earlier mentions and the registry, and yields
// suggestions in batches so a worker can show the first ones at once.
import { sentenceRanges } from '../../anchoring/segments'
import { analyseArabic } from './arabic'
import { buildSuggestion, hedgeCues, isDirectQuote, type Draft } from './build'
import { analyseEnglish } from './english'
import type { Finding } from './finding'
import { kindOfName, type Mention } from './mention'
import { englishSentences, type Sentence, type Token } from './nlp-english'
import { Discourse } from './resolve'
import { blockLanguage, hash64, quoteSpans, type QuoteSpan } from './text'
import type { BlockKind } from '../../domain/document'
import type { SuggestBatch, SuggestInput, SuggestLanguage, SuggestedChannel, Suggestion } from './types'

export interface SuggestOptions {
  /** Yield a batch after about this many characters of text (default 12,000); the first batch comes after a sixth of that. */
  chunkChars?: number
}

/** A block without any of these words cannot hold an English attribution or a hedge worth keeping. */
const ENGLISH_HINT =
  /\b(?:sa(?:y|id)|tol?d|tell|accord|report|claim|announc|stat|post|wr[io]t|tweet|confirm|den[iy]|warn|insist|argu|explain|not|acknowledg|admit|alleg|estimat|suggest|assert|declar|stress|reiterat|predict|conclud|accus|disclos|reveal|maintain|contend|assess|point|adding|footage|video|verif|citing|quoting|evidence|unconfirmed|rumou?r)/iu
const VERIFICATION_HEDGE =
  /\b(?:not (?:be )?(?:immediately )?(?:able to )?(?:independently )?(?:verif|confirm)|did not provide evidence|no evidence)|لم يت\S* (?:التحقق|التأكد)|تعذر التحقق/iu
const OPENING = /^\s*[“«„"]/u
const WRITING = /^(?:wrote|writes|posted|posts|tweeted|tweets|added|adds)$/iu

interface Unit {
  start: number
  end: number
  sentence: Sentence | null
}

/** Sentences of a block, merging a sentence into the previous one when it starts inside its quotation. */
function units(block: string, base: number, language: SuggestLanguage, quotes: QuoteSpan[]): Unit[] {
  const raw: Unit[] =
    language === 'en'
      ? englishSentences(block, base).map((s) => ({ start: s.start, end: s.end, sentence: s }))
      : sentenceRanges(block, 'ar').map((r) => ({ start: base + r.start, end: base + r.end, sentence: null }))
  const out: Unit[] = []
  for (const u of raw) {
    const prev = out[out.length - 1]
    if (prev && quotes.some((q) => q.start < u.start && u.start < q.end && q.start >= prev.start)) {
      prev.end = u.end
      if (prev.sentence && u.sentence)
        prev.sentence = {
          start: prev.start,
          end: u.end,
          tokens: [...prev.sentence.tokens, ...u.sentence.tokens],
        }
    } else out.push({ ...u })
  }
  return out
}

/** Named organisations in a sentence ("The Rapid Support Forces, which …"), kept for "the group" later. */
function namedOrganisations(text: string, tokens: readonly Token[]): string[] {
  const names: string[] = []
  let run: Token[] = []
  const flush = () => {
    if (run.length) {
      const name = text.slice(run[0]!.start, run[run.length - 1]!.end)
      if (kindOfName(name) !== 'person') names.push(name)
    }
    run = []
  }
  for (const t of tokens) {
    if (t.pos === 'PROPN' || (run.length && /^(of|for|and)$/.test(t.lower))) run.push(t)
    else flush()
  }
  flush()
  return names
}

/** Headings are titles, not claims: by their kind when known, else a short line without closing punctuation. */
function isHeading(block: string, kind: BlockKind | undefined): boolean {
  if (kind) return kind !== 'p'
  const t = block.trim()
  return !/[.!?…:;"”»’)\]؟]$/u.test(t) && t.split(/\s+/).length < 30
}

class Run {
  private readonly discourse: Discourse
  private readonly fingerprint: string
  private ready: Suggestion[] = []
  private revised = new Map<string, Draft>()
  /** The last suggestion: it may still grow with the next sentence or paragraph. */
  private last: Draft | null = null
  private lastEndsBlock = false
  /** The last suggestion's quotation (or its "said:") continues into the next paragraph. */
  private openQuote = false

  constructor(private readonly input: SuggestInput) {
    this.discourse = new Discourse(input.registry)
    this.fingerprint = hash64(input.text)
  }

  block(bStart: number, bEnd: number): void {
    const text = this.input.text
    const block = text.slice(bStart, bEnd)
    const fallback: SuggestLanguage = this.input.language === 'auto' ? 'en' : this.input.language
    const language = blockLanguage(block, fallback)
    const quotes = quoteSpans(block).map((q) => ({ ...q, start: q.start + bStart, end: q.end + bStart }))
    let from = bStart
    const q0 = quotes[0]
    const opensWithQuote = !!q0 && OPENING.test(block) && text.slice(bStart, q0.start).trim() === ''
    if (this.last && !this.last.emitted) {
      // A paragraph opening with a quotation continues the open quotation (or "X said:") before it;
      // a paragraph that is all quotation continues the quotation that ended the paragraph before.
      const wholeParagraph = opensWithQuote && q0!.end >= bEnd - 1
      if (
        opensWithQuote &&
        (this.openQuote || (this.lastEndsBlock && wholeParagraph && this.isQuote(this.last)))
      ) {
        this.extend(this.last, q0!.start, q0!.end, quotes)
        this.openQuote = !q0!.closed
        from = q0!.end
      } else {
        this.openQuote = false
        this.settle()
      }
    }
    if (from < bEnd && (language === 'ar' || ENGLISH_HINT.test(block) || /[“«"]/u.test(block)))
      this.sentences(block, bStart, bEnd, from, language, quotes)
    this.lastEndsBlock = !!this.last && this.last.end >= bEnd - 1
  }

  private sentences(
    block: string,
    bStart: number,
    bEnd: number,
    from: number,
    language: SuggestLanguage,
    quotes: QuoteSpan[],
  ): void {
    const text = this.input.text
    let lastInBlock: Draft | null = from > bStart ? this.last : null
    for (const u of units(block, bStart, language, quotes)) {
      if (u.start < from) continue
      const finding = this.analyse(language, u, quotes)
      const unitText = text.slice(u.start, u.end)
      // Organisations named here are remembered after this sentence's own speaker is resolved.
      const observe = () => {
        if (u.sentence)
          for (const name of namedOrganisations(text, u.sentence.tokens))
            this.discourse.observe(name, kindOfName(name))
      }
      if (!finding) {
        observe()
        if (lastInBlock && OPENING.test(unitText) && this.isQuote(lastInBlock)) {
          this.extend(lastInBlock, u.start, u.end, quotes)
          this.openQuote = quotes.some((q) => !q.closed && q.start >= u.start && q.start < u.end)
        } else {
          const target = lastInBlock ?? this.last
          if (target && VERIFICATION_HEDGE.test(unitText))
            this.addLaterHedges(target, hedgeCues(text, u.start, u.end, language))
        }
        continue
      }
      this.settle()
      const draft = this.draft(finding, quotes)
      // "… wrote on Telegram that …. “…,” he wrote.": the same speaker writing again, through the same channel.
      const prev = lastInBlock
      if (
        !draft.channel &&
        prev?.channel &&
        prev.speaker &&
        draft.speaker?.name === prev.speaker.name &&
        WRITING.test(finding.cues[0]!.text)
      )
        draft.channel = prev.channel
      observe()
      this.last = draft
      lastInBlock = draft
      this.openQuote =
        (finding.colonIntro && u.end >= bEnd - 1) ||
        quotes.some((q) => !q.closed && q.start >= u.start && q.start < u.end)
    }
  }

  finish(): void {
    this.settle()
  }

  take(): Suggestion[] {
    const out = this.ready
    for (const d of this.revised.values()) out.push(buildSuggestion(this.input.text, this.fingerprint, d))
    this.ready = []
    this.revised.clear()
    return out
  }

  private analyse(language: SuggestLanguage, u: Unit, quotes: QuoteSpan[]): Finding | null {
    if (language === 'en' && u.sentence) return analyseEnglish(this.input.text, u.sentence, quotes)
    return analyseArabic(this.input.text, u.start, u.end, quotes)
  }

  private isQuote(d: Draft): boolean {
    return d.finding.attributed && d.quotes.length > 0 && isDirectQuote(d)
  }

  private extend(d: Draft, start: number, end: number, quotes: QuoteSpan[]): void {
    d.end = Math.max(d.end, end)
    d.continuations.push([start, end])
    for (const q of quotes) if (q.start >= start && q.start < end && !d.quotes.includes(q)) d.quotes.push(q)
  }

  private addLaterHedges(d: Draft, cues: Draft['laterHedges']): void {
    if (cues.length === 0) return
    d.laterHedges.push(...cues)
    if (d.emitted) this.revised.set(d.start + ':' + d.end, d)
  }

  /** The last draft is final: emit it. */
  private settle(): void {
    const d = this.last
    if (!d || d.emitted) return
    d.emitted = true
    this.ready.push(buildSuggestion(this.input.text, this.fingerprint, d))
  }

  private draft(f: Finding, quotes: QuoteSpan[]): Draft {
    const d: Draft = {
      finding: f,
      start: f.start,
      end: f.end,
      speaker: null,
      via: 'text',
      channel: null,
      quotes: quotes.filter((q) => q.start < f.end && q.end > f.start),
      continuations: [],
      laterHedges: [],
      emitted: false,
    }
    if (f.speaker && !f.speaker.pronoun) {
      const ext = this.discourse.registryNameEndingAt(this.input.text, f.speaker.start, f.speaker.end)
      if (ext) {
        f.speaker = {
          ...f.speaker,
          text: this.input.text.slice(ext.start, f.speaker.end),
          start: ext.start,
          name: ext.source.name,
          description: false,
        }
        if (f.contentEnd > ext.start) {
          const comma = this.input.text.lastIndexOf(',', ext.start)
          f.contentEnd = comma > f.contentStart ? comma : ext.start
        }
      }
    }
    if (f.speaker && f.attributed) {
      const r = this.discourse.resolve(f.speaker, (speaker) => {
        d.speaker = speaker
        d.via = 'later-name'
        if (d.emitted) this.revised.set(d.start + ':' + d.end, d)
      })
      d.speaker = r.speaker
      d.via = r.via
    }
    if (f.channel) d.channel = this.channel(f.channel.name, f.channel.kind, f.relayOf, d)
    return d
  }

  private channel(
    name: string,
    kind: SuggestedChannel['kind'],
    relayOf: Mention | null,
    d: Draft,
  ): SuggestedChannel {
    const source = this.discourse.registryMatch(name)
    const channel: SuggestedChannel = {
      name: source?.name ?? name,
      kind,
      sourceId: source?.id ?? null,
      proposal: source ? null : { name, kind, aliases: [], notes: '' },
    }
    if (relayOf && d.speaker) channel.relayOf = { name: d.speaker.name, sourceId: d.speaker.sourceId }
    return channel
  }
}

/**
 * Suggestions in batches: each batch holds the suggestions finished since the
 * last one, and earlier ones revised (same id). `done` counts the characters
 * read. A consumer upserts by id.
 */
export function* suggestProgressively(
  input: SuggestInput,
  options: SuggestOptions = {},
): Generator<SuggestBatch> {
  const chunk = options.chunkChars ?? 12_000
  const run = new Run(input)
  const text = input.text
  let start = 0
  let sinceYield = 0
  let index = 0
  let first = true
  while (start <= text.length) {
    const nl = text.indexOf('\n', start)
    const end = nl === -1 ? text.length : nl
    if (end > start && !isHeading(text.slice(start, end), input.blocks?.[index])) run.block(start, end)
    index++
    sinceYield += end - start + 1
    start = end + 1
    // The first batch comes early so the panel shows something at once.
    if (sinceYield >= (first ? chunk / 6 : chunk) && start <= text.length) {
      first = false
      sinceYield = 0
      yield { suggestions: run.take(), done: Math.min(start, text.length), total: text.length }
    }
  }
  run.finish()
  yield { suggestions: run.take(), done: text.length, total: text.length }
}

/** All suggestions for a document, in text order. */
export function suggestClaims(input: SuggestInput): Suggestion[] {
  const byId = new Map<string, Suggestion>()
  for (const batch of suggestProgressively(input, { chunkChars: Number.POSITIVE_INFINITY }))
    for (const s of batch.suggestions) byId.set(s.id, s)
  return [...byId.values()].sort((a, b) => a.start - b.start)
}
