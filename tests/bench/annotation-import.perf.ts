// The annotation import preview of issue 11 in the built app, through the UI:
// a W3C file of 5,000 annotations made on a ~1 MB text, imported onto a copy
// of it with 5 % of its words edited and some paragraphs moved (the only
// document that fits, so it is proposed and previewed at once). Measures the
// time from the file chosen to the preview's counts on screen; the main
// thread meanwhile, by PerformanceObserver 'longtask' (wall time, over 50 ms)
// and by a Chromium trace (each task's own CPU time); and the CPU time the
// anchoring worker spent. A fresh page per run, so each run starts its worker
// and folds the text anew. Targets are checked here, never in the tests.
import { expect, test } from '@playwright/test'
import { createHash } from 'node:crypto'
import { mkdirSync, writeFileSync } from 'node:fs'
import { annotationFile, buildText, edited } from './corpus'
import { prng } from './prng'
import { traceTasks, type TaskFigures } from './trace-tasks'

const ANNOTATIONS = 5_000
const RUNS = 3
const targets = { previewMs: 2000, longestTaskMs: 50 }

/** What the page records about itself during one preview. */
interface Watch {
  start: number
  ranked?: number
  done?: number
  result: () => { previewMs: number; readAndRankMs: number; longestTaskMs: number; longTasks: number }
}

function buildCase() {
  const original = buildText()
  const copy = edited(original, prng(7))
  const hash = (t: string) => createHash('sha256').update(t).digest('hex')
  const file = annotationFile(
    { id: 'original', text: original, textHash: hash(original) },
    prng(20241209),
    ANNOTATIONS,
  )
  const now = new Date().toISOString()
  const doc = {
    id: 'bench-edited-copy',
    title: 'Dispatches (edited copy)',
    outlet: '',
    author: '',
    url: '',
    published: '',
    retrieved: '',
    text: copy,
    blocks: copy.split('\n').map(() => 'p'),
    textHash: hash(copy),
    wordCount: copy.split(/\s+/).length,
    created: now,
    modified: now,
  }
  return { file, doc }
}

