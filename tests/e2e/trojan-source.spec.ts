// Trojan Source: a document whose text carries a RIGHT-TO-LEFT OVERRIDE
// ("pay \u202E0001$ now" would read "pay won $1000") is stored exactly as
// imported, but every view shows the control for what it is: a marked glyph
// in the reader, a named badge in the tables and the claim detail.
import { expect, test, type Page } from '@playwright/test'
import { resolve } from 'node:path'
import { dragSelect, openApp, readerText } from './helpers'
import { claimDialog, goTo } from './ledger-helpers'

const rlo = '\u202E'
const statement = `pay ${rlo}0001$ now`
const source = `Agency ${rlo}fdp.exe`
const controls = /[\u061C\u200B-\u200F\u202A-\u202E\u2060\u2066-\u2069\uFEFF]/

/** Left edges of each character of a phrase in the reader, in the order the characters are stored. */
async function characterLefts(page: Page, phrase: string): Promise<number[]> {
  return page.evaluate((phrase) => {
    for (const block of document.querySelectorAll('.reader-text > *')) {
      const node = block.firstChild
      const at = node?.textContent?.indexOf(phrase) ?? -1
      if (!node || at < 0) continue
      return [...phrase].map((_, i) => {
        const range = document.createRange()
        range.setStart(node, at + i)
        range.setEnd(node, at + i + 1)
        return range.getBoundingClientRect().left
      })
    }
    throw new Error(`phrase not in the reader: ${phrase}`)
  }, phrase)
}

