// pdf.js as the import worker runs it: the modern build, its own worker code
// loaded into this same worker thread (no second worker, no worker URL), and
// its character maps and standard fonts bundled by Vite as the app's own
// assets, handed over by a data factory so nothing is fetched from anywhere
// else. Only the import worker imports this module. `no-inline` keeps Vite
// from turning small files into data: URLs, which the CSP's connect-src
// 'self' would refuse to fetch.
import * as pdfjs from 'pdfjs-dist'
import * as pdfjsWorker from 'pdfjs-dist/build/pdf.worker.mjs'
import type { PdfDocumentOptions, PdfJsModule } from './pdf-extract'

// pdf.js runs its "fake worker" in this thread when it finds the worker module here.
;(globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = pdfjsWorker

const cMaps = import.meta.glob('../../../../../../node_modules/pdfjs-dist/cmaps/*.bcmap', {
  query: '?url&no-inline',
  import: 'default',
  eager: true,
}) as Record<string, string>
const fonts = import.meta.glob(
  [
    '../../../../../../node_modules/pdfjs-dist/standard_fonts/*.pfb',
    '../../../../../../node_modules/pdfjs-dist/standard_fonts/*.ttf',
  ],
  {
    query: '?url&no-inline',
    import: 'default',
    eager: true,
  },
) as Record<string, string>

const byFileName = (urls: Record<string, string>) =>
  new Map(Object.entries(urls).map(([path, url]) => [path.slice(path.lastIndexOf('/') + 1), url]))
const assets = { cMapUrl: byFileName(cMaps), standardFontDataUrl: byFileName(fonts) }

/** Serves pdf.js's requests for CMaps and fonts from the bundled files only. */
class BundledDataFactory {
  async fetch({ kind, filename }: { kind: string; filename: string }): Promise<Uint8Array> {
    const url = (assets as Record<string, Map<string, string> | undefined>)[kind]?.get(filename)
    if (!url) throw new Error(`No bundled ${kind} named ${filename}`)
    const response = await fetch(url)
    if (!response.ok) throw new Error(`Could not read ${filename}`)
    return new Uint8Array(await response.arrayBuffer())
  }
}

export const browserPdfjs: PdfJsModule = pdfjs

export const browserPdfOptions: PdfDocumentOptions = {
  // Non-empty base URLs switch the loaders on; the factory resolves every name itself.
  cMapUrl: 'bundled/',
  standardFontDataUrl: 'bundled/',
  cMapPacked: true,
  BinaryDataFactory: BundledDataFactory,
  useWorkerFetch: false,
  useSystemFonts: false,
  disableFontFace: true,
  isOffscreenCanvasSupported: false,
  useWasm: false,
  enableXfa: false,
}
