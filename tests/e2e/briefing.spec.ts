// A briefing from the ledger, through the UI only: compose it, export the
// Markdown (checked by reading the file back) and print the PDF from the
// print route (checked with pdftotext and pdffonts), with every non-app
// request blocked. A second briefing is built from Arabic reporting and its
// PDF text read back word by word.
import { expect, test, type Page } from '@playwright/test'
import { execFileSync } from 'node:child_process'
import { readFileSync, writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { parse as parseYaml } from 'yaml'
import { improveTextLayer } from '../../src/main/pdf-text-layer'
import { openApp, openPrintRoute } from './helpers'
import { chooseClaim, goTo, recordClaim } from './ledger-helpers'

const arabicQuote = 'آلاف الأشخاص فروا من مدينة حمص'

async function blockTheNetwork(page: Page) {
  const blocked: string[] = []
  const app = `${test.info().project.use.baseURL}/`
  await page.context().route('**/*', (route) => {
    const url = route.request().url()
    if (url.startsWith(app) || url.startsWith('data:') || url.startsWith('blob:')) return route.continue()
    blocked.push(url)
    return route.abort()
  })
  return blocked
}

async function importArabic(page: Page) {
  await page.getByRole('button', { name: 'Import…' }).click()
  const dialog = page.getByRole('dialog', { name: 'Import a document' })
  await dialog.getByLabel('Or paste text').fill(`قال المرصد السوري لحقوق الإنسان إن ${arabicQuote}.`)
  await dialog.getByRole('button', { name: 'Continue' }).click()
  await dialog.getByLabel('Title').fill('تقرير المرصد')
  await dialog.getByLabel('Outlet').fill('SOHR Arabic')
  await dialog.getByRole('button', { name: 'Import', exact: true }).click()
  // The import is stored and opened asynchronously: wait for it before selecting in it.
  await expect(page.getByRole('heading', { level: 1, name: 'تقرير المرصد' })).toBeVisible()
}

test('compose a briefing from the ledger and export Markdown and PDF with no network', async ({ page }) => {
  test.setTimeout(120_000)
  const blocked = await blockTheNetwork(page)
  await openApp(page)
  await recordClaim(page, {
    passage: 'Thousands of people have fled the Syrian city of Homs',
    statement: 'Thousands have fled Homs | a *monitoring* group `count` <script>alert(1)</script> [^1]',
    attributedTo: 'Syrian Observatory for Human Rights',
    newSource: { kind: 'Organisation', affiliation: 'Monitoring group', reliability: 'B: Usually reliable' },
    via: 'NBC News',
    newVia: { kind: 'News outlet', reliability: 'B: Usually reliable' },
    credibility: '2: Probably true',
  })
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
  await importArabic(page)
  await recordClaim(page, {
    passage: arabicQuote,
    attributedTo: 'Syrian Observatory for Human Rights',
    credibility: '2: Probably true',
  })

  // Cite every claim the table shows in a new briefing.
  await goTo(page, 'Claims')
  await page.getByRole('button', { name: 'Cite all shown in a briefing…' }).click()
  const cite = page.getByRole('dialog', { name: 'Cite in a briefing' })
  await expect(cite.getByLabel('Briefing')).toHaveValue('new')
  await cite.getByRole('button', { name: 'Cite' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'cited in' })).toHaveText(
    /3 claims cited in “New briefing”./,
  )

  await goTo(page, 'Briefings')
  const form = page.getByRole('form', { name: 'Briefing' })
  await form.getByLabel('Title').fill('Homs: the advance and the flight')
  await form.getByLabel('Handling marking').fill('UNCLASSIFIED // OPEN SOURCE')
  await form.getByLabel('Author').fill('A. Analyst')
  await form.getByLabel('Date').fill('2024-12-06')
  await form
    .getByLabel('Bottom line')
    .fill('HTS-led forces are closing on Homs and civilians are leaving ahead of them.')
  await form.getByRole('button', { name: 'Add key judgment' }).click()
  await form.getByLabel('Judgment 1', { exact: true }).fill('Homs will fall to HTS-led forces within a week.')
  await form.getByLabel('Likelihood of judgment 1').selectOption({ label: 'likely (55–80 %)' })
  await form.getByLabel('Confidence in judgment 1').selectOption({ label: 'Moderate' })
  await chooseClaim(
    form,
    'Add a supporting claim to judgment 1',
    'advancing',
    'HTS-led forces are advancing on Homs',
  )
  await expect(form.getByRole('list', { name: 'Supporting claims' })).toContainText(
    'HTS-led forces are advancing on Homs',
  )
  await form
    .getByLabel('Substantiation of judgment 1 (Markdown)')
    .fill('The advance is reported by a **partisan** source only.')
  await form.getByLabel('Outlook and indicators (Markdown)').fill('- Watch the M5 highway')
  await form.getByLabel('Alternative views (Markdown)').fill('Government forces may hold the city.')
  // Reorder the cited claims by keyboard: the Arabic claim first.
  const cited = form.getByRole('list', { name: 'Cited claims' }).getByRole('listitem')
  await expect(cited).toHaveCount(3)
  const texts = await cited.allTextContents()
  for (let n = texts.findIndex((t) => t.includes(arabicQuote)) + 1; n > 1; n--) {
    await form.getByRole('button', { name: `Move claim ${n} up` }).click()
  }
  await expect(cited.first()).toContainText(arabicQuote)
  // Numbers follow the first citation: the claim judgment 1 cites is No. 1,
  // wherever the list puts it, and the list shows each claim's number.
  const numberIn = (text: string) => cited.filter({ hasText: text }).getByTitle('Its number in the briefing')
  await expect(numberIn('HTS-led forces are advancing on Homs')).toHaveText('1')
  await expect(numberIn(arabicQuote)).toHaveText('2')
  await expect(numberIn('Thousands have fled Homs')).toHaveText('3')

  const preview = page.getByRole('region', { name: 'Preview' })
  await expect(preview.getByRole('heading', { level: 1 })).toHaveText('Homs: the advance and the flight')
  await expect(preview).toContainText('Likelihood')
  await page.screenshot({ path: test.info().outputPath('composer.png') })

  // Markdown: downloaded, then read back.
  const download = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Export Markdown' }).click()
  const file = await download
  expect(file.suggestedFilename()).toBe('2024-12-06-homs-the-advance-and-the-flight.md')
  const md = readFileSync((await file.path())!, 'utf8')
  const front = /^---\n([\s\S]*?)\n---\n/.exec(md)
  expect(parseYaml(front![1]!)).toMatchObject({
    title: 'Homs: the advance and the flight',
    marking: 'UNCLASSIFIED // OPEN SOURCE',
    date: '2024-12-06',
    author: 'A. Analyst',
  })
  // Likelihood and confidence are two fields, never one sentence.
  expect(md).toContain('**Likelihood:** likely (55–80 %)')
  expect(md).toContain('**Confidence:** Moderate')
  expect(md).not.toMatch(/confidence that/i)
  expect(md).toContain('Syrian Observatory for Human Rights, via NBC News; graded B2.')
  expect(md).toContain(arabicQuote)
  // Numbers a GFM renderer will show: footnotes are numbered by first
  // reference, so first references must run 1, 2, 3 and every note be referenced.
  const firstReferences = [...new Set([...md.matchAll(/\[\^(\d+)\](?!:)/g)].map((m) => Number(m[1])))]
  const notes = [...md.matchAll(/^\[\^(\d+)\]:/gm)].map((m) => Number(m[1]))
  expect(firstReferences).toEqual([1, 2, 3])
  expect(notes).toEqual([1, 2, 3])
  // The claims table agrees with the composer's numbers.
  // The Arabic statement sits in its cell isolated (FSI…PDI), so it cannot reorder the row.
  expect(md).toMatch(new RegExp(`\\| \\[\\^2\\] \\| \u2068${arabicQuote}\u2069 `))
  // Analyst text stays literal: the tag is escaped, never live HTML.
  expect(md).toContain('\\<script>alert(1)\\</script>')
  expect(md).not.toMatch(/(?<!\\)<script>/)
  writeFileSync(test.info().outputPath('briefing.md'), md)

  // PDF: the print route, printed by Chromium, read back with pdftotext.
  await openPrintRoute(page, 'Homs: the advance and the flight')
  const pdfPath = test.info().outputPath('briefing.pdf')
  await page.pdf({ path: pdfPath, preferCSSPageSize: true, printBackground: true, tagged: true })
  const fonts = embeddedFonts(pdfPath)
  expect(fonts).toEqual(expect.arrayContaining(['NotoNaskhArabic-Regular', 'NotoSerif-Regular']))
  for (const f of fonts) expect(f).toMatch(bundled)
  const pages = execFileSync('pdftotext', ['-layout', pdfPath, '-'])
    .toString('utf8')
    .split('\f')
    .filter((p, i, all) => i < all.length - 1 || p.trim())
  expect(pages.length).toBeGreaterThanOrEqual(2)
  pages.forEach((text, i) => {
    expect(text.trim(), `page ${i + 1} is blank`).not.toBe('')
    expect(
      text.match(/UNCLASSIFIED \/\/ OPEN SOURCE/g)?.length ?? 0,
      `marking top and bottom of page ${i + 1}`,
    ).toBeGreaterThanOrEqual(2)
    expect(text).toContain(`Page ${i + 1} of ${pages.length}`)
  })
  const all = pages.join('\n')
  expect(all).toContain('Homs: the advance and the flight')
  expect(all).toContain('HTS-led forces are advancing on Homs')
  expect(all).toContain('Thousands have fled Homs')
  expect(all).toMatch(/B2/)
  expect(all).toMatch(/D3/)
  // "Claims cited" lists the judgment's claims in order, with no stray spaces, and links them.
  const citedLines = all.match(/Claims cited:[^\n]*/g) ?? []
  expect(citedLines.length).toBeGreaterThan(0)
  for (const line of citedLines) expect(line.trim()).toMatch(/^Claims cited: \d+(, \d+)*$/)
  expect(internalLinks(pdfPath)).toEqual(expect.arrayContaining(['claim-1', 'claim-2', 'claim-3']))
  // Arabic comes out in logical order. pdftotext puts bidi marks around RTL
  // runs and spaces between shaped glyph clusters, so compare letters only.
  const lettersOnly = (t: string) => t.replace(/[\s\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu, '')
  const reading = execFileSync('pdftotext', [pdfPath, '-']).toString('utf8')
  expect(lettersOnly(reading)).toContain(lettersOnly(arabicQuote))
  execFileSync('pdftoppm', [
    '-png',
    '-r',
    '80',
    '-f',
    '1',
    '-l',
    '1',
    pdfPath,
    resolve(test.info().outputPath('briefing-page')),
  ])
  expect(blocked).toEqual([])
})

// The faces the app bundles (resources/fonts), as PDF base font names.
const bundled = /^Noto(Serif|Sans|NaskhArabic)-(Regular|Bold|SemiBold)$/

/** Base names of the fonts embedded in a PDF, from pdffonts. */
function embeddedFonts(pdf: string): string[] {
  const rows = execFileSync('pdffonts', [pdf]).toString('utf8').split('\n').slice(2)
  return [
    ...new Set(rows.flatMap((r) => (r.trim() ? [r.split(/\s+/)[0]!.replace(/^[A-Z]{6}\+/, '')] : []))),
  ].sort()
}

/** Targets of the PDF's in-document links (Chromium writes them as named destinations). */
function internalLinks(pdf: string): string[] {
  return [
    ...readFileSync(pdf)
      .toString('latin1')
      .matchAll(/\/Dest \/([\w-]+)/g),
  ].map((m) => m[1]!)
}

test('a briefing from Arabic reporting: the PDF embeds only Noto and its text reads back', async ({
  page,
}) => {
  test.setTimeout(120_000)
  await openApp(page)
  const material = [
    'قال المرصد السوري لحقوق الإنسان إن آلاف الأشخاص فروا من مدينة حمص.',
    'وأفادت المفوضية UNHCR بنزوح 40,000 شخص خلال يومين حتى 6 ديسمبر 2024.',
    'وقال القائد حسن عبد الغني إن القوات تتقدم نحو حمص.',
    'وَقَالَ شَاهِدٌ إِنَّ الطُّرُقَ مُزْدَحِمَةٌ.',
  ]
  await page.getByRole('button', { name: 'Import…' }).click()
  const dialog = page.getByRole('dialog', { name: 'Import a document' })
  await dialog.getByLabel('Or paste text').fill(material.join('\n'))
  await dialog.getByRole('button', { name: 'Continue' }).click()
  await dialog.getByLabel('Title').fill('نزوح من حمص')
  await dialog.getByLabel('Outlet').fill('الجزيرة')
  await dialog.getByRole('button', { name: 'Import', exact: true }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'نزوح من حمص' })).toBeVisible()
  await recordClaim(page, {
    passage: 'آلاف الأشخاص فروا من مدينة حمص',
    attributedTo: 'المرصد السوري لحقوق الإنسان',
    newSource: { kind: 'Organisation', reliability: 'B: Usually reliable' },
    credibility: '2: Probably true',
  })
  await recordClaim(page, {
    passage: 'بنزوح 40,000 شخص خلال يومين',
    attributedTo: 'UNHCR',
    newSource: { kind: 'Organisation', reliability: 'A: Completely reliable' },
    credibility: '2: Probably true',
  })
  await recordClaim(page, {
    passage: 'إن القوات تتقدم نحو حمص',
    attributedTo: 'حسن عبد الغني',
    newSource: { kind: 'Person', reliability: 'D: Not usually reliable', partisan: true },
  })
  await recordClaim(page, {
    passage: 'الطُّرُقَ مُزْدَحِمَةٌ',
    attributedTo: 'شاهد عيان',
    newSource: { kind: 'Person' },
  })
  await goTo(page, 'Claims')
  await page.getByRole('button', { name: 'Cite all shown in a briefing…' }).click()
  await page.getByRole('dialog', { name: 'Cite in a briefing' }).getByRole('button', { name: 'Cite' }).click()
  await goTo(page, 'Briefings')
  const form = page.getByRole('form', { name: 'Briefing' })
  await form.getByLabel('Title').fill('حمص: النزوح')
  await form.getByLabel('Bottom line').fill('نزح 40,000 شخص من حمص وفق UNHCR.')
  // Saved once the list of briefings (read from the store) shows the new title.
  await expect(page.getByRole('navigation', { name: 'Briefings' })).toContainText('حمص: النزوح')

  await openPrintRoute(page, 'حمص: النزوح')
  // Every Arabic block is laid out right to left by its own dir, not inherited.
  await expect(page.locator('h1')).toHaveAttribute('dir', 'rtl')
  await expect(page.locator('p.quote').first()).toHaveAttribute('dir', 'rtl')
  const rawPath = test.info().outputPath('arabic-briefing-chromium.pdf')
  await page.pdf({ path: rawPath, preferCSSPageSize: true, printBackground: true, tagged: true })
  // What the desktop app saves: Chromium's PDF with its text layer improved
  // (src/main/pdf.ts does the same after printToPDF).
  const pdfPath = test.info().outputPath('arabic-briefing.pdf')
  writeFileSync(pdfPath, await improveTextLayer(new Uint8Array(readFileSync(rawPath))))
  for (const file of [rawPath, pdfPath]) {
    const fonts = embeddedFonts(file)
    expect(fonts).toContain('NotoNaskhArabic-Regular')
    for (const f of fonts) expect(f).toMatch(bundled)
  }
  // The improvement changes no pixel.
  const firstPage = (file: string) =>
    execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', file])
  expect(firstPage(pdfPath).equals(firstPage(rawPath))).toBe(true)

  // pdftotext wraps right-to-left runs in embedding marks, with no space between a mark and a number.
  const words = (t: string) =>
    t.replace(/[\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu, ' ').split(/[\s.,:()«»]+/u)
  const extract = (file: string) => execFileSync('pdftotext', [file, '-']).toString('utf8')
  // Everything Arabic the PDF shows: title, bottom line, the passages (also the
  // statements), the sources, the document and outlet.
  const shown = [
    'حمص: النزوح',
    'نزح 40,000 شخص من حمص وفق UNHCR.',
    'آلاف الأشخاص فروا من مدينة حمص',
    'بنزوح 40,000 شخص خلال يومين',
    'إن القوات تتقدم نحو حمص',
    'الطُّرُقَ مُزْدَحِمَةٌ',
    'المرصد السوري لحقوق الإنسان',
    'حسن عبد الغني',
    'شاهد عيان',
    'نزوح من حمص',
    'الجزيرة',
  ]
  const source = shown.flatMap(words).filter(Boolean)
  const arabic = [...new Set(source.filter((w) => /\p{Script=Arabic}/u.test(w)))]
  const vowelled = (w: string) => /[\u064b-\u0652]/u.test(w)
  const results = Object.fromEntries(
    [rawPath, pdfPath].map((file) => {
      const extracted = new Set(words(extract(file)))
      return [
        file === rawPath ? 'chromium' : 'saved',
        {
          intact: arabic.filter((w) => extracted.has(w)),
          broken: arabic.filter((w) => !extracted.has(w)),
          text: extract(file),
        },
      ]
    }),
  )
  // What does and does not come back is written beside the test results.
  const report = test.info().outputPath('arabic-words.json')
  writeFileSync(report, JSON.stringify(results, null, 2))
  await test.info().attach('arabic-words.json', { path: report, contentType: 'application/json' })

  const text = extract(pdfPath)
  const extracted = new Set(words(text))
  // Latin words and numbers inside Arabic lines come back whole.
  for (const w of source.filter((w) => !/\p{Script=Arabic}/u.test(w))) expect(extracted, w).toContain(w)
  // Every Arabic word without vowel marks comes back whole from the saved PDF.
  for (const w of arabic.filter((w) => !vowelled(w))) expect(extracted, w).toContain(w)
  // Every letter shown comes back somewhere, vowel marks included.
  const letters = (t: string) => [...t.normalize('NFC')].filter((c) => /\p{Script=Arabic}/u.test(c))
  const have = new Set(letters(text))
  for (const c of new Set(letters(shown.join(' ')))) expect(have, `letter ${c}`).toContain(c)
})

