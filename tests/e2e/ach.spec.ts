// Analysis of Competing Hypotheses through the UI only: a matrix built from
// claims recorded on the sample article (picked through the search), rated by
// keyboard, ranked by weighted inconsistency with the non-diagnostic row
// dimmed and the sensitive rows flagged; a rating undone; the matrix included
// in a briefing and read back from the exported Markdown and the printed PDF.
import { expect, test, type Page } from '@playwright/test'
import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { openApp, openPrintRoute } from './helpers'
import { goTo, recordClaim } from './ledger-helpers'

const question = 'Will Homs fall to the HTS-led forces within a week?'
const fall = 'HTS-led forces take Homs within a week'
const hold = 'Government forces hold Homs'

const openAch = (page: Page) =>
  page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'ACH' }).click()

async function recordSampleClaims(page: Page) {
  await recordClaim(page, {
    passage: 'Our forces continue to advance towards the city of Homs at a steady pace',
    statement: 'HTS-led forces are advancing on Homs',
    attributedTo: 'Hassan Abdul-Ghani',
    newSource: {
      kind: 'Person',
      affiliation: 'HTS-led forces',
      reliability: 'D: Not usually reliable',
      partisan: true,
    },
    credibility: '3: Possibly true',
  })
  await recordClaim(page, {
    passage: 'thousands of people had fled towards western coastal regions',
    attributedTo: 'Syrian Observatory for Human Rights',
    newSource: { kind: 'Organisation', reliability: 'B: Usually reliable' },
    credibility: '2: Probably true',
  })
  await recordClaim(page, {
    passage: 'has significantly strained Assad’s forces',
    statement: 'The fall of Aleppo and Hama has strained Assad’s forces',
    attributedTo: 'NBC News',
    newSource: { kind: 'News outlet', reliability: 'C: Fairly reliable' },
    credibility: '3: Possibly true',
  })
}

/** Presses keys one at a time, waiting for the focused cell to say what each one did. */
async function rateByKeys(page: Page, steps: [key: string, focused: string][]) {
  for (const [key, name] of steps) {
    await page.keyboard.press(key)
    await expect(page.locator(':focus')).toHaveAccessibleName(name)
  }
}

