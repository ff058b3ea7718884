// The channel of an English claim: the platform, outlet or broadcast a
// speaker used ("in a post on X", "told NBC News", "on state television").
// Searched only in the attribution words, never in the claim itself.
import type { SourceKind } from '../../domain/source'
import type { ChannelFinding } from './finding'
import { kindOfName } from './mention'
import { BROADCAST_NOUNS, PLATFORMS } from './lexicon-en'

const CAP = String.raw`\p{Lu}[\p{L}\p{N}.’'&-]*`
/** A capitalised name of one to six words, "of"/"for"/"and" allowed inside. */
const NAME = String.raw`${CAP}(?:\s+(?:(?:of|for|and|&|al|el|de)\s+)?${CAP}){0,5}`
/** A lower-case broadcast phrase: "state television", "the national telethon", "Iranian state TV". */
const BROADCAST = String.raw`(?:${CAP}\s+)?(?:[\p{Ll}-]+\s+){0,2}(?:${[...BROADCAST_NOUNS].join('|')}|TV)`

const PLATFORM_NAMES = Object.keys(PLATFORMS)
  .map((p) => (p === 'x' ? 'X' : p.replace(/\b\p{L}/gu, (c) => c.toUpperCase())))
  .concat(['TikTok', 'YouTube', 'WhatsApp', 'LinkedIn', 'VKontakte'])
const PLATFORM = new RegExp(
  String.raw`\b(?:on|to|via|in|through|from|across)\s+(?:(?:its|his|her|their|the|a|an|local|official|verified|pro-[\p{L}-]+|[\p{L}-]+[’']s)\s+){0,3}(${PLATFORM_NAMES.join('|')})(?![\p{L}\p{N}])`,
  'gu',
)
const TOLD = new RegExp(
  String.raw`\b(?:told|tells|tell|telling|speaking (?:to|with)|(?:in|during) (?:an? )?(?:exclusive )?(?:interview|comments|remarks|conversation) (?:with|to))\s+(?:the\s+)?(${NAME}|${BROADCAST})`,
  'gu',
)
const BROADCAST_ON = new RegExp(
  String.raw`\b(?:read|broadcast|aired|carried|published|shown|televised|posted|released|said|says|announced|stated|declared|speaking|appeared)\s+(?:on|by)\s+(?:the\s+)?(?:[\p{L}-]+[’']s\s+)?(${NAME}|${BROADCAST})`,
  'gu',
)
const MEDIA_ON = new RegExp(
  String.raw`\b(?:on|via)\s+(?:the\s+)?((?:${CAP}\s+)?(?:state|national|public|local|official)\s+(?:television|TV|radio|media|broadcaster|news agency))`,
  'gu',
)
const VIDEO =
  /\bin (?:an? |his |her |its |their )?(?:[\p{L}-]+ )?((?:video|audio|recorded) (?:statement|message|address|speech|recording))/giu

/** Listeners that are not channels: nobody reports "via reporters". */
const NOT_CHANNELS =
  /^(?:reporters?|journalists?|the press|a news conference|news conference|lawmakers|parliament|congress|the media|media|a briefing|a press conference|press conference|a rally|crowds?|supporters|state)$/iu

/** Words a capitalised match may start with that are not names (the next sentence, a weekday). */
const NOT_NAMES =
  /^(?:On|In|At|The|A|An|He|She|It|They|We|I|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)\b/u

function clean(name: string): string {
  return name
    .replace(/\s+(?:on|in|at|by|late|early|last|this|earlier)(?:\s.*)?$/u, '')
    .replace(/[.,;:’']+$/u, '')
    .replace(/\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/u, '')
    .trim()
}

function kindOf(name: string): SourceKind {
  const k = kindOfName(name)
  return k === 'person' || k === 'organisation' ? 'outlet' : k
}

/**
 * The channel named in `text` between [from, to) (document offsets; `text`
 * is the whole document). Platforms first, then broadcasts and outlets spoken
 * to, then a bare "video statement".
 */
export function findEnglishChannel(text: string, from: number, to: number): ChannelFinding | null {
  const region = text.slice(from, to)
  const found: (ChannelFinding & { rank: number })[] = []
  const push = (re: RegExp, kind: ((name: string) => SourceKind) | SourceKind, rank: number) => {
    re.lastIndex = 0
    for (let m = re.exec(region); m; m = re.exec(region)) {
      const raw = m[1]!
      const name = re === PLATFORM ? (PLATFORMS[raw.toLowerCase()] ?? raw) : clean(raw)
      if (
        !name ||
        NOT_CHANNELS.test(name) ||
        (re !== PLATFORM && re !== VIDEO && NOT_NAMES.test(name) && !/\s/.test(name))
      )
        continue
      const offset = from + m.index
      const nameAt = from + m.index + m[0].lastIndexOf(raw)
      found.push({
        name,
        start: nameAt,
        end: nameAt + name.length,
        kind: typeof kind === 'function' ? kind(name) : kind,
        cue: { kind: 'channel', text: m[0], start: offset, end: offset + m[0].length },
        rank,
      })
    }
  }
  push(PLATFORM, 'social-account', 0)
  push(BROADCAST_ON, kindOf, 1)
  push(TOLD, kindOf, 2)
  push(MEDIA_ON, 'outlet', 3)
  push(VIDEO, 'document', 4)
  if (found.length === 0) return null
  found.sort((a, b) => a.rank - b.rank || a.start - b.start)
  const { rank: _rank, ...best } = found[0]!
  return best
}
