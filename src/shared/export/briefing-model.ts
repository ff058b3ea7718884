// The render-ready model of a briefing: every id resolved to names, grades and
// passages once, so the Markdown, HTML and PDF exports (and the preview) all
// say the same thing. Footnote numbers are assigned here and nowhere else.
// Likelihood and confidence stay separate fields (ICD 203): no renderer is
// given a ready-made sentence combining them.
import { claimStatusLabel, claimTypeLabel, effectiveReliability } from '../domain/claim'
import { originOf } from '../analysis/corroboration'
import type { ClaimId, SourceId } from '../domain/ids'
import { admiraltyCode, confidenceLabel, likelihoodScales, likelihoodTerm } from '../domain/scales'
import { sourceKindLabel, type SourceRecord } from '../domain/source'
import { safeHttpUrl } from './analyst-markdown'
import type {
  BriefingModel,
  BriefingModelInput,
  ChangedClaim,
  ModelClaim,
  ModelJudgment,
  ModelSource,
  NamedSource,
} from './briefing-types'

export type * from './briefing-types'

const UNKNOWN_SOURCE = 'Unknown source'
const UNKNOWN_DOCUMENT = 'Unknown document'

/** The source and every source it relays, in chain order (cycle-safe). */
function relayChain(id: SourceId, sources: ReadonlyMap<SourceId, SourceRecord>): SourceId[] {
  const chain: SourceId[] = []
  for (let cur: SourceId | null | undefined = id; cur && !chain.includes(cur); cur = sources.get(cur)?.relays)
    chain.push(cur)
  return chain
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`

export function sourcingSentence(counts: {
  independent: number
  partisan: number
  relaying: number
  unattributed: number
}): string {
  const { independent, partisan, relaying, unattributed } = counts
  const parts: string[] = []
  if (independent === 0) parts.push('None of the cited claims rests on a named source')
  else {
    const which =
      independent === 1
        ? partisan
          ? ', which is partisan'
          : ', not partisan'
        : partisan
          ? `, ${partisan} of them partisan`
          : ', none of them partisan'
    parts.push(
      `The cited claims rest on ${plural(independent, 'independent source', 'independent sources')}${which}`,
    )
  }
  if (relaying) parts.push(relaying === 1 ? '1 source relays another' : `${relaying} sources relay others`)
  if (unattributed && independent)
    parts.push(`${plural(unattributed, 'cited claim names', 'cited claims name')} no source`)
  return `${parts.join('; ')}.`
}

export function buildBriefingModel(input: BriefingModelInput): BriefingModel {
  const { briefing } = input
  const claimsById = new Map(input.claims.map((c) => [c.id, c]))
  const sourcesById = new Map(input.sources.map((s) => [s.id, s]))
  const docsById = new Map(input.documents.map((d) => [d.id, d]))

  // Reading order: the briefing's cited claims, then any claim a judgment names that the list lacks.
  const order: { claimId: ClaimId; citedVersion: number | null }[] = []
  const footnoteOf = new Map<ClaimId, number>()
  const cite = (claimId: ClaimId, citedVersion: number | null) => {
    if (footnoteOf.has(claimId)) return
    order.push({ claimId, citedVersion })
    footnoteOf.set(claimId, order.length)
  }
  for (const c of briefing.citedClaims) cite(c.claimId, c.version)
  for (const kj of briefing.keyJudgments) for (const id of kj.claimIds) cite(id, null)

  const named = (id: SourceId | null): NamedSource | null =>
    id ? { id, name: sourcesById.get(id)?.name ?? UNKNOWN_SOURCE } : null

  const claims: ModelClaim[] = order.map(({ claimId, citedVersion }, i) => {
    const c = claimsById.get(claimId)
    const base = { footnote: i + 1, claimId, citedVersion }
    if (!c)
      return {
        ...base,
        deleted: true,
        statement: '',
        typeLabel: '',
        source: null,
        via: null,
        reliability: null,
        credibility: null,
        grade: '',
        status: null,
        statusLabel: '',
        passages: [],
        currentVersion: null,
      }
    const reliability = effectiveReliability(c, (id) => sourcesById.get(id)?.defaultReliability)
    return {
      ...base,
      deleted: false,
      statement: c.statement,
      typeLabel: claimTypeLabel(c.type),
      source: named(c.attributedTo),
      via: named(c.reportedVia),
      reliability,
      credibility: c.credibility,
      grade: admiraltyCode(reliability, c.credibility),
      status: c.status,
      statusLabel: claimStatusLabel(c.status),
      passages: c.anchors.map((a) => {
        const doc = docsById.get(a.documentId)
        return {
          documentId: a.documentId,
          documentTitle: doc?.title || UNKNOWN_DOCUMENT,
          outlet: doc?.outlet ?? '',
          url: doc?.url ? safeHttpUrl(doc.url) : null,
          start: a.selectors.position.start,
          end: a.selectors.position.end,
          quote: a.selectors.quote.exact,
        }
      }),
      currentVersion: c.version,
    }
  })

  const changedSince: ChangedClaim[] = claims.flatMap((m) =>
    m.citedVersion !== null && (m.deleted || (m.currentVersion ?? 0) > m.citedVersion)
      ? [
          {
            footnote: m.footnote,
            claimId: m.claimId,
            statement: m.statement,
            citedVersion: m.citedVersion,
            currentVersion: m.currentVersion,
            deleted: m.deleted,
          },
        ]
      : [],
  )

  // Sources, in order of first appearance; relay chains followed so the origin is listed too.
  const live = order.flatMap(({ claimId }) => claimsById.get(claimId) ?? [])
  const counts = new Map<SourceId, number>()
  for (const c of live) {
    const behind = new Set<SourceId>()
    for (const id of [c.attributedTo, c.reportedVia])
      if (id) for (const s of relayChain(id, sourcesById)) if (sourcesById.has(s)) behind.add(s)
    for (const s of behind) counts.set(s, (counts.get(s) ?? 0) + 1)
  }
  const items: ModelSource[] = [...counts].map(([id, claimCount]) => {
    const s = sourcesById.get(id)!
    const relayed = s.relays ? sourcesById.get(s.relays) : undefined
    return {
      id,
      name: s.name,
      kindLabel: sourceKindLabel(s.kind),
      reliability: s.defaultReliability,
      claimCount,
      partisan: s.partisan,
      relays: relayed?.name ?? null,
    }
  })
  // Independence is about where the information comes from: the origin of the
  // attributed source (or of the channel when no source is named).
  const origins = new Set<SourceId>()
  let unattributed = 0
  for (const c of live) {
    const from = c.attributedTo ?? c.reportedVia
    if (from && sourcesById.has(from)) origins.add(originOf(from, sourcesById))
    else unattributed++
  }
  const tally = {
    independent: origins.size,
    partisan: [...origins].filter((id) => sourcesById.get(id)?.partisan).length,
    relaying: items.filter((s) => s.relays !== null).length,
    unattributed,
  }

  const judgments: ModelJudgment[] = briefing.keyJudgments.map((kj, i) => {
    const term = likelihoodTerm(kj.likelihood)
    return {
      number: i + 1,
      id: kj.id,
      text: kj.text,
      likelihood:
        kj.likelihood && term
          ? {
              scale: kj.likelihood.scale,
              scaleName: likelihoodScales[kj.likelihood.scale].name,
              term: term.term,
              range: term.range,
            }
          : null,
      confidence: kj.confidence ? { level: kj.confidence, label: confidenceLabel(kj.confidence) } : null,
      footnotes: [...new Set(kj.claimIds)].map((id) => footnoteOf.get(id)!),
    }
  })

  return {
    header: {
      title: briefing.title,
      marking: briefing.marking,
      author: briefing.author,
      date: briefing.date,
      audience: briefing.audience,
      pageSize: briefing.pageSize,
    },
    bottomLine: briefing.bottomLine,
    keyJudgments: judgments,
    substantiation: judgments.map((j, i) => ({
      number: j.number,
      judgmentId: j.id,
      heading: j.text,
      markdown: briefing.keyJudgments[i]!.substantiation,
      footnotes: j.footnotes,
    })),
    outlook: briefing.outlook,
    alternativeViews: briefing.alternativeViews,
    claims,
    changedSince,
    sources: { items, ...tally, summary: sourcingSentence(tally) },
  }
}
