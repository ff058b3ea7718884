// Cases, tags and search through the UI: each investigation kept apart, a
// document moved with its claims, a case handed on as a file, the tag
// vocabulary tidied with undo, and search and find landing on the right place.
import { expect, test, type Page } from '@playwright/test'
import { readFileSync, writeFileSync } from 'node:fs'
import { annotateByMouse, annotationItems, openApp, pasteDocument, readerText } from './helpers'
import { goTo, recordClaim } from './ledger-helpers'

const library = (page: Page) => page.getByRole('navigation', { name: 'Library' })
const caseSelect = (page: Page) => page.getByLabel('Case', { exact: true })

async function newCase(page: Page, name: string) {
  await page.getByRole('button', { name: 'Cases…' }).click()
  const dialog = page.getByRole('dialog', { name: 'Cases' })
  await dialog.getByRole('button', { name: 'New case…' }).click()
  const form = dialog.getByRole('form', { name: 'New case' })
  await form.getByLabel('Name').fill(name)
  await form.getByRole('button', { name: 'Create case' }).click()
  await expect(caseSelect(page)).toHaveValue(/.+/)
  await dialog.getByRole('button', { name: 'Close' }).click()
  await expect(caseSelect(page).locator('option:checked')).toHaveText(name)
}

async function searchFor(page: Page, text: string) {
  await page.keyboard.press('Control+k')
  const box = page.getByRole('combobox', { name: /^Search/ })
  await expect(box).toBeFocused()
  await box.fill(text)
  return page.getByRole('listbox', { name: 'Search results' })
}

test('a second case keeps its documents and claims apart; a document moves with its claims', async ({
  page,
}) => {
  await openApp(page)
  await recordClaim(page, { passage: 'Neil Quilliam', attributedTo: 'Chatham House', newSource: {} })
  await newCase(page, 'Aleppo water supply')
  await expect(library(page)).toContainText('No documents yet')
  await pasteDocument(
    page,
    'Pumping station hit',
    'The Suleiman al-Halabi pumping station was hit on Tuesday.',
  )
  await goTo(page, 'Claims')
  await expect(page.getByText('No claims yet')).toBeVisible()

  // Back in the first case, its work is all there; the new document is not.
  await caseSelect(page).selectOption({ label: 'Thousands flee Homs as rebels push south' })
  await goTo(page, 'Reader')
  await expect(library(page).locator('.doc-open')).toHaveText(['Thousands flee Homs as rebels push south'])
  await goTo(page, 'Claims')
  await expect(
    page.getByRole('grid', { name: 'Claims table' }).getByRole('row', { name: /Neil Quilliam/ }),
  ).toHaveCount(1)

  // Move the sample, with the claim resting on it, to the other case.
  await goTo(page, 'Reader')
  await library(page)
    .getByRole('button', { name: /^Move or copy “Thousands flee Homs/ })
    .click()
  const move = page.getByRole('dialog', { name: 'Move or copy to another case' })
  await expect(move).toContainText('goes with its 0 annotations and the 1 claim resting on it')
  await move.getByLabel('To the case').selectOption({ label: 'Aleppo water supply' })
  await move.getByRole('button', { name: 'Move', exact: true }).click()
  await expect(library(page)).toContainText('No documents yet')
  await caseSelect(page).selectOption({ label: 'Aleppo water supply' })
  await expect(library(page).locator('.doc-open')).toHaveCount(2)
  await goTo(page, 'Claims')
  await expect(
    page.getByRole('grid', { name: 'Claims table' }).getByRole('row', { name: /Neil Quilliam/ }),
  ).toHaveCount(1)
  // One step back: the move is undone as a whole.
  await page.getByRole('button', { name: /^Undo move/ }).click()
  await expect(page.getByText('No claims yet')).toBeVisible()
})

test('a case exported and imported into a fresh profile as a new case exports again identically', async ({
  page,
  browser,
}) => {
  await openApp(page)
  await annotateByMouse(page, 'Neil Quilliam', 'Expert', ['actor:Chatham House'])
  await recordClaim(page, {
    passage: 'Hassan Abdul-Ghani',
    attributedTo: 'Hassan Abdul-Ghani',
    newSource: {},
  })
  const exportCase = async (p: Page) => {
    await p.getByRole('button', { name: 'Import / export' }).click()
    const dialog = p.getByRole('dialog', { name: 'Import and export' })
    const download = p.waitForEvent('download')
    await dialog.getByRole('button', { name: 'Export case…' }).click()
    const text = readFileSync((await (await download).path())!, 'utf8')
    await dialog.getByRole('button', { name: 'Close' }).click()
    return text
  }
  const withoutTime = (text: string) => ({ ...JSON.parse(text), exportedAt: null })
  const first = await exportCase(page)
  expect(JSON.parse(first).format).toBe('analyst-workbench-case')
  const path = test.info().outputPath('homs.case.json')
  writeFileSync(path, first)

  const context = await browser.newContext()
  const fresh = await context.newPage()
  await openApp(fresh)
  await fresh.getByRole('button', { name: 'Import / export' }).click()
  const dialog = fresh.getByRole('dialog', { name: 'Import and export' })
  const chooser = fresh.waitForEvent('filechooser')
  await dialog.getByRole('button', { name: 'Import case as a new case…' }).click()
  await (await chooser).setFiles(path)
  const plan = dialog.getByRole('group', { name: 'Import plan' })
  await expect(plan).toContainText('as a new case will:')
  await plan.getByRole('button', { name: 'Import', exact: true }).click()
  await expect(dialog).toBeHidden()
  await expect(library(fresh)).toContainText('1 annotation')
  expect(withoutTime(await exportCase(fresh))).toEqual(withoutTime(first))
  await context.close()
})

