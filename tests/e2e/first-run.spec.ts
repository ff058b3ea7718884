// A newcomer's first minutes: one line each on what to do, remembered once
// read; messages that leave on their own and never outlive their view; every
// shortcut listed.
import { expect, test } from '@playwright/test'
import { annotateByMouse, openApp } from './helpers'
import { goTo } from './ledger-helpers'

test('the getting-started note says how to annotate, record a claim and write a briefing, until read', async ({
  page,
}) => {
  await openApp(page)
  const note = page.getByRole('region', { name: 'Getting started' })
  await expect(note).toContainText('Annotate:')
  await expect(note).toContainText('Record a claim:')
  await expect(note).toContainText('Write a briefing:')
  await note.getByRole('button', { name: 'Got it' }).click()
  await expect(note).toBeHidden()
  await page.reload()
  await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible()
  await expect(page.getByRole('region', { name: 'Getting started' })).toBeHidden()
})

test('a message goes when the view changes, and sits below the views, covering no button', async ({
  page,
}) => {
  await openApp(page)
  await annotateByMouse(page, 'Neil Quilliam', 'Expert')
  const toast = page.getByRole('status').filter({ hasText: 'Annotation saved.' })
  await expect(toast).toBeVisible()
  // Below the app, not over it: the bottom of the views is above the top of the message.
  const views = await page.locator('.app').boundingBox()
  const message = await toast.boundingBox()
  expect(views!.y + views!.height).toBeLessThanOrEqual(message!.y + 1)
  await goTo(page, 'Claims')
  await expect(toast).toBeHidden()
})

test('the shortcuts dialog lists C, search and find', async ({ page }) => {
  await openApp(page)
  await page.getByRole('button', { name: 'Keyboard shortcuts' }).click()
  const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' })
  for (const keys of ['C', 'Ctrl/Cmd + K', 'Ctrl/Cmd + F'])
    await expect(dialog.getByRole('rowheader', { name: keys, exact: true })).toBeVisible()
})
