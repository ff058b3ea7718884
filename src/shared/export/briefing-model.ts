// The render-ready model of a briefing: every id resolved to names, grades and
// passages once, so the Markdown, HTML and PDF exports (and the preview) all
// say the same thing. Footnote numbers are assigned here and nowhere else.
// Likelihood and confidence stay separate fields (ICD 203): no renderer is
// given a ready-made sentence combining them.
import type { AchClaimGrades } from '../analysis/ach'
import { buildCorroborationIndex } from '../analysis/corroboration'
import { claimStatusLabel, claimTypeLabel, effectiveReliability } from '../domain/claim'
import type { ClaimId, DocumentId, SourceId } from '../domain/ids'
import { admiraltyCode, confidenceLabel, likelihoodScales, likelihoodTerm } from '../domain/scales'
import { safeHttpUrl } from './analyst-markdown'
import { achCitedClaims, achSection } from './briefing-ach'
import {
  citationNumbers,
  citationOrder,
  citedDocuments,
  includedMatrices,
  passageLocator,
} from './briefing-citations'
import { briefingSources } from './briefing-sources'
import type {
  BriefingModel,
  BriefingModelInput,
  ChangedClaim,
  ModelClaim,
  ModelJudgment,
  NamedSource,
} from './briefing-types'

export type * from './briefing-types'
export { sourcingSentence } from './briefing-sources'

const UNKNOWN_SOURCE = 'Unknown source'
const UNKNOWN_DOCUMENT = 'Unknown document'

export function buildBriefingModel(input: BriefingModelInput): BriefingModel {
  const { briefing } = input
  const claimsById = new Map(input.claims.map((c) => [c.id, c]))
  const sourcesById = new Map(input.sources.map((s) => [s.id, s]))
  const docsById = new Map(input.documents.map((d) => [d.id, d]))
  const index = input.corroboration ?? buildCorroborationIndex(input.claims, input.sources)
  const grades: AchClaimGrades = (id) => {
    const c = claimsById.get(id)
    return c
      ? {
          reliability: effectiveReliability(c, (s) => sourcesById.get(s)?.defaultReliability),
          credibility: c.credibility,
        }
      : undefined
  }

  const matrices = includedMatrices(briefing, input.achMatrices ?? [])
  const { order, numberOf } = citationOrder(
    briefing,
    matrices.map((m) => achCitedClaims(m, grades)),
  )

  const named = (id: SourceId | null): NamedSource | null =>
    id ? { id, name: sourcesById.get(id)?.name ?? UNKNOWN_SOURCE } : null
  const locators = new Map<DocumentId, ReturnType<typeof passageLocator>>()
  const locate = (docId: DocumentId, start: number, end: number) => {
    const doc = docsById.get(docId)
    if (!doc) return 'place unknown (document deleted)'
    if (!locators.has(docId)) locators.set(docId, passageLocator(doc))
    return locators.get(docId)!(start, end)
  }

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
        const { start, end } = a.selectors.position
        return {
          documentId: a.documentId,
          documentTitle: doc?.title || UNKNOWN_DOCUMENT,
          outlet: doc?.outlet ?? '',
          url: doc?.url ? safeHttpUrl(doc.url) : null,
          start,
          end,
          location: locate(a.documentId, start, end),
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
      footnotes: citationNumbers(kj.claimIds, numberOf),
    }
  })

  const live = order.flatMap(({ claimId }) => claimsById.get(claimId) ?? [])
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
    ach: matrices.map((m) => achSection(m, grades, (id: ClaimId) => claimsById.get(id)?.statement, numberOf)),
    claims,
    changedSince,
    sources: { ...briefingSources(index, live, numberOf), documents: citedDocuments(claims, docsById) },
  }
}
