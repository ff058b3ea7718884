// Import speed (`npm run bench`): a 2 MB saved page and a 52-page PDF to
// their blocks, and a batch of 50 mixed files, with the same code the import
// worker runs (pdf.js's legacy build here, in Node). Targets: ≤ 1 s for the
// page, ≤ 3 s for the PDF, ≤ 20 s for the batch.
// Run: npx vitest bench --run tests/bench/import.bench.ts
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { bench, describe } from 'vitest'
import { extractFile } from '../../src/renderer/src/features/import/extract/extract-file'
import { nodeDeps } from '../import/node-extract'
import { fixtureRoot, loadExpected } from '../import/quality'
import { bigSavedPage } from './big-page'

const page = new TextEncoder().encode(bigSavedPage())
// Every fixture (pages, MHTML, PDFs, Word, a scan and a locked PDF that are refused) until there are 50.
const fixtures = loadExpected().map((e) => ({
  name: e.file.split('/').pop()!,
  bytes: new Uint8Array(readFileSync(resolve(fixtureRoot, e.file))),
}))
const batch = Array.from({ length: 50 }, (_, i) => fixtures[i % fixtures.length]!)
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

  bench(
    '50 mixed files, one after another as the worker runs them (target ≤ 20 s)',
    async () => {
      let refused = 0
      for (const f of batch) await extractFile(f.name, f.bytes, nodeDeps).catch(() => refused++)
      if (refused > 6) throw new Error(`${refused} refused`)
    },
    { iterations: 2, warmupIterations: 0 },
  )
})
