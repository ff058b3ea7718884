// Unit tests run in Node; Dexie code runs against fake-indexeddb, DOM code
// opts into jsdom per file with `// @vitest-environment jsdom`.
import { resolve } from 'node:path'
import { defineConfig } from 'vitest/config'

export default defineConfig({
  resolve: {
    alias: { '@shared': resolve('src/shared'), '@renderer': resolve('src/renderer/src') },
  },
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'tests/**/*.test.ts'],
    setupFiles: ['fake-indexeddb/auto'],
    reporters: ['default', 'json'],
    outputFile: { json: 'reports/unit.json' },
    benchmark: { include: ['tests/bench/**/*.bench.ts'] },
  },
})
