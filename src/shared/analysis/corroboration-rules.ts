// The rules of corroboration, one by one, each with the reason ("why?") the
// analyst is shown beside a suggestion, and the per-claim rules that need no
// other claim: where a claim's information comes from (relay chains and the
// "reported via" channel), whether it is set aside (a party to the conflict,
// a stated interest, a withdrawn claim) and how reliable its path is.
import { effectiveReliability, type ClaimRecord } from '../domain/claim'
import type { ClaimId, SourceId } from '../domain/ids'
import type { Reliability } from '../domain/scales'
import type { SourceRecord } from '../domain/source'

export const corroborationRules = {
  relays: {
    title: 'A relay is not a second source',
    why: 'A source that passes on what another says adds no independent evidence: an outlet repeating a monitoring group is the same source twice. Its claims count under the source it relays, however long the chain.',
  },
  channel: {
    title: 'A channel and what it carries are one origin',
    why: 'A claim that reached us through a channel ("reported via") may have been chosen or shaped by that channel, so the channel and the source it carried are never counted as two independent sources.',
  },
  party: {
    title: 'A party to the conflict does not confirm',
    why: 'A partisan source, a source with a stated interest in the claim, or a partisan channel may be saying what serves it. Such a claim is shown as reported by a party to the conflict and never counts towards confirmation.',
  },
  withdrawn: {
    title: 'A retracted or refuted claim backs nothing',
    why: 'A claim its source has retracted, or that has been shown false, does not count towards confirming another.',
  },
  group: {
    title: 'Corroboration is shared',
    why: '"Corroborates" links work both ways and chain: every claim joined this way, directly or through others, is backed by the same independent origins.',
  },
  grade: {
    title: 'Only origins graded C or better confirm',
    why: 'Credibility 1, "Confirmed by other sources", is suggested only when at least two independent origins graded C (fairly reliable) or better back the claim. A relayed or channelled report is only as reliable as the least reliable source it passed through.',
  },
  conflict: {
    title: 'A contradiction shows on both claims',
    why: 'A "contradicts" link raises a conflict on both claims, whichever of them it was recorded on.',
  },
} as const
export type CorroborationRuleId = keyof typeof corroborationRules

/** One line of the "why?" behind what the app says, and the rule it applies. */
export interface Why {
  rule: CorroborationRuleId
  text: string
}

/** How many origins graded C or better confirmation needs. */
export const CONFIRMATION_THRESHOLD = 2
const gradeOrder = 'ABCDEF'
/** A, B and C count towards confirmation; D, E, F and ungraded do not. */
export const gradeConfirms = (g: Reliability | null): boolean => g !== null && gradeOrder.indexOf(g) <= 2
const worse = (a: Reliability, b: Reliability): Reliability =>
  gradeOrder.indexOf(a) >= gradeOrder.indexOf(b) ? a : b
export const better = (a: Reliability | null, b: Reliability | null): Reliability | null =>
  a === null ? b : b === null ? a : gradeOrder.indexOf(a) <= gradeOrder.indexOf(b) ? a : b

/**
 * The source, then the source it relays, and so on to the origin. Stops at a
 * source missing from the registry and where a cycle closes, so every chain
 * ends.
 */
export function relayChain(id: SourceId, sources: ReadonlyMap<SourceId, SourceRecord>): SourceId[] {
  const chain: SourceId[] = []
  const seen = new Set<SourceId>()
  for (let cur: SourceId | null | undefined = id; cur && sources.has(cur) && !seen.has(cur);) {
    seen.add(cur)
    chain.push(cur)
    cur = sources.get(cur)!.relays
  }
  return chain
}

/** The source at the end of a relay chain (the source itself when it relays nobody). */
export const originOf = (id: SourceId, sources: ReadonlyMap<SourceId, SourceRecord>): SourceId =>
  relayChain(id, sources).at(-1) ?? id

export type SetAsideReason = 'unattributed' | 'withdrawn' | 'partisan' | 'interest' | 'partisan-channel'

/** Where one claim's information comes from, and whether and how it may count. */
export interface ClaimSourcing {
  claimId: ClaimId
  /** The relay chain of the source that made the claim (the channel's, when only a channel is named). */
  speaker: SourceId[]
  /** The relay chain of the channel it reached us through; empty when none. */
  channel: SourceId[]
  /** Why the claim does not count towards confirmation, or null when it does. */
  setAside: { reason: SetAsideReason; sources: SourceId[] } | null
  /** The least reliable grade on its path (the claim's own grade for its source); null when a link is ungraded. */
  grade: Reliability | null
  /** Sources on its path without a grade. */
  ungraded: SourceId[]
}

/**
 * Applies the per-claim rules: relay chains (rule "relays"), the channel
 * (rule "channel"), parties and interests (rule "party"), withdrawn claims
 * (rule "withdrawn") and the weakest-link grade (rule "grade").
 */
export function claimSourcing(
  claim: ClaimRecord,
  chainOf: (id: SourceId) => readonly SourceId[],
  sources: ReadonlyMap<SourceId, SourceRecord>,
): ClaimSourcing {
  const named = (id: SourceId | null) => (id && sources.has(id) ? id : null)
  // With no named source, the channel is where the information comes from.
  const speakerId = named(claim.attributedTo) ?? named(claim.reportedVia)
  const channelId = speakerId === named(claim.attributedTo) ? named(claim.reportedVia) : null
  const speaker = speakerId ? [...chainOf(speakerId)] : []
  const channel = channelId ? [...chainOf(channelId)].filter((s) => !speaker.includes(s)) : []
  const partisan = (chain: SourceId[]) => chain.filter((s) => sources.get(s)?.partisan)

  let setAside: ClaimSourcing['setAside'] = null
  if (!speakerId) setAside = { reason: 'unattributed', sources: [] }
  else if (claim.status === 'retracted' || claim.status === 'refuted')
    setAside = { reason: 'withdrawn', sources: [speakerId] }
  else if (partisan(speaker).length) setAside = { reason: 'partisan', sources: partisan(speaker) }
  else if (claim.sourceInterest) setAside = { reason: 'interest', sources: [speakerId] }
  else if (partisan(channel).length) setAside = { reason: 'partisan-channel', sources: partisan(channel) }

  // The claim's own grade (its override, else its source's) stands for the
  // source that made it; every other source on the path adds its default.
  const own =
    speakerId === claim.attributedTo
      ? effectiveReliability(claim, (id) => sources.get(id)?.defaultReliability)
      : (claim.reliabilityOverride?.grade ?? sources.get(speakerId!)?.defaultReliability ?? null)
  const path: [SourceId, Reliability | null][] = speakerId
    ? [
        [speakerId, own],
        ...[...speaker.slice(1), ...channel].map((s): [SourceId, Reliability | null] => [
          s,
          sources.get(s)?.defaultReliability ?? null,
        ]),
      ]
    : []
  const ungraded = path.filter(([, g]) => g === null).map(([s]) => s)
  const grade = path.length && !ungraded.length ? path.map(([, g]) => g!).reduce((a, b) => worse(a, b)) : null
  return { claimId: claim.id, speaker, channel, setAside, grade, ungraded }
}
