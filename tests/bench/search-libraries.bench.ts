// MiniSearch against FlexSearch on the generated case, fed the same records
// with the same folding (src/shared/search/normalise.ts): index build time,
// as-you-type query latency (median, p95), typo tolerance, relevance, memory,
// the cost of an incremental update, and bundle size; and the engine the app
// uses (MiniSearch's radix tree and scoring over our own postings). It prints
// one table. Run: npx vitest bench --run tests/bench/search-libraries.bench.ts
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'
import { bench, describe } from 'vitest'
import MiniSearch from 'minisearch'
import { Document } from 'flexsearch'
import { build } from 'vite'
import { SearchEngine } from '../../src/shared/search/engine'
import { miniSearchOptions } from '../../src/shared/search/index-options'
import { indexTerms, words } from '../../src/shared/search/terms'
import { recordsOf, type IndexRecord } from '../../src/shared/search/records'
import { searchFields, type ClaimInput, type SearchInput } from '../../src/shared/search/types'
import { generateWorkspace, planted, typedQueries } from './search-data'

setFlagsFromString('--expose-gc')
const gc = runInNewContext('gc') as () => void
const heapMb = () => {
  gc()
  gc()
  return process.memoryUsage().heapUsed / 1e6
}

interface Library {
  name: string
  build(inputs: readonly SearchInput[], records: readonly IndexRecord[]): void
  /** Keys of the best `limit` results, all kinds together. */
  query(q: string, limit: number): string[]
  /** Saves one claim again with a changed note. */
  update(claim: ClaimInput, record: IndexRecord): void
}

/** Prefix on the word being typed (from its second letter), as the engine does. */
const asYouType = {
  prefix: (term: string, i: number, terms: string[]) => i === terms.length - 1 && term.length >= 2,
}

function miniSearch(): Library {
  let index: MiniSearch<IndexRecord>
  return {
    name: 'MiniSearch 7 (addAll, search)',
    build(_inputs, records) {
      index = new MiniSearch<IndexRecord>(miniSearchOptions)
      index.addAll(records)
    },
    query: (q, limit) =>
      index
        .search(q, asYouType)
        .slice(0, limit)
        .map((r) => r.id as string),
    update(_claim, record) {
      index.replace(record)
    },
  }
}

function ours(): Library {
  let engine: SearchEngine
  return {
    name: 'engine: MiniSearch radix tree + typed postings',
    build(inputs) {
      engine = new SearchEngine()
      const b = engine.beginBuild()
      b.add(inputs)
      b.finish()
    },
    query: (q, limit) =>
      engine
        .search({ text: q, caseId: null, limit })
        .groups.flatMap((g) => g.hits)
        .sort((a, b) => b.score - a.score)
        .slice(0, limit)
        .map((h) => h.key),
    update(claim) {
      engine.upsert([{ kind: 'claim', record: claim }])
    },
  }
}

function flexSearch(): Library {
  let index: Document
  return {
    name: 'FlexSearch 0.8',
    build(_inputs, records) {
      const encode = (s: string) => words(s).flatMap((w) => indexTerms(w) ?? [])
      index = new Document({
        document: {
          id: 'key',
          index: searchFields.map((f) => ({ field: `fields:${f}`, tokenize: 'forward' as const, encode })),
        },
        fastupdate: true,
      })
      for (const r of records) index.add(r as never)
    },
    query(q, limit) {
      const merged = index.search(q, { limit, merge: true, suggest: false }) as unknown as { id: string }[]
      return merged.slice(0, limit).map((r) => r.id)
    },
    update(_claim, record) {
      index.update(record as never)
    },
  }
}