test('an ACH matrix from the sample article’s claims ranks the hypotheses and lands in the briefing', async ({
  page,
}) => {
  test.setTimeout(120_000)
  await openApp(page)
  await recordSampleClaims(page)

  await openAch(page)
  await page.getByRole('button', { name: 'New matrix' }).click()
  const create = page.getByRole('dialog', { name: 'New ACH matrix' })
  await create.getByLabel('Question').fill(question)
  await create.getByLabel('Hypothesis 1').fill(fall)
  await create.getByLabel('Hypothesis 2').fill(hold)
  await create.getByRole('button', { name: 'Create matrix' }).click()
  const editor = page.getByRole('main', { name: 'ACH matrix' })
  await expect(editor.getByRole('heading', { level: 2 })).toHaveText(question)

  // The picker finds claims by a word of the statement or by source, and tells each apart.
  await editor.getByRole('button', { name: 'Add claims…' }).click()
  const picker = page.getByRole('dialog', { name: 'Add claims as evidence' })
  const found = picker.getByRole('list', { name: 'Claims found' }).getByRole('listitem')
  await picker.getByLabel('Find claims').fill('advancing')
  await expect(found).toHaveCount(1)
  await expect(found).toContainText('HTS-led forces are advancing on Homs')
  await expect(found).toContainText('Hassan Abdul-Ghani')
  await expect(found).toContainText('graded D3')
  await expect(found).toContainText('2024-12-06')
  await found.getByRole('checkbox').check()
  await picker.getByLabel('Find claims').fill('Observatory')
  await expect(found).toHaveCount(1)
  await expect(found).toContainText('graded B2')
  await found.getByRole('checkbox').check()
  await picker.getByLabel('Find claims').fill('')
  await expect(picker.getByRole('status')).toHaveText('3 claims.')
  await found.filter({ hasText: 'strained' }).getByRole('checkbox').check()
  await picker.getByRole('button', { name: 'Add 3 claims' }).click()
  await expect(picker).toBeHidden()

  // An assumption the question rests on, as a row of its own.
  await editor.getByRole('button', { name: 'Add assumption…' }).click()
  const assumption = page.getByRole('dialog', { name: 'Add an assumption' })
  await assumption.getByLabel('Assumption').fill('The government will commit its reserves to defend Homs')
  await assumption.getByRole('button', { name: 'Add row' }).click()
  await expect(assumption).toBeHidden()

  const grid = editor.getByRole('grid', { name: 'Evidence against the hypotheses' })
  // The body's row headers (the foot has its own: the scores).
  const evidence = grid.getByRole('rowgroup').nth(1).getByRole('rowheader')
  await expect(evidence).toHaveText([
    /^E1 HTS-led forces are advancing on Homs/,
    /^E2 thousands of people had fled/,
    /^E3 The fall of Aleppo and Hama/,
    /^E4 Assumption The government will commit its reserves/,
  ])
  // Weights come from the grades, with the derivation as the tooltip.
  const weight = (row: string) => grid.getByRole('gridcell', { name: new RegExp(`^Weight of ${row}:`) })
  await expect(weight('E1')).toHaveText('0.71')
  await expect(weight('E1')).toHaveAttribute('title', 'reliability D (×0.71) × credibility 3 (×1.00) = 0.71')
  await expect(weight('E2')).toHaveText('2.00')
  await expect(weight('E3')).toHaveText('1.00')
  await expect(weight('E4')).toHaveAttribute('title', 'A free item: weight 1.00 unless set.')

  // Rate by keyboard: into the grid, then arrows and letters (I twice would be II).
  await evidence.first().click()
  await page.keyboard.press('ArrowRight')
  await page.keyboard.press('ArrowRight')
  await expect(page.locator(':focus')).toHaveAccessibleName('E1, H1: Not rated')
  await rateByKeys(page, [
    ['c', 'E1, H1: Consistent (C)'],
    ['ArrowRight', 'E1, H2: Not rated'],
    ['i', 'E1, H2: Inconsistent (I)'],
    ['ArrowDown', 'E2, H2: Not rated'],
    ['c', 'E2, H2: Consistent (C)'],
    ['ArrowLeft', 'E2, H1: Not rated'],
    ['+', 'E2, H1: Consistent (C)'],
    ['ArrowDown', 'E3, H1: Not rated'],
    ['c', 'E3, H1: Consistent (C)'],
    ['End', 'E3, H2: Not rated'],
    ['-', 'E3, H2: Inconsistent (I)'],
    ['ArrowDown', 'E4, H2: Not rated'],
    ['c', 'E4, H2: Consistent (C)'],
    ['ArrowLeft', 'E4, H1: Not rated'],
    ['i', 'E4, H1: Inconsistent (I)'],
  ])

  // Ranked by weighted inconsistency, least first: H1 1.00 (E4), H2 0.71 + 1.00.
  const ranking = editor.getByRole('list', { name: 'Hypotheses, least inconsistent first' })
  await expect(ranking.getByRole('listitem')).toHaveText([
    `H1. ${fall} — rank 1, weighted inconsistency 1.00 (1 unweighted)`,
    `H2. ${hold} — rank 2, weighted inconsistency 1.71 (2 unweighted), 0.71 more than the leader`,
  ])
  await expect(grid.getByRole('columnheader', { name: /^H1/ })).toContainText('1.00 · rank 1')
  await expect(grid.getByRole('columnheader', { name: /^H2/ })).toContainText('1.71 · rank 2')
  // E2 is consistent with both: not diagnostic, and dimmed.
  const row = (label: string) =>
    grid.getByRole('row').filter({ has: page.getByRole('rowheader', { name: label }) })
  const e2 = row('E2')
  await expect(e2.getByRole('rowheader')).toContainText('Not diagnostic')
  expect(
    Number(await e2.locator('.ach-row-text').evaluate((el) => getComputedStyle(el).opacity)),
  ).toBeLessThan(1)
  expect(
    Number(
      await row('E1')
        .locator('.ach-row-text')
        .evaluate((el) => getComputedStyle(el).opacity),
    ),
  ).toBe(1)
  // Without E1 the two would tie; without E3, H2 would lead: both are flagged. E4 is not.
  await expect(row('E1').getByRole('rowheader')).toContainText('Sensitive: without it H1 and H2 would tie')
  await expect(row('E3').getByRole('rowheader')).toContainText('Sensitive: without it H2 would lead')
  await expect(row('E4').getByRole('rowheader')).not.toContainText('Sensitive')
  await expect(editor).toContainText('Sensitive: E1 and E3.')

  // A rating changed by keyboard, then undone: the ranking comes back.
  await grid.getByRole('gridcell', { name: 'E2, H2: Consistent (C)' }).click()
  await page.keyboard.press('Escape')
  await expect(page.locator(':focus')).toHaveAccessibleName('E2, H2: Consistent (C)')
  await rateByKeys(page, [['i', 'E2, H2: Inconsistent (I)']])
  await expect(ranking.getByRole('listitem').nth(1)).toContainText('weighted inconsistency 3.71')
  await expect(e2.getByRole('rowheader')).not.toContainText('Not diagnostic')
  await page.keyboard.press('Control+z')
  await expect(page.getByRole('status').filter({ hasText: 'Undid' })).toHaveText(/Undid: rate a cell\./)
  await expect(grid.getByRole('gridcell', { name: 'E2, H2: Consistent (C)' })).toBeVisible()
  await expect(ranking.getByRole('listitem').nth(1)).toContainText('weighted inconsistency 1.71')
  await expect(e2.getByRole('rowheader')).toContainText('Not diagnostic')

  // Enter on a weight opens the row: the weight is set by hand, with a reason.
  await weight('E2').click()
  await page.keyboard.press('Enter')
  const rowDialog = page.getByRole('dialog', { name: 'Evidence E2' })
  await expect(rowDialog).toContainText(
    'From the claim’s grades: reliability B (×1.41) × credibility 2 (×1.41) = 2.00.',
  )
  await rowDialog.getByLabel('Set the weight by hand').check()
  await rowDialog.getByLabel('Weight', { exact: true }).fill('0.5')
  await rowDialog.getByRole('button', { name: 'Save' }).click()
  await expect(rowDialog.getByRole('alert')).toHaveText('Say why this row is weighted apart from its grades.')
  await rowDialog.getByLabel('Why (required)').fill('The figures are a week old')
  await rowDialog.getByRole('button', { name: 'Save' }).click()
  await expect(rowDialog).toBeHidden()
  await expect(weight('E2')).toHaveText('0.50 set')
  await expect(weight('E2')).toHaveAttribute(
    'title',
    'set to 0.50 (The figures are a week old); the grades give 2.00',
  )

  // Most diagnostic first: spread × weight, E3 and E4 (2.00), E1 (1.41), E2 (0).
  await editor.getByRole('button', { name: 'Most diagnostic first' }).click()
  await expect(editor.getByRole('button', { name: 'Most diagnostic first' })).toHaveAttribute(
    'aria-pressed',
    'true',
  )
  await expect(evidence.locator('.ach-row-label')).toHaveText(['E3', 'E4', 'E1', 'E2'])

  // Into a briefing: the composer offers the case's matrices.
  await goTo(page, 'Briefings')
  await page.getByRole('button', { name: 'New briefing' }).click()
  const form = page.getByRole('form', { name: 'Briefing' })
  await form.getByLabel('Title').fill('Homs: will it fall?')
  await form.getByLabel('Date').fill('2024-12-06')
  await form
    .getByRole('list', { name: 'ACH matrices to include' })
    .getByRole('checkbox', { name: question })
    .check()
  const preview = page.getByRole('region', { name: 'Preview' })
  await expect(preview.getByRole('heading', { name: question })).toBeVisible()
  await expect(page.getByRole('navigation', { name: 'Briefings' })).toContainText('Homs: will it fall?')

  const download = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Export Markdown' }).click()
  const md = readFileSync((await (await download).path())!, 'utf8')
  expect(md).toContain(`### ${question}`)
  expect(md).toContain(`**H1.** ${fall} — weighted inconsistency 1.00 (1 unweighted), rank 1`)
  expect(md).toContain(`**H2.** ${hold} — weighted inconsistency 1.71 (2 unweighted), rank 2`)
  expect(md).toContain('H1 ranks first: the least evidence against it.')
  // The table: most diagnostic row first, each claim row citing its note, the scores at the foot.
  const table = md
    .split('\n')
    .filter((l) => l.startsWith('|'))
    .filter((l, i, all) => all.findIndex((x) => x.startsWith('| Evidence')) <= i)
  expect(table[0]).toMatch(/^\| Evidence +\| +Weight \| +H1 +\| +H2 +\|$/)
  const cells = (line: string) =>
    line
      .slice(1, -1)
      .split('|')
      .map((c) => c.trim())
  expect(table.slice(2, 7).map(cells)).toEqual([
    ['E3. The fall of Aleppo and Hama has strained Assad’s forces[^1] (claim; sensitive)', '1.00', 'C', 'I'],
    ['E4. The government will commit its reserves to defend Homs (assumption)', '1.00', 'I', 'C'],
    ['E1. HTS-led forces are advancing on Homs[^2] (claim; sensitive)', '0.71', 'C', 'I'],
    [
      'E2. thousands of people had fled towards western coastal regions[^3] (claim; not diagnostic)',
      '0.50',
      'C',
      'C',
    ],
    ['**Weighted inconsistency**', '', '1.00 (rank 1)', '1.71 (rank 2)'],
  ])

  // The PDF, printed from the print route and read back.
  await openPrintRoute(page, 'Homs: will it fall?')
  const pdfPath = test.info().outputPath('ach-briefing.pdf')
  await page.pdf({ path: pdfPath, preferCSSPageSize: true, printBackground: true, tagged: true })
  const text = execFileSync('pdftotext', ['-layout', pdfPath, '-']).toString('utf8').replace(/\s+/g, ' ')
  expect(text).toContain('Competing hypotheses')
  expect(text).toContain(question)
  expect(text).toContain(`${fall} — weighted inconsistency 1.00 (1 unweighted), rank 1`)
  expect(text).toContain(`${hold} — weighted inconsistency 1.71 (2 unweighted), rank 2`)
  expect(text).toMatch(/Weighted inconsistency 1\.00 \(rank 1\) 1\.71 \(rank 2\)/)
  expect(text).toContain('H1 ranks first: the least evidence against it.')
})