test('tags are renamed and merged across the case, each step undoable', async ({ page }) => {
  await openApp(page)
  await annotateByMouse(page, 'Neil Quilliam', 'Expert', ['actor:Chatham', 'analysis'])
  await annotateByMouse(page, 'Hassan Abdul-Ghani', 'Commander', ['actor:HTS', 'Analysis'])
  await goTo(page, 'Tags')
  const table = page.getByRole('table', { name: 'Tag vocabulary' })
  // "analysis" and "Analysis" are one tag.
  await expect(table.getByRole('row', { name: /^analysis/i })).toContainText('2')
  await table.getByRole('button', { name: 'Rename “actor:Chatham”' }).click()
  await page
    .getByRole('form', { name: 'Rename “actor:Chatham”' })
    .getByLabel('New name')
    .fill('actor:Chatham House')
  await page.getByRole('button', { name: 'Rename', exact: true }).click()
  await expect(table.getByRole('row', { name: /actor:Chatham House/ })).toBeVisible()

  await table.getByRole('button', { name: 'Merge “actor:HTS” into another tag' }).click()
  const merge = page.getByRole('form', { name: 'Merge “actor:HTS”' })
  await merge.getByLabel('Merge into').selectOption({ label: 'actor:Chatham House' })
  await merge.getByRole('button', { name: 'Merge' }).click()
  await expect(table.getByRole('row', { name: /actor:HTS/ })).toHaveCount(0)
  await expect(table.getByRole('row', { name: /actor:Chatham House/ })).toContainText('2')

  await page.getByRole('button', { name: /^Undo merged/ }).click()
  await expect(table.getByRole('row', { name: /actor:HTS/ })).toContainText('1')
  await page.getByRole('button', { name: /^Undo renamed/ }).click()
  await expect(table.getByRole('row', { name: /actor:Chatham$|actor:Chatham\b(?! House)/ })).toHaveCount(1)
  await goTo(page, 'Reader')
  await expect(annotationItems(page).filter({ hasText: 'Neil Quilliam' })).toContainText('actor:Chatham')
})

test('search finds a passage, a note, a claim by its source’s alias and an Arabic word with a prefix', async ({
  page,
}) => {
  await openApp(page)
  await annotateByMouse(page, 'Neil Quilliam', 'An expert voice worth quoting')
  await recordClaim(page, {
    passage: 'a leading monitoring group',
    statement: 'Thousands fled Homs',
    attributedTo: 'Syrian Observatory for Human Rights',
    newSource: {},
  })
  // "the Observatory" becomes an alias of the source.
  await goTo(page, 'Sources')
  await page.getByRole('row', { name: /Syrian Observatory/ }).click()
  await page.getByRole('button', { name: 'Edit source' }).click()
  await page.getByRole('textbox', { name: 'Aliases' }).fill('the Observatory')
  await page.getByRole('button', { name: 'Save source' }).click()
  await goTo(page, 'Reader')
  await pasteDocument(
    page,
    'تقرير حمص',
    'وصلت قوافل النازحين إلى مدينة حمص يوم الجمعة.\nقال المرصد إن الطرق مزدحمة بحمص.',
  )

  // A passage: opens the document at the paragraph.
  let results = await searchFor(page, 'strategically important')
  await results
    .getByRole('option', { name: /Thousands flee Homs/ })
    .first()
    .click()
  await expect(
    page.getByRole('heading', { level: 1, name: 'Thousands flee Homs as rebels push south' }),
  ).toBeVisible()

  // A note: selects the annotation.
  results = await searchFor(page, 'worth quoting')
  await results.getByRole('option', { name: /Neil Quilliam/ }).click()
  await expect(
    annotationItems(page).filter({ hasText: 'An expert voice worth quoting' }).getByRole('button').first(),
  ).toHaveAttribute('aria-current', 'true')

  // A claim, by its source's alias.
  results = await searchFor(page, 'the Observatory')
  await expect(results.getByRole('group', { name: 'Claims' })).toContainText('Thousands fled Homs')
  await results.getByRole('group', { name: 'Claims' }).getByRole('option').first().click()
  await expect(page.getByRole('complementary', { name: 'Claim' })).toContainText('Thousands fled Homs')

  // An Arabic word found with its prefix ("بحمص" for "حمص").
  results = await searchFor(page, 'حمص')
  const passages = results.getByRole('group', { name: 'Passages' })
  await expect(passages.getByRole('option')).toHaveCount(2)
  await expect(passages).toContainText('بحمص')
})

test('Ctrl+F paints every match in the sample article and steps through them', async ({ page }) => {
  await openApp(page)
  await readerText(page).click()
  await page.keyboard.press('Control+f')
  const find = page.getByRole('search', { name: 'Find in document' })
  await find.getByRole('searchbox', { name: 'Find in document' }).fill('homs')
  await expect(find.getByRole('status')).toHaveText('1 of 5')
  const painted = () =>
    page.evaluate(() => {
      const h = CSS.highlights.get('aw-found')
      return h ? [...h].map((r) => (r as Range).toString()) : []
    })
  await expect.poll(painted).toHaveLength(5)
  expect(new Set(await painted())).toEqual(new Set(['Homs']))
  await find.getByRole('searchbox').press('Enter')
  await expect(find.getByRole('status')).toHaveText('2 of 5')
  await find.getByRole('searchbox').press('Escape')
  await expect(find).toBeHidden()
  await expect.poll(painted).toHaveLength(0)
})