test('hidden bidi controls are stored as imported and shown marked in the reader, tables and detail', async ({
  page,
}) => {
  await openApp(page)
  await page.getByRole('button', { name: 'Import…' }).click()
  const importer = page.getByRole('dialog', { name: 'Import a document' })
  const chooser = page.waitForEvent('filechooser')
  await importer.getByRole('button', { name: 'Choose files…' }).click()
  await (await chooser).setFiles(resolve(__dirname, '../fixtures/trojan-source.txt'))
  await importer.getByRole('button', { name: 'Import', exact: true }).click()
  await expect(importer).toBeHidden()
  // A short first line without a full stop is the title (and stays in the text as its heading).
  await expect(
    page.getByRole('heading', { level: 1, name: 'Invoice from the courier' }).first(),
  ).toBeVisible()

  // The reader: the override is a visible glyph, the text keeps its stored order on screen.
  const line = readerText(page).locator('p').first()
  await expect(line).toHaveText('The note says: pay ⇐0001$ now, signed Agency ⇐fdp.exe.')
  expect(await readerText(page).textContent()).not.toMatch(controls)
  const lefts = await characterLefts(page, 'pay ⇐0001$ now')
  for (let i = 1; i < lefts.length; i++) expect(lefts[i], `character ${i}`).toBeGreaterThan(lefts[i - 1]!)
  const marked = await page.evaluate(() =>
    [...(CSS.highlights.get('aw-invisible') ?? [])].map((r) => (r as Range).toString()),
  )
  expect(marked).toEqual(['⇐', '⇐'])
  await expect(page.getByRole('note').filter({ hasText: 'hidden characters' })).toHaveText(
    'This text contains 2 hidden characters that can reorder or hide what the text says: 2 × U+202E RIGHT-TO-LEFT OVERRIDE. They are kept as imported and shown marked wherever the text appears.',
  )
  // Hovering the glyph names it.
  const glyph = await page.evaluate(() => {
    const node = document.querySelectorAll('.reader-text > *')[1]!.firstChild!
    const range = document.createRange()
    const at = node.textContent!.indexOf('⇐')
    range.setStart(node, at)
    range.setEnd(node, at + 1)
    const box = range.getBoundingClientRect()
    return { x: box.left + box.width / 2, y: box.top + box.height / 2 }
  })
  await page.mouse.move(glyph.x, glyph.y)
  await expect(readerText(page)).toHaveAttribute('title', 'U+202E RIGHT-TO-LEFT OVERRIDE')

  // A claim from that passage: the statement is the stored text, control included.
  await dragSelect(page, 'pay ⇐0001$ now')
  await page.getByRole('toolbar', { name: 'Selection' }).getByRole('button', { name: 'New claim' }).click()
  const dialog = claimDialog(page)
  await expect(dialog.getByLabel('Statement')).toHaveValue(statement)
  await dialog.getByLabel('Attributed to').fill(source)
  await expect(dialog.getByRole('group', { name: /^New source:/ }).getByRole('img')).toHaveAccessibleName(
    'U+202E RIGHT-TO-LEFT OVERRIDE',
  )
  await dialog.getByRole('button', { name: 'Record claim' }).click()
  await expect(dialog).toBeHidden()

  // The claims table: each control a named badge, the cells read in stored order.
  await goTo(page, 'Claims')
  const grid = page.getByRole('grid', { name: 'Claims table' })
  const row = grid.getByRole('row').filter({ hasText: 'pay RLO0001$ now' })
  await expect(row).toHaveCount(1)
  await expect(row).toContainText('Agency RLOfdp.exe')
  await expect(row.getByRole('img', { name: 'U+202E RIGHT-TO-LEFT OVERRIDE' })).toHaveCount(2)
  expect(await grid.textContent()).not.toMatch(controls)
  const isolation = await row
    .locator('.safe-text')
    .first()
    .evaluate((el) => [el.getAttribute('dir'), getComputedStyle(el).unicodeBidi])
  expect(isolation).toEqual(['auto', 'isolate'])

  // The detail: heading and source the same way; the stored statement is unchanged.
  await row.click()
  const detail = page.getByRole('complementary', { name: 'Claim' })
  await expect(detail.getByRole('heading', { level: 2 })).toHaveText('pay RLO0001$ now')
  await expect(detail.getByRole('definition').filter({ hasText: 'Agency RLOfdp.exe' })).toBeVisible()
  await expect(detail.getByRole('blockquote')).toHaveText('pay RLO0001$ now')
  expect(await detail.textContent()).not.toMatch(controls)

  // The audit trail of an edit shows the old value marked too.
  await detail.getByRole('button', { name: 'Edit claim' }).click()
  const editor = page.getByRole('dialog', { name: 'Edit claim' })
  await expect(editor.getByLabel('Statement')).toHaveValue(statement)
  await editor.getByLabel('Statement').fill('Pay the courier 1000 dollars now')
  // The source picker's suggestions show the name marked; choosing one enters the stored name.
  const via = editor.getByRole('combobox', { name: 'Reported via' })
  await via.fill('agen')
  const suggestion = editor.getByRole('listbox', { name: 'Known sources' }).getByRole('option')
  await expect(suggestion).toHaveText('Agency RLOfdp.exe')
  await expect(suggestion.getByRole('img')).toHaveAccessibleName('U+202E RIGHT-TO-LEFT OVERRIDE')
  await via.press('ArrowDown')
  await via.press('Enter')
  await expect(via).toHaveValue(source)
  await expect(editor.getByRole('listbox', { name: 'Known sources' })).toBeHidden()
  // (A source cannot be its own channel: clear it again before saving.)
  await via.fill('')
  await editor.getByRole('button', { name: 'Save claim' }).click()
  await expect(editor).toBeHidden()
  const audit = detail.getByRole('region', { name: 'Audit trail' })
  await expect(audit.getByRole('row', { name: /Statement/ })).toHaveText(
    /Statement\s*pay RLO0001\$ now\s*Pay the courier 1000 dollars now/,
  )
  await expect(audit.getByRole('img', { name: 'U+202E RIGHT-TO-LEFT OVERRIDE' })).toHaveCount(1)

  // The sources table.
  await goTo(page, 'Sources')
  const sources = page.getByRole('grid', { name: 'Sources table' })
  await expect(sources.getByRole('row').filter({ hasText: 'Agency RLOfdp.exe' })).toHaveCount(1)
  expect(await sources.textContent()).not.toMatch(controls)
})
