// Importing documents: pasted text, Markdown, hostile HTML (nothing in it may
// run or load), right-to-left text, and files that must be refused.
import { expect, test, type Page } from '@playwright/test'
import { resolve } from 'node:path'
import { annotateByMouse, openApp, paintedTexts, readerText } from './helpers'

const fixture = (name: string) => resolve(__dirname, '../fixtures', name)

async function importFiles(page: Page, ...names: string[]) {
  await page.getByRole('button', { name: 'Import…' }).click()
  const dialog = page.getByRole('dialog', { name: 'Import a document' })
  const chooser = page.waitForEvent('filechooser')
  await dialog.getByRole('button', { name: 'Choose files…' }).click()
  await (await chooser).setFiles(names.map(fixture))
  return dialog
}

test.beforeEach(async ({ page }) => openApp(page))

test('hostile HTML is reduced to its words: no script, handler, link or remote image runs or loads', async ({
  page,
}) => {
  const requests: string[] = []
  page.on('request', (r) => {
    if (!r.url().startsWith('http://127.0.0.1')) requests.push(r.url())
  })
  const dialogs: string[] = []
  page.on('dialog', (d) => {
    dialogs.push(d.message())
    void d.dismiss()
  })
  const dialog = await importFiles(page, 'hostile.html')
  await expect(dialog.getByLabel('Title')).toHaveValue('Hostile page about Homs')
  await expect(dialog.getByLabel('Outlet')).toHaveValue('Example Wire')
  await expect(dialog.getByLabel('Author')).toHaveValue('Field Desk')
  await expect(dialog.getByLabel('URL')).toHaveValue('https://example.org/homs-report')
  await expect(dialog.getByLabel('Published')).toHaveValue('2024-12-07')
  await dialog.getByRole('button', { name: 'Import', exact: true }).click()
  await expect(dialog).toBeHidden()

  await expect(page.getByRole('heading', { level: 1, name: 'Hostile page about Homs' })).toBeVisible()
  await expect(readerText(page).locator('> *')).toHaveText([
    'Convoys reach Homs',
    'Residents said convoys arrived overnight.',
    'Read the statement in full.',
    'Last paragraph.',
  ])
  await expect(readerText(page).getByRole('heading', { name: 'Convoys reach Homs' })).toBeVisible()
  await readerText(page).getByText('Residents said').click()
  await readerText(page).getByText('the statement').click()
  expect(await page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned)).toBeUndefined()
  expect(dialogs).toEqual([])
  expect(requests).toEqual([])
  await expect(page.locator('script:not([type="module"]), img, iframe, form, svg')).toHaveCount(0)
  await expect(page.locator('[onclick], [onerror], [onload], a[href^="javascript"]')).toHaveCount(0)
})

test('an Arabic document displays right to left, and annotating it keeps whole graphemes', async ({
  page,
}) => {
  await importFiles(page, 'arabic.txt').then((d) =>
    d.getByRole('button', { name: 'Import', exact: true }).click(),
  )
  const paragraphs = readerText(page).locator('p')
  await expect(paragraphs).toHaveCount(3)
  const directions = await paragraphs.evaluateAll((ps) => ps.map((p) => getComputedStyle(p).direction))
  expect(directions).toEqual(['rtl', 'rtl', 'ltr'])
  // The Arabic paragraph starts at the right edge of the column.
  const box = await paragraphs.first().evaluate((p) => {
    const range = document.createRange()
    range.setStart(p.firstChild!, 0)
    range.setEnd(p.firstChild!, 3)
    return { text: range.getBoundingClientRect().right, column: p.getBoundingClientRect().right }
  })
  expect(box.column - box.text).toBeLessThan(4)
  await annotateByMouse(page, 'آلاف الأشخاص', 'Displacement claim, Arabic source')
  await annotateByMouse(page, 'fled 👩‍👩‍👧 towards', 'Emoji kept whole')
  expect(await paintedTexts(page)).toEqual(['fled 👩‍👩‍👧 towards', 'آلاف الأشخاص'].sort())
  await page.screenshot({ path: test.info().outputPath('arabic.png') })
  await page.reload()
  await expect.poll(() => paintedTexts(page)).toEqual(['fled 👩‍👩‍👧 towards', 'آلاف الأشخاص'].sort())
})

