// Claims found for you (issue 13), through the UI: the sample article's
// ledger built by accepting suggestions, counted in clicks and key presses
// against recording the same claims by hand; a rejection that survives a
// reload; undo of an accepted claim with the sources it created; and a
// channel that relays its speaker.
import { expect, test, type Locator, type Page } from '@playwright/test'
import { resolve } from 'node:path'
import { countActions, totalActions } from './action-count'
import { appOrigin, clickPhrase, openApp } from './helpers'
import { claimDialog, recordClaim, type ClaimInput } from './ledger-helpers'

interface Expected {
  passage: string
  statement: string
  type: string
  typeLabel?: string
  speaker: string
  via: string
}

const SOHR = 'Syrian Observatory for Human Rights'
/** The sample article's attributed claims as an analyst would record them (checked by hand). */
const ledger: Expected[] = [
  {
    passage:
      'Thousands of people have fled the Syrian city of Homs as rebel fighters pushed further south with their rapid assault on government forces, a leading monitoring group said.',
    statement:
      'Thousands of people have fled the Syrian city of Homs as rebel fighters pushed further south with their rapid assault on government forces.',
    type: 'reported-fact',
    speaker: SOHR,
    via: 'NBC News',
  },
  {
    passage:
      '“Our forces continue to advance towards the city of Homs at a steady pace, thanks to God, after the arrival of convoys carrying hundreds of displaced people from Homs to deter Assad’s aggression against their city,” said Hassan Abdul-Ghani, senior commander of the HTS-led forces on Friday in a post on X.',
    statement:
      'Our forces continue to advance towards the city of Homs at a steady pace, thanks to God, after the arrival of convoys carrying hundreds of displaced people from Homs to deter Assad’s aggression against their city.',
    type: 'direct-quote',
    typeLabel: 'Direct quote',
    speaker: 'Hassan Abdul-Ghani',
    via: 'X',
  },
  {
    passage:
      'While Hama was a more symbolic victory for the HTS-led insurgents, taking Homs would send a more practical message, said Neil Quilliam, an associate fellow with the MENA Programme at Chatham House, a London-based think tank.',
    statement:
      'While Hama was a more symbolic victory for the HTS-led insurgents, taking Homs would send a more practical message.',
    // The one correction: an expert's judgment, not a reported fact.
    type: 'assessment',
    typeLabel: 'Assessment or opinion',
    speaker: 'Neil Quilliam',
    via: 'NBC News',
  },
  {
    passage:
      'Homs “is a stepping stone to Damascus and what comes next,” he told NBC News on Friday. “It would be passing through a threshold that suggests to the [Syrian] forces and all Syrians that HTS and those fighting forces with it are about to bear down on the capital and sweep away the regime.”',
    statement:
      'Homs is a stepping stone to Damascus and what comes next. It would be passing through a threshold that suggests to the [Syrian] forces and all Syrians that HTS and those fighting forces with it are about to bear down on the capital and sweep away the regime.',
    type: 'direct-quote',
    typeLabel: 'Direct quote',
    speaker: 'Neil Quilliam',
    via: 'NBC News',
  },
  {
    passage:
      'With his forces nearing, thousands of people had fled towards western coastal regions, a stronghold of the government where fighting has remained less fierce than in other parts of the country, the Syrian Observatory for Human Rights said Friday.',
    statement:
      'With his forces nearing, thousands of people had fled towards western coastal regions, a stronghold of the government where fighting has remained less fierce than in other parts of the country.',
    type: 'reported-fact',
    speaker: SOHR,
    via: 'NBC News',
  },
  {
    passage:
      'Pro-Assad soldiers were also battling Kurdish forces who seized government positions in eastern Syria near the cities of Raqqa and Deir Ez-Zour, the Observatory said.',
    statement:
      'Pro-Assad soldiers were also battling Kurdish forces who seized government positions in eastern Syria near the cities of Raqqa and Deir Ez-Zour.',
    type: 'reported-fact',
    speaker: SOHR,
    via: 'NBC News',
  },
]
const sourceKinds: Record<string, { label: string; id: string }> = {
  [SOHR]: { label: 'Organisation', id: 'organisation' },
  'NBC News': { label: 'News outlet', id: 'outlet' },
  'Hassan Abdul-Ghani': { label: 'Person', id: 'person' },
  X: { label: 'Social-media account', id: 'social-account' },
  'Neil Quilliam': { label: 'Person', id: 'person' },
}

