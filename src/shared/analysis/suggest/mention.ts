// What a speaker phrase says about its speaker: the name, the role the text
// gives, and whether it is a person, an organisation or an outlet, from the
// tokens' part-of-speech tags and capitalisation.
import type { SourceKind } from '../../domain/source'
import { ORG_WORDS, OUTLET_WORDS, PERSON_HEADS, PRONOUNS, TITLES } from './lexicon-en'
import type { Token } from './nlp-english'
import { trimPhrase } from './text'

export interface Mention {
  /** The phrase as written (trimmed). */
  text: string
  start: number
  end: number
  /** The name part (titles and role removed; for descriptions the description without its article). */
  name: string
  role: string
  kind: SourceKind
  pronoun: boolean
  /** No proper name: "a dock worker", "the official", "residents". */
  description: boolean
  /** Begins with "the" (or is a pronoun): may refer back to a speaker named earlier. */
  definite: boolean
  /** Begins with "a"/"an": may be named later ("a leading monitoring group" … "the Syrian Observatory"). */
  indefinite: boolean
  /** Last noun of a description ("official", "group"). */
  head: string
}

/** Particles that belong inside names: "Khalid al-Aiser", "Deir Ez-Zour", "Omar bin Laden". */
const NAME_PARTICLES = new Set([
  'al',
  'el',
  'ad',
  'as',
  'bin',
  'ibn',
  'abu',
  'abdul',
  'de',
  'da',
  'van',
  'von',
  'der',
  'la',
  'le',
  'du',
  'of',
  'for',
  'and',
  '&',
])

/** Nouns that, standing before a proper name, say it is an organisation ("the consultancy Castellum Risk"). */
const ORG_DESCRIPTORS = new Set([
  'consultancy',
  'firm',
  'company',
  'group',
  'think',
  'tank',
  'charity',
  'ngo',
  'organisation',
  'organization',
  'militia',
  'movement',
  'party',
  'broadcaster',
  'newspaper',
  'outlet',
  'website',
  'network',
  'channel',
  'agency',
])

const isCapitalised = (t: Token) => /^\p{Lu}/u.test(t.text)

/** A token that can sit in a proper name: capitalised words, hyphens and linking particles between them. */
function nameToken(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!
  if (t.pos === 'PROPN' || (isCapitalised(t) && t.pos !== 'PRON' && t.pos !== 'DET' && t.pos !== 'PUNCT'))
    return true
  const prev = tokens[i - 1]
  const next = tokens[i + 1]
  if (t.text === '-' || t.text === '.')
    return (
      !!prev && !!next && (isCapitalised(prev) || NAME_PARTICLES.has(prev.lower)) && /^\p{L}/u.test(next.text)
    )
  if (t.text === '’s' || t.text === "'s") return false
  // "Office for the Coordination of …"
  if (t.lower === 'the') return !!prev && /^(of|for)$/.test(prev.lower) && !!next && isCapitalised(next)
  return (
    NAME_PARTICLES.has(t.lower) &&
    !!next &&
    (isCapitalised(next) || next.text === '-') &&
    !!prev &&
    (isCapitalised(prev) || prev.text === '-')
  )
}

/** Joins tokens back into their original text (spaces as in the document). */
export function spanText(text: string, tokens: readonly Token[]): string {
  if (tokens.length === 0) return ''
  return text.slice(tokens[0]!.start, tokens[tokens.length - 1]!.end)
}

