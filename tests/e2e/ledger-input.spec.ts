// Bad input in the ledger: each rule refuses with its reason beside the
// field, saves nothing, and keeps what the analyst typed. Deleting a source
// in use asks first and offers to merge or reassign.
import { expect, test } from '@playwright/test'
import { dragSelect, openApp } from './helpers'
import { chooseClaim, claimDialog, goTo, recordClaim } from './ledger-helpers'

test.beforeEach(async ({ page }) => openApp(page))

test('an empty statement, a missing source and an out-of-scale grade cannot be saved', async ({ page }) => {
  await dragSelect(page, 'Neil Quilliam')
  await page.getByRole('button', { name: 'New claim' }).click()
  const dialog = claimDialog(page)
  await dialog.getByLabel('Statement').fill('   ')
  await dialog.getByLabel('Notes').fill('Keep me')
  // A grade outside the scale, as a tampered or corrupted form would send it.
  await dialog.getByLabel('Information credibility').evaluate((select: HTMLSelectElement) => {
    select.add(new Option('7: Out of scale', '7'))
  })
  await dialog.getByLabel('Information credibility').selectOption('7')
  await dialog.getByLabel(/Grade this claim’s reliability apart/).check()
  await dialog.getByRole('button', { name: 'Record claim' }).click()

  await expect(dialog.getByRole('alert').first()).toHaveText(
    'The claim was not saved: 4 fields need attention.',
  )
  await expect(dialog.getByLabel('Statement')).toHaveAccessibleDescription(
    'Write the claim as a statement: it cannot be empty',
  )
  await expect(dialog.getByLabel('Attributed to')).toHaveAccessibleDescription(
    /Name the source this claim is attributed to/,
  )
  await expect(dialog.getByLabel('Information credibility')).toHaveAccessibleDescription(
    'Credibility must be one of 1, 2, 3, 4, 5 or 6',
  )
  await expect(dialog.getByLabel('Reason for the override')).toHaveAccessibleDescription(
    'Say why this claim is graded apart from its source',
  )
  await expect(dialog.getByLabel('Notes')).toHaveValue('Keep me')

  await dialog.getByLabel('Statement').fill('Quilliam is an associate fellow at Chatham House')
  await dialog.getByLabel('Attributed to').fill('NBC News')
  await dialog.getByLabel('Information credibility').selectOption({ label: '2: Probably true' })
  await dialog.getByLabel('Reason for the override').fill('Affiliation stated by the outlet itself')
  await dialog.getByRole('button', { name: 'Record claim' }).click()
  await expect(dialog).toBeHidden()
  await goTo(page, 'Claims')
  await expect(page.getByRole('grid', { name: 'Claims table' })).toContainText(
    'Quilliam is an associate fellow at Chatham House',
  )
})

test('a source in use asks before deletion and merges into another without losing claims; undo puts it back', async ({
  page,
}) => {
  await recordClaim(page, {
    passage: 'the Observatory said',
    attributedTo: 'the Observatory',
    newSource: { kind: 'Organisation', reliability: 'B: Usually reliable' },
  })
  await recordClaim(page, {
    passage: 'Thousands of people have fled the Syrian city of Homs',
    attributedTo: 'Syrian Observatory for Human Rights',
    newSource: { kind: 'Organisation', affiliation: 'Monitoring group', reliability: 'B: Usually reliable' },
  })
  await goTo(page, 'Sources')
  const rows = page
    .getByRole('grid', { name: 'Sources table' })
    .getByRole('row')
    .filter({ has: page.getByRole('checkbox', { name: /^Select row/ }) })
  await rows.filter({ hasText: /^the Observatory/ }).click()
  await page.getByRole('button', { name: 'Delete source' }).click()
  const ask = page.getByRole('dialog', { name: 'Delete “the Observatory”?' })
  await expect(ask).toContainText('“the Observatory” is still in use: 1 claim rests on it.')
  await ask
    .getByLabel('Merge into', { exact: true })
    .selectOption({ label: 'Syrian Observatory for Human Rights' })
  await ask.getByRole('button', { name: 'Merge' }).click()
  await expect(ask).toBeHidden()
  await expect(rows).toHaveCount(1)
  await expect(rows.first()).toContainText('the Observatory')
  await expect(rows.first()).toContainText('2')

  await goTo(page, 'Claims')
  const claims = page
    .getByRole('grid', { name: 'Claims table' })
    .getByRole('row')
    .filter({ has: page.getByRole('checkbox', { name: /^Select row/ }) })
  await expect(claims).toHaveCount(2)
  await expect(claims.filter({ hasText: 'Syrian Observatory for Human Rights' })).toHaveCount(2)

  await page.getByRole('button', { name: 'Undo merge sources' }).click()
  await expect(claims.filter({ hasText: 'Syrian Observatory for Human Rights' })).toHaveCount(1)
  await goTo(page, 'Sources')
  await expect(rows).toHaveCount(2)
})

