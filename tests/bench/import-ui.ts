// Timing imports through the app's own UI, as an analyst does them: the
// import dialog, a file chooser, the preview or the batch list. Times are
// taken inside the page (performance.now() when the file is handed over, and
// on the first frame that shows the result), and the main thread's long tasks
// come from the Long Tasks API (every task over 50 ms, with its length).
// Files are handed over as paths on disk, as a real file chooser does: given
// as buffers, Playwright rebuilds them from base64 on the page's own thread,
// which showed up as a long task of its own.
import { copyFileSync, readdirSync } from 'node:fs'
import { basename, join, resolve } from 'node:path'
import { expect, type Page } from '@playwright/test'

const fixtures = resolve(__dirname, '../fixtures/import')

/** `count` copies, named apart, of the quality fixtures in turn (pages, PDFs including a scan and a locked one, Word), in `dir`. */
export function batchOfFiles(count: number, dir: string): string[] {
  const paths = ['pages', 'pdf', 'docx'].flatMap((d) =>
    readdirSync(resolve(fixtures, d)).map((f) => resolve(fixtures, d, f)),
  )
  return Array.from({ length: count }, (_, i) => {
    const from = paths[i % paths.length]!
    const to = join(dir, `${String(i + 1).padStart(2, '0')}-${basename(from)}`)
    copyFileSync(from, to)
    return to
  })
}

interface Window {
  __longTasks: { start: number; end: number }[]
}

/** The longest main-thread task that overlapped [from, to], in ms; 0 when none passed 50 ms. */
async function longestTask(page: Page, from: number, to: number): Promise<number> {
  await page.waitForTimeout(100) // long-task entries arrive after the task
  return page.evaluate(
    ([from, to]) =>
      Math.max(
        0,
        ...(window as unknown as Window).__longTasks
          .filter((t) => t.end > from && t.start < to)
          .map((t) => t.end - t.start),
      ),
    [from, to] as const,
  )
}

/** Opens the import dialog and hands it files; the page's clock just before they go in. */
async function handOver(page: Page, files: string[]): Promise<number> {
  await page.getByRole('button', { name: 'Import…' }).click()
  const dialog = page.getByRole('dialog', { name: 'Import a document' })
  // The dialog warms its worker on opening; a person takes this long to pick a file.
  await page.waitForTimeout(1500)
  const chooser = page.waitForEvent('filechooser')
  await dialog.getByRole('button', { name: 'Choose files…' }).click()
  const picker = await chooser
  const t0 = await page.evaluate(() => performance.now())
  await picker.setFiles(files)
  return t0
}

/** The page's clock on the first frame where `selector` is shown, recording any reading progress meanwhile. */
async function shownAt(
  page: Page,
  selector: string,
  text?: string,
): Promise<{ at: number; progress: number }> {
  const handle = await page.waitForFunction(
    ([selector, text]) => {
      const w = window as unknown as { __progress?: number }
      const bar = document.querySelector<HTMLProgressElement>('progress[aria-label^="Reading"]')
      if (bar) w.__progress = Math.max(w.__progress ?? 0, bar.value)
      const el = document.querySelector(selector)
      return el && (!text || el.textContent?.includes(text))
        ? { at: performance.now(), progress: w.__progress ?? 0 }
        : false
    },
    [selector, text ?? ''] as const,
    { polling: 'raf', timeout: 120_000 },
  )
  return (await handle.jsonValue()) as { at: number; progress: number }
}

async function toPreview(page: Page, file: string) {
  const t0 = await handOver(page, [file])
  const { at, progress } = await shownAt(page, '[aria-label="Blocks"]')
  // The preview lists a long page in slices after its first screen: until every block is there.
  const all = await shownAt(page, '[aria-label="Blocks"][aria-busy="false"]')
  const dialog = page.getByRole('dialog', { name: 'Import a document' })
  const blocks = await dialog.getByRole('list', { name: 'Blocks' }).getByRole('listitem').count()
  const result = {
    ms: at - t0,
    allListedMs: all.at - t0,
    longestTaskMs: await longestTask(page, t0, all.at),
    blocks,
    progressSeen: progress,
  }
  await page.keyboard.press('Escape')
  await expect(dialog).toBeHidden()
  return result
}

async function batch(page: Page, files: string[]) {
  const t0 = await handOver(page, files)
  const read = await shownAt(page, '.import-batch-status', 'files ready to import')
  const status = (await page.locator('.import-batch-status p').textContent()) ?? ''
  const ready = Number(/^(\d+) of/.exec(status)?.[1])
  const refused = Number(/(\d+) cannot be imported/.exec(status)?.[1] ?? 0)
  const t2 = await page.evaluate(() => performance.now())
  await page.getByRole('button', { name: `Import ${ready} documents` }).click()
  const stored = await shownAt(page, '.toast', 'documents imported')
  return {
    readMs: read.at - t0,
    storeMs: stored.at - t2,
    longestTaskMs: await longestTask(page, t0, stored.at),
    ready,
    refused,
  }
}

/** Times the three imports through the UI of the app served at the test's baseURL. */
export async function timeImportUi(page: Page, files: { page: string; pdf: string; batch: string[] }) {
  await page.addInitScript(() => {
    const tasks: { start: number; end: number }[] = []
    ;(window as unknown as Window).__longTasks = tasks
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) tasks.push({ start: e.startTime, end: e.startTime + e.duration })
    }).observe({ type: 'longtask', buffered: true })
  })
  await page.goto('/')
  await expect(
    page.getByRole('heading', { level: 1, name: 'Thousands flee Homs as rebels push south' }),
  ).toBeVisible()
  return {
    page: await toPreview(page, files.page),
    pdf: await toPreview(page, files.pdf),
    batch: await batch(page, files.batch),
  }
}
