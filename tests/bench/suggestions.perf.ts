// Suggested claims through the built app in Chromium: from a document handed
// to the worker to its suggestions on screen (the app's own measures
// aw-suggest-first-batch, aw-suggest-first and aw-suggest-all), for the sample article and for a 1 MB
// report opened from the library, with every main-thread long task recorded.
// Cold: on page load, the worker starting too. Warm: a document opened while
// the reader (and its worker) is already up, as an analyst opens the next one.
import { expect, test, type Page } from '@playwright/test'
import { createHash } from 'node:crypto'
import { mkdirSync, writeFileSync } from 'node:fs'
import { suggestReport } from './suggest-report'

// Issue 13's targets, through the UI: the sample's suggestions on screen, the
// report's first ones out of the worker (on screen they also wait for the
// reader's own render of 1 MB of text), all of them, and the main thread free.
const targets = {
  sampleWarmMs: 100,
  reportWorkerFirstMs: 300,
  reportAllMs: 3000,
  reportLongestTaskWhileArrivingMs: 50,
}

const tab = (page: Page) => page.getByRole('tab', { name: /^Suggested claims/ })

/** The newest suggestion measures, and the long tasks in [from, to] of the page's timeline. */
async function measures(page: Page) {
  return page.evaluate(() => {
    const last = (name: string) => performance.getEntriesByName(name).at(-1)!
    const first = last('aw-suggest-first')
    const all = last('aw-suggest-all')
    const tasks = (window as unknown as { __longTasks: { at: number; ms: number }[] }).__longTasks
    const within = (from: number, to: number) =>
      Math.round(Math.max(0, ...tasks.filter((t) => t.at + t.ms > from && t.at < to).map((t) => t.ms)))
    return {
      /** From the job's start to the worker's first suggestions on the main thread. */
      workerFirstMs: Math.round(last('aw-suggest-first-batch').duration),
      firstMs: Math.round(first.duration),
      allMs: Math.round(all.duration),
      /** From the job's start (the document handed to the worker) to every suggestion shown. */
      longestTaskMs: within(all.startTime, all.startTime + all.duration),
      /** While suggestions arrive: from the first shown to the last. */
      longestTaskWhileArrivingMs: within(first.startTime + first.duration, all.startTime + all.duration),
      allEntries: performance.getEntriesByName('aw-suggest-all').length,
    }
  })
}

/**
 * Waits inside the page for the `runs`-th "all suggestions shown", optionally
 * after clicking a library entry: no polling from the test, whose role
 * queries and actionability checks over a 1 MB document would be long tasks
 * of their own on the page's main thread.
 */
async function waitForAll(page: Page, runs: number, open?: string) {
  await page.evaluate(
    ({ runs, open }) =>
      new Promise<void>((resolve) => {
        const count = () => performance.getEntriesByName('aw-suggest-all').length
        const observer = new PerformanceObserver(() => {
          if (count() < runs) return
          observer.disconnect()
          resolve()
        })
        observer.observe({ type: 'measure' })
        if (open)
          [...document.querySelectorAll<HTMLElement>('nav[aria-label="Library"] .doc-open')]
            .find((b) => b.textContent === open)!
            .click()
        else if (count() >= runs) resolve()
      }),
    { runs, open },
  )
}

