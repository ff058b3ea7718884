// Who a speaker mention refers to: a source in the registry (by name or
// alias), a speaker named earlier ("he", "the Observatory", "the group",
// "Khalil"), or someone new. Indefinite descriptions ("a leading monitoring
// group") wait for a later name of the same kind, and are revised when it comes.
import type { SourceKind } from '../../domain/source'
import type { Mention } from './mention'
import { nameKey } from './text'
import type { RegistrySource, SourceProposal, SuggestedSpeaker } from './types'

interface Entity {
  name: string
  kind: SourceKind
  sourceId: string | null
  role: string
  keys: Set<string>
  aliases: Set<string>
  head: string
  person: boolean
  speaker: boolean
}

/** Classes of organisation a description and a name can share (description words ↔ name words). */
const CLASSES: { description: RegExp; name: RegExp; specific: boolean }[] = [
  {
    description: /\b(monitor|monitoring|watchdog|observatory)\b/,
    name: /\b(observatory|monitor|watch)\b/,
    specific: true,
  },
  { description: /\bministry\b/, name: /\b(ministry|department)\b/, specific: true },
  { description: /\b(army|military)\b/, name: /\b(army|forces|military|command)\b/, specific: true },
  {
    description: /\bagency\b/,
    name: /\b(agency|organi[sz]ation|programme|program|office)\b/,
    specific: true,
  },
  {
    description: /\b(ngo|charity)\b/,
    name: /\b(aid|relief|rescue|charity|foundation|médecins|doctors)\b/,
    specific: true,
  },
  {
    description:
      /\b(paramilitary|militia|rebels?|insurgents?|group|faction|movement|organi[sz]ation|alliance|coalition)\b/,
    name: /./,
    specific: false,
  },
]

export interface Resolution {
  speaker: SuggestedSpeaker
  via: 'registry' | 'back-reference' | 'text'
}

interface Pending {
  mention: Mention
  onResolve: (speaker: SuggestedSpeaker) => void
  classIndex: number
}

/** Modifiers that leave a description generic enough to refer back ("the armed group", "the militant group"). */
const GENERIC_MODIFIERS = new Set(
  'paramilitary armed militant militia rebel rebels islamist jihadist monitoring rights same latter former extremist insurgent'.split(
    ' ',
  ),
)
const lastWord = (s: string) => (/[\p{L}\p{N}]+(?=[^\p{L}\p{N}]*$)/u.exec(s)?.[0] ?? '').toLowerCase()
const wordsOf = (key: string) => key.split(' ').filter(Boolean)
const containsWords = (hay: string, needle: string) => ` ${hay} `.includes(` ${needle} `)

export class Discourse {
  private readonly registryByKey = new Map<string, RegistrySource>()
  private readonly registryNames: { key: string; raw: string; last: string; source: RegistrySource }[] = []
  private entities: Entity[] = [] // most recent last
  private pending: Pending[] = []

  constructor(registry: readonly RegistrySource[]) {
    for (const source of registry) {
      for (const n of [source.name, ...source.aliases]) {
        const key = nameKey(n)
        if (!key) continue
        if (!this.registryByKey.has(key)) this.registryByKey.set(key, source)
        this.registryNames.push({ key, raw: n, last: lastWord(n), source })
      }
    }
    // Longest names first, so "UN Office for the Coordination…" wins over "UN".
    this.registryNames.sort((a, b) => b.key.length - a.key.length)
  }

  registrySource(id: string): RegistrySource | undefined {
    return this.registryNames.find((r) => r.source.id === id)?.source
  }

  /**
   * Start of a registry name (or alias) that ends where a speaker phrase ends
   * and begins before it: commas inside a name ("the Foreign, Commonwealth and
   * Development Office said") cut the phrase short.
   */
  registryNameEndingAt(
    text: string,
    start: number,
    end: number,
  ): { start: number; source: RegistrySource } | null {
    const last = lastWord(text.slice(start, end))
    for (const { key, raw, last: rawLast, source } of this.registryNames) {
      if (rawLast !== last || raw.length <= end - start || raw.length > end) continue
      if (nameKey(text.slice(end - raw.length, end)) === key) return { start: end - raw.length, source }
    }
    return null
  }

