// English attribution rules over wink's tokens: find the speech verb (or
// "according to", or ", adding that"), then who its subject is, where the
// claim's own words are, and the channel named around it.
import type { Finding, Pattern } from './finding'
import { findEnglishChannel } from './channels-en'
import {
  BETWEEN_SUBJECT_AND_VERB,
  EVIDENCE_HEADS,
  INVERTING_VERBS,
  NOUN_LIKE_VERBS,
  SPEECH_VERBS,
  UNATTRIBUTED_HEADS,
} from './lexicon-en'
import { readMention, spanText, type Mention } from './mention'
import type { Sentence, Token } from './nlp-english'
import { isInside, type QuoteSpan } from './text'
import type { Cue } from './types'

const ALWAYS_VERBS = new Set(['say', 'says', 'said', 'told', 'tells'])
const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being'])
const MODALS = new Set(['will', 'would', 'could', 'should', 'may', 'might', 'must', 'can', 'shall', 'to'])
const NEGATIONS = new Set(['not', "n't", 'never', 'no'])
const PARTICIPLES = new Set(['adding', 'saying', 'noting', 'warning', 'stressing', 'insisting', 'explaining', 'claiming', 'arguing', 'asserting'])
const RELATIVE = new Set(['who', 'which', 'whose', 'where', 'whom'])
const RELAY = new Set(['citing', 'quoting'])
const QUOTE_MARKS = new Set(['“', '”', '«', '»', '"', '„'])
/** Prepositions that may sit inside a speaker phrase ("brokers at Marsh", "sources close to the talks"). */
const NP_ADP = new Set(['of', 'for', 'at', 'in', 'on', 'from', 'to', 'by', 'with', 'close', 'around', 'than'])
/** Words after the verb that qualify it rather than start the claim. */
const TIME_WORDS = new Set(
  'today yesterday tonight earlier later late early last this monday tuesday wednesday thursday friday saturday sunday'.split(' '),
)
const PP_START = new Set(['on', 'in', 'at', 'during', 'via', 'through', 'with', 'after', 'before', 'from', 'over', 'by', 'to'])
/** Heads of phrases between a speech verb and the claim: "in a statement", "at a news conference", "on Friday". */
const MODIFIER_HEADS = new Set(
  `statement statements post posts tweet video message interview comments remarks briefing conference speech address
  broadcast report channel account page television tv radio telethon media agency website newspaper phone call
  morning afternoon evening night week month year weekend day time meeting summit session hearing rally visit
  reporters journalists parliament lawmakers`.split(/\s+/),
)
const MEDIA_NOUNS = new Set(['video', 'videos', 'photo', 'photos', 'image', 'images', 'picture', 'pictures', 'clip', 'clips', 'statement', 'message', 'post', 'thread', 'recording', 'footage', 'map', 'document'])
const POSSESSIVES = new Set(['its', 'his', 'her', 'their', 'our'])
const PP_VERBS = new Set(['posted', 'published', 'shared', 'read', 'broadcast', 'aired', 'released', 'carried', 'issued', 'made', 'given', 'televised', 'sent', 'circulated', 'seen'])

interface Ctx {
  text: string
  toks: Token[]
  quotes: QuoteSpan[]
  sentence: Sentence
}

const isComma = (t: Token) => t.text === ',' || t.text === ';' || t.text === '—' || t.text === '–'
const inQuote = (c: Ctx, t: Token) => isInside(c.quotes, t.start) || QUOTE_MARKS.has(t.text)
const isCompound = (c: Ctx, i: number) => c.toks[i - 1]?.text === '-' || c.toks[i + 1]?.text === '-'

/** Length of the speech verb at i (2 for "points out"), or 0. */
function speechVerbAt(c: Ctx, i: number): number {
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
function commaBefore(c: Ctx, before: number): number {
  for (let i = before - 1; i >= 0; i--) if (isComma(c.toks[i]!) && !inQuote(c, c.toks[i]!)) return i
  return -1
}

/** Tokens of a speaker phrase, scanning backwards from `end` (inclusive) while they can belong to one. */
function nounPhraseBack(c: Ctx, end: number, floor: number): number {
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
function nounPhraseForward(c: Ctx, start: number): number {
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
      if (!n || TIME_WORDS.has(n.lower) || n.pos === 'DET' || n.pos === 'NUM' || POSSESSIVES.has(n.lower)) break
    }
  }
  while (i > start && c.toks[i - 1]!.text === '.' && i === c.toks.length) i--
  return i
}

