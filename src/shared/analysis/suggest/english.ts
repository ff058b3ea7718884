// English attribution rules over wink's tokens: find the speech verb (or
// "according to", or ", adding that"), then who its subject is, where the
// claim's own words are, and the channel named around it.
import { findEnglishChannel } from './channels-en'
import {
  PARTICIPLES,
  QUOTE_MARKS,
  commaBefore,
  contentAfter,
  inQuote,
  isComma,
  nounPhraseForward,
  speechVerbAt,
  type Ctx,
} from './english-phrases'
import { speakerMention, subjectOf, withAppositives } from './english-subject'
import type { Finding, Pattern } from './finding'
import { INVERTING_VERBS } from './lexicon-en'
import { readMention, spanText, type Mention } from './mention'
import type { Sentence, Token } from './nlp-english'
import type { QuoteSpan } from './text'
import type { Cue } from './types'

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

const UNATTRIBUTED_START =
  /^(?:there (?:were|are|have been|had been) )?(?:(?:unconfirmed|unverified|conflicting|various|several|some|other|local|media) )*reports? (?:that|of|suggest|say|said|indicate)/iu
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
      const contentStart = leading
        ? after && isComma(after)
          ? (toks[npEnd + 1]?.start ?? sentence.end)
          : sentence.end
        : sentence.start
      const contentEnd = leading
        ? sentence.end
        : toks[i - 1] && isComma(toks[i - 1]!)
          ? toks[i - 1]!.start
          : t.start
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
          channel:
            relay && mention
              ? channelFromMention(mention)
              : (findEnglishChannel(text, sentence.start, contentStart) ?? trailingChannel(c)),
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
      if (relay)
        result.cues.push({
          kind: 'relay',
          text: spanText(text, toks.slice(subject.relay![0] - 1, subject.relay![1])),
          start: toks[subject.relay![0] - 1]!.start,
          end: toks[subject.relay![1] - 1]!.end,
        })
      if (unattributed)
        result.cues.push({
          kind: 'unattributed',
          text: text.slice(subjStart, toks[subject.to - 1]!.end),
          start: subjStart,
          end: toks[subject.to - 1]!.end,
        })
      return result
    }
    // “…,” said Hassan Abdul-Ghani, senior commander … — the speaker follows the verb.
    const prev = toks[i - 1]
    if (INVERTING_VERBS.has(t.lower) && prev && (isComma(prev) || QUOTE_MARKS.has(prev.text))) {
      const npEnd = nounPhraseForward(c, i + 1)
      const mention = npEnd > i + 1 ? readMention(text, toks.slice(i + 1, npEnd)) : null
      if (!mention || mention.pronoun) continue
      // "…, said the strike killed …" is a complement, not a speaker: a speaker is followed by a pause or the end.
      const after = toks[npEnd]
      if (after && !isComma(after) && after.pos !== 'PUNCT' && after.pos !== 'ADP') continue
      let roleEnd = npEnd
      if (toks[npEnd] && isComma(toks[npEnd]!)) {
        roleEnd = npEnd + 1
        const roleGoesOn = (t: Token) =>
          t.pos !== 'PUNCT' || t.text === '-' || t.text === '’s' || t.text === "'s"
        while (roleEnd < toks.length && !/^(on|in)$/.test(toks[roleEnd]!.lower) && roleGoesOn(toks[roleEnd]!))
          roleEnd++
        // Commas inside the role ("…at Chatham House, a London-based think tank") continue it.
        while (roleEnd < toks.length && isComma(toks[roleEnd]!)) {
          const next = nounPhraseForward(c, roleEnd + 1)
          if (next <= roleEnd + 1) break
          roleEnd = next
        }
        const role = spanText(text, toks.slice(npEnd + 1, roleEnd))
        mention.role = [mention.role, role].filter(Boolean).join(', ')
      }
      const comma = isComma(prev)
        ? prev.start
        : toks[i - 2] && isComma(toks[i - 2]!)
          ? toks[i - 2]!.start
          : prev.end
      return finding(c, 'inverted', anchor, {
        speaker: mention,
        contentEnd: comma,
        channel: findEnglishChannel(text, prev.start, sentence.end),
      })
    }
  }
  return participleOrUnattributed(c)
}

/** ", in comments to CNN." ending a sentence: a channel phrase after the claim. */
function trailingChannel(c: Ctx) {
  const comma = commaBefore(c, c.toks.length)
  const next = c.toks[comma + 1]
  if (comma === -1 || !next || !/^(in|during|speaking|told|writing|posting|on|via)$/.test(next.lower))
    return null
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
  const cue: Cue = {
    kind: 'unattributed',
    text: m[0],
    start: c.sentence.start + m.index,
    end: c.sentence.start + m.index + m[0].length,
  }
  return finding(c, 'unattributed', cue, {
    attributed: false,
    channel: findEnglishChannel(c.text, c.sentence.start, cue.end),
  })
}
