// The library and the store: rename, details, delete with undo, two windows in
// step through liveQuery, and a full disk that loses nothing.
import { expect, test } from '@playwright/test'
import { annotateByMouse, annotationItems, openApp, readerText, simulateFullDisk } from './helpers'

const sampleTitle = 'Thousands flee Homs as rebels push south'

test('rename, edit details with validation, delete and undo the delete', async ({ page }) => {
  await openApp(page)
  await annotateByMouse(page, 'Neil Quilliam', 'Expert')
  const library = page.getByRole('navigation', { name: 'Library' })

  await library.getByRole('button', { name: `Rename “${sampleTitle}”` }).click()
  await library.getByLabel('New title').fill('Homs, 6 December')
  await library.getByLabel('New title').press('Enter')
  await expect(library.locator('.doc-open')).toHaveText(['Homs, 6 December'])
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Homs, 6 December')

  await page.getByRole('button', { name: 'Edit details' }).click()
  const details = page.getByRole('dialog', { name: 'Document details' })
  await details.getByLabel('URL').fill('javascript:alert(1)')
  await details.getByLabel('Author').fill('NBC News staff')
  await details.getByRole('button', { name: 'Save details' }).click()
  await expect(details.getByText('Use a full http:// or https:// address, or leave it empty')).toBeVisible()
  await expect(details.getByLabel('URL')).toHaveAttribute('aria-invalid', 'true')
  await expect(details.getByLabel('Author')).toHaveValue('NBC News staff')
  await details.getByLabel('URL').fill('https://www.nbcnews.com/')
  await details.getByRole('button', { name: 'Save details' }).click()
  await expect(details).toBeHidden()
  await expect(page.getByRole('main').getByText(/NBC News · NBC News staff · Dec 6, 2024/)).toBeVisible()
  await expect(page.getByRole('main').getByRole('link', { name: 'Original' })).toHaveAttribute(
    'href',
    'https://www.nbcnews.com/',
  )

  await library.getByRole('button', { name: 'Delete “Homs, 6 December”' }).click()
  await expect(library.locator('.doc-open')).toHaveCount(0)
  await expect(page.getByText('No document is open.')).toBeVisible()
  await page.locator('.toast').getByRole('button', { name: 'Undo' }).click()
  await expect(library.locator('.doc-open')).toHaveText(['Homs, 6 December'])
  await library.getByRole('button', { name: 'Homs, 6 December', exact: true }).click()
  await expect(annotationItems(page)).toHaveCount(1)

  // The deleted sample is not brought back on the next start.
  await library.getByRole('button', { name: 'Delete “Homs, 6 December”' }).click()
  await expect(library.locator('.doc-open')).toHaveCount(0)
  await page.reload()
  await expect(page.getByText('No documents yet. Import an article to begin.')).toBeVisible()
})

test('two windows on the same store stay in step', async ({ page, context }) => {
  await openApp(page)
  const other = await context.newPage()
  await openApp(other)
  await annotateByMouse(page, 'Hayat Tahrir al-Sham', 'Group name', ['actor:HTS'])
  await expect(annotationItems(other)).toHaveCount(1)
  await expect(annotationItems(other).first()).toContainText('Group name')
  await annotationItems(other)
    .first()
    .getByRole('button', { name: /^Delete annotation/ })
    .click()
  await expect(annotationItems(page)).toHaveCount(0)
  await expect(page.getByRole('navigation', { name: 'Library' })).toContainText('0 annotations')
})

test('a full disk is reported and the unsaved annotation is kept', async ({ page }) => {
  const diskFull = await simulateFullDisk(page)
  await openApp(page)
  await diskFull(true)
  await readerText(page).focus()
  await page.keyboard.press('ArrowDown')
  await page.keyboard.press('a')
  const editor = page.getByRole('form', { name: 'New annotation' })
  await editor.getByLabel('Note').fill('A long note I must not lose')
  await editor.getByRole('button', { name: 'Save' }).click()
  await expect(editor.getByRole('alert')).toContainText('run out of storage space')
  await expect(editor.getByLabel('Note')).toHaveValue('A long note I must not lose')
  await expect(annotationItems(page)).toHaveCount(0)

  await diskFull(false)
  await editor.getByRole('button', { name: 'Save' }).click()
  await expect(editor).toBeHidden()
  await expect(annotationItems(page)).toHaveCount(1)
  await expect(annotationItems(page).first()).toContainText('A long note I must not lose')
})

test('the storage status and the last open document are remembered', async ({ page }) => {
  await openApp(page)
  // How the storage is kept is explained in Settings, not flagged as an alarm.
  await page.getByRole('button', { name: /^Settings/ }).click()
  const settings = page.getByRole('dialog', { name: 'Settings' })
  await expect(settings.getByRole('heading', { name: /^Storage: / })).toBeVisible()
  await expect(settings).toContainText('export the workspace now and then')
  await settings.getByRole('button', { name: 'Done' }).click()
  await page.getByRole('button', { name: 'Import…' }).click()
  const dialog = page.getByRole('dialog', { name: 'Import a document' })
  await dialog.getByLabel('Or paste text').fill('A second document.')
  await dialog.getByRole('button', { name: 'Continue' }).click()
  await dialog.getByLabel('Title').fill('Second')
  await dialog.getByRole('button', { name: 'Import', exact: true }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Second')
  await page.reload()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Second')
})