export function kindOfName(name: string): SourceKind {
  const words = name.toLowerCase().split(/[\s-]+/)
  if (words.some((w) => OUTLET_WORDS.has(w))) return 'outlet'
  if (words.some((w) => ORG_WORDS.has(w.replace(/[’']s$/, '')))) return 'organisation'
  if (/^[A-Z]{2,}$/.test(name)) return 'organisation'
  return 'person'
}

/**
 * Reads a speaker phrase. `text` is the document text; `tokens` the phrase's
 * tokens. A trailing proper name after role words is the person
 * ("Army spokesman Brigadier General Nabil Abdallah" → Nabil Abdallah, role
 * "Army spokesman Brigadier General"); "a spokesman for X" speaks for X.
 */
export function readMention(text: string, tokens: readonly Token[]): Mention | null {
  const toks = [...tokens]
  while (toks.length && /^(PUNCT|CCONJ|ADP|SCONJ)$/.test(toks[0]!.pos) && toks[0]!.text !== '“') toks.shift()
  while (toks.length && toks[toks.length - 1]!.pos === 'PUNCT') toks.pop()
  if (toks.length === 0) return null
  const start = toks[0]!.start
  const end = toks[toks.length - 1]!.end
  const whole = text.slice(start, end)
  const base = { text: whole, start, end }
  const first = toks[0]!
  if (toks.length === 1 && PRONOUNS[first.lower]) {
    const k = PRONOUNS[first.lower]!
    return {
      ...base,
      name: whole,
      role: '',
      kind: k === 'person' ? 'person' : 'organisation',
      pronoun: true,
      description: false,
      definite: true,
      indefinite: false,
      head: first.lower,
    }
  }
  const definite = first.lower === 'the'
  const indefinite = first.lower === 'a' || first.lower === 'an'

  // "a spokesman for US Central Command": the organisation speaks, the spokesman is the role.
  const forMatch =
    /^(?:(?:an?|the)\s+)?((?:[\p{L}-]+\s+){0,2}spokes(?:man|woman|person)|representative|official)\s+for\s+(?:the\s+)?(.+)$/iu.exec(
      whole,
    )
  if (forMatch && /^\p{Lu}/u.test(forMatch[2]!)) {
    const org = forMatch[2]!
    return {
      ...base,
      name: org,
      role: forMatch[1]!,
      kind: kindOfName(org),
      pronoun: false,
      description: false,
      definite,
      indefinite,
      head: '',
    }
  }

  // Cut post-modifiers that describe rather than name: "a blogger with 500,000 followers".
  const cut = toks.findIndex((t, i) => i > 0 && /^(with|who|which|whose|that)$/.test(t.lower))
  const core = cut > 0 ? toks.slice(0, cut) : toks
  const postRole = cut > 0 ? trimPhrase(spanText(text, toks.slice(cut))) : ''

  // The last run of name tokens.
  let runEnd = core.length - 1
  while (runEnd >= 0 && core[runEnd]!.pos === 'PUNCT' && core[runEnd]!.text !== '.') runEnd--
  let runStart = runEnd + 1
  while (runStart > 0 && nameToken(core, runStart - 1)) runStart--
  const run = core.slice(runStart, runEnd + 1)
  if (run.length === 0 || !run.some((t) => t.pos === 'PROPN' || isCapitalised(t))) {
    return description(base, text, toks, definite, indefinite, postRole)
  }
  const before = core.slice(definite || indefinite ? 1 : 0, runStart)
  // "accounts on TikTok", "brokers at Marsh": the name sits in a phrase about someone else.
  if (before.length && before[before.length - 1]!.pos === 'ADP')
    return description(base, text, toks, definite, indefinite, postRole)
  const runText = spanText(text, run)
  const descriptor = before.length ? before[before.length - 1]!.lower : ''
  // "the consultancy Castellum Risk", "state news agency RIA Novosti": the descriptor says what the name is.
  const describedKind: SourceKind | null = OUTLET_WORDS.has(descriptor)
    ? 'outlet'
    : ORG_DESCRIPTORS.has(descriptor) || ORG_WORDS.has(descriptor)
      ? 'organisation'
      : null
  const runKind = kindOfName(runText)
  if (before.length === 0 || runKind !== 'person' || describedKind) {
    // A name on its own, or an organisation's: the whole phrase (article dropped) unless a descriptor stands before it.
    const kind = describedKind ?? (runKind === 'person' && definite ? 'organisation' : runKind)
    if (kind === 'person') return person(base, text, core, run, postRole, definite, indefinite)
    const nameToks = describedKind ? run : core.slice(definite || indefinite ? 1 : 0)
    const role = describedKind
      ? [trimPhrase(spanText(text, before)), postRole].filter(Boolean).join(', ')
      : postRole
    return {
      ...base,
      name: trimPhrase(spanText(text, nameToks)),
      role,
      kind,
      pronoun: false,
      description: false,
      definite,
      indefinite,
      head: '',
    }
  }
  return person(base, text, core, run, postRole, definite, indefinite)
}

/** A person's name at the end of the phrase; role words and titles before it become the role. */
function person(
  base: { text: string; start: number; end: number },
  text: string,
  core: Token[],
  run: Token[],
  postRole: string,
  definite: boolean,
  indefinite: boolean,
): Mention {
  let t0 = 0
  while (t0 < run.length - 1 && TITLES.has(run[t0]!.lower.replace(/\.$/, ''))) t0++
  const nameToks = run.slice(t0)
  const roleStart = core[definite || indefinite ? 1 : 0] ?? core[0]!
  const rolePart =
    roleStart.start < nameToks[0]!.start ? trimPhrase(text.slice(roleStart.start, nameToks[0]!.start)) : ''
  const role = [rolePart, postRole].filter(Boolean).join(', ')
  return {
    ...base,
    name: spanText(text, nameToks),
    role,
    kind: 'person',
    pronoun: false,
    description: false,
    definite,
    indefinite,
    head: '',
  }
}

function description(
  base: { text: string; start: number; end: number },
  text: string,
  toks: Token[],
  definite: boolean,
  indefinite: boolean,
  postRole: string,
): Mention {
  const cut = toks.findIndex((t, i) => i > 0 && /^(with|who|which|whose|that)$/.test(t.lower))
  const core = cut > 0 ? toks.slice(0, cut) : toks
  // The head is the last noun before the first preposition: "reports from around the country" → reports.
  const adp = core.findIndex((t, i) => i > 0 && (t.pos === 'ADP' || t.lower === 'close'))
  const headZone = adp > 0 ? core.slice(0, adp) : core
  const nouns = headZone.filter((t) => t.pos === 'NOUN' || t.pos === 'PROPN')
  const head = (nouns[nouns.length - 1] ?? headZone[headZone.length - 1]!).lower
  const named = trimPhrase(
    text.slice((definite || indefinite ? (core[1] ?? core[0]!) : core[0]!).start, core[core.length - 1]!.end),
  )
  const kind: SourceKind = PERSON_HEADS.has(head)
    ? 'person'
    : kindOfName(named) === 'person'
      ? 'organisation'
      : kindOfName(named)
  return {
    ...base,
    name: named,
    role: postRole,
    kind,
    pronoun: false,
    description: true,
    definite,
    indefinite,
    head,
  }
}
