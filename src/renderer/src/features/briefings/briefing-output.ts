// Everything a briefing becomes: the resolved model, the Markdown file, and
// the HTML that both the live preview and the PDF are made from. Reads the
// current claims, sources, documents and the case's ACH matrices from the store.
import type { BriefingRecord } from '@shared/domain/briefing'
import { briefingDocument } from '@shared/export/briefing-citations'
import { buildBriefingModel } from '@shared/export/briefing-model'
import { briefingStylesheet, briefingToHtml } from '@shared/export/briefing-html'
import { briefingToMarkdown } from '@shared/export/briefing-markdown'
import { db } from '../../services'
import { embeddedFontCss } from '../../fonts'

export async function loadBriefingModel(briefing: BriefingRecord) {
  const [claims, sources, documents, achMatrices] = await Promise.all([
    // The case's claims: corroboration is counted across the case, not the store.
    db.claims.where('caseId').equals(briefing.caseId).toArray(),
    db.sources.toArray(),
    db.documents.toArray(),
    db.achMatrices.where('caseId').equals(briefing.caseId).toArray(),
  ])
  return buildBriefingModel({
    briefing,
    claims,
    sources,
    documents: documents.map(briefingDocument),
    achMatrices,
  })
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