/** Claims and sources as stored, with source names in place of ids. */
async function storedLedger(page: Page) {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((ok, fail) => {
      const r = indexedDB.open('analyst-workbench')
      r.onsuccess = () => ok(r.result)
      r.onerror = () => fail(r.error)
    })
    const all = <T>(store: string) =>
      new Promise<T[]>((ok) => {
        const r = db.transaction(store).objectStore(store).getAll()
        r.onsuccess = () => ok(r.result as T[])
      })
    type Source = { id: string; name: string; kind: string; relays: string | null; notes: string }
    type Claim = {
      statement: string
      type: string
      attributedTo: string | null
      reportedVia: string | null
      anchors: { selectors: { quote: { exact: string } } }[]
    }
    const [claims, sources] = await Promise.all([all<Claim>('claims'), all<Source>('sources')])
    db.close()
    const name = (id: string | null) => sources.find((s) => s.id === id)?.name ?? null
    return {
      claims: claims
        .map((c) => ({
          passage: c.anchors[0]?.selectors.quote.exact,
          statement: c.statement,
          type: c.type,
          speaker: name(c.attributedTo),
          via: name(c.reportedVia),
        }))
        .sort((a, b) => a.statement.localeCompare(b.statement)),
      sources: sources
        .map((s) => ({ name: s.name, kind: s.kind, relays: name(s.relays), notes: s.notes }))
        .sort((a, b) => a.name.localeCompare(b.name)),
    }
  })
}

const expectedClaims = ledger
  .map(({ passage, statement, type, speaker, via }) => ({ passage, statement, type, speaker, via }))
  .sort((a, b) => a.statement.localeCompare(b.statement))
const expectedSources = Object.entries(sourceKinds)
  .map(([name, k]) => ({ name, kind: k.id, relays: null }))
  .sort((a, b) => a.name.localeCompare(b.name))

const panel = (page: Page) => page.getByRole('complementary', { name: 'Suggested claims' })
const suggestionTab = (page: Page) => page.getByRole('tab', { name: /^Suggested claims/ })
/** The suggestion under review: its card is the one whose passage is marked current. */
const underReview = (page: Page): Locator =>
  panel(page)
    .getByRole('article')
    .filter({ has: page.locator('[aria-current="true"]') })