test('pasted text and Markdown become documents; raw HTML in Markdown is dropped', async ({ page }) => {
  await page.getByRole('button', { name: 'Import…' }).click()
  const dialog = page.getByRole('dialog', { name: 'Import a document' })
  await dialog.getByRole('button', { name: 'Continue' }).click()
  await expect(dialog.getByRole('alert')).toHaveText('Paste some text first: the box is empty.')
  await dialog.getByLabel('Or paste text').fill('First pasted paragraph about Hama.\n\nSecond paragraph.')
  await dialog.getByRole('button', { name: 'Continue' }).click()
  await dialog.getByLabel('Title').fill('')
  await dialog.getByRole('button', { name: 'Import', exact: true }).click()
  await expect(dialog.getByText('A title is required')).toBeVisible()
  await expect(dialog.getByLabel('Title')).toHaveAttribute('aria-invalid', 'true')
  await dialog.getByRole('button', { name: 'Back' }).click()
  await expect(dialog.getByLabel('Or paste text')).toHaveValue(
    'First pasted paragraph about Hama.\n\nSecond paragraph.',
  )
  await dialog.getByRole('button', { name: 'Continue' }).click()
  await dialog.getByLabel('Title').fill('Pasted note')
  await dialog.getByLabel('Published').fill('2024-12-05')
  await dialog.getByRole('button', { name: 'Import', exact: true }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Pasted note' })).toBeVisible()
  await expect(readerText(page).locator('p')).toHaveText([
    'First pasted paragraph about Hama.',
    'Second paragraph.',
  ])

  const md = await importFiles(page, 'notes.md')
  await expect(md.getByLabel('Title')).toHaveValue('Field notes on Homs')
  await md.getByRole('button', { name: 'Import', exact: true }).click()
  await expect(readerText(page).locator('> *')).toHaveText([
    'Field notes on Homs',
    'Convoys of displaced people arrived from Homs.',
    'Outlook',
    'Watch the coastal road',
  ])
  expect(await page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned)).toBeUndefined()
  await expect(page.getByRole('navigation', { name: 'Library' }).locator('.doc-open')).toHaveText([
    'Field notes on Homs',
    'Pasted note',
    'Thousands flee Homs as rebels push south',
  ])
})

test('files that cannot be imported are refused with the reason, changing nothing', async ({ page }) => {
  const dialog = await importFiles(page, 'not-utf8.txt')
  await expect(dialog.getByRole('alert')).toHaveText(
    '“not-utf8.txt” is not valid UTF-8 text. Save it as UTF-8 and try again.',
  )
  await expect(dialog.getByRole('button', { name: 'Choose files…' })).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(page.getByRole('navigation', { name: 'Library' }).locator('.doc-open')).toHaveCount(1)

  // Dropping a file of the wrong kind onto the dialog names it.
  await page.getByRole('button', { name: 'Import…' }).click()
  const drop = page.getByRole('dialog', { name: 'Import a document' })
  const transfer = await page.evaluateHandle(() => {
    const dt = new DataTransfer()
    dt.items.add(new File(['MZ'], 'report.exe', { type: 'application/octet-stream' }))
    return dt
  })
  await drop.locator('.import').dispatchEvent('drop', { dataTransfer: transfer })
  await expect(drop.getByRole('alert')).toHaveText(
    '“report.exe” is not a document the workbench reads (.txt, .md, .html, .mhtml, .pdf, .docx).',
  )

  // A broken PDF is named as such, not taken for an empty document.
  const broken = await page.evaluateHandle(() => {
    const dt = new DataTransfer()
    dt.items.add(new File(['%PDF-1.7 not really'], 'report.pdf', { type: 'application/pdf' }))
    return dt
  })
  await drop.locator('.import').dispatchEvent('drop', { dataTransfer: broken })
  await expect(drop.getByRole('alert')).toContainText('could not be read as a PDF')

  // An HTML file with no words in it is refused too.
  const empty = await page.evaluateHandle(() => {
    const dt = new DataTransfer()
    dt.items.add(new File(['<script>1</script><img src=x>'], 'empty.html', { type: 'text/html' }))
    return dt
  })
  await drop.locator('.import').dispatchEvent('drop', { dataTransfer: empty })
  await expect(drop.getByRole('alert')).toHaveText(
    '“empty.html” has no text once markup is removed; nothing was imported.',
  )
  await expect(page.getByRole('navigation', { name: 'Library' }).locator('.doc-open')).toHaveCount(1)
})

test('files dropped on the library open the import dialog with their details', async ({ page }) => {
  const transfer = await page.evaluateHandle(() => {
    const dt = new DataTransfer()
    dt.items.add(new File(['# Dropped report\n\nConvoys arrived.'], 'dropped.md', { type: 'text/markdown' }))
    return dt
  })
  await page.getByRole('navigation', { name: 'Library' }).dispatchEvent('drop', { dataTransfer: transfer })
  const dialog = page.getByRole('dialog', { name: 'Import a document' })
  await expect(dialog.getByLabel('Title')).toHaveValue('Dropped report')
  await dialog.getByRole('button', { name: 'Import', exact: true }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Dropped report')
})