test('preview of a 5,000-annotation file onto a 1 MB document with 5 % edits', async ({ page, browser }) => {
  test.setTimeout(300_000)
  const { file, doc } = buildCase()
  const path = test.info().outputPath('dispatches.jsonld')
  writeFileSync(path, file)
  await page.goto('/')
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  // The edited copy joins the open case, beside the sample article.
  await page.evaluate(async (doc) => {
    const db = await new Promise<IDBDatabase>((ok, fail) => {
      const r = indexedDB.open('analyst-workbench')
      r.onsuccess = () => ok(r.result)
      r.onerror = () => fail(r.error)
    })
    const tx = db.transaction(['documents', 'settings'], 'readwrite')
    const open = tx.objectStore('settings').get('openCaseId')
    open.onsuccess = () => tx.objectStore('documents').put({ ...doc, caseId: open.result.value })
    await new Promise((ok, fail) => ((tx.oncomplete = ok), (tx.onerror = () => fail(tx.error))))
    db.close()
  }, doc)

  type Run = TaskFigures & ReturnType<Watch['result']>
  const runs: Run[] = []
  let counts = ''
  for (let run = 0; run < RUNS; run++) {
    await page.reload()
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
    // Once the app has settled: the reader has the 1 MB copy open, the search index has been built.
    await page.waitForTimeout(6000)
    await page.getByRole('button', { name: 'Import / export' }).click()
    const chooser = page.waitForEvent('filechooser')
    await page.getByRole('button', { name: 'Import annotations…' }).click()
    // From here the page watches itself: its long tasks, and when the fits and the counts appear.
    await page.evaluate(() => {
      const w = window as unknown as Watch
      const tasks: number[] = []
      new PerformanceObserver((list) =>
        list.getEntries().forEach((e) => w.done || tasks.push(e.duration)),
      ).observe({ type: 'longtask' })
      w.start = performance.now()
      new MutationObserver((_, observer) => {
        if (!w.ranked && document.querySelector('.ai-targets')) w.ranked = performance.now()
        if (!document.querySelector('.ai-summary')) return
        w.done = performance.now()
        observer.disconnect()
      }).observe(document.body, { childList: true, subtree: true })
      w.result = () => ({
        previewMs: w.done! - w.start,
        readAndRankMs: w.ranked! - w.start,
        longestTaskMs: Math.max(0, ...tasks),
        longTasks: tasks.length,
      })
    })
    const dialog = page.getByRole('dialog', { name: 'Import annotations' })
    const tasks = await traceTasks(
      browser,
      page,
      test.info().outputPath(`trace-${run + 1}.json`),
      async () => {
        await (await chooser).setFiles(path)
        await expect(dialog.getByRole('group', { name: 'Preview counts' })).toBeVisible({ timeout: 60_000 })
        await expect(dialog.getByRole('progressbar', { name: 'Preview progress' })).toHaveCount(0)
      },
    )
    runs.push({ ...(await page.evaluate(() => (window as unknown as Watch).result())), ...tasks })
    counts = (await dialog.getByRole('group', { name: 'Preview counts' }).innerText()).replace(/\s+/g, ' ')
    // The preview scrolls from the first record to the last.
    await dialog.getByRole('list', { name: 'Annotations in the file' }).locator('li').first().hover()
    await page.mouse.wheel(0, 400_000)
    await expect(dialog.getByText(`Record ${ANNOTATIONS.toLocaleString('en-GB')}`)).toBeVisible()
    await dialog.getByRole('button', { name: 'Cancel' }).click()
  }

  const median = (key: keyof Run) => runs.map((r) => r[key]).sort((a, b) => a - b)[Math.floor(RUNS / 2)]!
  const worst = (key: keyof Run) => Math.max(...runs.map((r) => r[key]))
  const summary = {
    previewMs: Math.round(median('previewMs')),
    readAndRankMs: Math.round(median('readAndRankMs')),
    workerCpuMs: Math.round(median('workerCpuMs')),
    mainCpuMs: Math.round(median('mainCpuMs')),
    longestTaskMs: Math.round(worst('longestTaskMs')),
    longestMainCpuMs: Math.round(worst('longestMainCpuMs')),
  }
  const ms = (x: number) => `${x.toFixed(0)} ms`
  console.log(
    [
      `\nAnnotation import preview: ${ANNOTATIONS.toLocaleString('en-GB')} annotations (${(file.length / 1e6).toFixed(1)} MB file) onto ${(doc.text.length / 1e6).toFixed(2)} M characters with 5 % of words edited`,
      `  counts: ${counts}`,
      ...runs.map(
        (r, i) =>
          `  run ${i + 1}: preview ${ms(r.previewMs)} (read and rank ${ms(r.readAndRankMs)}); CPU: worker ${ms(r.workerCpuMs)}, main thread ${ms(r.mainCpuMs)}; ` +
          `longest main-thread task ${ms(r.longestTaskMs)} by 'longtask' (${r.longTasks} over 50 ms), ${ms(r.longestMainCpuMs)} of its own CPU (${r.mainOver50Cpu} over 50 ms)`,
      ),
      `  median preview ${ms(summary.previewMs)} wall, ${ms(summary.workerCpuMs)} of worker CPU (target ≤ ${ms(targets.previewMs)}); ` +
        `longest main-thread task ${ms(summary.longestTaskMs)} wall, ${ms(summary.longestMainCpuMs)} CPU (target ≤ ${ms(targets.longestTaskMs)})`,
      `  (wall times include waiting for a core: on a busy machine compare the CPU figures with the targets)`,
    ].join('\n'),
  )
  mkdirSync('reports', { recursive: true })
  writeFileSync('reports/bench-annotation-import.json', JSON.stringify({ summary, runs, targets }, null, 2))
  // What the analyst waits for on an idle machine: the worker's own work, and each main-thread task's own cost.
  expect.soft(summary.workerCpuMs, 'preview work over its target').toBeLessThanOrEqual(targets.previewMs)
  expect
    .soft(summary.longestMainCpuMs, 'a main-thread task over 50 ms')
    .toBeLessThanOrEqual(targets.longestTaskMs)
})
