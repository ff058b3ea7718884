// Recording a claim in few steps: a name resolves to its source (aliases too)
// as it is typed, a new source can be said to relay another in the same form,
// dates are one field each, and the editor fits a 1440×900 window with its
// Save button in view. Every action is counted: a click, a key press, a drag
// or a field filled is one action.
import { expect, test, type Page } from '@playwright/test'
import { dragSelect, openApp } from './helpers'
import { claimDialog, goTo, recordClaim } from './ledger-helpers'

/** Counts the analyst's actions as a test drives the page. */
function counter(page: Page) {
  let n = 0
  return {
    get count() {
      return n
    },
    drag: async (phrase: string) => {
      n++
      await dragSelect(page, phrase)
    },
    press: async (key: string) => {
      n++
      await page.keyboard.press(key)
    },
    fill: async (label: string, value: string) => {
      n++
      await claimDialog(page).getByLabel(label, { exact: true }).fill(value)
    },
    choose: async (label: string, option: string) => {
      n++
      await claimDialog(page).getByLabel(label, { exact: true }).selectOption({ label: option })
    },
    click: async (name: string) => {
      n++
      await claimDialog(page).getByRole('button', { name, exact: true }).click()
    },
  }
}

test.use({ viewport: { width: 1440, height: 900 } })

test('a claim with a source known by its alias takes five actions; one with a new relaying source, seven', async ({
  page,
}) => {
  await openApp(page)
  await recordClaim(page, {
    passage: 'a leading monitoring group',
    attributedTo: 'Syrian Observatory for Human Rights',
    newSource: { kind: 'Organisation', reliability: 'B: Usually reliable' },
  })
  await goTo(page, 'Sources')
  await page.getByRole('row', { name: /Syrian Observatory/ }).click()
  await page.getByRole('button', { name: 'Edit source' }).click()
  await page.getByRole('textbox', { name: 'Aliases' }).fill('Observatory, SOHR')
  await page.getByRole('button', { name: 'Save source' }).click()
  await goTo(page, 'Reader')

  // Existing source, typed as "the Observatory": it resolves as it is typed.
  const known = counter(page)
  await known.drag('Thousands of people have fled the Syrian city of Homs')
  await known.press('c')
  await expect(claimDialog(page)).toBeVisible()
  await known.fill('Attributed to', 'the Observatory')
  await expect(
    claimDialog(page).getByText(/→ Syrian Observatory for Human Rights \(by its alias\)/),
  ).toBeVisible()
  await known.choose('Information credibility', '2: Probably true')
  // The whole editor fits: Record claim is in view without scrolling.
  await expect(claimDialog(page).getByRole('button', { name: 'Record claim' })).toBeInViewport()
  await known.click('Record claim')
  await expect(claimDialog(page)).toBeHidden()
  expect(known.count).toBeLessThanOrEqual(6)

  // A new channel that relays the Observatory, said in the same form.
  const fresh = counter(page)
  await fresh.drag('no major cities between rebel forces')
  await fresh.press('c')
  await fresh.fill('Attributed to', 'SOHR')
  await fresh.fill('Reported via', 'NBC News')
  const group = claimDialog(page).getByRole('group', { name: 'New source: NBC News' })
  await expect(group).toBeVisible()
  await fresh.choose('Kind', 'News outlet')
  await fresh.fill('Relays (repeats what another source says)', 'the Observatory')
  await expect(
    group.getByText('→ Syrian Observatory for Human Rights: counted as the same origin'),
  ).toBeVisible()
  await expect(claimDialog(page).getByRole('button', { name: 'Record claim' })).toBeInViewport()
  await fresh.click('Record claim')
  await expect(claimDialog(page)).toBeHidden()
  expect(fresh.count).toBeLessThanOrEqual(9)

  // What was stored: no duplicate source, and the channel relays the origin.
  await goTo(page, 'Sources')
  const table = page.getByRole('grid', { name: 'Sources table' })
  // Two sources in all: "the Observatory" and "SOHR" were resolved, never duplicated.
  await expect(page.getByRole('status').filter({ hasText: 'rows' })).toHaveText(/^2 of 2 rows/)
  await expect(table.getByRole('row', { name: /NBC News/ })).toContainText(
    'Syrian Observatory for Human Rights',
  )
})

test('a date is one field: typed in one go, checked, and kept when wrong', async ({ page }) => {
  await openApp(page)
  await dragSelect(page, 'Neil Quilliam')
  await page.keyboard.press('c')
  const dialog = claimDialog(page)
  await dialog.getByLabel('Attributed to').fill('Chatham House')
  const happened = dialog.getByLabel('Happened on', { exact: true })
  await happened.fill('2024-12-5x')
  await dialog.getByRole('button', { name: 'Record claim' }).click()
  await expect(dialog.getByText('Use a date as YYYY-MM-DD, or leave it empty')).toBeVisible()
  await expect(happened).toHaveValue('2024-12-5x')
  await happened.fill('2024-12-05')
  // One tab stop: from the date straight on to the next field.
  await happened.focus()
  await page.keyboard.press('Tab')
  await expect(dialog.getByLabel('Reported on', { exact: true })).toBeFocused()
  await dialog.getByRole('button', { name: 'Record claim' }).click()
  await expect(dialog).toBeHidden()
})
