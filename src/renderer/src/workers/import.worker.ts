// The import worker: reads web pages, MHTML, PDF, Word, text and Markdown
// files off the main thread (see import-protocol.ts for its messages).
import { browserPdfOptions, browserPdfjs } from '../features/import/extract/pdf-runtime'
import { serveImports, type Endpoint } from './import-protocol'

serveImports(self as unknown as Endpoint, { pdfjs: browserPdfjs, pdfOptions: browserPdfOptions })