const percentile = (sorted: readonly number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!

/** Minified and gzipped size of what `source` pulls into a bundle. */
async function bundleKb(name: string, source: string): Promise<number> {
  const dir = join(process.cwd(), 'node_modules', '.cache', 'search-bench')
  mkdirSync(dir, { recursive: true })
  const entry = join(dir, `${name}.mjs`)
  writeFileSync(entry, source)
  const out = await build({
    logLevel: 'silent',
    configFile: false,
    build: { write: false, minify: true, lib: { entry, formats: ['es'], fileName: name } },
  })
  const code = (Array.isArray(out) ? out : [out])
    .flatMap((o) => ('output' in o ? o.output : []))
    .map((c) => ('code' in c ? c.code : ''))
    .join('')
  return gzipSync(code).length / 1024
}

const typos: [string, string][] = [
  ['Zubaydiya', planted.rareClaim],
  ['Zubaydyah', planted.rareClaim],
  ['Rastn bridge', planted.rareClaim],
  ['Obsrvatory', `s:${planted.observatory}`],
  ['Quiliam granary', `p:${planted.rarePassageDocument}`],
]
const relevance: [string, string][] = [
  ['Rastan bridge', `c:${planted.rareClaim}`],
  ['Syrian Observatory', `s:${planted.observatory}`],
  ['SOHR', `s:${planted.observatory}`],
  ['Kafr Nabudah', `p:${planted.rarePassageDocument}`],
  ['Zubaydiyah', `c:${planted.rareClaim}`],
]
/** 1-based rank of the first result whose key starts with `expected`, or "–" if not in the top 10. */
const rankOf = (keys: readonly string[], expected: string) => {
  const at = keys.findIndex((k) => k.startsWith(expected) || k.startsWith(`c:${expected}`))
  return at === -1 ? '–' : String(at + 1)
}

describe('search libraries on the generated case', async () => {
  const inputs = generateWorkspace()
  const records = inputs.flatMap((i) => recordsOf(i))
  const rows: Record<string, string>[] = []
  for (const library of [ours(), miniSearch(), flexSearch()]) {
    const before = heapMb()
    const t0 = performance.now()
    const cpu0 = process.cpuUsage()
    library.build(inputs, records)
    const buildMs = performance.now() - t0
    const cpu = process.cpuUsage(cpu0)
    const memory = heapMb() - before
    // Wall time and CPU time: on a shared machine the first includes waiting for a core.
    const times: number[] = []
    const cpuTimes: number[] = []
    for (const q of typedQueries()) {
      const c = process.cpuUsage()
      const t = performance.now()
      library.query(q, 10)
      times.push(performance.now() - t)
      const used = process.cpuUsage(c)
      cpuTimes.push((used.user + used.system) / 1000)
    }
    times.sort((a, b) => a - b)
    cpuTimes.sort((a, b) => a - b)
    const claim = inputs.find((i) => i.kind === 'claim' && i.record.id !== planted.rareClaim)!
      .record as ClaimInput
    const u0 = performance.now()
    for (let i = 0; i < 100; i++) {
      const edited = { ...claim, notes: `edited ${i}` }
      library.update(edited, recordsOf({ kind: 'claim', record: edited })[0]!)
    }
    const updateMs = (performance.now() - u0) / 100
    rows.push({
      library: library.name,
      'build s': (buildMs / 1000).toFixed(2),
      'build cpu s': ((cpu.user + cpu.system) / 1e6).toFixed(2),
      'query median ms (cpu)': `${percentile(times, 0.5).toFixed(1)} (${percentile(cpuTimes, 0.5).toFixed(1)})`,
      'query p95 ms (cpu)': `${percentile(times, 0.95).toFixed(1)} (${percentile(cpuTimes, 0.95).toFixed(1)})`,
      'heap MB': memory.toFixed(0),
      'update ms': updateMs.toFixed(2),
      'typos found (rank)': typos
        .map(([q, k]) => rankOf(library.query(q, 10), k.includes(':') ? k : `c:${k}`))
        .join(' '),
      'relevance (rank)': relevance.map(([q, k]) => rankOf(library.query(q, 10), k)).join(' '),
    })
    library.build([], [])
  }
  console.log(`\n${records.length} index records\n`)
  console.table(rows)
  console.log('bundle kB (min+gz):', {
    minisearch: (await bundleKb('minisearch', `export { default } from 'minisearch'`)).toFixed(1),
    flexsearch: (await bundleKb('flexsearch', `export { Document } from 'flexsearch'`)).toFixed(1),
  })
  bench('printed above', () => {}, { iterations: 1, time: 0 })
})
