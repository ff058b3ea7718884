// Token-level helpers of the English rules: speech verbs, speaker phrases
// scanned backwards and forwards, and the words between a speech verb and
// the claim it introduces.
import { NOUN_LIKE_VERBS, SPEECH_VERBS } from './lexicon-en'
import type { Sentence, Token } from './nlp-english'
import { isInside, type QuoteSpan } from './text'

const ALWAYS_VERBS = new Set(['say', 'says', 'said', 'told', 'tells'])
export const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being'])
export const MODALS = new Set([
  'will',
  'would',
  'could',
  'should',
  'may',
  'might',
  'must',
  'can',
  'shall',
  'to',
])
export const NEGATIONS = new Set(['not', "n't", 'never', 'no'])
export const PARTICIPLES = new Set([
  'adding',
  'saying',
  'noting',
  'warning',
  'stressing',
  'insisting',
  'explaining',
  'claiming',
  'arguing',
  'asserting',
])
export const RELATIVE = new Set(['who', 'which', 'whose', 'where', 'whom'])
export const RELAY = new Set(['citing', 'quoting'])
export const QUOTE_MARKS = new Set(['“', '”', '«', '»', '"', '„'])
/** Prepositions that may sit inside a speaker phrase ("brokers at Marsh", "sources close to the talks"). */
const NP_ADP = new Set(['of', 'for', 'at', 'in', 'on', 'from', 'to', 'by', 'with', 'close', 'around', 'than'])
/** Words after the verb that qualify it rather than start the claim. */
export const TIME_WORDS = new Set(
  'today yesterday tonight earlier later late early last this monday tuesday wednesday thursday friday saturday sunday'.split(
    ' ',
  ),
)
const PP_START = new Set([
  'on',
  'in',
  'at',
  'during',
  'via',
  'through',
  'with',
  'after',
  'before',
  'from',
  'over',
  'by',
  'to',
])
/** Heads of phrases between a speech verb and the claim: "in a statement", "at a news conference", "on Friday". */
const MODIFIER_HEADS = new Set(
  `statement statements post posts tweet video message interview comments remarks briefing conference speech address
  broadcast report channel account page television tv radio telethon media agency website newspaper phone call
  morning afternoon evening night week month year weekend day time meeting summit session hearing rally visit
  reporters journalists parliament lawmakers filing letter note memo document release communique email testimony
  submission court address`.split(/\s+/),
)
const MEDIA_NOUNS = new Set([
  'video',
  'videos',
  'photo',
  'photos',
  'image',
  'images',
  'picture',
  'pictures',
  'clip',
  'clips',
  'statement',
  'message',
  'post',
  'thread',
  'recording',
  'footage',
  'map',
  'document',
])
const POSSESSIVES = new Set(['its', 'his', 'her', 'their', 'our'])
const PP_VERBS = new Set([
  'posted',
  'published',
  'shared',
  'read',
  'broadcast',
  'aired',
  'released',
  'carried',
  'issued',
  'made',
  'given',
  'televised',
  'sent',
  'circulated',
  'seen',
])

export interface Ctx {
  text: string
  toks: Token[]
  quotes: QuoteSpan[]
  sentence: Sentence
}

export const isComma = (t: Token) => t.text === ',' || t.text === ';' || t.text === '—' || t.text === '–'
export const inQuote = (c: Ctx, t: Token) => isInside(c.quotes, t.start) || QUOTE_MARKS.has(t.text)
const isCompound = (c: Ctx, i: number) => c.toks[i - 1]?.text === '-' || c.toks[i + 1]?.text === '-'

/** Length of the speech verb at i (2 for "points out"), or 0. */
export function speechVerbAt(c: Ctx, i: number): number {
  const t = c.toks[i]!
  if (/^(points?|pointed)$/.test(t.lower)) return c.toks[i + 1]?.lower === 'out' ? 2 : 0
  if (!SPEECH_VERBS.has(t.lower) || isCompound(c, i)) return 0
  // "says", "said", "told" are verbs wherever they stand; "reports", "claims" only when tagged as verbs.
  if (!ALWAYS_VERBS.has(t.lower) && t.pos !== 'VERB' && t.pos !== 'AUX') return 0
  if (NOUN_LIKE_VERBS.has(t.lower) && t.pos !== 'VERB') return 0
  const prev = c.toks[i - 1]
  if (prev && (prev.pos === 'DET' || POSSESSIVES.has(prev.lower))) return 0 // "the reported attack", "its claims"
  if (/^claim/.test(t.lower) && /^(responsibility|credit)$/.test(c.toks[i + 1]?.lower ?? '')) return 0
  return 1
}