  /** A registry source named exactly (name or alias) by `name`. */
  registryMatch(name: string): RegistrySource | undefined {
    return this.registryByKey.get(nameKey(name))
  }

  /** Notes a named organisation seen in the text (not as a speaker), for "the group" later. */
  observe(name: string, kind: SourceKind): void {
    if (kind === 'person') return
    const key = nameKey(name)
    if (!key) return
    const existing = this.findEntity((e) => e.keys.has(key))
    if (existing) {
      this.touch(existing)
      return
    }
    const source = this.registryByKey.get(key)
    this.entities.push(this.entityFor(name, kind, source ?? null, '', false))
  }

  resolve(mention: Mention, onRevise?: (speaker: SuggestedSpeaker) => void): Resolution {
    const key = nameKey(mention.name)
    const textKey = nameKey(mention.text)
    if (mention.pronoun) {
      const want = mention.kind === 'person'
      const e =
        this.findEntity((x) => x.speaker && x.person === want) ?? this.findEntity((x) => x.person === want)
      return e ? this.from(e, mention, 'back-reference') : this.unresolved(mention)
    }
    const registered = this.registryByKey.get(key) ?? this.registryByKey.get(textKey)
    if (registered) return this.from(this.remember(mention, registered), mention, 'registry')
    const known = this.findEntity((e) => e.keys.has(key) || e.keys.has(textKey))
    if (known) return this.from(this.touch(known, mention), mention, known.sourceId ? 'registry' : 'text')

    const words = wordsOf(key)
    if (!mention.description && mention.kind === 'person' && words.length === 1) {
      // "Khalil said": the person named in full earlier.
      const e = this.findEntity((x) => x.person && [...x.keys].some((k) => k.endsWith(` ${key}`)))
      if (e) return this.from(this.touch(e, mention), mention, 'back-reference')
    }
    if (!mention.description && mention.definite && words.length <= 3 && mention.kind !== 'person') {
      // "the Observatory": an organisation named earlier, or in the registry, whose name has these words.
      const e = this.findEntity((x) => !x.person && [...x.keys].some((k) => containsWords(k, key)))
      if (e) return this.from(this.touch(e, mention), mention, 'back-reference')
      const r = this.registryNames.find((n) => containsWords(n.key, key))
      if (r) return this.from(this.remember(mention, r.source), mention, 'registry')
    }
    if (mention.description && mention.definite && words.length <= 2 && mention.kind !== 'person') {
      // "the commission" → the Central Election Commission named earlier or registered.
      const e = this.findEntity(
        (x) => !x.person && x.head === '' && [...x.keys].some((k) => containsWords(k, key)),
      )
      if (e) return this.from(this.touch(e, mention), mention, 'back-reference')
      const r = this.registryNames.find((n) => containsWords(n.key, key))
      if (r) return this.from(this.remember(mention, r.source), mention, 'registry')
    }
    // "the group", "the paramilitary group": a bare or generic description refers back; "the health ministry" is someone new.
    const generic = words.slice(0, -1).every((w) => GENERIC_MODIFIERS.has(w))
    if (mention.description && mention.definite && words.length <= 3 && generic) {
      const e =
        this.findEntity((x) => x.speaker && x.head !== '' && x.head === mention.head) ??
        this.findEntity((x) => !x.person && x.kind !== 'outlet' && this.compatible(mention.name, x.name) >= 0)
      if (e && (e.person === (mention.kind === 'person') || !e.person))
        return this.from(this.touch(e, mention), mention, 'back-reference')
    }
    if (mention.kind !== 'person' || mention.description) {
      // "a United Nations official" speaks for the United Nations.
      const inner = this.registryNames.find((n) => n.key.length > 2 && containsWords(textKey, n.key))
      if (inner) {
        const role = mention.role || mention.name
        return this.from(this.remember({ ...mention, role }, inner.source), { ...mention, role }, 'registry')
      }
    }
    const entity = this.entityFor(mention.name, mention.kind, null, mention.role, true)
    entity.head = mention.description ? mention.head : ''
    entity.keys.add(textKey)
    this.entities.push(entity)
    if (!mention.description) this.settlePending(entity)
    else if (mention.indefinite && onRevise) {
      const classIndex = CLASSES.findIndex((c) => c.specific && c.description.test(key))
      if (classIndex !== -1) this.pending.push({ mention, onResolve: onRevise, classIndex })
    }
    return this.from(entity, mention, 'text')
  }

