// The record under faults and hostile files: undo reverses only what the
// analyst just did and moves history forward; a crafted file is refused by
// name; a broken record breaks only its own view; typed work is never dropped
// without a question; two windows never silently overwrite each other.
import { expect, test, type Page } from '@playwright/test'
import { createHash } from 'node:crypto'
import { writeFileSync } from 'node:fs'
import { annotateByMouse, annotationItems, openApp, pasteDocument, simulateFullDisk } from './helpers'
import { claimDialog, goTo, recordClaim } from './ledger-helpers'

async function openDataFile(page: Page, button: string, path: string) {
  await page.getByRole('button', { name: 'Import / export' }).click()
  const dialog = page.getByRole('dialog', { name: 'Import and export' })
  const chooser = page.waitForEvent('filechooser')
  await dialog.getByRole('button', { name: button }).click()
  await (await chooser).setFiles(path)
  return dialog
}

const library = (page: Page) => page.getByRole('navigation', { name: 'Library' })
const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex')

test('undo after a W3C import onto document B reverses that import and leaves document A alone', async ({
  page,
}) => {
  await openApp(page)
  await annotateByMouse(page, 'Neil Quilliam', 'Expert on A')
  const textB = 'Convoys reached Homs overnight.\nResidents counted forty trucks.'
  await pasteDocument(page, 'Document B', textB)
  const start = textB.indexOf('forty trucks')
  const w3c = {
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    type: 'Annotation',
    id: 'urn:uuid:5b0c1d2e-3f40-4a51-8b62-7c839da4e5f6',
    body: [{ type: 'TextualBody', purpose: 'commenting', value: 'Imported onto B' }],
    target: {
      source: `urn:sha256:${sha256(textB)}`,
      selector: [
        { type: 'TextQuoteSelector', exact: 'forty trucks', prefix: 'counted ', suffix: '.' },
        { type: 'TextPositionSelector', start, end: start + 'forty trucks'.length },
      ],
    },
  }
  const path = test.info().outputPath('b.jsonld')
  writeFileSync(path, JSON.stringify(w3c))
  await openDataFile(page, 'Import annotations…', path)
  const dialog = page.getByRole('dialog', { name: 'Import annotations' })
  await expect(dialog.getByRole('radio', { name: /Document B/ })).toBeChecked()
  await dialog.getByRole('button', { name: 'Import 1 annotation' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Imported' })).toContainText(
    'Imported 1 annotation onto “Document B”: 1 highlighted.',
  )
  await expect(annotationItems(page)).toHaveCount(1)

  await page.keyboard.press('Control+z')
  await expect(page.getByRole('status').filter({ hasText: 'Undid' })).toHaveText(
    /Undid: import of “b\.jsonld”/,
  )
  await expect(annotationItems(page)).toHaveCount(0)
  await library(page)
    .getByRole('button', { name: 'Thousands flee Homs as rebels push south', exact: true })
    .click()
  await expect(annotationItems(page)).toHaveCount(1)
  await expect(annotationItems(page).first()).toContainText('Expert on A')
})

test('a cited claim edited, undone and edited again is marked changed in the briefing', async ({ page }) => {
  await openApp(page)
  await recordClaim(page, { passage: 'Neil Quilliam', attributedTo: 'Chatham House', newSource: {} })
  await goTo(page, 'Claims')
  const grid = page.getByRole('grid', { name: 'Claims table' })
  const edit = async (status: string) => {
    await grid.getByRole('row').filter({ hasText: 'Neil Quilliam' }).click()
    await page.getByRole('button', { name: 'Edit claim', exact: true }).click()
    await page
      .getByRole('dialog', { name: 'Edit claim' })
      .getByLabel('Status')
      .selectOption({ label: status })
    await page.getByRole('button', { name: 'Save claim' }).click()
    await expect(page.getByRole('dialog', { name: 'Edit claim' })).toBeHidden()
  }
  await edit('Disputed') // version 2
  await grid.getByRole('checkbox', { name: 'Select row: Neil Quilliam' }).check()
  await page
    .getByRole('form', { name: 'Bulk edit' })
    .getByRole('button', { name: 'Cite in a briefing…' })
    .click()
  await page.getByRole('dialog', { name: 'Cite in a briefing' }).getByRole('button', { name: 'Cite' }).click()
  await page.getByRole('button', { name: 'Undo edit claim' }).click() // version 3, content of version 1
  await edit('Refuted') // version 4
  const claim = page.getByRole('complementary', { name: 'Claim' })
  await expect(claim.getByRole('region', { name: 'Audit trail' }).locator('li')).toHaveCount(4)
  await expect(claim.getByText('Undone by')).toBeVisible()

  await goTo(page, 'Briefings')
  const cited = page.getByRole('list', { name: 'Cited claims' }).getByRole('listitem')
  await expect(cited.getByRole('note')).toContainText('Changed since cited (version 2 → 4).')
})

test('a crafted workspace file is refused by name and changes nothing', async ({ page }) => {
  await openApp(page)
  const text = 'A forged text.'
  const file = {
    format: 'analyst-workbench-workspace',
    version: 1,
    exportedAt: '2024-12-08T10:00:00.000Z',
    documents: [
      {
        id: 'forged-doc',
        title: 'Forged copy',
        outlet: '',
        author: '',
        url: '',
        published: '',
        retrieved: '',
        text,
        blocks: ['p'],
        textHash: sha256('The genuine text.'),
        wordCount: 3,
        created: '2024-12-08T10:00:00.000Z',
        modified: '2024-12-08T10:00:00.000Z',
      },
    ],
    annotations: [],
    claims: [],
    sources: [],
    briefings: [],
    audit: [
      {
        id: 'a1',
        entity: 'claim',
        entityId: 'c1',
        at: '2024-12-08T10:00:00.000Z',
        who: 'x',
        action: 'update',
        changes: [{ field: 'status', before: { toString: 1 }, after: 'disputed' }],
        note: '',
      },
    ],
  }
  const path = test.info().outputPath('crafted.json')
  writeFileSync(path, JSON.stringify(file))
  const dialog = await openDataFile(page, 'Import workspace…', path)
  await expect(dialog.getByRole('alert')).toHaveText(
    '“crafted.json” was not imported: audit[0] (id a1): changes[0].before: Not a value the claim field “status” can hold',
  )
  file.audit = []
  writeFileSync(path, JSON.stringify(file))
  const chooser = page.waitForEvent('filechooser')
  await dialog.getByRole('button', { name: 'Import workspace…' }).click()
  await (await chooser).setFiles(path)
  await expect(dialog.getByRole('alert')).toContainText(
    'documents[0] (id forged-d…) “Forged copy”: textHash: The hash does not match the document’s text',
  )
  await dialog.getByRole('button', { name: 'Close' }).click()
  await expect(library(page).locator('.doc-open')).toHaveCount(1)
})

test('a damaged record breaks only its own pane: the claim says so, the table and views keep working', async ({
  page,
}) => {
  await openApp(page)
  await recordClaim(page, { passage: 'Neil Quilliam', attributedTo: 'Chatham House', newSource: {} })
  // As an older build or a hand edit might have left it: passages that are not a list.
  await page.evaluate(async () => {
    const open = indexedDB.open('analyst-workbench')
    const db = await new Promise<IDBDatabase>((resolve) => (open.onsuccess = () => resolve(open.result)))
    const store = db.transaction('claims', 'readwrite').objectStore('claims')
    const all = await new Promise<Record<string, unknown>[]>((resolve) => {
      const r = store.getAll()
      r.onsuccess = () => resolve(r.result as Record<string, unknown>[])
    })
    store.put({ ...all[0], anchors: { broken: true } })
    db.close()
  })
  await goTo(page, 'Claims')
  await page
    .getByRole('grid', { name: 'Claims table' })
    .getByRole('row')
    .filter({ hasText: 'Neil Quilliam' })
    .click()
  const failed = page.getByRole('alert', { name: 'This claim failed' })
  await expect(failed).toContainText('This claim could not be shown')
  await expect(failed).toContainText('Nothing was changed or lost')
  await expect(page.getByRole('grid', { name: 'Claims table' })).toBeVisible()
  await failed.getByRole('button', { name: 'Close the claim' }).click()
  await expect(failed).toBeHidden()
  await goTo(page, 'Reader')
  await expect(
    page.getByRole('heading', { level: 1, name: 'Thousands flee Homs as rebels push south' }),
  ).toBeVisible()
})

test('typed work is not discarded without a question', async ({ page }) => {
  await openApp(page)
  await annotateByMouse(page, 'Neil Quilliam', 'saved first')
  // An annotation editor with a typed note.
  await page
    .getByRole('button', { name: /^Edit annotation/ })
    .first()
    .click()
  const editor = page.getByRole('form', { name: 'Edit annotation' })
  await editor.getByLabel('Note').fill('a note I am still writing')
  await editor.getByLabel('Note').press('Escape')
  const ask = page.getByRole('alertdialog', { name: 'Discard this annotation?' })
  await expect(ask).toBeVisible()
  await ask.getByRole('button', { name: 'Keep editing' }).click()
  await expect(editor.getByLabel('Note')).toHaveValue('a note I am still writing')
  await editor.getByRole('button', { name: 'Cancel' }).click()
  await ask.getByRole('button', { name: 'Discard' }).click()
  await expect(editor).toBeHidden()
  await expect(annotationItems(page).first()).toContainText('saved first')

  // A claim editor: Escape on the dialog asks too.
  await page.getByRole('toolbar', { name: 'Selection' }).waitFor({ state: 'detached' })
  await recordClaimDraft(page)
  await page.keyboard.press('Escape')
  const askClaim = page.getByRole('alertdialog', { name: 'Discard this claim?' })
  await expect(askClaim).toBeVisible()
  await expect(claimDialog(page)).toBeVisible()
  await askClaim.getByRole('button', { name: 'Keep editing' }).click()
  await expect(claimDialog(page).getByLabel('Statement')).toHaveValue('My own words about Homs')
  await claimDialog(page).getByRole('button', { name: 'Cancel' }).click()
  await askClaim.getByRole('button', { name: 'Discard' }).click()
  await expect(claimDialog(page)).toBeHidden()
})

async function recordClaimDraft(page: Page) {
  const { dragSelect } = await import('./helpers')
  await dragSelect(page, 'rebel fighters pushed further south')
  await page.getByRole('toolbar', { name: 'Selection' }).getByRole('button', { name: 'New claim' }).click()
  await claimDialog(page).getByLabel('Statement').fill('My own words about Homs')
}

test('two windows editing one claim: the second save sees the first and asks', async ({ page, context }) => {
  await openApp(page)
  await recordClaim(page, { passage: 'Neil Quilliam', attributedTo: 'Chatham House', newSource: {} })
  const other = await context.newPage()
  await other.goto('/')
  for (const p of [page, other]) {
    await goTo(p, 'Claims')
    await p
      .getByRole('grid', { name: 'Claims table' })
      .getByRole('row')
      .filter({ hasText: 'Neil Quilliam' })
      .click()
    await p.getByRole('button', { name: 'Edit claim', exact: true }).click()
  }
  const mine = page.getByRole('dialog', { name: 'Edit claim' })
  const theirs = other.getByRole('dialog', { name: 'Edit claim' })
  await theirs.getByLabel('Status').selectOption({ label: 'Disputed' })
  await theirs.getByRole('button', { name: 'Save claim' }).click()
  await expect(theirs).toBeHidden()

  await mine.getByLabel('Notes').fill('My note, typed meanwhile')
  await mine.getByRole('button', { name: 'Save claim' }).click()
  const conflict = mine.getByRole('alertdialog', { name: 'This claim was changed elsewhere' })
  await expect(conflict).toContainText('by version 2')
  await expect(conflict.getByRole('row', { name: /Status/ })).toContainText('Disputed')
  await conflict.getByRole('button', { name: 'Save mine over it' }).click()
  await expect(mine).toBeHidden()
  const trail = page
    .getByRole('complementary', { name: 'Claim' })
    .getByRole('region', { name: 'Audit trail' })
  await expect(trail.locator('li')).toHaveCount(3)
  await expect(trail).toContainText('My note, typed meanwhile')
  await expect(trail).toContainText('Disputed')
})

test('a newer version opening the store elsewhere gets a clear message and a reload, not a wedged window', async ({
  page,
  context,
}) => {
  await openApp(page)
  const other = await context.newPage()
  await other.goto('/')
  await other.evaluate(async () => {
    const current = await new Promise<number>((resolve) => {
      const r = indexedDB.open('analyst-workbench')
      r.onsuccess = () => {
        resolve(r.result.version)
        r.result.close()
      }
    })
    await new Promise<void>((resolve) => {
      const r = indexedDB.open('analyst-workbench', current + 10)
      r.onsuccess = () => {
        r.result.close()
        resolve()
      }
    })
  })
  const alert = page.getByRole('alert').filter({ hasText: 'upgraded by another window' })
  await expect(alert).toBeVisible()
  await expect(alert.getByRole('button', { name: 'Reload this window' })).toBeVisible()
})

/** A workspace file of `n` claims on one source, as another analyst's export would hold them. */
function workspaceOfClaims(n: number): string {
  const at = '2024-12-08T10:00:00.000Z'
  const source = {
    id: 'src-wire',
    name: 'Wire desk',
    aliases: [],
    kind: 'organisation',
    affiliation: '',
    partisan: false,
    defaultReliability: 'B',
    reliabilityRationale: '',
    relays: null,
    url: '',
    notes: '',
    created: at,
    modified: at,
  }
  const claims = Array.from({ length: n }, (_, i) => ({
    id: `claim-${i}`,
    statement: `Reported movement number ${i} near Homs`,
    type: 'reported-fact',
    attributedTo: 'src-wire',
    reportedVia: null,
    occurred: '',
    reported: '2024-12-06',
    places: ['Homs'],
    status: 'unverified',
    tags: [],
    notes: '',
    anchors: [],
    reliabilityOverride: null,
    credibility: '3',
    likelihood: null,
    confidence: null,
    links: [],
    version: 1,
    created: at,
    modified: at,
  }))
  return JSON.stringify({
    format: 'analyst-workbench-workspace',
    version: 1,
    exportedAt: at,
    documents: [],
    annotations: [],
    claims,
    sources: [source],
    briefings: [],
    audit: [],
  })
}

const countClaims = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const open = indexedDB.open('analyst-workbench')
        open.onsuccess = () => {
          const r = open.result.transaction('claims').objectStore('claims').count()
          r.onsuccess = () => {
            open.result.close()
            resolve(r.result)
          }
        }
      }),
  )