test('corroboration counts independent sources only, and suggests credibility 1 for the analyst to accept', async ({
  page,
}) => {
  await recordClaim(page, {
    passage: 'Thousands of people have fled the Syrian city of Homs',
    statement: 'Thousands have fled Homs',
    attributedTo: 'Syrian Observatory for Human Rights',
    newSource: { kind: 'Organisation', reliability: 'B: Usually reliable' },
    credibility: '2: Probably true',
  })
  await recordClaim(page, {
    passage: 'thousands of people had fled towards western coastal regions',
    statement: 'Thousands fled towards the coast',
    attributedTo: 'NBC News',
    newSource: { kind: 'News outlet', reliability: 'B: Usually reliable' },
  })
  // NBC relays the Observatory here: the same source twice, not two.
  await goTo(page, 'Sources')
  await page.getByRole('row', { name: /NBC News/ }).click()
  await page.getByRole('button', { name: 'Edit source' }).click()
  await page
    .getByLabel('Relays (not independent of)')
    .selectOption({ label: 'Syrian Observatory for Human Rights' })
  await page.getByRole('button', { name: 'Save source' }).click()

  await goTo(page, 'Claims')
  const rows = page.getByRole('grid', { name: 'Claims table' }).getByRole('row')
  await rows.filter({ hasText: 'Thousands have fled Homs' }).click()
  const detail = page.getByRole('complementary', { name: 'Claim' })
  await chooseClaim(detail, 'Linked claim', 'coast', 'Thousands fled towards the coast')
  await detail.getByRole('button', { name: 'Add link' }).click()
  await expect(detail.getByRole('list').filter({ hasText: 'Corroborates' })).toContainText(
    'Thousands fled towards the coast',
  )
  await expect(detail.getByRole('note')).toHaveCount(0)

  // Once NBC is independent again, two origins back the claim.
  await goTo(page, 'Sources')
  await page.getByRole('row', { name: /NBC News/ }).click()
  await page.getByRole('button', { name: 'Edit source' }).click()
  await page.getByLabel('Relays (not independent of)').selectOption({ label: 'Independent' })
  await page.getByRole('button', { name: 'Save source' }).click()
  await goTo(page, 'Claims')
  await rows.filter({ hasText: 'Thousands have fled Homs' }).click()
  await expect(detail.getByRole('note')).toContainText(
    'Backed by 2 independent origins graded C or better (with 1 corroborating claim): NBC News (B) and Syrian Observatory for Human Rights (B).',
  )
  await expect(detail).toContainText('2: Probably true')
  await detail.getByRole('button', { name: 'Accept: credibility 1' }).click()
  await expect(detail).toContainText('1: Confirmed by other sources')
  await expect(detail.getByRole('note')).toHaveCount(0)
})

test('bulk edit sets status and tags on the selected claims, one audit entry each; a claim can rest on passages in two documents', async ({
  page,
}) => {
  for (const passage of ['Neil Quilliam', 'Chatham House', 'Hayat Tahrir al-Sham']) {
    await recordClaim(page, {
      passage,
      attributedTo: 'NBC News',
      ...(passage === 'Neil Quilliam' ? { newSource: { kind: 'News outlet' } } : {}),
    })
  }
  // A second passage, from another document, for the first claim.
  await page.getByRole('button', { name: 'Import…' }).click()
  const importer = page.getByRole('dialog', { name: 'Import a document' })
  await importer.getByLabel('Or paste text').fill('Quilliam was quoted again by another outlet.')
  await importer.getByRole('button', { name: 'Continue' }).click()
  await importer.getByRole('button', { name: 'Import', exact: true }).click()
  await dragSelect(page, 'Quilliam was quoted again')
  await page.getByRole('button', { name: 'Add to claim…' }).click()
  const adding = page.getByRole('dialog', { name: 'Add passage to a claim' })
  await chooseClaim(adding, 'Claim', 'Neil', 'Neil Quilliam')
  await adding.getByRole('button', { name: 'Add passage' }).click()
  await expect(adding).toBeHidden()

  await goTo(page, 'Claims')
  const grid = page.getByRole('grid', { name: 'Claims table' })
  await grid.getByRole('checkbox', { name: 'Select row: Neil Quilliam' }).check()
  await grid.getByRole('checkbox', { name: 'Select row: Chatham House' }).check()
  const bulk = page.getByRole('form', { name: 'Bulk edit' })
  await expect(bulk).toContainText('2 selected')
  await bulk.getByLabel('Status').selectOption({ label: 'Disputed' })
  await bulk.getByLabel('Add tags').fill('needs-check, homs')
  await bulk.getByRole('button', { name: 'Apply to 2' }).click()
  await expect(bulk).toBeHidden()
  const rows = grid.getByRole('row').filter({ has: page.getByRole('checkbox', { name: /^Select row/ }) })
  await expect(rows.filter({ hasText: 'Disputed' })).toHaveCount(2)
  await rows.filter({ hasText: 'Neil Quilliam' }).click()
  const detail = page.getByRole('complementary', { name: 'Claim' })
  await expect(detail.getByRole('definition').filter({ hasText: 'needs-check, homs' })).toBeVisible()
  await expect(
    detail.getByRole('region', { name: 'Audit trail' }).getByRole('listitem').first(),
  ).toContainText('Bulk edit of 2 claims')
  // Both passages, in two documents, each with its way back.
  await expect(detail.getByRole('button', { name: 'Show in document' })).toHaveCount(2)
  await detail.getByRole('button', { name: 'Show in document' }).nth(1).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Quilliam was quoted again by another outlet.',
  )
})
