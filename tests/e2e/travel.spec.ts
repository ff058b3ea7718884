// Annotations that travel (issue 11), through the UI: annotations made on one
// version of a wire story go, through a W3C file, onto a second version chosen
// in the import dialog, after a preview; what no longer anchors is listed under
// "Needs review" and put back from a candidate or by selecting its passage;
// the import is one undoable step; Hypothesis and Recogito files come in the
// same way. The story versions are the anchoring fixtures (tests/fixtures/anchoring).
import { expect, test, type Page } from '@playwright/test'
import { readFileSync, writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describeRange } from '../../src/shared/anchoring'
import { annotateByMouse, annotationItems, dragSelect, openApp, paintedTexts, pasteDocument } from './helpers'
import { goTo, recordClaim } from './ledger-helpers'

const versions = (name: string) =>
  JSON.parse(readFileSync(resolve(__dirname, '../fixtures/anchoring', `${name}.json`), 'utf8')) as {
    a: string[]
    b: string[]
  }
const travelFixture = (name: string) => resolve(__dirname, '../fixtures/travel', name)

const importDialog = (page: Page) => page.getByRole('dialog', { name: 'Import annotations' })
const needsReview = (page: Page) => page.getByRole('list', { name: 'Needs review' })
const reviewItem = (page: Page, quote: string) =>
  needsReview(page).locator(':scope > li').filter({ hasText: quote })
const counts = (page: Page) => importDialog(page).getByRole('group', { name: 'Preview counts' })

/** "Import annotations" in the reader's Annotations panel, then the file. */
async function importFromPanel(page: Page, path: string) {
  const chooser = page.waitForEvent('filechooser')
  await page
    .getByRole('complementary', { name: 'Annotations' })
    .getByRole('button', { name: 'Import annotations' })
    .click()
  await (await chooser).setFiles(path)
  await expect(importDialog(page)).toBeVisible()
}

/** Import / export ▸ Import annotations…, then the file. */
async function importFromDataDialog(page: Page, path: string) {
  await page.getByRole('button', { name: 'Import / export' }).click()
  const chooser = page.waitForEvent('filechooser')
  await page
    .getByRole('dialog', { name: 'Import and export' })
    .getByRole('button', { name: 'Import annotations…' })
    .click()
  await (await chooser).setFiles(path)
  await expect(importDialog(page)).toBeVisible()
}

/** The workspace file, as Import / export ▸ Export workspace… saves it. */
async function exportWorkspace(page: Page) {
  await page.getByRole('button', { name: 'Import / export' }).click()
  const download = page.waitForEvent('download')
  await page
    .getByRole('dialog', { name: 'Import and export' })
    .getByRole('button', { name: 'Export workspace…' })
    .click()
  const text = readFileSync((await (await download).path())!, 'utf8')
  await page.keyboard.press('Escape')
  return JSON.parse(text)
}

/** A fresh app with one version of a story pasted as a document, and a file's import dialog open. */
async function importOntoVersion(
  page: Page,
  text: string[],
  title: string,
  file: string,
  from: typeof importFromPanel,
) {
  await openApp(page)
  await pasteDocument(page, title, text.join('\n'))
  await from(page, travelFixture(file))
  return importDialog(page)
}

const agency = 'Rebels enter Homs (agency copy)'
const outlet = 'Rebels enter Homs (second outlet)'

