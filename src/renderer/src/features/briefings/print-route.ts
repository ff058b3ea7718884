// The print route (#/print/<briefing id>): the briefing's document alone, as
// the PDF shows it, for the browser's own print in web mode and for tests
// that print it with page.pdf(). `?print` opens the print dialog when ready.
// No React and none of the app's styles: only the briefing and its stylesheet.
import type { BriefingId } from '@shared/domain/ids'
import { db } from '../../services'
import { renderDocumentInto } from './BriefingPreview'
import { loadBriefingModel, previewHtmlOf } from './briefing-output'

export async function showPrintRoute(id: string, autoPrint: boolean): Promise<void> {
  for (const el of document.head.querySelectorAll('link[rel="stylesheet"], style')) el.remove()
  const briefing = await db.briefings.get(id as BriefingId)
  if (!briefing) {
    const p = document.createElement('p')
    p.setAttribute('role', 'alert')
    p.textContent = 'This briefing does not exist (any more).'
    document.body.replaceChildren(p)
    return
  }
  document.title = briefing.title || 'Briefing'
  renderDocumentInto(document, previewHtmlOf(await loadBriefingModel(briefing)))
  await document.fonts.ready
  document.documentElement.dataset.printReady = 'true'
  if (autoPrint) window.print()
}
