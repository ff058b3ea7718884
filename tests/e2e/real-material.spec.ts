// Real material in, through the UI: a cluttered saved news page (the article
// kept, its furniture struck through in the preview), a Chromium .mhtml, a
// PDF cited in a briefing ("p. N" in the exported Markdown, with the
// original's hash in its sources), a Word file, a scan (a clear message), a
// mixed batch with a bad file among them (one undoable step), the original
// saved back byte for byte, and Arabic pages that read right to left.
import { expect, test, type Locator, type Page } from '@playwright/test'
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { openApp, readerText } from './helpers'
import { goTo, recordClaim } from './ledger-helpers'

const fixture = (name: string) => resolve(__dirname, '../fixtures/import', name)
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex')
const expected = (name: string) =>
  JSON.parse(readFileSync(fixture(`expected/${name}.json`), 'utf8')) as {
    title: string
    paragraphs: string[]
    optional?: string[]
  }

/** A block struck through in the preview, by its whole text. */
const struck = (page: Page, text: string) =>
  page
    .getByRole('deletion')
    .filter({ hasText: new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`, 'i') })

const importDialog = (page: Page) => page.getByRole('dialog', { name: 'Import a document' })
const library = (page: Page) => page.getByRole('navigation', { name: 'Library' }).locator('.doc-open')

async function chooseFiles(page: Page, ...names: string[]): Promise<Locator> {
  await page.getByRole('button', { name: 'Import…' }).click()
  const dialog = importDialog(page)
  const chooser = page.waitForEvent('filechooser')
  await dialog.getByRole('button', { name: 'Choose files…' }).click()
  await (await chooser).setFiles(names.map(fixture))
  return dialog
}

/** Imports one file as the preview offers it, and waits for it to open in the reader. */
async function importOne(page: Page, name: string, title: string) {
  const dialog = await chooseFiles(page, name)
  await expect(dialog.getByLabel('Title')).toHaveValue(title)
  await dialog.getByRole('button', { name: 'Import', exact: true }).click()
  await expect(dialog).toBeHidden()
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible()
}

/** Opens the document's details and saves its original; the downloaded bytes. */
async function saveOriginal(page: Page): Promise<{ name: string; bytes: Buffer; details: Locator }> {
  await page.getByRole('button', { name: 'Edit details' }).click()
  const details = page.getByRole('dialog', { name: 'Document details' })
  const download = page.waitForEvent('download')
  await details.getByRole('button', { name: 'Save original…' }).click()
  const file = await download
  return { name: file.suggestedFilename(), bytes: readFileSync((await file.path())!), details }
}

test.beforeEach(async ({ page }) => openApp(page))

test('a cluttered saved news page: the preview keeps the article and strikes the furniture through', async ({
  page,
}) => {
  const want = expected('pages/en-wire-floods')
  const dialog = await chooseFiles(page, 'pages/en-wire-floods.html')
  await expect(dialog.getByLabel('Title')).toHaveValue(want.title)
  await expect(dialog.getByLabel('Outlet')).toHaveValue('AP News')
  await expect(dialog.getByLabel('Author')).toHaveValue('Maria Ostrowska')
  await expect(dialog.getByLabel('Published')).toHaveValue('2024-03-05')

  const blocks = dialog.getByRole('list', { name: 'Blocks' })
  // Furniture is shown, struck through, with why it was left out.
  const furniture: [string, string][] = [
    ['We value your privacy', 'page furniture'],
    ['Politics', 'navigation'],
  ]
  for (const [text, why] of furniture) {
    const row = blocks.getByRole('listitem').filter({ has: struck(page, text) })
    await expect(row).toHaveCount(1)
    await expect(row).toContainText(why)
    await expect(row.getByRole('checkbox')).not.toBeChecked()
  }
  await expect(
    blocks
      .getByRole('listitem')
      .filter({ has: struck(page, 'Advertisement') })
      .first(),
  ).toBeVisible()
  // Every article paragraph is kept, none struck through.
  for (const paragraph of want.paragraphs) {
    const row = blocks.getByRole('listitem').filter({ hasText: paragraph })
    await expect(row.getByRole('checkbox')).toBeChecked()
    await expect(row.getByRole('deletion')).toHaveCount(0)
  }
  const heading = dialog.getByRole('heading', { name: /^Text to import: \d+ of \d+ blocks$/ })
  const articleCount = await heading.textContent()
  // The whole page puts the furniture back; text the page hid stays out.
  await dialog.getByLabel('The whole page').check()
  await expect(blocks.getByRole('listitem').filter({ has: page.getByRole('deletion') })).toHaveText([
    /hidden on the page$/,
    /hidden on the page$/,
  ])
  await dialog.getByLabel(/^The article/).check()
  await expect(heading).toHaveText(articleCount!)
  // One furniture block put back by hand, one article paragraph left out.
  await blocks.getByRole('listitem').filter({ hasText: 'Politics' }).getByRole('checkbox').check()
  await blocks
    .getByRole('listitem')
    .filter({ hasText: want.paragraphs.at(-1)! })
    .getByRole('checkbox')
    .uncheck()
  await dialog.screenshot({ path: test.info().outputPath('preview.png') })
  await dialog.getByRole('button', { name: 'Import', exact: true }).click()

  await expect(page.getByRole('heading', { level: 1, name: want.title })).toBeVisible()
  const kept = await readerText(page).locator('> *').allTextContents()
  for (const paragraph of want.paragraphs.slice(0, -1)) expect(kept).toContain(paragraph)
  expect(kept).not.toContain(want.paragraphs.at(-1))
  expect(kept).toContain('Politics')
  const allowed = new Set([...want.paragraphs, ...(want.optional ?? []), 'Politics'])
  expect(kept.filter((b) => !allowed.has(b))).toEqual([])
})

test('a page saved by Chromium as one file (.mhtml) comes in with its details', async ({ page }) => {
  const want = expected('pages/en-mhtml-cables')
  const dialog = await chooseFiles(page, 'pages/en-mhtml-cables.mhtml')
  await expect(dialog.getByLabel('Title')).toHaveValue(want.title)
  await expect(dialog.getByLabel('Outlet')).toHaveValue('Undersea Monitor')
  await expect(dialog.getByLabel('Author')).toHaveValue('Frédéric Lindqvist')
  await expect(dialog.getByLabel('Published')).toHaveValue('2024-11-18')
  await dialog.getByRole('button', { name: 'Import', exact: true }).click()
  await expect(page.getByRole('heading', { level: 1, name: want.title })).toBeVisible()
  const kept = await readerText(page).locator('> *').allTextContents()
  for (const paragraph of want.paragraphs) expect(kept).toContain(paragraph)
  await expect(library(page).first()).toHaveText(want.title)
  await expect(page.getByRole('navigation', { name: 'Library' }).locator('.doc-meta').nth(1)).toContainText(
    'Web page archive (MHTML) ·',
  )
})

test('a PDF: page markers, its provenance, the original saved back byte for byte, and "p. N" in a briefing', async ({
  page,
}) => {
  test.setTimeout(120_000)
  const title = 'Policy Brief: Protecting Civilians from Explosive Weapons in Towns'
  const dialog = await chooseFiles(page, 'pdf/brief-running-headers.pdf')
  await expect(dialog.getByLabel('Title')).toHaveValue(title)
  const blocks = dialog.getByRole('list', { name: 'Blocks' })
  await expect(
    blocks
      .getByRole('listitem')
      .filter({ hasText: 'running header or footer' })
      .first()
      .getByRole('deletion'),
  ).toBeVisible()
  await expect(blocks.getByText('p. 2', { exact: true })).toBeVisible()
  await dialog.getByRole('button', { name: 'Import', exact: true }).click()
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible()
  await expect(readerText(page).locator('[data-page="2"]')).toHaveCount(1)
  await expect(readerText(page)).not.toContainText('Page 1 of 2')

  // The details say where the text came from, and give the file back exactly.
  const pdf = readFileSync(fixture('pdf/brief-running-headers.pdf'))
  const saved = await saveOriginal(page)
  expect(saved.name).toBe('brief-running-headers.pdf')
  expect(saved.bytes.length).toBe(pdf.length)
  expect(sha256(saved.bytes)).toBe(sha256(pdf))
  const facts = saved.details.getByRole('region', { name: 'Original file' })
  await expect(facts.getByRole('definition')).toHaveText([
    'brief-running-headers.pdf',
    'PDF (application/pdf)',
    `${(pdf.length / 1024).toFixed(1)} KB (${pdf.length.toLocaleString('en')} bytes)`,
    sha256(pdf),
    /\d{4}/,
    /^pdf\.js \(pdfjs-dist [\d.]+; rules \d+\)$/,
    /^[0-9a-f]{64}$/,
  ])
  await saved.details.screenshot({ path: test.info().outputPath('details.png') })
  await saved.details.getByRole('button', { name: 'Cancel' }).click()

  // A claim on page 2, cited in a briefing: the export places it by page.
  const onPage2 = await readerText(page).evaluate((text) => {
    const blocks = [...text.children]
    const first = blocks.findIndex((b) => b.getAttribute('data-page') === '2')
    return blocks.slice(first).find((b) => b.tagName === 'P')!.textContent!
  })
  const passage = onPage2.split(' ').slice(0, 8).join(' ')
  await recordClaim(page, {
    passage,
    attributedTo: 'Centre for Civilian Protection',
    credibility: '2: Probably true',
  })
  await goTo(page, 'Claims')
  await page.getByRole('button', { name: 'Cite all shown in a briefing…' }).click()
  await page.getByRole('dialog', { name: 'Cite in a briefing' }).getByRole('button', { name: 'Cite' }).click()
  await goTo(page, 'Briefings')
  const form = page.getByRole('form', { name: 'Briefing' })
  await form.getByLabel('Title').fill('Explosive weapons in towns')
  await form.getByLabel('Date').fill('2024-06-01')
  const download = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Export Markdown' }).click()
  const md = readFileSync((await (await download).path())!, 'utf8')
  expect(md).toContain(`${title}, p. 2, ¶ `)
  expect(md).toMatch(/p\. 2, ¶ \d+\./)
  // The sources say which copy: the original file's SHA-256.
  expect(md).toContain('### Documents cited')
  expect(md).toContain(`SHA-256 of the original file “brief-running-headers.pdf”: \`${sha256(pdf)}\``)
})