test('annotations made on one version go onto another after a preview; orphans are put back; the import undoes in one step', async ({
  page,
}) => {
  const story = versions('wire-copy-edited')
  await openApp(page)
  await pasteDocument(page, agency, story.a.join('\n'))
  const notes: [string, string][] = [
    ['Abu Mohammed al-Golani', 'HTS leader'],
    ['fighters had orders to protect state institutions', 'Stated intent'],
    ['Hafez al-Assad was pulled down', 'Statue toppled'],
    ['Gunfire could be heard across the city throughout the night.', 'Night fighting'],
    ['speaking on condition of anonymity', 'Unnamed officer'],
    ['called on its citizens to leave Syria on commercial flights', 'Russian advice'],
    ['more than 370,000 people had been displaced by the fighting', 'UN figure'],
  ]
  for (const [phrase, note] of notes) await annotateByMouse(page, phrase, note)
  await expect(annotationItems(page)).toHaveCount(7)

  const download = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Export annotations' }).click()
  const exported = test.info().outputPath('agency-annotations.jsonld')
  await (await download).saveAs(exported)

  await pasteDocument(page, outlet, story.b.join('\n'))
  await importFromPanel(page, exported)
  const dialog = importDialog(page)
  await expect(dialog).toContainText('agency-annotations.jsonld · W3C Web Annotation · 7 annotations')
  // The file's own text is proposed, with its fit; the second version fits less well.
  await expect(
    dialog.getByRole('radio', { name: `${agency} Same text · 7 of 7 quotes found Best fit` }),
  ).toBeChecked()
  const onOutlet = dialog.getByRole('radio', { name: `${outlet} 4 of 7 quotes found` })
  await expect(onOutlet).not.toBeChecked()
  await page.screenshot({ path: '/tmp/shots/1-dialog-same.png' })
  // On its own text every annotation is already there: nothing to import.
  await expect(counts(page).getByRole('button', { name: 'Already here 7' })).toBeVisible()
  await expect(dialog.getByRole('button', { name: 'Import', exact: true })).toBeDisabled()

  await onOutlet.check()
  await page.screenshot({ path: '/tmp/shots/2-dialog-outlet.png' })
  await expect(dialog.getByRole('status').filter({ hasText: 'Onto' })).toHaveText(
    `Onto “${outlet}”: 3 anchor where their passages moved, 2 anchor with small differences, 2 will need review.`,
  )
  await expect(counts(page).getByRole('button')).toHaveText([
    'All 7',
    'Moved 3',
    'Small differences 2',
    'Needs review 2',
  ])
  // Small differences: the words as they were and as they are, the changes marked.
  await counts(page).getByRole('button', { name: 'Small differences 2' }).click()
  const changed = dialog.getByRole('list', { name: 'Annotations in the file' }).getByRole('listitem')
  await expect(changed).toHaveCount(2)
  const golani = changed.filter({ hasText: 'Golani' })
  await expect(golani.locator('del')).toHaveText(['Mohammed', 'Golani'])
  await expect(golani.locator('ins')).toHaveText(['Mohammad', 'Jolani'])
  await counts(page).getByRole('button', { name: 'Needs review 2' }).click()
  await expect(changed.first()).toContainText('speaking on condition of anonymity')
  await expect(changed.first()).toContainText('Its words were not found in this text with enough certainty')

  await page.screenshot({ path: '/tmp/shots/3-dialog-review.png' })
  await counts(page).getByRole('button', { name: 'All 7' }).click()
  await page.screenshot({ path: '/tmp/shots/3b-dialog-all.png' })
  await dialog.getByRole('button', { name: 'Import 7 annotations' }).click()
  await expect(dialog).toBeHidden()
  await expect(page.getByRole('status').filter({ hasText: 'Imported' })).toContainText(
    `Imported 7 annotations onto “${outlet}”: 5 highlighted, 2 under “Needs review”.`,
  )
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(outlet)
  await expect
    .poll(() => paintedTexts(page))
    .toEqual(
      [
        'Abu Mohammad al-Jolani',
        'Gunfire could be heard across the city throughout the night.',
        'Hafez Assad was pulled down',
        'fighters had orders to protect state institutions',
        'more than 370,000 people had been displaced by the fighting',
      ].sort(),
    )
  await expect(needsReview(page).locator(':scope > li')).toHaveCount(2)

  await page.screenshot({ path: '/tmp/shots/4-reader.png' })
  await page.getByRole('button', { name: '2 passages need review' }).click()
  await page.screenshot({ path: '/tmp/shots/5-review.png' })
  // The whole import is one step: undone from the message, redone from the header.
  await page.getByRole('status').filter({ hasText: 'Imported' }).getByRole('button', { name: 'Undo' }).click()
  await expect(annotationItems(page)).toHaveCount(0)
  await expect(needsReview(page)).toHaveCount(0)
  await page.getByRole('button', { name: /^Redo/ }).click()
  await expect(annotationItems(page)).toHaveCount(5)

  // An orphan put back on the closest passage, in one action.
  const flights = reviewItem(page, 'called on its citizens to leave Syria on commercial flights')
  const candidate = flights.getByRole('list', { name: 'Closest passages' }).getByRole('listitem').first()
  await expect(candidate.locator('del')).toHaveText(['on commercial flights'])
  await expect(candidate.locator('ins')).toHaveText(['while the'])
  await expect(candidate).toContainText('% match')
  await candidate.getByRole('button', { name: /^Attach here/ }).click()
  await expect(page.getByRole('status').filter({ hasText: 're-attached' })).toContainText(
    'Annotation re-attached.',
  )
  await expect.poll(() => paintedTexts(page)).toContain('called on its citizens to leave Syria while the')

  // Another by choosing it and selecting its passage in the text.
  const anonymity = reviewItem(page, 'speaking on condition of anonymity')
  await expect(anonymity).toContainText('Nothing in the text now resembles it')
  await anonymity.getByRole('button', { name: /^Select the passage in the text for/ }).click()
  await expect(anonymity).toContainText('Now select its passage in the text and choose “Attach here”.')
  await dragSelect(page, 'Reuters reported')
  await page.screenshot({ path: '/tmp/shots/6-attach.png' })
  await page.getByRole('toolbar', { name: 'Selection' }).getByRole('button', { name: 'Attach here' }).click()
  await expect.poll(() => paintedTexts(page)).toContain('Reuters reported')
  await expect(needsReview(page)).toHaveCount(0)
  await expect(annotationItems(page)).toHaveCount(7)

  // Re-attaching is undoable like any edit.
  await page.getByRole('button', { name: 'Undo re-attach annotation' }).click()
  await expect(reviewItem(page, 'speaking on condition of anonymity')).toBeVisible()
  expect(await paintedTexts(page)).not.toContain('Reuters reported')

  // The same file again onto the same version adds nothing.
  await importFromDataDialog(page, exported)
  await onOutlet.check()
  await expect(counts(page).getByRole('button', { name: 'Already here 7' })).toBeVisible()
  await expect(dialog.getByRole('button', { name: 'Import', exact: true })).toBeDisabled()
})

