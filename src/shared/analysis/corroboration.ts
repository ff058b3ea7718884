// Corroboration that means something: which independent origins back a claim,
// which relays and channels fold into them, which parties to the conflict are
// set aside, and what the analyst may want to do about it, each with its
// reason. Built for a whole case at once: buildCorroborationIndex groups
// 100,000 claims in one pass (union-find over "corroborates" links), and a
// claim's answer then costs time in proportion to its own group, computed
// once per group and shared by its members. The rules themselves, with the
// text the analyst is shown, are in corroboration-rules.ts.
import type { ClaimRecord } from '../domain/claim'
import type { ClaimId, SourceId } from '../domain/ids'
import type { Reliability } from '../domain/scales'
import type { SourceRecord } from '../domain/source'
import {
  CONFIRMATION_THRESHOLD,
  better,
  claimSourcing,
  gradeConfirms,
  relayChain,
  type ClaimSourcing,
  type CorroborationRuleId,
  type SetAsideReason,
  type Why,
} from './corroboration-rules'
import { KeyedUnionFind, UnionFind } from './union-find'

export * from './corroboration-rules'

/** A source folded into an origin, and why it is not counted on its own. */
export interface FoldedSource {
  id: SourceId
  name: string
  rule: 'relays' | 'channel'
  why: string
}

/** One independent origin: every source joined to it by relays or channels counts once. */
export interface IndependentOrigin {
  /** The origin named first: where the first claim resting on it comes from. */
  id: SourceId
  name: string
  /** Every source in it, the named origin first. */
  sources: SourceId[]
  folded: FoldedSource[]
  /** The best grade among its claims (each graded by its weakest link); null when none is graded. */
  grade: Reliability | null
  /** Graded C or better: it counts towards confirmation. */
  confirms: boolean
  claimIds: ClaimId[]
}

/** A claim that does not count towards confirmation, and why. */
export interface SetAsideClaim {
  claimId: ClaimId
  reason: SetAsideReason
  /** The partisan or interested sources (or the source of a withdrawn claim). */
  sources: SourceId[]
  why: string
}

/** What a set of claims rests on: the result every view and export shares. */
export interface OriginAnalysis {
  origins: IndependentOrigin[]
  /** The origins graded C or better. */
  confirming: IndependentOrigin[]
  /** Claims reported by a party to the conflict, with a stated interest, or withdrawn. */
  setAside: SetAsideClaim[]
  /** Claims that name no source. */
  unattributed: ClaimId[]
  why: Why[]
}

export type Suggestion =
  | { kind: 'confirm'; rule: 'grade'; origins: SourceId[]; message: string }
  | { kind: 'unconfirmed'; rule: 'grade'; message: string }
  | { kind: 'party'; rule: 'party'; sources: SourceId[]; message: string }
  | { kind: 'conflict'; rule: 'conflict'; claimIds: ClaimId[]; message: string }

/** Everything the app says about one claim's corroboration. */
export interface ClaimCorroboration extends OriginAnalysis {
  claimId: ClaimId
  /** Every claim of its corroborating group, itself included, in case order. */
  group: ClaimId[]
  /** Why this claim itself is set aside, or null when it counts. */
  own: SetAsideClaim | null
  /** Claims that contradict it or that it contradicts. */
  conflicts: ClaimId[]
  suggestions: Suggestion[]
}

export interface CorroborationIndex {
  readonly claims: ReadonlyMap<ClaimId, ClaimRecord>
  readonly sources: ReadonlyMap<SourceId, SourceRecord>
  /** The relay chain of a source (memoised). */
  chainOf(id: SourceId): readonly SourceId[]
  /** The claims of a claim's corroborating group, in case order; [] for an unknown claim. */
  groupOf(id: ClaimId): readonly ClaimRecord[]
  /** Claims joined to it by "contradicts", in either direction. */
  contradictionsOf(id: ClaimId): readonly ClaimRecord[]
  /** The analysis of a claim's corroborating group, computed once per group and shared by its members. */
  groupAnalysisOf(id: ClaimId): GroupAnalysis | undefined
}

/** A group's origin analysis, with what every member shows alike. */
export interface GroupAnalysis extends OriginAnalysis {
  group: ClaimId[]
  setAsideOf: ReadonlyMap<ClaimId, SetAsideClaim>
}

const quote = (s: string) => `“${s.length > 80 ? `${s.slice(0, 79)}…` : s}”`
const list = (names: string[]) =>
  names.length < 2 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`
const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`