test('accepting the suggestions builds the sample ledger in under a third of the actions needed by hand', async ({
  page,
  browser,
}) => {
  test.setTimeout(180_000)

  // By hand: select each passage, New claim, type the statement, name the source and channel.
  const byHand = await browser.newContext({ baseURL: appOrigin, viewport: { width: 1400, height: 900 } })
  const handPage = await byHand.newPage()
  await openApp(handPage)
  const hand = countActions(handPage)
  const known = new Set<string>()
  for (const c of ledger) {
    const fresh = (name: string) => (known.has(name) ? undefined : { kind: sourceKinds[name]!.label })
    const input: ClaimInput = {
      passage: c.passage,
      statement: c.statement,
      attributedTo: c.speaker,
      newSource: fresh(c.speaker),
      via: c.via,
      newVia: fresh(c.via),
      type: c.typeLabel,
    }
    // The new-source form's kind already reads "Organisation": an analyst leaves it.
    if (input.newSource?.kind === 'Organisation') input.newSource = {}
    await recordClaim(hand.page, input)
    known.add(c.speaker).add(c.via)
  }
  const handLedger = await storedLedger(handPage)
  expect(handLedger.claims).toEqual(expectedClaims)
  await byHand.close()

  // With the suggestions: S opens the list with the first under review.
  await openApp(page)
  const { page: p, count } = countActions(page)
  await expect(suggestionTab(page)).toHaveText('Suggested claims 7')
  await p.keyboard.press('s')
  await expect(underReview(page)).toContainText(SOHR)
  await expect(underReview(page)).toContainText('new source · organisation')
  await expect(underReview(page)).toContainText('the document’s outlet: the text names no channel')
  await expect(page.getByRole('button', { name: 'Accept all 3 from this source' })).toBeVisible()
  await page.screenshot({ path: test.info().outputPath('suggestions.png') })

  // The three claims of the monitoring group in one step.
  await p.keyboard.press('Shift+A')
  await expect(page.getByRole('status').filter({ hasText: `3 claims recorded from ${SOHR}.` })).toBeVisible()
  await expect(suggestionTab(page)).toHaveText('Suggested claims 4')

  await expect(underReview(page)).toContainText('Hassan Abdul-Ghani')
  await expect(underReview(page)).toContainText('described as “senior commander of the HTS-led forces”')
  await p.keyboard.press('a')

  // The one correction: Quilliam's first point is his assessment. Edit, then accept.
  await expect(underReview(page)).toContainText('While Hama was a more symbolic victory')
  await p.keyboard.press('e')
  const editor = claimDialog(page)
  await expect(editor.getByLabel('Statement')).toHaveValue(ledger[2]!.statement)
  await expect(editor.getByLabel('Attributed to')).toHaveValue('Neil Quilliam')
  await expect(
    editor.getByRole('group', { name: 'New source: Neil Quilliam' }).getByLabel('Kind'),
  ).toHaveValue('person')
  await expect(editor.getByLabel('Reported via')).toHaveValue('NBC News')
  await p.getByLabel('Type').selectOption({ label: 'Assessment or opinion' })
  await p.getByRole('button', { name: 'Record claim' }).click()
  await expect(editor).toBeHidden()

  await expect(underReview(page)).toContainText('is a stepping stone to Damascus')
  await expect(underReview(page)).toContainText('in your sources')
  await p.keyboard.press('a')
  await expect(underReview(page)).toContainText('No source named in the text (unattributed)')
  await expect(underReview(page).getByRole('button', { name: 'Accept', exact: true })).toBeDisabled()
  await p.keyboard.press('r')
  await expect(panel(page).getByRole('status')).toHaveText(
    '7 found in the text: 0 to review, 6 already claims, 1 rejected.',
  )

  const withSuggestions = await storedLedger(page)
  expect(withSuggestions.claims).toEqual(expectedClaims)
  expect(withSuggestions.sources.map(({ notes: _n, ...s }) => s)).toEqual(expectedSources)
  // The role the text gives goes into the new source's notes.
  expect(withSuggestions.sources.find((s) => s.name === 'Neil Quilliam')!.notes).toMatch(
    /associate fellow with the MENA Programme at Chatham House/,
  )
  const suggested = totalActions(count)
  const manual = totalActions(hand.count)
  console.log(
    `Sample ledger (6 claims, 5 sources): by hand ${manual} actions (${hand.count.clicks} clicks, ${hand.count.keys} key presses); ` +
      `with suggestions ${suggested} (${count.clicks} clicks, ${count.keys} key presses).`,
  )
  test
    .info()
    .annotations.push({ type: 'actions', description: `by hand ${manual}, with suggestions ${suggested}` })
  expect(suggested * 3).toBeLessThan(manual)
})