  /** Index of the organisation class a description and a name share, or -1. */
  private compatible(description: string, name: string): number {
    const d = nameKey(description)
    const n = nameKey(name)
    return CLASSES.findIndex((c) => c.description.test(d) && c.name.test(n))
  }

  private settlePending(entity: Entity): void {
    if (entity.person) return
    this.pending = this.pending.filter((p) => {
      if (!CLASSES[p.classIndex]!.name.test(nameKey(entity.name))) return true
      entity.aliases.add(p.mention.name)
      if (!entity.role) entity.role = p.mention.name
      p.onResolve(this.speakerOf(entity, p.mention))
      return false
    })
  }

  private findEntity(test: (e: Entity) => boolean): Entity | undefined {
    for (let i = this.entities.length - 1; i >= 0; i--) if (test(this.entities[i]!)) return this.entities[i]
    return undefined
  }

  private touch(e: Entity, mention?: Mention): Entity {
    this.entities = this.entities.filter((x) => x !== e)
    this.entities.push(e)
    if (mention) {
      e.speaker = true
      if (!mention.pronoun) {
        e.keys.add(nameKey(mention.name))
        if (nameKey(mention.name) !== nameKey(e.name)) e.aliases.add(mention.name)
      }
      if (!e.role && mention.role) e.role = mention.role
      if (!e.head && mention.description) e.head = mention.head
    }
    if (!e.sourceId && !e.person) this.settlePending(e)
    return e
  }

  private entityFor(
    name: string,
    kind: SourceKind,
    source: RegistrySource | null,
    role: string,
    speaker: boolean,
  ): Entity {
    const keys = new Set([nameKey(name)])
    if (source) for (const n of [source.name, ...source.aliases]) keys.add(nameKey(n))
    return {
      name: source?.name ?? name,
      kind,
      sourceId: source?.id ?? null,
      role,
      keys,
      aliases: new Set(),
      head: '',
      person: kind === 'person',
      speaker,
    }
  }

  private remember(mention: Mention, source: RegistrySource): Entity {
    const existing = this.findEntity((e) => e.sourceId === source.id)
    if (existing) return this.touch(existing, mention)
    const e = this.entityFor(source.name, mention.kind, source, mention.role, true)
    e.keys.add(nameKey(mention.name))
    e.head = mention.description ? mention.head : ''
    this.entities.push(e)
    this.settlePending(e)
    return e
  }

  private from(e: Entity, mention: Mention, via: Resolution['via']): Resolution {
    return { speaker: this.speakerOf(e, mention), via }
  }

  private speakerOf(e: Entity, mention: Mention): SuggestedSpeaker {
    const role = mention.role || e.role
    const proposal: SourceProposal | null = e.sourceId
      ? null
      : {
          name: e.name,
          kind: e.kind,
          aliases: [...e.aliases].filter((a) => nameKey(a) !== nameKey(e.name)),
          notes: role ? `Role in the text: ${role}` : '',
        }
    return { name: e.name, mention: mention.text, role, kind: e.kind, sourceId: e.sourceId, proposal }
  }

  private unresolved(mention: Mention): Resolution {
    return {
      speaker: {
        name: mention.text,
        mention: mention.text,
        role: '',
        kind: mention.kind,
        sourceId: null,
        proposal: null,
      },
      via: 'text',
    }
  }
}