/**
 * Indexes a case once: claim groups over "corroborates" links (symmetric and
 * transitive), "contradicts" links in both directions, memoised relay chains.
 * Links to claims that no longer exist are ignored.
 */
export function buildCorroborationIndex(
  claimList: readonly ClaimRecord[],
  sourceList: readonly SourceRecord[],
): CorroborationIndex {
  const claims = new Map(claimList.map((c) => [c.id, c]))
  const sources = new Map(sourceList.map((s) => [s.id, s]))
  const position = new Map<ClaimId, number>()
  claimList.forEach((c, i) => position.set(c.id, i))

  const sets = new UnionFind(claimList.length)
  const contradictions = new Map<number, Set<number>>()
  const contradict = (a: number, b: number) => {
    if (!contradictions.has(a)) contradictions.set(a, new Set())
    contradictions.get(a)!.add(b)
  }
  claimList.forEach((c, i) => {
    for (const link of c.links) {
      const j = position.get(link.target)
      if (j === undefined || j === i) continue
      if (link.type === 'corroborates') sets.union(i, j)
      else if (link.type === 'contradicts') {
        contradict(i, j)
        contradict(j, i)
      }
    }
  })
  // Members of every group larger than one, in case order; singletons need no list.
  const members = new Map<number, number[]>()
  claimList.forEach((_, i) => {
    if (sets.sizeOf(i) === 1) return
    const root = sets.find(i)
    if (!members.has(root)) members.set(root, [])
    members.get(root)!.push(i)
  })

  const chains = new Map<SourceId, SourceId[]>()
  const chainOf = (id: SourceId) => {
    let chain = chains.get(id)
    if (!chain) chains.set(id, (chain = relayChain(id, sources)))
    return chain
  }
  const groupIndices = (i: number) => members.get(sets.find(i)) ?? [i]
  const analyses = new Map<number, GroupAnalysis>()

  return {
    claims,
    sources,
    chainOf,
    groupOf(id) {
      const i = position.get(id)
      return i === undefined ? [] : groupIndices(i).map((j) => claimList[j]!)
    },
    contradictionsOf(id) {
      const i = position.get(id)
      return i === undefined ? [] : [...(contradictions.get(i) ?? [])].map((j) => claimList[j]!)
    },
    groupAnalysisOf(id) {
      const i = position.get(id)
      if (i === undefined) return undefined
      const root = sets.find(i)
      let analysis = analyses.get(root)
      if (!analysis)
        analyses.set(
          root,
          (analysis = analyseGroup(
            this,
            groupIndices(i).map((j) => claimList[j]!),
          )),
        )
      return analysis
    },
  }
}

function setAsideWhy(s: ClaimSourcing, claim: ClaimRecord, name: (id: SourceId) => string): string {
  const who = list(s.setAside!.sources.map(name))
  switch (s.setAside!.reason) {
    case 'unattributed':
      return `${quote(claim.statement)} names no source, so it cannot count as one.`
    case 'withdrawn':
      return `${quote(claim.statement)} is ${claim.status}: it backs nothing.`
    case 'partisan':
      return `${who} ${s.setAside!.sources.length === 1 ? 'is a party' : 'are parties'} to the conflict: ${quote(claim.statement)} counts only as reported by a party to the conflict, never towards confirmation.`
    case 'interest':
      return `${who} has a stated interest in ${quote(claim.statement)}: it never counts towards confirmation.`
    case 'partisan-channel':
      return `${quote(claim.statement)} reached us through ${who}, a party to the conflict: it never counts towards confirmation.`
  }
}

/**
 * The independent origins behind a set of claims (a corroborating group, or
 * the claims a briefing cites). Claims set aside are left out first; the
 * sources of the rest are joined along relay chains and between each claim's
 * source and its channel, and each joined set is one origin.
 */
