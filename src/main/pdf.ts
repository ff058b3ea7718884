// Printing a briefing to PDF: its HTML is loaded into a hidden window that is
// sandboxed, has no preload and runs no JavaScript at all, then Chromium's own
// printer renders it. The page size, margins and the marking on every page
// come from the document's @page rules, so the preview and the PDF agree.
import { BrowserWindow } from 'electron'
import { UserFacingError } from './documents'
import { improveTextLayer } from './pdf-text-layer'

/**
 * Chromium refuses URLs over 2 MB, and the page arrives as a data: URL (it
 * is never written to disk or served). Briefings with their fonts embedded
 * stay far below this; the limit is stated rather than left to fail silently.
 */
export const maxPrintableUrlBytes = 2 * 1024 * 1024

export async function renderPdf(html: string, pageSize: 'A4' | 'Letter'): Promise<Uint8Array> {
  const url = `data:text/html;charset=utf-8;base64,${Buffer.from(html, 'utf8').toString('base64')}`
  if (url.length > maxPrintableUrlBytes) {
    throw new UserFacingError(
      `This briefing is too large to print (${(url.length / 1024 / 1024).toFixed(1)} MB once encoded; the limit is 2 MB). Export it as Markdown, or split it.`,
    )
  }
  const window = new BrowserWindow({
    show: false,
    webPreferences: {
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      webSecurity: true,
      javascript: false,
      spellcheck: false,
    },
  })
  try {
    await window.loadURL(
      `data:text/html;charset=utf-8;base64,${Buffer.from(html, 'utf8').toString('base64')}`,
    )
    // Tagged: the structure tree gives readers that use it (screen readers,
    // Acrobat) the reading order; it does not change what pdftotext reads.
    const pdf = await window.webContents.printToPDF({
      pageSize,
      printBackground: true,
      preferCSSPageSize: true,
      generateTaggedPDF: true,
      generateDocumentOutline: true,
    })
    return await improveTextLayer(pdf)
  } finally {
    window.destroy()
  }
}