/** Index of the last comma (outside quotations) before `before`, or -1. */
export function commaBefore(c: Ctx, before: number): number {
  for (let i = before - 1; i >= 0; i--) if (isComma(c.toks[i]!) && !inQuote(c, c.toks[i]!)) return i
  return -1
}

/** Tokens of a speaker phrase, scanning backwards from `end` (inclusive) while they can belong to one. */
export function nounPhraseBack(c: Ctx, end: number, floor: number): number {
  let i = end
  if (c.toks[i]?.pos === 'PRON') return i
  let adpOk = -1
  for (; i >= floor; i--) {
    const t = c.toks[i]!
    // "reports from around the country": a determiner after a preposition is inside the phrase.
    if (t.pos === 'DET') {
      if (i > floor && NP_ADP.has(c.toks[i - 1]!.lower)) {
        adpOk = i - 1
        continue
      }
      return i
    }
    const ok =
      t.pos === 'PROPN' ||
      t.pos === 'NOUN' ||
      t.pos === 'ADJ' ||
      t.pos === 'NUM' ||
      t.pos === 'PART' ||
      t.text === '-' ||
      t.text === '’s' ||
      t.text === "'s" ||
      (NP_ADP.has(t.lower) && (i < end || i === adpOk)) ||
      ((t.pos === 'VERB' || t.pos === 'ADV') && isCompound(c, i)) ||
      (t.pos === 'ADV' && c.toks[i + 1]?.pos === 'ADJ') ||
      (POSSESSIVES.has(t.lower) && i < end)
    if (!ok || inQuote(c, t)) return i + 1
  }
  return floor
}

/** Tokens of a speaker phrase forwards from `start`, up to a comma, a verb or the end. */
export function nounPhraseForward(c: Ctx, start: number): number {
  let i = start
  for (; i < c.toks.length; i++) {
    const t = c.toks[i]!
    if (isComma(t) || t.lower === 'that' || inQuote(c, t)) break
    if (t.pos === 'PUNCT' && t.text !== '-' && t.text !== '.') break
    // A verb tag inside a noun compound ("a London-based think tank") does not end the phrase.
    const nounAfter = c.toks[i + 1]?.pos === 'NOUN' && (c.toks[i - 1]?.pos === 'ADJ' || isCompound(c, i - 1))
    if ((t.pos === 'VERB' || t.pos === 'AUX') && !isCompound(c, i) && !nounAfter) break
    if (t.pos === 'SCONJ' || t.pos === 'CCONJ' || t.pos === 'PRON') {
      if (!(t.pos === 'CCONJ' && /^\p{Lu}/u.test(c.toks[i + 1]?.text ?? ''))) break
    }
    if (t.pos === 'ADP' && !NP_ADP.has(t.lower)) break
    // "on Friday", "in a post": a time or channel phrase ends the speaker's name.
    if ((t.lower === 'on' || t.lower === 'in') && i > start) {
      const n = c.toks[i + 1]
      if (!n || TIME_WORDS.has(n.lower) || n.pos === 'DET' || n.pos === 'NUM' || POSSESSIVES.has(n.lower))
        break
    }
  }
  while (i > start && c.toks[i - 1]!.text === '.' && i === c.toks.length) i--
  return i
}