export function analyseClaims(index: CorroborationIndex, claims: readonly ClaimRecord[]): OriginAnalysis {
  const name = (id: SourceId) => index.sources.get(id)?.name ?? 'an unknown source'
  const why: Why[] = []
  const say = (rule: CorroborationRuleId, text: string) => why.push({ rule, text })
  const setAside: SetAsideClaim[] = []
  const unattributed: ClaimId[] = []
  const counted: { claim: ClaimRecord; sourcing: ClaimSourcing }[] = []
  for (const claim of claims) {
    const sourcing = claimSourcing(claim, index.chainOf, index.sources)
    if (sourcing.setAside?.reason === 'unattributed') unattributed.push(claim.id)
    else if (sourcing.setAside) {
      const text = setAsideWhy(sourcing, claim, name)
      setAside.push({ claimId: claim.id, ...sourcing.setAside, why: text })
      say(sourcing.setAside.reason === 'withdrawn' ? 'withdrawn' : 'party', text)
    } else counted.push({ claim, sourcing })
  }

  const sets = new KeyedUnionFind<SourceId>()
  const folded = new Map<SourceId, FoldedSource>()
  for (const { claim, sourcing } of counted) {
    const { speaker, channel } = sourcing
    const origin = speaker.at(-1)!
    sets.add(speaker[0]!)
    // Relay chains: each source joins the one it relays.
    speaker.forEach((s, k) => k && sets.union(speaker[k - 1]!, s))
    channel.forEach((s, k) => sets.union(k ? channel[k - 1]! : speaker[0]!, s))
    // Why each source that is not the origin's name is folded in (recorded once).
    const fold = (id: SourceId, rule: FoldedSource['rule'], text: string) => {
      if (!folded.has(id)) folded.set(id, { id, name: name(id), rule, why: text })
    }
    speaker
      .slice(0, -1)
      .forEach((s, k) =>
        fold(
          s,
          'relays',
          `${name(s)} relays ${name(speaker[k + 1]!)}: counted with ${name(origin)}, not as a second source.`,
        ),
      )
    if (channel.length) {
      const carried = `${name(speaker[0]!)} reached us through ${name(channel[0]!)} (${quote(claim.statement)}): a channel and what it carries are one origin.`
      fold(channel[0]!, 'channel', carried)
      fold(origin, 'channel', carried)
      channel
        .slice(1)
        .forEach((s, k) =>
          fold(
            s,
            'relays',
            `${name(channel[k]!)}, the channel, relays ${name(s)}: they count as one origin with ${name(speaker[0]!)}.`,
          ),
        )
    }
  }

  const byRoot = new Map<SourceId, IndependentOrigin>()
  const members = new Map<IndependentOrigin, Set<SourceId>>()
  // How many claims each source at the end of a relay chain speaks in, per origin: the origin is named after the most.
  const speakers = new Map<IndependentOrigin, Map<SourceId, number>>()
  const origins: IndependentOrigin[] = []
  for (const { claim, sourcing } of counted) {
    const root = sets.find(sourcing.speaker[0]!)
    let origin = byRoot.get(root)
    if (!origin) {
      origin = { id: root, name: '', sources: [], folded: [], grade: null, confirms: false, claimIds: [] }
      byRoot.set(root, origin)
      members.set(origin, new Set())
      speakers.set(origin, new Map())
      origins.push(origin)
    }
    const counts = speakers.get(origin)!
    const speaker = sourcing.speaker.at(-1)!
    counts.set(speaker, (counts.get(speaker) ?? 0) + 1)
    origin.claimIds.push(claim.id)
    origin.grade = better(origin.grade, sourcing.grade)
    const seen = members.get(origin)!
    for (const s of [...sourcing.speaker, ...sourcing.channel])
      if (!seen.has(s)) {
        seen.add(s)
        origin.sources.push(s)
      }
  }
  // Names and order do not depend on the order claims come in: an origin is
  // named after the source most of its claims come from (then by name), and
  // origins are listed best graded first, then by name.
  const byName = (a: SourceId, b: SourceId) => name(a).localeCompare(name(b)) || a.localeCompare(b)
  for (const origin of origins) {
    const counts = speakers.get(origin)!
    origin.id = [...counts.keys()].sort((a, b) => counts.get(b)! - counts.get(a)! || byName(a, b))[0]!
    origin.name = name(origin.id)
    origin.sources.sort((a, b) => (a === origin.id ? -1 : b === origin.id ? 1 : byName(a, b)))
  }
  const rank = (g: Reliability | null) => (g === null ? 6 : 'ABCDEF'.indexOf(g))
  origins.sort((a, b) => rank(a.grade) - rank(b.grade) || byName(a.id, b.id))
  for (const origin of origins) {
    origin.folded = origin.sources.flatMap((s) => {
      const f = folded.get(s)
      return f && s !== origin.id ? [f] : []
    })
    origin.confirms = gradeConfirms(origin.grade)
    for (const f of origin.folded) say(f.rule, f.why)
    say(
      'grade',
      origin.grade === null
        ? `${origin.name} is an independent origin, but it (or a source its claims passed through) is not graded, so it does not count towards confirmation.`
        : `${origin.name} is an independent origin graded ${origin.grade}${origin.confirms ? '' : ', below C, so it does not count towards confirmation'}.`,
    )
  }
  return { origins, confirming: origins.filter((o) => o.confirms), setAside, unattributed, why }
}

