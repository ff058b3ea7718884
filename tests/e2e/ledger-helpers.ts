// Steps for recording claims and sources through the UI, as an analyst would.
import { expect, type Locator, type Page } from '@playwright/test'
import { dragSelect } from './helpers'

export interface NewSource {
  kind?: string
  affiliation?: string
  reliability?: string
  partisan?: boolean
}

export interface ClaimInput {
  passage: string
  statement?: string
  attributedTo: string
  newSource?: NewSource
  via?: string
  newVia?: NewSource
  type?: string
  credibility?: string
  likelihood?: string
  confidence?: string
  places?: string
  status?: string
}

export const claimDialog = (page: Page) => page.getByRole('dialog', { name: 'Record a claim' })

async function fillNewSource(page: Page, name: string, source: NewSource) {
  const group = claimDialog(page).getByRole('group', { name: `New source: ${name}` })
  if (source.kind) await group.getByLabel('Kind').selectOption({ label: source.kind })
  if (source.affiliation) await group.getByLabel('Affiliation or side').fill(source.affiliation)
  if (source.reliability)
    await group.getByLabel('Default reliability').selectOption({ label: source.reliability })
  if (source.partisan) await group.getByLabel(/Partisan/).check()
}

/** Selects a passage in the reader, chooses "New claim" and records it. */
export async function recordClaim(page: Page, c: ClaimInput) {
  await dragSelect(page, c.passage)
  await page.getByRole('toolbar', { name: 'Selection' }).getByRole('button', { name: 'New claim' }).click()
  const dialog = claimDialog(page)
  await expect(dialog.getByLabel('Statement')).toHaveValue(c.passage)
  if (c.statement) await dialog.getByLabel('Statement').fill(c.statement)
  if (c.type) await dialog.getByLabel('Type').selectOption({ label: c.type })
  if (c.status) await dialog.getByLabel('Status').selectOption({ label: c.status })
  await dialog.getByLabel('Attributed to').fill(c.attributedTo)
  if (c.newSource) await fillNewSource(page, c.attributedTo, c.newSource)
  if (c.via) await dialog.getByLabel('Reported via').fill(c.via)
  if (c.via && c.newVia) await fillNewSource(page, c.via, c.newVia)
  if (c.places) await dialog.getByLabel('Places').fill(c.places)
  if (c.credibility) await dialog.getByLabel('Information credibility').selectOption({ label: c.credibility })
  if (c.likelihood) await dialog.getByLabel('Likelihood').selectOption({ label: c.likelihood })
  if (c.confidence) await dialog.getByLabel('Analytic confidence').selectOption({ label: c.confidence })
  await dialog.getByRole('button', { name: 'Record claim' }).click()
  await expect(dialog).toBeHidden()
}

export async function goTo(page: Page, view: 'Reader' | 'Claims' | 'Sources' | 'Tags' | 'Briefings') {
  await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: view }).click()
}

/** Chooses a claim in a claim picker (a combobox): types to search, then picks the matching option. */
export async function chooseClaim(scope: Locator | Page, label: string, search: string, statement: string) {
  const box = scope.getByRole('combobox', { name: label, exact: true })
  await box.fill(search)
  const listbox = scope.getByRole('listbox', { name: `${label}: matches` })
  // The option's name is the statement, then its source, date and document.
  const escaped = statement.replace(/[.*+?^$|()[\]{}\\]/g, '\\$&')
  await listbox.getByRole('option', { name: new RegExp(`^${escaped}`) }).click()
  await expect(listbox).toBeHidden()
}
