// Import speed (`npm run bench`): a 2 MB saved page and a 52-page PDF to
// their blocks, with the same code the import worker runs (pdf.js's legacy
// build here, in Node). Targets: ≤ 1 s for the page, ≤ 3 s for the PDF.
// Run: npx vitest bench --run tests/bench/import.bench.ts
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { bench, describe } from 'vitest'
import { extractFile } from '../../src/renderer/src/features/import/extract/extract-file'
import { nodeDeps } from '../import/node-extract'
import { bigSavedPage } from './big-page'

const page = new TextEncoder().encode(bigSavedPage())
const pdf = new Uint8Array(readFileSync(resolve(__dirname, '../fixtures/import/bench/brief-50-pages.pdf')))

describe('import', () => {
  bench(
    `saved page of ${(page.byteLength / 1e6).toFixed(1)} MB to blocks (target ≤ 1 s)`,
    async () => {
      const doc = await extractFile('big.html', page, nodeDeps)
      if (doc.blocks.filter((b) => b.kept).length < 120) throw new Error('article lost')
    },
    { iterations: 5, warmupIterations: 1 },
  )

  bench(
    '52-page PDF to blocks (target ≤ 3 s)',
    async () => {
      const doc = await extractFile('brief.pdf', pdf, nodeDeps)
      if (doc.blocks.filter((b) => b.kept).length < 400) throw new Error('text lost')
    },
    { iterations: 3, warmupIterations: 1 },
  )
})