/** A group's analysis with the reasoning its members share: computed once per group. */
function analyseGroup(index: CorroborationIndex, claims: readonly ClaimRecord[]): GroupAnalysis {
  const analysis = analyseClaims(index, claims)
  const n = analysis.confirming.length
  const why: Why[] = [
    ...(claims.length > 1
      ? [
          {
            rule: 'group' as const,
            text: `${plural(claims.length, 'claim corroborates', 'claims corroborate')} one another, directly or through others: each shows the same independent origins.`,
          },
        ]
      : []),
    ...analysis.why,
    {
      rule: 'grade',
      text: `Confirmation needs at least ${CONFIRMATION_THRESHOLD} independent origins graded C or better; ${n === 0 ? 'none backs' : n === 1 ? '1 backs' : `${n} back`} this claim.`,
    },
  ]
  return {
    ...analysis,
    why,
    group: claims.map((c) => c.id),
    setAsideOf: new Map(analysis.setAside.map((s) => [s.claimId, s])),
  }
}

/**
 * Everything the app shows for one claim, or undefined for a claim not in the
 * index. The group's part is shared (do not mutate it); only the claim's own
 * flag, conflicts and suggestions are worked out per claim.
 */
export function corroborationFor(index: CorroborationIndex, id: ClaimId): ClaimCorroboration | undefined {
  const claim = index.claims.get(id)
  const analysis = index.groupAnalysisOf(id)
  if (!claim || !analysis) return undefined
  const name = (s: SourceId) => index.sources.get(s)?.name ?? 'an unknown source'
  const { group, confirming } = analysis
  const own = analysis.setAsideOf.get(id) ?? null
  const conflicts = index.contradictionsOf(id)
  const suggestions: Suggestion[] = []
  const shared =
    group.length > 1
      ? ` (with ${plural(group.length - 1, 'corroborating claim', 'corroborating claims')})`
      : ''

  if (own && (own.reason === 'partisan' || own.reason === 'interest' || own.reason === 'partisan-channel'))
    suggestions.push({
      kind: 'party',
      rule: 'party',
      sources: own.sources,
      message: `Reported by a party to the conflict (${list(own.sources.map(name))}): it does not count towards confirmation${analysis.origins.length ? '' : ', and no independent source backs it'}.`,
    })
  if (confirming.length >= CONFIRMATION_THRESHOLD && claim.credibility !== '1')
    suggestions.push({
      kind: 'confirm',
      rule: 'grade',
      origins: confirming.map((o) => o.id),
      message: `Backed by ${confirming.length} independent origins graded C or better${shared}: ${list(confirming.map((o) => `${o.name} (${o.grade})`))}. Credibility 1, “Confirmed by other sources”, may apply.`,
    })
  if (confirming.length < CONFIRMATION_THRESHOLD && claim.credibility === '1')
    suggestions.push({
      kind: 'unconfirmed',
      rule: 'grade',
      message: `Graded 1, “Confirmed by other sources”, but ${confirming.length === 0 ? 'no independent origin' : 'only 1 independent origin'} graded C or better backs it${shared}.`,
    })
  if (conflicts.length)
    suggestions.push({
      kind: 'conflict',
      rule: 'conflict',
      claimIds: conflicts.map((c) => c.id),
      message: `In conflict with ${list(conflicts.map((c) => `${quote(c.statement)}${c.attributedTo ? ` (${name(c.attributedTo)})` : ''}`))}.`,
    })
  const why = conflicts.length
    ? [
        ...analysis.why,
        ...conflicts.map((c) => ({
          rule: 'conflict' as const,
          text: `${quote(c.statement)} contradicts it: the conflict shows on both claims.`,
        })),
      ]
    : analysis.why
  return {
    origins: analysis.origins,
    confirming,
    setAside: analysis.setAside,
    unattributed: analysis.unattributed,
    why,
    claimId: id,
    group,
    own,
    conflicts: conflicts.map((c) => c.id),
    suggestions,
  }
}
