// The analyst's ledger on the sample article, through the UI only: six claims
// with their sources, then the table, its filters, the matrix and the audit
// trail (issue: claims, sources and confidence).
import { expect, test, type Page } from '@playwright/test'
import { openApp } from './helpers'
import { goTo, recordClaim } from './ledger-helpers'

async function recordSampleLedger(page: Page) {
  await recordClaim(page, {
    passage: 'Thousands of people have fled the Syrian city of Homs',
    statement: 'Thousands have fled Homs',
    attributedTo: 'Syrian Observatory for Human Rights',
    newSource: { kind: 'Organisation', affiliation: 'Monitoring group', reliability: 'B: Usually reliable' },
    via: 'NBC News',
    newVia: { kind: 'News outlet', affiliation: 'News outlet', reliability: 'B: Usually reliable' },
    type: 'Reported fact',
    credibility: '2: Probably true',
  })
  await recordClaim(page, {
    passage:
      'In less than two weeks they have already captured the city of Aleppo in the north, as well as the central city of Hama',
    statement: 'Rebels captured Aleppo and Hama within two weeks',
    attributedTo: 'NBC News',
    type: 'Event report',
    credibility: '2: Probably true',
    places: 'Aleppo, Hama',
  })
  await recordClaim(page, {
    passage: 'Our forces continue to advance towards the city of Homs at a steady pace',
    statement: 'HTS-led forces are advancing on Homs “at a steady pace”',
    attributedTo: 'Hassan Abdul-Ghani',
    newSource: {
      kind: 'Person',
      affiliation: 'HTS-led forces',
      reliability: 'D: Not usually reliable',
      partisan: true,
    },
    via: 'X',
    newVia: { kind: 'Social-media account' },
    type: 'Direct quote',
    credibility: '3: Possibly true',
  })
  await recordClaim(page, {
    passage: 'is a stepping stone to Damascus',
    statement: 'Homs “is a stepping stone to Damascus”',
    attributedTo: 'Neil Quilliam',
    newSource: { kind: 'Person', affiliation: 'Think tank', reliability: 'B: Usually reliable' },
    via: 'NBC News',
    type: 'Assessment or opinion',
    credibility: '3: Possibly true',
    likelihood: 'likely (55–80 %)',
    confidence: 'Moderate',
  })
  // "the Observatory" is an alias of the monitoring group: added in the source registry first.
  await goTo(page, 'Sources')
  await page.getByRole('row', { name: /Syrian Observatory for Human Rights/ }).click()
  await page.getByRole('button', { name: 'Edit source' }).click()
  await page
    .getByRole('form', { name: /Edit source/ })
    .getByLabel('Aliases')
    .fill('the Observatory, a leading monitoring group')
  await page.getByRole('button', { name: 'Save source' }).click()
  await goTo(page, 'Reader')
  await recordClaim(page, {
    passage: 'thousands of people had fled towards western coastal regions',
    statement: 'Thousands fled towards the western coastal regions',
    attributedTo: 'the Observatory',
    via: 'NBC News',
    credibility: '2: Probably true',
  })
  await recordClaim(page, {
    passage:
      'Kurdish forces who seized government positions in eastern Syria near the cities of Raqqa and Deir Ez-Zour',
    statement: 'Kurdish forces seized government positions near Raqqa and Deir Ez-Zour',
    attributedTo: 'the Observatory',
    via: 'NBC News',
    type: 'Event report',
    credibility: '3: Possibly true',
    places: 'Raqqa, Deir Ez-Zour',
  })
}

