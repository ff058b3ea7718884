// The import worker: reads web pages, MHTML, PDF, Word, text and Markdown
// files off the main thread (see import-protocol.ts for its messages).
import { serveImports, type Endpoint } from './import-protocol'

serveImports(self as unknown as Endpoint, {
  loadPdf: async () => {
    const { browserPdfjs, browserPdfOptions } = await import('../features/import/extract/pdf-runtime')
    return { pdfjs: browserPdfjs, options: browserPdfOptions }
  },
})
