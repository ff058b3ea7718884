// Who says it: the subject of a speech verb, through appositives, relative
// clauses and relays ("Iranian state TV, citing Al Jazeera, reported").
import { BETWEEN_SUBJECT_AND_VERB, DOCUMENT_HEADS, EVIDENCE_HEADS, UNATTRIBUTED_HEADS } from './lexicon-en'
import { readMention, spanText, type Mention } from './mention'
import {
  BE,
  MODALS,
  NEGATIONS,
  RELATIVE,
  RELAY,
  TIME_WORDS,
  hasVerb,
  inQuote,
  isComma,
  leadsAdverbially,
  nounPhraseBack,
  nounPhraseForward,
  segments,
  type Ctx,
} from './english-phrases'

export interface Subject {
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
export function subjectOf(c: Ctx, v: number): Subject | null {
  let end = v - 1
  while (end >= 0 && (BETWEEN_SUBJECT_AND_VERB.has(c.toks[end]!.lower) || TIME_WORDS.has(c.toks[end]!.lower)))
    end--
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
      else if (
        RELATIVE.has(first.lower) ||
        /(?:ing|ed)$/.test(first.lower) || // "speaking on condition of anonymity", "based in London"
        first.pos === 'DET' ||
        first.pos === 'ADJ' ||
        first.pos === 'NUM' ||
        first.pos === 'NOUN' ||
        first.pos === 'PROPN'
      )
        roles.push(seg)
      else return null
      if (atStart) return null
    }
    return null
  }
  // Quotation before the subject ("…,” he said): the subject starts after it.
  let floor = last[0]
  for (let i = end; i >= last[0]; i--)
    if (inQuote(c, c.toks[i]!)) {
      floor = i + 1
      break
    }
  if (floor > end) return null
  if (c.toks[end]!.pos === 'CCONJ') {
    // "… has not claimed responsibility but has previously said": the clause's own subject.
    const first = segs[0]!
    const np = nounPhraseForward(c, first[0])
    return np > first[0]
      ? { from: first[0], to: np, leading: true, roles: [], relay: null, embedded: false }
      : null
  }
  const from = nounPhraseBack(c, end, floor)
  if (from > end) return null
  let start = from
  while (
    start <= end &&
    /^(ADP|CCONJ|ADV|SCONJ)$/.test(c.toks[start]!.pos) &&
    !/^\p{Lu}/u.test(c.toks[start]!.text)
  )
    start++
  if (start > end) return null
  const segIndex = segs.length - 1
  const cleanStart =
    start === last[0] || (start === floor && floor > last[0]) || c.toks[start - 1]?.pos === 'CCONJ'
  const adverbialOnly = segs
    .slice(0, segIndex)
    .every((s, i) => i === 0 && leadsAdverbially(c, s) && !hasVerb(c, s))
  const leading =
    cleanStart && (segIndex === 0 || adverbialOnly || c.toks[start - 1]?.pos === 'CCONJ') && floor === last[0]
  // A trailing subject follows a comma or a quotation ("…, the army said"; "…,” he said); else it is inside another clause.
  const embedded = !leading && !cleanStart
  return { from: start, to: end + 1, leading, roles: [], relay: null, embedded }
}

/** Mention of the speaker, following "Geolocation by open-source researchers" to the researchers. */
export function speakerMention(
  c: Ctx,
  from: number,
  to: number,
): { mention: Mention | null; unattributed: boolean } {
  const mention = readMention(c.text, c.toks.slice(from, to))
  if (!mention) return { mention: null, unattributed: false }
  if (mention.description && UNATTRIBUTED_HEADS.has(mention.head))
    return { mention: null, unattributed: true }
  if (mention.description && (EVIDENCE_HEADS.has(mention.head) || DOCUMENT_HEADS.has(mention.head))) {
    const by = c.toks.slice(from, to).findIndex((t) => /^(by|from|of)$/.test(t.lower))
    if (by === -1) return { mention: null, unattributed: true }
    return { mention: readMention(c.text, c.toks.slice(from + by + 1, to)), unattributed: false }
  }
  return { mention, unattributed: false }
}

/** Adds appositives to the role; a proper name among them is the speaker ("Kharkiv's mayor, Ihor Terekhov, wrote"). */
export function withAppositives(c: Ctx, mention: Mention, roles: [number, number][]): Mention {
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