test('a Word file keeps its headings, paragraphs, list and core properties', async ({ page }) => {
  const want = expected('docx/docx-sitrep')
  const dialog = await chooseFiles(page, 'docx/docx-sitrep.docx')
  await expect(dialog.getByLabel('Title')).toHaveValue(want.title)
  await expect(dialog.getByLabel('Author')).toHaveValue('Field Coordination Unit')
  await expect(dialog.getByLabel('Published')).toHaveValue('2024-10-21')
  await dialog.getByRole('button', { name: 'Import', exact: true }).click()
  await expect(page.getByRole('heading', { level: 1, name: want.title })).toBeVisible()
  await expect(readerText(page).locator('> *')).toHaveText(want.paragraphs)
  await expect(readerText(page).getByRole('heading', { name: 'Priority needs' })).toBeVisible()
  await expect(page.getByRole('navigation', { name: 'Library' }).locator('.doc-meta').nth(1)).toContainText(
    'Word document ·',
  )
})

test('a scanned PDF is refused with a clear message, not taken for an empty document', async ({ page }) => {
  const dialog = await chooseFiles(page, 'pdf/scan-no-text.pdf')
  await expect(dialog.getByRole('alert')).toHaveText(
    /This PDF has no text layer: its (page is an image|\d+ pages are images), as in a scan\. Run it through text recognition \(OCR\) first, then import the result\./,
  )
  await expect(dialog.getByRole('button', { name: 'Choose files…' })).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(library(page)).toHaveCount(1)
})

