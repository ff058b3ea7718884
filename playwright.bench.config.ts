// Browser benchmarks (`npm run bench`): the same built renderer and Chromium
// as the end-to-end tests, but timing instead of asserting behaviour.
import { defineConfig } from '@playwright/test'
import base from './playwright.config'

export default defineConfig({
  ...base,
  testDir: 'tests/bench',
  testMatch: '*.perf.ts',
  retries: 0,
  timeout: 180_000,
  reporter: [['list']],
  // Recording a trace (DOM snapshots, screencast) costs the page CPU time that
  // the timings would count: benchmarks run without one.
  use: { ...base.use, trace: 'off', video: 'off', screenshot: 'off' },
})
