// The desktop suite: Playwright's Electron driver launches the built app
// (out/main/index.js) and checks what only the desktop host does: app://,
// the preload bridge, native dialogs, printing to PDF and the window guards.
// Run through scripts/test-desktop.mjs, which says so in one line (and counts
// nothing) where no Electron binary or display is available.
import { defineConfig } from '@playwright/test'

export default defineConfig({
  testDir: 'tests/desktop',
  outputDir: 'test-results/desktop',
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  timeout: 120_000,
  reporter: [['list'], ['json', { outputFile: 'reports/desktop.json' }]],
  use: { trace: 'retain-on-failure' },
})