test('a mixed batch with a bad file imports the rest, reports the bad one, and undoes in one step', async ({
  page,
}) => {
  const dialog = await chooseFiles(
    page,
    'pages/en-wire-floods.html',
    'pdf/scan-no-text.pdf',
    'pdf/report-two-column.pdf',
    'docx/docx-sitrep.docx',
    'pages/en-mhtml-cables.mhtml',
    'pages/ar-dw-climate.html',
  )
  await expect(dialog.getByRole('status')).toHaveText('5 of 6 files ready to import; 1 cannot be imported.')
  const rows = dialog.getByRole('list', { name: 'Files to import' }).getByRole('listitem')
  await expect(rows).toHaveCount(6)
  await expect(rows.filter({ hasText: 'scan-no-text.pdf' })).toContainText('This PDF has no text layer')
  await expect(rows.filter({ hasText: 'en-wire-floods.html' })).toContainText(
    expected('pages/en-wire-floods').title,
  )
  await dialog.screenshot({ path: test.info().outputPath('batch.png') })
  await dialog.getByRole('button', { name: 'Import 5 documents' }).click()
  await expect(dialog).toBeHidden()
  const toast = page.locator('.toast')
  await expect(toast).toContainText(
    '5 documents imported. 1 could not be: “scan-no-text.pdf”: This PDF has no text layer',
  )
  await expect(library(page)).toHaveCount(6)

  await toast.getByRole('button', { name: 'Undo' }).click()
  await expect(library(page)).toHaveCount(1)
  await expect(library(page)).toHaveText(['Thousands flee Homs as rebels push south'])
})