test('suggested claims: the sample article and a 1 MB report, on screen', async ({ page }) => {
  test.setTimeout(300_000)
  await page.addInitScript(() => {
    const tasks: { at: number; ms: number }[] = []
    ;(window as unknown as { __longTasks: typeof tasks }).__longTasks = tasks
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) tasks.push({ at: e.startTime, ms: e.duration })
    }).observe({ type: 'longtask', buffered: true })
  })
  await page.goto('/')
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  await tab(page).click()

  // The 1 MB report goes into the open case, beside the sample.
  const text = suggestReport()
  const lines = text.split('\n')
  const at = new Date().toISOString()
  await page.evaluate(
    async (doc) => {
      const db = await new Promise<IDBDatabase>((ok, fail) => {
        const req = indexedDB.open('analyst-workbench')
        req.onsuccess = () => ok(req.result)
        req.onerror = () => fail(req.error)
      })
      const caseId = await new Promise<string>((ok) => {
        const r = db.transaction('settings').objectStore('settings').get('openCaseId')
        r.onsuccess = () => ok((r.result as { value: string }).value)
      })
      const tx = db.transaction('documents', 'readwrite')
      tx.objectStore('documents').put({ ...doc, caseId })
      await new Promise((ok, fail) => ((tx.oncomplete = ok), (tx.onerror = () => fail(tx.error))))
      db.close()
    },
    {
      id: 'bench-report',
      title: 'Benchmark: a 1 MB report',
      outlet: 'Bench Wire',
      author: '',
      url: '',
      published: '',
      retrieved: '',
      text,
      blocks: lines.map(() => 'p'),
      textHash: createHash('sha256').update(text).digest('hex'),
      wordCount: text.split(/\s+/).length,
      created: '2000-01-01T00:00:00.000Z',
      modified: at,
    },
  )

  // Cold: a page load opens the sample with the worker still starting.
  const cold: Awaited<ReturnType<typeof measures>>[] = []
  for (let run = 0; run < 3; run++) {
    await page.reload()
    await waitForAll(page, 1)
    await expect(tab(page)).toHaveText('Suggested claims 7')
    cold.push(await measures(page))
  }
  // Warm: the report, then the sample again, opened from the library.
  const warmSample: Awaited<ReturnType<typeof measures>>[] = []
  const report: Awaited<ReturnType<typeof measures>>[] = []
  let reportCount = ''
  for (let run = 0; run < 3; run++) {
    const seen = await page.evaluate(() => performance.getEntriesByName('aw-suggest-all').length)
    await waitForAll(page, seen + 1, 'Benchmark: a 1 MB report')
    reportCount = (await tab(page).textContent()) ?? ''
    report.push(await measures(page))
    await waitForAll(page, seen + 2, 'Thousands flee Homs as rebels push south')
    await expect(tab(page)).toHaveText('Suggested claims 7')
    warmSample.push(await measures(page))
  }
  await page.screenshot({ path: test.info().outputPath('suggestions-sample.png') })

  const median = <T extends Record<string, number>>(runs: T[], key: keyof T) =>
    runs.map((r) => r[key]!).sort((a, b) => a - b)[Math.floor(runs.length / 2)]!
  const summary = {
    sampleColdFirstMs: median(cold, 'firstMs'),
    sampleColdAllMs: median(cold, 'allMs'),
    sampleWarmMs: median(warmSample, 'allMs'),
    sampleWarmWorkerMs: median(warmSample, 'workerFirstMs'),
    reportWorkerFirstMs: median(report, 'workerFirstMs'),
    reportFirstMs: median(report, 'firstMs'),
    reportAllMs: median(report, 'allMs'),
    reportLongestTaskMs: median(report, 'longestTaskMs'),
    reportLongestTaskWhileArrivingMs: median(report, 'longestTaskWhileArrivingMs'),
  }
  console.log(
    `\nSuggested claims in the built app (median of 3; the report: ${text.length.toLocaleString()} characters, ${reportCount}):`,
  )
  console.table(summary)
  console.log('Runs:', JSON.stringify({ cold, warmSample, report }))
  mkdirSync('reports', { recursive: true })
  writeFileSync(
    'reports/bench-suggestions.json',
    JSON.stringify({ summary, runs: { cold, warmSample, report }, targets, reportCount }, null, 2),
  )
  for (const [key, target] of Object.entries(targets))
    expect.soft(summary[key as keyof typeof summary], `${key} over its target`).toBeLessThanOrEqual(target)
})
