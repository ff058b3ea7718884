// A PDF to blocks with pdf.js: text runs with their positions, page by page,
// then the pure layout rules. The pdf.js module is passed in, so the browser
// worker uses the modern build with bundled assets and the tests use the
// legacy build in Node. pdf.js never evaluates strings (isEvalSupported: false)
// and fetches nothing but what the caller's options point at.
import { calendarDay } from '@shared/import/dates'
import { baseDirection, blockDirection } from '@shared/import/direction'
import { ImportError, type ExtractedBlock, type ExtractedMeta } from '@shared/import/extracted'
import { layoutPdf, type PdfPageText } from '@shared/import/pdf-layout'
import type * as PdfJs from 'pdfjs-dist'
import type { TextItem } from 'pdfjs-dist/types/src/display/api'

export type PdfJsModule = Pick<typeof PdfJs, 'getDocument' | 'version'>
export type PdfDocumentOptions = Omit<Parameters<typeof PdfJs.getDocument>[0] & object, 'data' | 'url'>

export interface Progress {
  /** What is being done, as words the UI can show. */
  stage: string
  done: number
  total: number
}

export interface RunOptions {
  onProgress?: (p: Progress) => void
  signal?: AbortSignal
}

export interface PdfExtraction {
  blocks: ExtractedBlock[]
  meta: ExtractedMeta
  warnings: string[]
}

const cancelled = () => new ImportError('cancelled', 'The import was cancelled.')

function infoString(info: unknown, key: string): string {
  const v = (info as Record<string, unknown> | null)?.[key]
  return typeof v === 'string' ? v.replace(/\s+/g, ' ').trim() : ''
}

export async function extractPdf(
  bytes: Uint8Array,
  pdfjs: PdfJsModule,
  documentOptions: PdfDocumentOptions,
  { onProgress, signal }: RunOptions = {},
): Promise<PdfExtraction> {
  // pdf.js takes ownership of (and may detach) the buffer it is given: pass a copy.
  const task = pdfjs.getDocument({
    ...documentOptions,
    data: bytes.slice(),
    isEvalSupported: false,
    stopAtErrors: false,
  })
  const abort = () => void task.destroy()
  signal?.addEventListener('abort', abort)
  try {
    let doc: PdfJs.PDFDocumentProxy
    try {
      doc = await task.promise
    } catch (e) {
      if (signal?.aborted) throw cancelled()
      const name = (e as { name?: string }).name
      if (name === 'PasswordException')
        throw new ImportError(
          'pdf-password',
          'This PDF is protected by a password. Open it, save a copy without the password, and import that.',
        )
      throw new ImportError('pdf-invalid', `This file could not be read as a PDF (${(e as Error).message}).`)
    }
    const pages: PdfPageText[] = []
    for (let n = 1; n <= doc.numPages; n++) {
      if (signal?.aborted) throw cancelled()
      const page = await doc.getPage(n)
      const viewport = page.getViewport({ scale: 1 })
      const content = await page.getTextContent()
      const runs = content.items
        .filter((it): it is TextItem => 'str' in it)
        .map((it) => ({
          str: it.str,
          x: it.transform[4] as number,
          y: it.transform[5] as number,
          width: it.width,
          size: Math.hypot(it.transform[2] as number, it.transform[3] as number),
          dir: it.dir as 'ltr' | 'rtl' | 'ttb',
        }))
      pages.push({ page: n, width: viewport.width, height: viewport.height, runs })
      page.cleanup()
      onProgress?.({ stage: 'Reading pages', done: n, total: doc.numPages })
    }
    if (!pages.some((p) => p.runs.some((r) => r.str.trim())))
      throw new ImportError(
        'pdf-no-text',
        `This PDF has no text layer: its ${doc.numPages === 1 ? 'page is an image' : `${doc.numPages} pages are images`}, as in a scan. Run it through text recognition (OCR) first, then import the result.`,
      )
    const { info } = await doc.getMetadata().catch(() => ({ info: {} }))
    const { blocks, emptyPages } = layoutPdf(pages)
    const texts = blocks.filter((b) => !b.reason).map((b) => b.text)
    const lang = infoString(info, 'Language')
    const dir = baseDirection({ lang }, texts)
    const firstHeading = blocks.find((b) => !b.reason && b.kind !== 'p')?.text ?? ''
    const meta: ExtractedMeta = {
      title: infoString(info, 'Title') || firstHeading,
      outlet: '',
      author: infoString(info, 'Author'),
      url: '',
      published: calendarDay(infoString(info, 'CreationDate')),
      modified: calendarDay(infoString(info, 'ModDate')),
      lang,
      dir,
    }
    const warnings = emptyPages.length
      ? [
          `${emptyPages.length === 1 ? 'Page' : 'Pages'} ${emptyPages.join(', ')} had no text (images only) and ${emptyPages.length === 1 ? 'is' : 'are'} missing from the text.`,
        ]
      : []
    await doc.destroy()
    return {
      blocks: blocks.map((b) => {
        const own = blockDirection(b.text, dir)
        return {
          text: b.text,
          kind: b.kind,
          kept: !b.reason,
          ...(b.reason ? { reason: b.reason } : {}),
          page: b.page,
          ...(own !== dir ? { dir: own } : {}),
        }
      }),
      meta,
      warnings,
    }
  } finally {
    signal?.removeEventListener('abort', abort)
  }
}