test('record the sample article’s claims and review them in the table, the matrix and the audit trail', async ({
  page,
}) => {
  test.setTimeout(120_000)
  await openApp(page)
  await page.getByRole('button', { name: 'Settings' }).click()
  await page.getByLabel('Your name').fill('A. Analyst')
  await page.getByRole('button', { name: 'Done' }).click()
  await recordSampleLedger(page)

  await goTo(page, 'Claims')
  const grid = page.getByRole('grid', { name: 'Claims table' })
  const rows = grid.getByRole('row').filter({ has: page.getByRole('checkbox', { name: /^Select row:/ }) })
  await expect(rows).toHaveCount(6)
  await expect(page.getByRole('status').filter({ hasText: 'rows' })).toHaveText('6 of 6 rows')
  await page.screenshot({ path: test.info().outputPath('claims-table.png') })

  // The matrix: counts per reliability × credibility cell; a cell filters the table.
  await expect(page.getByRole('button', { name: /^B2: 3 claims/ })).toBeVisible()
  await expect(page.getByRole('button', { name: /^B3: 2 claims/ })).toBeVisible()
  await expect(page.getByRole('button', { name: /^D3: 1 claim / })).toBeVisible()
  await page.screenshot({
    path: test.info().outputPath('matrix.png'),
    clip: { x: 0, y: 48, width: 270, height: 380 },
  })
  await page.getByRole('button', { name: /^B3: 2 claims/ }).click()
  await expect(rows).toHaveCount(2)
  const names = await rows
    .getByRole('checkbox')
    .evaluateAll((boxes) => boxes.map((b) => b.getAttribute('aria-label')).sort())
  expect(names).toEqual([
    'Select row: Homs “is a stepping stone to Damascus”',
    'Select row: Kurdish forces seized government positions near Raqqa and Deir Ez-Zour',
  ])
  await page.getByRole('button', { name: /^B3: 2 claims/ }).click()
  await expect(rows).toHaveCount(6)

  // A faceted filter shows counts for the fixed scales and narrows the table.
  await page.getByRole('button', { name: 'Filter Credibility' }).click()
  const facet = page.getByRole('dialog', { name: 'Credibility values' })
  await expect(facet.getByRole('checkbox', { name: /^2: Probably true 3$/ })).toBeVisible()
  await expect(facet.getByRole('checkbox', { name: /^3: Possibly true 3$/ })).toBeVisible()
  await facet.getByRole('checkbox', { name: /^3: Possibly true/ }).check()
  await page.keyboard.press('Escape')
  await expect(rows).toHaveCount(3)
  await page.getByRole('button', { name: 'Clear filters' }).click()
  await expect(rows).toHaveCount(6)
  await page.getByRole('searchbox', { name: 'Search claims' }).fill('Raqqa')
  await expect(rows).toHaveCount(1)
  await page.getByRole('searchbox', { name: 'Search claims' }).fill('')

  // The partisan claim is flagged; choosing it shows the claim in full.
  await rows.filter({ hasText: 'HTS-led forces are advancing' }).click()
  const detail = page.getByRole('complementary', { name: 'Claim' })
  await expect(detail.getByRole('note')).toContainText(
    'Reported by a party to the conflict (Hassan Abdul-Ghani): it does not count towards confirmation, and no independent source backs it.',
  )
  await expect(detail).toContainText('D: Not usually reliable (from the source)')

  // Quilliam's assessment keeps likelihood and confidence apart.
  await rows.filter({ hasText: 'stepping stone' }).click()
  await expect(
    detail.getByRole('definition').filter({ hasText: /^likely \(55–80 %, US ICD 203\)$/ }),
  ).toBeVisible()
  await expect(detail.getByRole('definition').filter({ hasText: /^Moderate$/ })).toBeVisible()

  // Edit a claim: the audit trail shows who, and each field before and after.
  await rows.filter({ hasText: 'Thousands have fled Homs' }).click()
  await detail.getByRole('button', { name: 'Edit claim' }).click()
  const editor = page.getByRole('dialog', { name: 'Edit claim' })
  await editor.getByLabel('Status').selectOption({ label: 'Corroborated' })
  await editor.getByLabel('Information credibility').selectOption({ label: '1: Confirmed by other sources' })
  await editor.getByRole('button', { name: 'Save claim' }).click()
  await expect(editor).toBeHidden()
  const audit = detail.getByRole('region', { name: 'Audit trail' })
  await expect(audit.getByRole('listitem').first()).toContainText('Changed by A. Analyst')
  await expect(audit.getByRole('row', { name: /Status/ })).toHaveText(/Status\s*Unverified\s*Corroborated/)
  await expect(audit.getByRole('row', { name: /Credibility/ })).toHaveText(
    /Credibility\s*2: Probably true\s*1: Confirmed by other sources/,
  )
  await expect(page.getByRole('button', { name: /^B1: 1 claim / })).toBeVisible()
  await page.screenshot({ path: test.info().outputPath('claim-detail.png') })

  // Choosing a passage jumps to it in the document.
  await detail.getByRole('button', { name: 'Show in document' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Thousands flee Homs as rebels push south')
  await expect
    .poll(() => page.evaluate(() => [...CSS.highlights.get('aw-flash')!].map((r) => (r as Range).toString())))
    .toEqual(['Thousands of people have fled the Syrian city of Homs'])

  // The sources table counts claims per source with their corroborated share.
  await goTo(page, 'Sources')
  const sourceRows = page
    .getByRole('grid', { name: 'Sources table' })
    .getByRole('row')
    .filter({ has: page.getByRole('checkbox', { name: /^Select row:/ }) })
  await expect(sourceRows).toHaveCount(5)
  await expect(sourceRows.filter({ hasText: 'Syrian Observatory for Human Rights' })).toContainText('33')
  await page.screenshot({ path: test.info().outputPath('sources-table.png') })
})