test('a briefing shows when a cited claim changed since, and can be duplicated', async ({ page }) => {
  await openApp(page)
  await recordClaim(page, {
    passage: 'Neil Quilliam',
    attributedTo: 'Chatham House',
    newSource: { kind: 'Organisation' },
  })
  await goTo(page, 'Claims')
  const grid = page.getByRole('grid', { name: 'Claims table' })
  await grid.getByRole('checkbox', { name: 'Select row: Neil Quilliam' }).check()
  await page
    .getByRole('form', { name: 'Bulk edit' })
    .getByRole('button', { name: 'Cite in a briefing…' })
    .click()
  await page.getByRole('dialog', { name: 'Cite in a briefing' }).getByRole('button', { name: 'Cite' }).click()

  // The claim moves on after it was cited.
  await grid.getByRole('row').filter({ hasText: 'Neil Quilliam' }).click()
  await page.getByRole('button', { name: 'Edit claim' }).click()
  await page
    .getByRole('dialog', { name: 'Edit claim' })
    .getByLabel('Status')
    .selectOption({ label: 'Disputed' })
  await page.getByRole('button', { name: 'Save claim' }).click()

  await goTo(page, 'Briefings')
  const cited = page.getByRole('list', { name: 'Cited claims' }).getByRole('listitem')
  await expect(cited).toHaveCount(1)
  await expect(cited.getByRole('note')).toContainText('Changed since cited (version 1 → 2).')
  await cited.getByRole('button', { name: 'Use current version' }).click()
  await expect(cited.getByRole('note')).toHaveCount(0)

  const list = page.getByRole('navigation', { name: 'Briefings' })
  await page.getByLabel('Title').fill('Weekly note')
  await list.getByRole('button', { name: 'Duplicate “Weekly note”' }).click()
  await expect(list.locator('.doc-open')).toHaveText(['Weekly note (copy)', 'Weekly note'])
  await expect(page.getByLabel('Title')).toHaveValue('Weekly note (copy)')
  await expect(page.getByRole('list', { name: 'Cited claims' }).getByRole('listitem')).toHaveCount(1)
})