test('an Arabic page reads right to left, and its details line keeps every part whole', async ({ page }) => {
  const want = expected('pages/ar-dw-climate')
  await importOne(page, 'pages/ar-dw-climate.html', want.title)
  await expect(page.locator('.reader-article')).toHaveAttribute('dir', 'rtl')
  // A paragraph opening with a Latin name still reads right to left.
  const latinFirst = readerText(page).getByText(/^World Meteorological Organization/)
  expect(await latinFirst.evaluate((p) => getComputedStyle(p).direction)).toBe('rtl')

  const byline = page.locator('.doc-byline')
  await expect(byline.locator('.safe-text')).toHaveText(['DW عربية', 'سلمى بن علي', /2024/, /^\d+ words$/])
  // Laid out right to left, each part isolated: the outlet at the right edge,
  // "DW" still before "عربية" inside it, the word count to its left.
  const layout = await byline.evaluate((p) => {
    const box = (node: Node, from: number, to: number) => {
      const r = document.createRange()
      r.setStart(node, from)
      r.setEnd(node, to)
      return r.getBoundingClientRect()
    }
    const [outlet, , , words] = [...p.querySelectorAll('.safe-text')].map((s) => s.firstChild!)
    return {
      line: p.getBoundingClientRect().right,
      outletRight: box(outlet!, 0, 8).right,
      dw: box(outlet!, 0, 2).left,
      arabic: box(outlet!, 3, 8).left,
      words: box(words!, 0, words!.textContent!.length).right,
      outletLeft: box(outlet!, 0, 8).left,
    }
  })
  expect(layout.line - layout.outletRight).toBeLessThan(2)
  expect(layout.dw).toBeLessThan(layout.arabic)
  expect(layout.words).toBeLessThan(layout.outletLeft)
  await page.locator('.doc-header').screenshot({ path: test.info().outputPath('arabic-byline.png') })
})

test('a document’s base direction is the one its page declared, even when most letters are Latin', async ({
  page,
}) => {
  await page.getByRole('button', { name: 'Import…' }).click()
  const dialog = importDialog(page)
  const transfer = await page.evaluateHandle(() => {
    const html = `<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>تقرير</title></head>
      <body><article><h1>Reuters: talks in Geneva end without agreement</h1>
      <p>Reuters and AFP reported that the talks in Geneva ended on Tuesday evening without an agreement on the next round.</p>
      <p>12 / 2024</p>
      <p>قال المتحدث إن المحادثات ستستأنف الأسبوع المقبل.</p></article></body></html>`
    const dt = new DataTransfer()
    dt.items.add(new File([html], 'geneva.html', { type: 'text/html' }))
    return dt
  })
  await dialog.locator('.import').dispatchEvent('drop', { dataTransfer: transfer })
  await dialog.getByRole('button', { name: 'Import', exact: true }).click()
  await expect(dialog).toBeHidden()
  const blocks = readerText(page).locator('> *')
  await expect(blocks.filter({ hasText: '12 / 2024' })).toHaveCount(1)
  const directions = await blocks.evaluateAll((els) => els.map((e) => [e.textContent, e.getAttribute('dir')]))
  // Latin paragraphs read left to right on their own letters; the neutral one takes the page's direction.
  expect(directions).toContainEqual(['12 / 2024', 'rtl'])
  expect(directions).toContainEqual([
    'Reuters and AFP reported that the talks in Geneva ended on Tuesday evening without an agreement on the next round.',
    'ltr',
  ])
})

test('a case file carries the original: in a fresh profile, Save original gives the same bytes', async ({
  page,
  browser,
}) => {
  const title = 'Policy Brief: Protecting Civilians from Explosive Weapons in Towns'
  await importOne(page, 'pdf/brief-running-headers.pdf', title)
  await page.getByRole('button', { name: 'Import / export' }).click()
  const data = page.getByRole('dialog', { name: 'Import and export' })
  const download = page.waitForEvent('download')
  await data.getByRole('button', { name: 'Export case…' }).click()
  const caseFile = test.info().outputPath('case.json')
  await (await download).saveAs(caseFile)
  const carried = (JSON.parse(readFileSync(caseFile, 'utf8')) as { originals: { name: string }[] }).originals
  expect(carried.map((o) => o.name)).toEqual(['brief-running-headers.pdf'])

  const context = await browser.newContext()
  const fresh = await context.newPage()
  await openApp(fresh)
  await fresh.getByRole('button', { name: 'Import / export' }).click()
  const dialog = fresh.getByRole('dialog', { name: 'Import and export' })
  const chooser = fresh.waitForEvent('filechooser')
  await dialog.getByRole('button', { name: 'Import case as a new case…' }).click()
  await (await chooser).setFiles(caseFile)
  const plan = dialog.getByRole('group', { name: 'Import plan' })
  await expect(plan).toContainText('Original files: 1 file, each matching its SHA-256')
  await plan.screenshot({ path: test.info().outputPath('case-plan.png') })
  await plan.getByRole('button', { name: 'Import', exact: true }).click()
  await expect(dialog).toBeHidden()
  await library(fresh).filter({ hasText: title }).click()
  await expect(fresh.getByRole('heading', { level: 1, name: title })).toBeVisible()
  const saved = await saveOriginal(fresh)
  expect(sha256(saved.bytes)).toBe(sha256(readFileSync(fixture('pdf/brief-running-headers.pdf'))))
  await context.close()
})
