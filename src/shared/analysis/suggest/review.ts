// The suggestions as the analyst reviews them: checked again against the
// registry as it stands now (a source accepted a moment ago is no longer
// "new"), the document's outlet offered as the channel when the text names
// none, and the ones already dealt with (rejected, or resting under a claim)
// left out. Pure: the panel calls it on every change of the registry.
import { nameKey } from './text'
import type { RegistrySource, SourceProposal, SuggestedChannel, SuggestedSpeaker, Suggestion } from './types'

/** A suggestion with sources resolved against today's registry. */
export interface ReviewedSuggestion extends Suggestion {
  /** The channel is the document's outlet, not a channel the text names. */
  channelFromOutlet: boolean
}

export interface Span {
  start: number
  end: number
}

/** Looks names and aliases up the way the engine matches them (case, articles, punctuation folded). */
export function registryIndex(registry: readonly RegistrySource[]) {
  const byId = new Map(registry.map((s) => [s.id, s]))
  const byKey = new Map<string, RegistrySource>()
  for (const s of registry)
    for (const n of [s.name, ...s.aliases]) {
      const key = nameKey(n)
      if (key && !byKey.has(key)) byKey.set(key, s)
    }
  return {
    get: (id: string) => byId.get(id),
    find: (...names: string[]) => {
      for (const n of names) {
        const hit = byKey.get(nameKey(n))
        if (hit) return hit
      }
      return undefined
    },
  }
}
type RegistryIndex = ReturnType<typeof registryIndex>

const roleNote = (role: string) => (role ? `Role in the text: ${role}` : '')

/** A source reference checked against the registry: matched by id or name, else a proposal to create. */
function settle<
  T extends {
    name: string
    kind: SourceProposal['kind']
    sourceId: string | null
    proposal: SourceProposal | null
  },
>(ref: T, index: RegistryIndex, notes: string): T {
  const stillThere = ref.sourceId ? index.get(ref.sourceId) : undefined
  if (stillThere) return ref
  const found = index.find(ref.proposal?.name ?? ref.name, ...(ref.proposal?.aliases ?? []))
  if (found) return { ...ref, name: found.name, sourceId: found.id, proposal: null }
  // Unknown, or matched a source that has since been deleted: propose it again.
  const proposal = ref.proposal ?? { name: ref.name, kind: ref.kind, aliases: [], notes }
  return { ...ref, sourceId: null, proposal }
}

/**
 * The suggestion against the registry as it stands: speaker, channel and the
 * source a channel relays are matched by id, name or alias, else proposed as
 * new. With no channel in the text, the document's outlet is the channel
 * (the claim reached the analyst through it), unless the outlet is the speaker.
 */
export function reviewSuggestion(
  s: Suggestion,
  registry: readonly RegistrySource[] | RegistryIndex,
  outlet = '',
): ReviewedSuggestion {
  const index = Array.isArray(registry) ? registryIndex(registry) : (registry as RegistryIndex)
  const speaker: SuggestedSpeaker | null = s.speaker
    ? settle(s.speaker, index, roleNote(s.speaker.role))
    : null
  let channel: SuggestedChannel | null = s.channel ? settle(s.channel, index, '') : null
  if (channel?.relayOf) {
    const relayed = channel.relayOf
    const source = (relayed.sourceId && index.get(relayed.sourceId)) || index.find(relayed.name)
    channel = { ...channel, relayOf: { name: source?.name ?? relayed.name, sourceId: source?.id ?? null } }
  }
  let channelFromOutlet = false
  const outletName = outlet.trim()
  if (!channel && s.attributed && speaker && outletName) {
    const source = index.find(outletName)
    const sameAsSpeaker = source
      ? source.id === speaker.sourceId
      : nameKey(outletName) === nameKey(speaker.name)
    if (!sameAsSpeaker) {
      channelFromOutlet = true
      channel = {
        name: source?.name ?? outletName,
        kind: 'outlet',
        sourceId: source?.id ?? null,
        proposal: source ? null : { name: outletName, kind: 'outlet', aliases: [], notes: '' },
      }
    }
  }
  return { ...s, speaker, channel, channelFromOutlet }
}

/**
 * `reviewSuggestion` against one registry and outlet, remembering each
 * suggestion's review: a long document's list is reviewed again every time
 * it grows, and most of it has not changed.
 */
export function reviewer(
  registry: readonly RegistrySource[],
  outlet = '',
): (s: Suggestion) => ReviewedSuggestion {
  const index = registryIndex(registry)
  const cache = new WeakMap<Suggestion, ReviewedSuggestion>()
  return (s) => {
    let reviewed = cache.get(s)
    if (!reviewed) cache.set(s, (reviewed = reviewSuggestion(s, index, outlet)))
    return reviewed
  }
}

/** Whether a passage overlaps any of the spans (sorted by start or not). */
export function overlapsAny(span: Span, spans: readonly Span[]): boolean {
  return spans.some((o) => o.start < span.end && span.start < o.end)
}

/**
 * The suggestions still to review, in text order: not rejected, and not
 * resting on a passage a claim already covers (accepted here, or recorded by
 * hand), so an accepted suggestion that comes back in a later run stays out.
 */
export function pendingSuggestions<S extends Suggestion>(
  all: readonly S[],
  rejected: ReadonlySet<string>,
  claimSpans: readonly Span[],
): S[] {
  const spans = [...claimSpans].sort((a, b) => a.start - b.start)
  // Longest claim span so far, so one binary search finds every span that can overlap.
  const reach: number[] = []
  for (const [i, sp] of spans.entries()) reach.push(Math.max(sp.end, reach[i - 1] ?? -Infinity))
  const covered = (s: Span) => {
    // The last span starting before s.end; any overlapping span starts before s.end too.
    let lo = 0
    let hi = spans.length
    while (lo < hi) {
      const mid = (lo + hi) >>> 1
      if (spans[mid]!.start < s.end) lo = mid + 1
      else hi = mid
    }
    return lo > 0 && reach[lo - 1]! > s.start
  }
  return all.filter((s) => !rejected.has(s.id) && !covered(s))
}
