// End-to-end tests drive the built renderer as a plain web page in real
// Chromium: the one tests/support/browser.ts finds (CHROMIUM_PATH, a system
// Chromium or Chrome, else Playwright's own, installed when missing). The
// renderer is the same code in Electron; tests/desktop drives that.
import { defineConfig } from '@playwright/test'
import { describeChoice, ensureBrowser, findBrowser, launchOptionsFor } from './tests/support/browser'

const browser = findBrowser()
// Checked once, in the runner (workers load this file too), before any server starts.
if (process.env.TEST_WORKER_INDEX === undefined) {
  const problem = ensureBrowser(browser)
  if (problem) {
    console.error(problem)
    process.exit(1)
  }
  console.log(`Browser: ${describeChoice(browser)}`)
}

// E2E_PORT lets several checkouts run their suites side by side.
const port = Number(process.env.E2E_PORT ?? 5199)
export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results',
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  reporter: [['list'], ['json', { outputFile: 'reports/e2e.json' }]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    viewport: { width: 1400, height: 900 },
    trace: 'retain-on-failure',
    launchOptions: launchOptionsFor(browser),
  },
  webServer: {
    command: `npx vite preview --outDir out/renderer --host 127.0.0.1 --port ${port} --strictPort`,
    url: `http://127.0.0.1:${port}`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
})