test('a Hypothesis export goes onto the document its quotes fit; its page note and reply are reported, not imported', async ({
  page,
}) => {
  const title = 'Pokrovsk front (American edit)'
  const b = versions('quote-style').b
  const dialog = await importOntoVersion(page, b, title, 'hypothesis-pokrovsk.json', importFromDataDialog)
  await expect(dialog).toContainText(
    "hypothesis-pokrovsk.json · Hypothesis export · 4 annotations and 2 that cannot be read · made on “Ukraine says front 'stabilised' near Pokrovsk”",
  )
  await expect(dialog.getByRole('radio', { name: `${title} 1 of 4 quotes found Best fit` })).toBeChecked()
  await expect(counts(page).getByRole('button')).toHaveText([
    'All 6',
    'Anchors exactly 1',
    'Small differences 3',
    'Cannot be read 2',
  ])
  await counts(page).getByRole('button', { name: 'Cannot be read 2' }).click()
  const listed = dialog.getByRole('list', { name: 'Annotations in the file' }).getByRole('listitem')
  await expect(listed).toHaveText([
    /Record 5.*This record is a page note: it is about the whole page, not a passage\./,
    /Record 6.*This record is a reply in a discussion, not an annotation on a passage\./,
  ])
  await counts(page).getByRole('button', { name: 'Small differences 3' }).click()
  const stabilised = listed.filter({ hasText: 'stabilised' })
  await expect(stabilised.locator('del')).toHaveText(['‘stabilised', '’'])
  await expect(stabilised.locator('ins')).toHaveText(['"stabilized', '"'])

  await dialog.getByRole('button', { name: 'Import 4 annotations' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Imported' })).toContainText(
    `Imported 4 annotations onto “${title}”: 4 highlighted.`,
  )
  await expect
    .poll(() => paintedTexts(page))
    .toEqual(
      [
        'his forces had "stabilized the front" near Pokrovsk',
        '“We are holding, but we need more air defense… and we need it now,”',
        'The Kremlin said Russian troops had taken the village of Novohrodivka',
        '12,000 civilians',
      ].sort(),
    )
  const first = annotationItems(page).first()
  await expect(first).toContainText('Claim of **stabilisation**: check against the front-line maps.')
  await expect(first.getByRole('list', { name: 'Tags' })).toHaveText(/frontline\s*Pokrovsk/)
})

test('Recogito annotations come in from the Annotations panel; the cut ones wait under Needs review, never on look-alike words', async ({
  page,
}) => {
  const title = 'Yemen food shortages (second copy)'
  const b = versions('cut-paragraph').b
  const dialog = await importOntoVersion(page, b, title, 'recogito-yemen.json', importFromPanel)
  await expect(dialog).toContainText(
    'recogito-yemen.json · Recogito annotations · 5 annotations and 1 that cannot be read',
  )
  await expect(dialog.getByRole('radio', { name: `${title} 3 of 5 quotes found Best fit` })).toBeChecked()
  await expect(counts(page).getByRole('button')).toHaveText([
    'All 6',
    'Anchors exactly 3',
    'Needs review 2',
    'Cannot be read 1',
  ])
  await dialog.getByRole('button', { name: 'Import 5 annotations' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Imported' })).toContainText(
    `Imported 5 annotations onto “${title}”: 3 highlighted, 2 under “Needs review”.`,
  )
  await expect
    .poll(() => paintedTexts(page))
    .toEqual(
      [
        'more than two million people in northern Yemen',
        '“We cannot reach the people who need us most,”',
        'Hans Grundberg',
      ].sort(),
    )
  // The cut sentence's look-alike is offered, its differences plain, and left to the analyst.
  const cut = reviewItem(page, 'The World Food Programme said it had suspended deliveries to three districts')
  const closest = cut.getByRole('list', { name: 'Closest passages' }).getByRole('listitem').first()
  await expect(closest.locator('del')).toHaveText(['suspended', 'three'])
  await expect(closest.locator('ins')).toHaveText(['resumed', 'two'])
  await expect(reviewItem(page, 'the shelling came from Houthi positions')).toContainText(
    "Coalition's account; the Houthis deny it.",
  )
})

test('a claim whose passage no longer anchors says so where its passages are listed, and is put back from a candidate or by selecting it', async ({
  page,
}) => {
  const story = versions('wire-copy-edited')
  await openApp(page)
  await pasteDocument(page, outlet, story.b.join('\n'))
  await recordClaim(page, {
    passage: 'called on its citizens to leave Syria',
    statement: 'Russia told its citizens to leave Syria',
    attributedTo: 'Russian foreign ministry',
    newSource: {},
  })
  // A colleague's newer version of the claim rests on the agency copy's words, which this text no longer has.
  const workspace = await exportWorkspace(page)
  const agencyText = story.a.join('\n')
  const quote = 'called on its citizens to leave Syria on commercial flights'
  const at = agencyText.indexOf(quote)
  const claim = workspace.claims[0]
  const selectors = describeRange(agencyText, at, at + quote.length)
  // Its offsets as they would be on this text: a workspace file is checked against its documents.
  const here = story.b.join('\n').indexOf('called on its citizens')
  selectors.position = { type: 'TextPositionSelector', start: here, end: here + quote.length }
  claim.anchors[0].selectors = selectors
  claim.version += 1
  claim.modified = new Date(Date.now() + 60_000).toISOString()
  const path = test.info().outputPath('colleague.json')
  writeFileSync(path, JSON.stringify(workspace))
  await page.getByRole('button', { name: 'Import / export' }).click()
  const data = page.getByRole('dialog', { name: 'Import and export' })
  const chooser = page.waitForEvent('filechooser')
  await data.getByRole('button', { name: 'Import workspace…' }).click()
  await (await chooser).setFiles(path)
  await data
    .getByRole('group', { name: 'Import plan' })
    .getByRole('button', { name: 'Import', exact: true })
    .click()
  await expect(data).toBeHidden()

  // In the claim, where its passages are listed.
  await goTo(page, 'Claims')
  await page
    .getByRole('grid', { name: 'Claims table' })
    .getByRole('row')
    .filter({ hasText: 'Russia told' })
    .click()
  const detail = page.getByRole('complementary', { name: 'Claim' })
  const review = detail.getByRole('group', { name: 'Passage needs review' })
  await expect(review).toContainText(
    'Passage needs review: it could not be found in the document with confidence.',
  )
  const closest = review.getByRole('list', { name: 'Closest passages' }).getByRole('listitem').first()
  await expect(closest.locator('ins')).toHaveText(['while the'])
  await closest.getByRole('button', { name: /^Attach here/ }).click()
  await expect(page.getByRole('status').filter({ hasText: 're-attached' })).toContainText(
    'Claim passage re-attached.',
  )
  await expect(review).toHaveCount(0)
  await expect(detail.getByRole('region', { name: 'Audit trail' }).locator('li').first()).toContainText(
    'Passages',
  )

  // Undone, the passage needs review again; chosen from the claim, it is selected in the reader instead.
  await page.getByRole('button', { name: 'Undo re-attach claim passage' }).click()
  await expect(review).toBeVisible()
  await review.getByRole('button', { name: 'Select it in the document…' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(outlet)
  await expect(reviewItem(page, quote)).toContainText('Claim passage')
  await expect(page.getByRole('status').filter({ hasText: 'Select the passage for' })).toBeVisible()
  await dragSelect(page, 'called on its citizens to leave Syria while the airport in Damascus remained open')
  await page.getByRole('toolbar', { name: 'Selection' }).getByRole('button', { name: 'Attach here' }).click()
  await expect(page.getByRole('status').filter({ hasText: 're-attached' })).toContainText(
    'Claim passage re-attached.',
  )
  await expect(needsReview(page)).toHaveCount(0)
})