test('a rejection stays after a reload; undo takes back an accepted claim with the sources it created', async ({
  page,
}) => {
  await openApp(page)
  await suggestionTab(page).click()
  await expect(underReview(page)).toContainText(SOHR)
  // Clicking a suggestion shows its passage in the text, flashed.
  await underReview(page)
    .getByRole('button', { name: /^Passage:/ })
    .click()
  await expect
    .poll(() => page.evaluate(() => [...CSS.highlights.get('aw-flash')!].map((r) => (r as Range).toString())))
    .toEqual([ledger[0]!.passage])
  expect(
    await page.evaluate(
      () => [...CSS.highlights.get('aw-suggestion')!].map((r) => (r as Range).toString()).length,
    ),
  ).toBe(7)

  await page.keyboard.press('r')
  await expect(suggestionTab(page)).toHaveText('Suggested claims 6')
  await page.getByRole('button', { name: 'Undo reject suggested claim' }).click()
  await expect(suggestionTab(page)).toHaveText('Suggested claims 7')
  await underReview(page).getByRole('button', { name: 'Reject' }).click()
  await expect(suggestionTab(page)).toHaveText('Suggested claims 6')
  await page.reload()
  await expect(suggestionTab(page)).toHaveText('Suggested claims 6')
  await expect(panel(page).getByRole('status')).toHaveText('7 found in the text: 6 to review, 1 rejected.')
  await expect(panel(page).getByText('a leading monitoring group said')).toHaveCount(0)

  // Accept Abdul-Ghani's quotation, now the first, then undo: the claim and both new sources go.
  await expect(underReview(page)).toContainText('Hassan Abdul-Ghani')
  await underReview(page).getByRole('button', { name: 'Accept', exact: true }).click()
  await expect(suggestionTab(page)).toHaveText('Suggested claims 5')
  const accepted = await storedLedger(page)
  expect(accepted.claims.map((c) => [c.speaker, c.via])).toEqual([['Hassan Abdul-Ghani', 'X']])
  expect(accepted.sources.map((s) => s.name)).toEqual(['Hassan Abdul-Ghani', 'X'])
  await page.getByRole('button', { name: 'Undo accept suggested claim' }).click()
  await expect(suggestionTab(page)).toHaveText('Suggested claims 6')
  expect(await storedLedger(page)).toEqual({ claims: [], sources: [] })
  await expect(underReview(page)).toContainText('Hassan Abdul-Ghani')
})

test('keys move through the suggestions; a channel citing another source is recorded as relaying it', async ({
  page,
}) => {
  await openApp(page)
  await page.getByRole('button', { name: 'Import…' }).click()
  const dialog = page.getByRole('dialog', { name: 'Import a document' })
  const chooser = page.waitForEvent('filechooser')
  await dialog.getByRole('button', { name: 'Choose files…' }).click()
  await (await chooser).setFiles(resolve(__dirname, '../fixtures/suggest/live-blog.txt'))
  await dialog.getByRole('button', { name: 'Import', exact: true }).click()
  await expect(dialog).toBeHidden()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Hodeidah/)

  await page.keyboard.press('s')
  await expect(underReview(page)).toContainText('Houthi rebels')
  for (const key of ['j', 'j', 'j']) await page.keyboard.press(key)
  await expect(underReview(page)).toContainText('Iranian state TV')
  await page.keyboard.press('k')
  await expect(underReview(page)).toContainText('UK Maritime Trade Operations')
  await expect(underReview(page)).not.toContainText('Iranian state TV')
  await page.keyboard.press('ArrowDown')
  await expect(underReview(page)).toContainText('relays Al Jazeera')
  await expect
    .poll(() =>
      page.evaluate(() =>
        [...CSS.highlights.get('aw-suggestion-current')!].map((r) => (r as Range).toString()),
      ),
    )
    .toEqual([
      'Iranian state TV, citing Al Jazeera, reported that at least three explosions were heard near the port of Hodeidah shortly after midday.',
    ])
  await page.screenshot({ path: test.info().outputPath('relay.png') })
  await page.keyboard.press('a')
  await expect(
    page.getByRole('status').filter({ hasText: 'Claim recorded from the suggestion' }),
  ).toBeVisible()
  const stored = await storedLedger(page)
  expect(stored.claims.map((c) => [c.speaker, c.via])).toEqual([['Al Jazeera', 'Iranian state TV']])
  expect(stored.sources.map(({ name, relays }) => [name, relays])).toEqual([
    ['Al Jazeera', null],
    ['Iranian state TV', 'Al Jazeera'],
  ])

  // A click on a suggested passage in the text puts it under review.
  await expect(underReview(page)).toContainText('a dock worker told the Associated Press')
  await clickPhrase(page, 'reported an incident 60 nautical miles')
  await expect(underReview(page)).toContainText('UK Maritime Trade Operations agency reported an incident')
  // The keys are listed with the other shortcuts.
  await page.keyboard.press('?')
  const shortcuts = page.getByRole('dialog', { name: 'Keyboard shortcuts' })
  for (const keys of [
    'S',
    'A (suggested claims)',
    'Shift + A (suggested claims)',
    'R or Delete (suggested claims)',
  ])
    await expect(shortcuts.getByRole('rowheader', { name: keys, exact: true })).toBeVisible()
})