/** Start of the claim's words after a leading "X said [on Friday] [in a post on X] [that]". */
export function contentAfter(c: Ctx, from: number, told: boolean): { at: number; colon: boolean } {
  let j = from
  // "told state television …"; "posted a video on X that …": the listener or the thing posted comes before the claim.
  const object = c.toks.slice(from, from + 4).find((t) => t.pos === 'NOUN')
  const posting = /^(posted|posts|shared|shares|published|publishes|uploaded|tweeted|released|issued)$/.test(
    c.toks[from - 1]?.lower ?? '',
  )
  let listener = told || (posting && !!object && MEDIA_NOUNS.has(object.lower))
  for (let guard = 0; guard < 40 && j < c.toks.length; guard++) {
    const t = c.toks[j]!
    if (t.lower === 'that') return { at: j + 1, colon: false }
    if (t.text === ':') return { at: j + 1, colon: true }
    if (TIME_WORDS.has(t.lower) && !/^(this|last)$/.test(t.lower)) {
      j++
      continue
    }
    if (listener || PP_START.has(t.lower) || t.lower === 'this' || t.lower === 'last') {
      // Skip "told state television", "in a post on Telegram", "on its Telegram channel", "last week".
      const listenerPhrase = listener
      listener = false
      let k = j + (PP_START.has(t.lower) ? 1 : 0)
      let sawDet = false
      while (k < c.toks.length) {
        const u = c.toks[k]!
        if (u.pos === 'DET' || POSSESSIVES.has(u.lower)) {
          if (sawDet) break
          sawDet = true
        } else if (!(
          (u.pos === 'VERB' && /^(DET|ADJ)$/.test(c.toks[k - 1]?.pos ?? '')) || // "a televised address": a noun after all
          u.pos === 'PROPN' ||
          u.pos === 'NOUN' ||
          u.pos === 'ADJ' ||
          u.pos === 'NUM' ||
          u.pos === 'PART' ||
          u.text === '-' ||
          u.text === '’s' ||
          (u.pos === 'ADP' && /^(on|of|to|by|with)$/.test(u.lower)) ||
          PP_VERBS.has(u.lower) ||
          (u.pos === 'VERB' && isCompound(c, k))
        ))
          break
        if (u.pos === 'ADP') sawDet = false
        k++
      }
      if (k === j) break
      // Only phrases of time, place of speaking or channel are skipped; "at least six people" is the claim.
      const head = [...c.toks.slice(j, k)]
        .reverse()
        .find((u) => u.pos === 'NOUN' || u.pos === 'PROPN' || MODIFIER_HEADS.has(u.lower))
      if (
        !listenerPhrase &&
        (!head || !(MODIFIER_HEADS.has(head.lower) || TIME_WORDS.has(head.lower) || head.pos === 'PROPN'))
      )
        break
      j = k
      continue
    }
    break
  }
  return { at: j, colon: false }
}

/** Splits [from, to) into segments at commas outside quotations. */
export function segments(c: Ctx, from: number, to: number): [number, number][] {
  const out: [number, number][] = []
  let s = from
  for (let i = from; i < to; i++) {
    if (isComma(c.toks[i]!) && !inQuote(c, c.toks[i]!)) {
      out.push([s, i])
      s = i + 1
    }
  }
  out.push([s, to])
  return out
}

export const leadsAdverbially = (c: Ctx, seg: [number, number]) => {
  const t = c.toks[seg[0]]
  if (!t) return false
  // A dateline: "TBILISI (Reuters) –".
  if (
    /^\p{Lu}{2,}$/u.test(t.text) &&
    c.toks.slice(seg[0], seg[1]).every((u) => u.pos === 'PUNCT' || /^\p{Lu}/u.test(u.text))
  )
    return true
  return t.pos === 'ADP' || t.pos === 'ADV' || t.pos === 'SCONJ' || /ing$/.test(t.lower)
}
/** A finite verb in the segment: participles ("a statement read on", "speaking after") do not count. */
export const hasVerb = (c: Ctx, seg: [number, number]) => {
  for (let i = seg[0]; i < seg[1]; i++) {
    const t = c.toks[i]!
    if (t.pos !== 'VERB' && t.pos !== 'AUX') continue
    if (isCompound(c, i) || /^(based|led|run|backed|owned)$/.test(t.lower) || /ing$/.test(t.lower)) continue
    if (PP_VERBS.has(t.lower) && c.toks[i + 1]?.pos === 'ADP') continue
    if (/ed$/.test(t.lower) && c.toks[i + 1]?.pos === 'NOUN' && c.toks[i - 1]?.pos === 'DET') continue // "a televised speech"
    return true
  }
  return false
}
