// The sources section of a briefing: every source behind the cited claims
// with its reliability, partisan flag and what it relays, grouped into the
// independent origins the corroboration rules find, so the briefing counts
// exactly as the app does (the same analyseClaims, on the cited claims).
import type { CorroborationIndex, OriginAnalysis } from '../analysis/corroboration'
import { analyseClaims } from '../analysis/corroboration'
import type { ClaimRecord } from '../domain/claim'
import type { ClaimId, SourceId } from '../domain/ids'
import { sourceKindLabel } from '../domain/source'
import type { BriefingModel, ModelSource } from './briefing-types'

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`
const list = (names: string[]) =>
  names.length < 2 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`

export interface SourcingCounts {
  independent: number
  confirming: number
  /** Names of the independent origins, in order. */
  origins: string[]
  /** Names of the parties to the conflict (or interested sources) set aside. */
  parties: string[]
  relaying: number
  unattributed: number
}

/** One sentence on the sourcing: how many independent origins, which, how many set aside. */
export function sourcingSentence(c: SourcingCounts): string {
  const parts: string[] = []
  if (c.independent === 0)
    parts.push(
      c.parties.length
        ? 'No independent origin backs the cited claims'
        : 'None of the cited claims rests on a named source',
    )
  else
    parts.push(
      `The cited claims rest on ${plural(c.independent, 'independent origin', 'independent origins')} (${list(c.origins)}), ${
        c.confirming === c.independent
          ? c.independent === 1
            ? 'graded C or better'
            : 'all graded C or better'
          : `${c.confirming} of them graded C or better`
      }`,
    )
  if (c.parties.length)
    parts.push(`set aside as a party to the conflict or an interested source: ${list(c.parties)}`)
  if (c.relaying)
    parts.push(c.relaying === 1 ? '1 source relays another' : `${c.relaying} sources relay others`)
  if (c.unattributed && (c.independent || c.parties.length))
    parts.push(`${plural(c.unattributed, 'cited claim names', 'cited claims name')} no source`)
  return `${parts.join('; ')}.`
}

const reasonLabel = {
  withdrawn: 'Not counted: retracted or refuted',
  partisan: 'Set aside: party to the conflict',
  interest: 'Set aside: stated interest',
  'partisan-channel': 'Set aside: partisan channel',
  unattributed: 'Not counted',
} as const

export function briefingSources(
  index: CorroborationIndex,
  cited: readonly ClaimRecord[],
  numberOf: ReadonlyMap<ClaimId, number>,
): Omit<BriefingModel['sources'], 'documents'> {
  const analysis: OriginAnalysis = analyseClaims(index, cited)
  const name = (id: SourceId) => index.sources.get(id)?.name ?? 'Unknown source'
  const numbers = (ids: readonly ClaimId[]) => ids.map((id) => numberOf.get(id)!).sort((a, b) => a - b)

  // How many cited claims rest on each source: attributed to it, reported via it, or relaying it.
  const counts = new Map<SourceId, number>()
  for (const c of cited) {
    const behind = new Set<SourceId>()
    for (const id of [c.attributedTo, c.reportedVia]) if (id) index.chainOf(id).forEach((s) => behind.add(s))
    for (const s of behind) counts.set(s, (counts.get(s) ?? 0) + 1)
  }
  // Group order: origin by origin, then the set-aside claims' sources; each source once.
  const countedAs = new Map<SourceId, string>()
  analysis.origins.forEach((o, i) => {
    const how = new Map(
      o.folded.map((f) => [f.id, f.rule === 'relays' ? ' (a relay)' : ' (joined through a channel)']),
    )
    for (const s of o.sources)
      if (!countedAs.has(s)) countedAs.set(s, `Independent origin ${i + 1}: ${o.name}${how.get(s) ?? ''}`)
  })
  for (const s of analysis.setAside) {
    const claim = index.claims.get(s.claimId)!
    for (const id of [claim.attributedTo, claim.reportedVia])
      if (id)
        for (const c of index.chainOf(id)) if (!countedAs.has(c)) countedAs.set(c, reasonLabel[s.reason])
  }
  const items: ModelSource[] = [...countedAs].map(([id, counted]) => {
    const s = index.sources.get(id)!
    return {
      id,
      name: s.name,
      kindLabel: sourceKindLabel(s.kind),
      reliability: s.defaultReliability,
      claimCount: counts.get(id) ?? 0,
      partisan: s.partisan,
      relays: s.relays && index.sources.has(s.relays) ? name(s.relays) : null,
      countedAs: counted,
    }
  })
  const partyIds = [
    ...new Set(analysis.setAside.filter((s) => s.reason !== 'withdrawn').flatMap((s) => s.sources)),
  ]
  const tally: SourcingCounts = {
    independent: analysis.origins.length,
    confirming: analysis.confirming.length,
    origins: analysis.origins.map((o) => o.name),
    parties: partyIds.map(name),
    relaying: items.filter((s) => s.relays !== null).length,
    unattributed: analysis.unattributed.length,
  }
  return {
    items,
    origins: analysis.origins.map((o) => ({
      name: o.name,
      grade: o.grade,
      confirms: o.confirms,
      sources: o.sources.map(name),
      footnotes: numbers(o.claimIds),
    })),
    setAside: analysis.setAside.map((s) => ({
      footnote: numberOf.get(s.claimId)!,
      sources: s.sources.map(name),
      why: s.why,
    })),
    independent: tally.independent,
    confirming: tally.confirming,
    relaying: tally.relaying,
    unattributed: tally.unattributed,
    summary: sourcingSentence(tally),
  }
}