test('matrices of a case: renamed, duplicated, deleted and brought back with undo; a bad hypothesis is refused', async ({
  page,
}) => {
  await openApp(page)
  await openAch(page)
  const list = page.getByRole('navigation', { name: 'ACH matrices' })
  await expect(list).toContainText('No matrices yet.')
  await page.getByRole('button', { name: 'New matrix' }).click()
  const create = page.getByRole('dialog', { name: 'New ACH matrix' })
  await create.getByLabel('Question').fill('Who shelled the bridge?')
  await create.getByLabel('Hypothesis 1').fill('Government artillery')
  await create.getByRole('button', { name: 'Create matrix' }).click()
  await expect(create.getByRole('alert')).toHaveText('Give at least two competing hypotheses.')
  await create.getByLabel('Hypothesis 2').fill('Rebel mortars')
  await create.getByRole('button', { name: 'Create matrix' }).click()
  await expect(create).toBeHidden()

  // A hypothesis that repeats another is refused, in the dialog, with the rule it breaks.
  const editor = page.getByRole('main', { name: 'ACH matrix' })
  await editor.getByRole('button', { name: 'Add hypothesis' }).click()
  const add = page.getByRole('dialog', { name: 'Add a hypothesis' })
  await add.getByLabel('Hypothesis').fill('rebel  MORTARS')
  await add.getByRole('button', { name: 'Add hypothesis' }).click()
  await expect(add.getByRole('alert')).toHaveText(
    'Two hypotheses say the same thing: they must be mutually exclusive',
  )
  await add.getByLabel('Hypothesis').fill('A mine, not shelling')
  await add.getByRole('button', { name: 'Add hypothesis' }).click()
  await expect(editor.getByRole('list').first().getByRole('listitem')).toHaveCount(3)
  await expect(editor.getByRole('button', { name: 'Remove H1' })).not.toHaveAttribute('aria-disabled')

  await list.getByRole('button', { name: 'Rename “Who shelled the bridge?”' }).click()
  const rename = page.getByRole('dialog', { name: 'Rename the question' })
  await rename.getByLabel('Question').fill('Who destroyed the bridge at Rastan?')
  await rename.getByRole('button', { name: 'Save' }).click()
  await expect(editor.getByRole('heading', { level: 2 })).toHaveText('Who destroyed the bridge at Rastan?')

  await list.getByRole('button', { name: 'Duplicate “Who destroyed the bridge at Rastan?”' }).click()
  await expect(list.locator('.doc-open')).toHaveText([
    'Who destroyed the bridge at Rastan? (copy)',
    'Who destroyed the bridge at Rastan?',
  ])
  await expect(editor.getByRole('heading', { level: 2 })).toHaveText(
    'Who destroyed the bridge at Rastan? (copy)',
  )
  await expect(list).toContainText('3 hypotheses · 0 rows')

  await list.getByRole('button', { name: 'Delete “Who destroyed the bridge at Rastan? (copy)”' }).click()
  await expect(list.locator('.doc-open')).toHaveText(['Who destroyed the bridge at Rastan?'])
  await page
    .getByRole('status')
    .filter({ hasText: 'Deleted “Who destroyed the bridge at Rastan? (copy)”.' })
    .getByRole('button', { name: 'Undo' })
    .click()
  await expect(list.locator('.doc-open')).toHaveText([
    'Who destroyed the bridge at Rastan? (copy)',
    'Who destroyed the bridge at Rastan?',
  ])
  // Every step is in the matrix's own history.
  await list.getByRole('button', { name: 'Who destroyed the bridge at Rastan?', exact: true }).click()
  await editor.getByText(/^Change history/).click()
  await expect(editor.locator('.ach-history li')).toHaveText([
    /^Changed by Unnamed analyst, .*: Reworded the question$/,
    /^Changed by Unnamed analyst, .*: Added H3$/,
    /^Created by Unnamed analyst, /,
  ])
})
