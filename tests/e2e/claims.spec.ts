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
    passage: 'In less than two weeks they have already captured the city of Aleppo in the north, as well as the central city of Hama',
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
    newSource: { kind: 'Person', affiliation: 'HTS-led forces', reliability: 'D: Not usually reliable', partisan: true },
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
  await page.getByRole('form', { name: /Edit source/ }).getByLabel('Aliases').fill('the Observatory, a leading monitoring group')
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
    passage: 'Kurdish forces who seized government positions in eastern Syria near the cities of Raqqa and Deir Ez-Zour',
    statement: 'Kurdish forces seized government positions near Raqqa and Deir Ez-Zour',
    attributedTo: 'the Observatory',
    via: 'NBC News',
    type: 'Event report',
    credibility: '3: Possibly true',
    places: 'Raqqa, Deir Ez-Zour',
  })
}

test('record the sample article’s claims and review them in the table, the matrix and the audit trail', async ({ page }) => {
  test.setTimeout(120_000)
  await openApp(page)
  await page.getByRole('button', { name: 'Settings' }).click()
  await page.getByLabel('Your name').fill('A. Analyst')
  await page.getByRole('button', { name: 'Done' }).click()
  await recordSampleLedger(page)

  await goTo(page, 'Claims')
  const grid = page.getByRole('grid', { name: 'Claims table' })
  await expect(grid.getByRole('row')).toHaveCount(7) // header + 6
  await page.screenshot({ path: test.info().outputPath('claims-table.png') })
})