test('a reload in the middle of a 50,000-claim import leaves the store as before, never half imported', async ({
  page,
}) => {
  test.setTimeout(180_000)
  await openApp(page)
  const path = test.info().outputPath('big.json')
  writeFileSync(path, workspaceOfClaims(50_000))
  const dialog = await openDataFile(page, 'Import workspace…', path)
  const plan = dialog.getByRole('group', { name: 'Import plan' })
  await expect(plan).toContainText('Claims: 50000 added', { timeout: 60_000 })
  await plan.getByRole('button', { name: 'Import', exact: true }).click()
  await expect(dialog.getByRole('status')).toContainText('Importing')
  await page.reload()
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  const after = await countClaims(page)
  expect([0, 50_000]).toContain(after)
  // Nothing half-written is left to trip over: importing again completes.
  if (after === 0) {
    const again = await openDataFile(page, 'Import workspace…', path)
    const plan2 = again.getByRole('group', { name: 'Import plan' })
    await expect(plan2).toContainText('Claims: 50000 added', { timeout: 60_000 })
    await plan2.getByRole('button', { name: 'Import', exact: true }).click()
    await expect(again).toBeHidden({ timeout: 120_000 })
    expect(await countClaims(page)).toBe(50_000)
  }
})

test('a full disk during a claim save keeps the form, and the save succeeds once space returns', async ({
  page,
}) => {
  const diskFull = await simulateFullDisk(page)
  await openApp(page)
  await recordClaimDraft(page)
  const dialog = claimDialog(page)
  await dialog.getByLabel('Attributed to').fill('Syrian Observatory for Human Rights')
  await diskFull(true)
  await dialog.getByRole('button', { name: 'Record claim' }).click()
  await expect(dialog.getByRole('alert')).toContainText('run out of storage space')
  await expect(dialog.getByLabel('Statement')).toHaveValue('My own words about Homs')
  expect(await countClaims(page)).toBe(0)

  await diskFull(false)
  await dialog.getByRole('button', { name: 'Record claim' }).click()
  await expect(dialog).toBeHidden()
  expect(await countClaims(page)).toBe(1)
})
