// Extraction dependencies for tests and benchmarks in Node: pdf.js's legacy
// build (the one that runs in Node) reading its CMaps and fonts from the
// installed package, as the app reads its bundled copies.
import { resolve } from 'node:path'
import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs'
import type { ExtractDeps } from '../../src/renderer/src/features/import/extract/extract-file'

const root = resolve(__dirname, '../../node_modules/pdfjs-dist')

export const nodeDeps: ExtractDeps = {
  loadPdf: async () => ({
    pdfjs,
    options: {
      cMapUrl: `${root}/cmaps/`,
      cMapPacked: true,
      standardFontDataUrl: `${root}/standard_fonts/`,
      disableFontFace: true,
      useSystemFonts: false,
      verbosity: 0,
    },
  }),
}
