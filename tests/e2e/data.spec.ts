// A case that travels: the workspace exported, wiped (a fresh profile),
// imported and exported again is identical; a bad file changes nothing and
// names the record and field; the claims CSV neutralises formulas.
import { expect, test, type Page } from '@playwright/test'
import { readFileSync, writeFileSync } from 'node:fs'
import { annotateByMouse, appOrigin, openApp } from './helpers'
import { recordClaim } from './ledger-helpers'

async function exportFile(page: Page, button: string) {
  await page.getByRole('button', { name: 'Import / export' }).click()
  const dialog = page.getByRole('dialog', { name: 'Import and export' })
  const download = page.waitForEvent('download')
  await dialog.getByRole('button', { name: button }).click()
  const file = await download
  const text = readFileSync((await file.path())!, 'utf8')
  await page.keyboard.press('Escape')
  return { name: file.suggestedFilename(), text }
}

async function importFile(page: Page, path: string) {
  await page.getByRole('button', { name: 'Import / export' }).click()
  const dialog = page.getByRole('dialog', { name: 'Import and export' })
  const chooser = page.waitForEvent('filechooser')
  await dialog.getByRole('button', { name: 'Import workspace…' }).click()
  await (await chooser).setFiles(path)
  return dialog
}

const withoutExportTime = (json: string) => ({ ...JSON.parse(json), exportedAt: null })

/** Renames the open case through the Cases dialog. */
export async function renameOpenCase(page: Page, name: string) {
  await page.getByRole('button', { name: 'Cases…' }).click()
  const dialog = page.getByRole('dialog', { name: 'Cases' })
  await dialog.getByRole('row').filter({ hasText: '(open)' }).getByRole('button', { name: /^Edit/ }).click()
  const form = dialog.getByRole('form', { name: 'Edit case' })
  await form.getByLabel('Name').fill(name)
  await form.getByRole('button', { name: 'Save case' }).click()
  await expect(dialog.getByRole('row').filter({ hasText: '(open)' })).toContainText(name)
  await dialog.getByRole('button', { name: 'Close' }).click()
}

test('a workspace exported, wiped and imported comes back identical, with no request leaving the app', async ({
  page,
  browser,
}) => {
  const outside: string[] = []
  await page.context().route('**/*', (route) => {
    const url = route.request().url()
    if (url.startsWith(appOrigin) || url.startsWith('data:') || url.startsWith('blob:'))
      return route.continue()
    outside.push(url)
    return route.abort()
  })
  await openApp(page)
  await renameOpenCase(page, 'Homs desk')
  await annotateByMouse(page, 'Neil Quilliam', 'Expert', ['actor:Chatham House'])
  await recordClaim(page, {
    passage: 'Thousands of people have fled the Syrian city of Homs',
    statement: '=HYPERLINK("http://evil.example","click") thousands fled',
    attributedTo: 'Syrian Observatory for Human Rights',
    newSource: { kind: 'Organisation', reliability: 'B: Usually reliable' },
    credibility: '2: Probably true',
  })
  const first = await exportFile(page, 'Export workspace…')
  expect(first.name).toMatch(/^\d{4}-\d{2}-\d{2}-workspace\.json$/)
  const path = test.info().outputPath('workspace.json')
  writeFileSync(path, first.text)

  // The CSV of the same claims: a leading "=" is neutralised.
  const csv = await exportFile(page, 'Export claims as CSV…')
  expect(csv.text).toContain(`"'=HYPERLINK(""http://evil.example"",""click"") thousands fled"`)
  expect(csv.text.split('\r\n')[0]).toContain('Likelihood')

  // W3C JSON-LD of the annotation and the claim, the grades as machine tags.
  const w3c = await exportFile(page, 'Export annotations and claims…')
  const items = JSON.parse(w3c.text).first.items
  expect(items).toHaveLength(2)
  expect(items[1].body.map((b: { value: string }) => b.value)).toContain(
    'admiralty-scale:information-credibility="2"',
  )
  expect(outside).toEqual([])

  // A fresh profile is an empty store: import there, then export again.
  const context = await browser.newContext()
  const fresh = await context.newPage()
  await openApp(fresh)
  const dialog = await importFile(fresh, path)
  const plan = dialog.getByRole('group', { name: 'Import plan' })
  await expect(plan).toContainText('Importing workspace.json into the workspace will:')
  await expect(plan).toContainText('Cases: 1 added')
  await plan.getByRole('button', { name: 'Import', exact: true }).click()
  await expect(dialog).toBeHidden()
  await fresh.getByLabel('Case', { exact: true }).selectOption({ label: 'Homs desk' })
  await expect(fresh.getByRole('navigation', { name: 'Library' })).toContainText('1 annotation')
  const second = await exportFile(fresh, 'Export workspace…')
  const a = withoutExportTime(first.text)
  const b = withoutExportTime(second.text)
  // The fresh profile seeded its own case and copy of the sample article before the import.
  const only = (key: string) =>
    (b[key] = b[key].filter((d: { id: string }) => a[key].some((x: { id: string }) => x.id === d.id)))
  only('documents')
  only('cases')
  expect(b).toEqual(a)
  await context.close()
})

test('a workspace file that fails validation changes nothing and says which record and field', async ({
  page,
}) => {
  await openApp(page)
  const good = JSON.parse((await exportFile(page, 'Export workspace…')).text)
  good.documents[0].title = ''
  const path = test.info().outputPath('bad.json')
  writeFileSync(path, JSON.stringify(good))
  const dialog = await importFile(page, path)
  await expect(dialog.getByRole('alert')).toHaveText(
    /^“bad\.json” was not imported: documents\[0\] \(id [^)]+\): title: A title is required/,
  )
  await expect(dialog.getByRole('group', { name: 'Import plan' })).toHaveCount(0)
  await page.keyboard.press('Escape')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Thousands flee Homs as rebels push south')

  writeFileSync(path, '{"format":"something-else"}')
  const again = await importFile(page, path)
  await expect(again.getByRole('alert')).toContainText('“bad.json” was not imported:')
})
