// Everything a briefing becomes: the resolved model, the Markdown file, and
// the HTML that both the live preview and the PDF are made from. Reads the
// current claims, sources and documents from the store.
import type { BriefingRecord } from '@shared/domain/briefing'
import { buildBriefingModel } from '@shared/export/briefing-model'
import { briefingStylesheet, briefingToHtml } from '@shared/export/briefing-html'
import { briefingToMarkdown } from '@shared/export/briefing-markdown'
import { db } from '../../services'
import { embeddedFontCss } from '../../fonts'

export async function loadBriefingModel(briefing: BriefingRecord) {
  const named = new Set([
    ...briefing.citedClaims.map((c) => c.claimId),
    ...briefing.keyJudgments.flatMap((j) => j.claimIds),
  ])
  const [claims, sources, documents] = await Promise.all([
    // The claims the briefing names, by key; not every claim in the store.
    db.claims.bulkGet([...named]).then((list) => list.filter((c) => c !== undefined)),
    db.sources.toArray(),
    db.documents.toArray(),
  ])
  return buildBriefingModel({ briefing, claims, sources, documents })
}

export type BriefingModel = Awaited<ReturnType<typeof loadBriefingModel>>

export const markdownOf = (model: BriefingModel) => briefingToMarkdown(model)

/** The HTML of the preview: fonts come from the page, which has registered them. */
export const previewHtmlOf = (model: BriefingModel) =>
  briefingToHtml(model, { stylesheet: briefingStylesheet })

/** The HTML printed to PDF on its own, with the fonts inlined so no system font is needed. */
export async function printableHtmlOf(model: BriefingModel): Promise<string> {
  return briefingToHtml(model, { stylesheet: `${await embeddedFontCss()}\n${briefingStylesheet}` })
}

export function briefingFileStem(briefing: Pick<BriefingRecord, 'title' | 'date'>): string {
  const slug = briefing.title
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
  return [briefing.date, slug || 'briefing'].filter(Boolean).join('-')
}