/** Start of the claim's words after a leading "X said [on Friday] [in a post on X] [that]". */
function contentAfter(c: Ctx, from: number, told: boolean): { at: number; colon: boolean } {
  let j = from
  // "told state television …"; "posted a video on X that …": the listener or the thing posted comes before the claim.
  const object = c.toks.slice(from, from + 4).find((t) => t.pos === 'NOUN')
  const posting = /^(posted|posts|shared|shares|published|publishes|uploaded|tweeted|released|issued)$/.test(c.toks[from - 1]?.lower ?? '')
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
        } else if (
          !(
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
          )
        )
          break
        if (u.pos === 'ADP') sawDet = false
        k++
      }
      if (k === j) break
      // Only phrases of time, place of speaking or channel are skipped; "at least six people" is the claim.
      const head = [...c.toks.slice(j, k)].reverse().find((u) => u.pos === 'NOUN' || u.pos === 'PROPN' || MODIFIER_HEADS.has(u.lower))
      if (!listenerPhrase && (!head || !(MODIFIER_HEADS.has(head.lower) || TIME_WORDS.has(head.lower) || head.pos === 'PROPN'))) break
      j = k
      continue
    }
    break
  }
  return { at: j, colon: false }
}

/** Splits [from, to) into segments at commas outside quotations. */
function segments(c: Ctx, from: number, to: number): [number, number][] {
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

const leadsAdverbially = (c: Ctx, seg: [number, number]) => {
  const t = c.toks[seg[0]]
  if (!t) return false
  // A dateline: "TBILISI (Reuters) –".
  if (/^\p{Lu}{2,}$/u.test(t.text) && c.toks.slice(seg[0], seg[1]).every((u) => u.pos === 'PUNCT' || /^\p{Lu}/u.test(u.text))) return true
  return t.pos === 'ADP' || t.pos === 'ADV' || t.pos === 'SCONJ' || /ing$/.test(t.lower)
}
/** A finite verb in the segment: participles ("a statement read on", "speaking after") do not count. */
const hasVerb = (c: Ctx, seg: [number, number]) => {
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

interface Subject {
  from: number
  to: number
  leading: boolean
  /** Appositives and relative clauses around the subject ("Ihor Terekhov" in "Kharkiv's mayor, Ihor Terekhov, wrote"). */
  roles: [number, number][]
  relay: [number, number] | null
  /** The subject sits inside another clause ("… posted a video that he claimed showed …"). */
  embedded: boolean
}

/** Who says it, for a speech verb at v: the subject before it, through appositives and relative clauses. */
function subjectOf(c: Ctx, v: number): Subject | null {
  let end = v - 1
  while (end >= 0 && (BETWEEN_SUBJECT_AND_VERB.has(c.toks[end]!.lower) || TIME_WORDS.has(c.toks[end]!.lower))) end--
  for (let k = end + 1; k < v; k++) if (NEGATIONS.has(c.toks[k]!.lower)) return null
  const before = c.toks[end]
  if (!before) return null
  if (NEGATIONS.has(before.lower) || MODALS.has(before.lower) || BE.has(before.lower)) return null
  if (before.lower === 'did' || before.lower === 'does' || before.lower === 'do') return null
  const segs = segments(c, 0, v)
  const last = segs[segs.length - 1]!
  if (isComma(before)) {
    // "Omar Khalil, who heads …, argues"; "Iranian state TV, citing Al Jazeera, reported"; "Kharkiv's mayor, Ihor Terekhov, wrote".
    const roles: [number, number][] = []
    let relay: [number, number] | null = null
    for (let j = segs.length - 2; j >= 0; j--) {
      const seg = segs[j]!
      if (seg[0] >= seg[1]) return null
      const first = c.toks[seg[0]]!
      const atStart = j === 0 || (j === 1 && leadsAdverbially(c, segs[0]!) && !hasVerb(c, segs[0]!))
      if (atStart && !hasVerb(c, seg) && !leadsAdverbially(c, seg)) {
        return { from: seg[0], to: seg[1], leading: true, roles: roles.reverse(), relay, embedded: false }
      }
      if (RELAY.has(first.lower)) relay = [seg[0] + 1, seg[1]]
      else if (RELATIVE.has(first.lower) || first.pos === 'DET' || first.pos === 'ADJ' || first.pos === 'NUM' || first.pos === 'NOUN' || first.pos === 'PROPN')
        roles.push(seg)
      else return null
      if (atStart) return null
    }
    return null
  }
  // Quotation before the subject ("…,” he said): the subject starts after it.
  let floor = last[0]
  for (let i = end; i >= last[0]; i--) if (inQuote(c, c.toks[i]!)) {
    floor = i + 1
    break
  }
  if (floor > end) return null
  if (c.toks[end]!.pos === 'CCONJ') {
    // "… has not claimed responsibility but has previously said": the clause's own subject.
    const first = segs[0]!
    const np = nounPhraseForward(c, first[0])
    return np > first[0] ? { from: first[0], to: np, leading: true, roles: [], relay: null, embedded: false } : null
  }
  const from = nounPhraseBack(c, end, floor)
  if (from > end) return null
  let start = from
  while (start <= end && /^(ADP|CCONJ|ADV|SCONJ)$/.test(c.toks[start]!.pos) && !/^\p{Lu}/u.test(c.toks[start]!.text)) start++
  if (start > end) return null
  const segIndex = segs.length - 1
  const cleanStart = start === last[0] || (start === floor && floor > last[0]) || c.toks[start - 1]?.pos === 'CCONJ'
  const adverbialOnly = segs.slice(0, segIndex).every((s, i) => i === 0 && leadsAdverbially(c, s) && !hasVerb(c, s))
  const leading = cleanStart && (segIndex === 0 || adverbialOnly || c.toks[start - 1]?.pos === 'CCONJ') && floor === last[0]
  // A trailing subject follows a comma or a quotation ("…, the army said"; "…,” he said); else it is inside another clause.
  const embedded = !leading && !cleanStart
  return { from: start, to: end + 1, leading, roles: [], relay: null, embedded }
}

/** Mention of the speaker, following "Geolocation by open-source researchers" to the researchers. */
function speakerMention(c: Ctx, from: number, to: number): { mention: Mention | null; unattributed: boolean } {
  const mention = readMention(c.text, c.toks.slice(from, to))
  if (!mention) return { mention: null, unattributed: false }
  if (mention.description && UNATTRIBUTED_HEADS.has(mention.head)) return { mention: null, unattributed: true }
  if (mention.description && EVIDENCE_HEADS.has(mention.head)) {
    const by = c.toks.slice(from, to).findIndex((t) => t.lower === 'by')
    if (by === -1) return { mention: null, unattributed: true }
    return { mention: readMention(c.text, c.toks.slice(from + by + 1, to)), unattributed: false }
  }
  return { mention, unattributed: false }
}

function finding(c: Ctx, pattern: Pattern, anchor: Cue, fields: Partial<Finding>): Finding {
  return {
    language: 'en',
    start: c.sentence.start,
    end: c.sentence.end,
    contentStart: c.sentence.start,
    contentEnd: c.sentence.end,
    pattern,
    attributed: true,
    speaker: null,
    channel: null,
    relayOf: null,
    cues: [anchor],
    colonIntro: false,
    ...fields,
  }
}

const cueOf = (c: Ctx, from: number, to: number, kind: Cue['kind'] = 'attribution'): Cue => ({
  kind,
  text: c.text.slice(c.toks[from]!.start, c.toks[to - 1]!.end),
  start: c.toks[from]!.start,
  end: c.toks[to - 1]!.end,
})

const UNATTRIBUTED_START = /^(?:there (?:were|are|have been|had been) )?(?:(?:unconfirmed|unverified|conflicting|various|several|some|other|local|media) )*reports? (?:that|of|suggest|say|said|indicate)/iu
const CIRCULATING =
  /\b(?:footage|videos?|images|photos|photographs|pictures|posts|clips?)\b.{0,80}?\b(?:circulating|shared|posted|spreading)\b.{0,80}?\b(?:appear(?:s|ed)? to|seem(?:s|ed)? to|purport(?:s|ed)? to|show(?:s|ed|ing)?)\b/iu

/** The attribution in one English sentence, or null when it has none. */
export function analyseEnglish(text: string, sentence: Sentence, quotes: QuoteSpan[]): Finding | null {
  const c: Ctx = { text, toks: sentence.tokens, quotes, sentence }
  const toks = c.toks
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!
    if (inQuote(c, t)) continue
    if (t.lower === 'according' && toks[i + 1]?.lower === 'to') {
      const npEnd = nounPhraseForward(c, i + 2)
      if (npEnd <= i + 2) continue
      const { mention, unattributed } = speakerMention(c, i + 2, npEnd)
      const leading = i === 0 || toks[i - 1]?.pos === 'CCONJ'
      const after = toks[npEnd]
      const contentStart = leading ? (after && isComma(after) ? toks[npEnd + 1]?.start ?? sentence.end : sentence.end) : sentence.start
      const contentEnd = leading ? sentence.end : (toks[i - 1] && isComma(toks[i - 1]!) ? toks[i - 1]!.start : t.start)
      const attrFrom = leading ? sentence.start : t.start
      const attrTo = leading ? (toks[npEnd]?.end ?? sentence.end) : sentence.end
      return finding(c, unattributed ? 'unattributed' : 'according-to', cueOf(c, i, i + 2), {
        attributed: !unattributed,
        speaker: mention,
        contentStart,
        contentEnd,
        channel: findEnglishChannel(text, attrFrom, attrTo),
      })
    }
    const len = speechVerbAt(c, i)
    if (len === 0) continue
    const anchor = cueOf(c, i, i + len)
    const subject = subjectOf(c, i)
    if (subject) {
      if (subject.embedded) continue
      const spoken = speakerMention(c, subject.from, subject.to)
      const { unattributed } = spoken
      let mention = spoken.mention
      if (!mention && !unattributed) continue
      if (mention) mention = withAppositives(c, mention, subject.roles)
      const relay = subject.relay ? readMention(text, toks.slice(subject.relay[0], subject.relay[1])) : null
      const subjStart = toks[subject.from]!.start
      let result: Finding
      if (subject.leading) {
        const { at, colon } = contentAfter(c, i + len, /^tel|^told/.test(t.lower))
        const contentStart = toks[at]?.start ?? sentence.end
        result = finding(c, relay ? 'relay' : unattributed ? 'unattributed' : 'leading', anchor, {
          contentStart,
          colonIntro: colon && at >= toks.length,
          channel: relay && mention ? channelFromMention(mention) : (findEnglishChannel(text, sentence.start, contentStart) ?? trailingChannel(c)),
        })
      } else {
        const comma = commaBefore(c, subject.from)
        result = finding(c, unattributed ? 'unattributed' : 'trailing', anchor, {
          contentEnd: comma === -1 ? subjStart : toks[comma]!.start,
          channel: findEnglishChannel(text, comma === -1 ? subjStart : toks[comma]!.start, sentence.end),
        })
      }
      result.attributed = !unattributed
      result.speaker = relay ?? mention
      result.relayOf = relay
      if (relay) result.cues.push({ kind: 'relay', text: spanText(text, toks.slice(subject.relay![0] - 1, subject.relay![1])), start: toks[subject.relay![0] - 1]!.start, end: toks[subject.relay![1] - 1]!.end })
      if (unattributed) result.cues.push({ kind: 'unattributed', text: text.slice(subjStart, toks[subject.to - 1]!.end), start: subjStart, end: toks[subject.to - 1]!.end })
      return result
    }
    // “…,” said Hassan Abdul-Ghani, senior commander … — the speaker follows the verb.
    const prev = toks[i - 1]
    if (INVERTING_VERBS.has(t.lower) && prev && (isComma(prev) || QUOTE_MARKS.has(prev.text))) {
      const npEnd = nounPhraseForward(c, i + 1)
      const mention = npEnd > i + 1 ? readMention(text, toks.slice(i + 1, npEnd)) : null
      if (!mention || mention.pronoun) continue
      let roleEnd = npEnd
      if (toks[npEnd] && isComma(toks[npEnd]!)) {
        roleEnd = npEnd + 1
        const roleGoesOn = (t: Token) => t.pos !== 'PUNCT' || t.text === '-' || t.text === '’s' || t.text === "'s"
        while (roleEnd < toks.length && !/^(on|in)$/.test(toks[roleEnd]!.lower) && roleGoesOn(toks[roleEnd]!)) roleEnd++
        // Commas inside the role ("…at Chatham House, a London-based think tank") continue it.
        while (roleEnd < toks.length && isComma(toks[roleEnd]!)) {
          const next = nounPhraseForward(c, roleEnd + 1)
          if (next <= roleEnd + 1) break
          roleEnd = next
        }
        const role = spanText(text, toks.slice(npEnd + 1, roleEnd))
        mention.role = [mention.role, role].filter(Boolean).join(', ')
      }
      const comma = isComma(prev) ? prev.start : toks[i - 2] && isComma(toks[i - 2]!) ? toks[i - 2]!.start : prev.end
      return finding(c, 'inverted', anchor, {
        speaker: mention,
        contentEnd: comma,
        channel: findEnglishChannel(text, prev.start, sentence.end),
      })
    }
  }
  return participleOrUnattributed(c)
}

/** Adds appositives to the role; a proper name among them is the speaker ("Kharkiv's mayor, Ihor Terekhov, wrote"). */
function withAppositives(c: Ctx, mention: Mention, roles: [number, number][]): Mention {
  const texts = roles.map((r) => spanText(c.text, c.toks.slice(r[0], r[1])))
  if (mention.description) {
    const i = roles.findIndex((r) => {
      const m = readMention(c.text, c.toks.slice(r[0], r[1]))
      return !!m && !m.description && m.kind === 'person'
    })
    if (i !== -1) {
      const named = readMention(c.text, c.toks.slice(roles[i]![0], roles[i]![1]))!
      const rest = texts.filter((_, j) => j !== i)
      return { ...named, role: [mention.text, named.role, ...rest].filter(Boolean).join(', ') }
    }
  }
  return { ...mention, role: [mention.role, ...texts].filter(Boolean).join(', ') }
}

/** ", in comments to CNN." ending a sentence: a channel phrase after the claim. */
function trailingChannel(c: Ctx) {
  const comma = commaBefore(c, c.toks.length)
  const next = c.toks[comma + 1]
  if (comma === -1 || !next || !/^(in|during|speaking|told|writing|posting|on|via)$/.test(next.lower)) return null
  return findEnglishChannel(c.text, next.start, c.sentence.end)
}

function channelFromMention(m: Mention) {
  return {
    name: m.name,
    start: m.start,
    end: m.end,
    kind: m.kind === 'person' ? ('outlet' as const) : m.kind,
    cue: { kind: 'channel' as const, text: m.text, start: m.start, end: m.end },
  }
}

/** ", adding that …" with the sentence's subject; else "various reports …" or circulating footage, unattributed. */
function participleOrUnattributed(c: Ctx): Finding | null {
  const toks = c.toks
  for (let i = 1; i < toks.length; i++) {
    const t = toks[i]!
    if (!PARTICIPLES.has(t.lower) || !isComma(toks[i - 1]!) || inQuote(c, t)) continue
    const npEnd = nounPhraseForward(c, 0)
    const { mention } = npEnd > 0 ? speakerMention(c, 0, npEnd) : { mention: null }
    if (!mention) continue
    const { at } = contentAfter(c, i + 1, false)
    return finding(c, 'participle', cueOf(c, i, i + 1), {
      speaker: mention,
      contentStart: toks[at]?.start ?? c.sentence.end,
      channel: findEnglishChannel(c.text, c.sentence.start, toks[at]?.start ?? c.sentence.end),
    })
  }
  const sentenceText = c.text.slice(c.sentence.start, c.sentence.end)
  const m = UNATTRIBUTED_START.exec(sentenceText) ?? CIRCULATING.exec(sentenceText)
  if (!m) return null
  const cue: Cue = { kind: 'unattributed', text: m[0], start: c.sentence.start + m.index, end: c.sentence.start + m.index + m[0].length }
  return finding(c, 'unattributed', cue, {
    attributed: false,
    channel: findEnglishChannel(c.text, c.sentence.start, cue.end),
  })
}
