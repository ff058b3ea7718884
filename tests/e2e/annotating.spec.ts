// The annotating path on the sample article: mouse and keyboard, overlaps,
// persistence across a reload, undo and redo, and finding annotations again.
import { expect, test } from '@playwright/test'
import {
  annotateByMouse,
  annotationItems,
  annotationList,
  clickPhrase,
  dragSelect,
  openApp,
  paintedTexts,
  readerText,
} from './helpers'

test.beforeEach(async ({ page }) => openApp(page))

test('the sample article opens on first run with its details', async ({ page }) => {
  await expect(page.getByRole('main').getByText('NBC News · Dec 6, 2024 · 362 words')).toBeVisible()
  await expect(readerText(page).locator('p')).toHaveCount(9)
  await expect(readerText(page)).toContainText('Hassan Abdul-Ghani, senior commander of the HTS-led forces')
  const library = page.getByRole('navigation', { name: 'Library' })
  await expect(
    library.getByRole('button', { name: 'Thousands flee Homs as rebels push south', exact: true }),
  ).toHaveAttribute('aria-current', 'page')
  await expect(library).toContainText('362 words · 0 annotations')
  await page.screenshot({ path: test.info().outputPath('reader.png'), fullPage: true })
  // The theme follows the system setting.
  const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor)
  const light = await background()
  await page.emulateMedia({ colorScheme: 'dark' })
  expect(await background()).not.toBe(light)
  await page.screenshot({ path: test.info().outputPath('reader-dark.png') })
})

test('annotate by mouse with a note and tags, with completion and tag colours', async ({ page }) => {
  await annotateByMouse(page, 'Thousands of people have fled the Syrian city of Homs', 'Attributed to SOHR', [
    'displacement',
    'place:Homs',
  ])
  const item = annotationItems(page).first()
  await expect(item).toContainText('Thousands of people have fled the Syrian city of Homs')
  await expect(item).toContainText('Attributed to SOHR')
  await expect(item.getByRole('list', { name: 'Tags' })).toHaveText(/displacement\s*place:Homs/)
  expect(await paintedTexts(page)).toEqual(['Thousands of people have fled the Syrian city of Homs'])
  // The place: category colours the highlight: it is painted in the place slot.
  const slot = await page.evaluate(() => [...CSS.highlights.get('aw-slot-2')!].length)
  expect(slot).toBe(1)
  await expect(page.getByRole('list', { name: 'Tag colours' })).toContainText('Place')

  // Tags already used are offered on the next annotation.
  await dragSelect(page, 'Hayat Tahrir al-Sham')
  await page.getByRole('button', { name: 'Annotate' }).click()
  const options = page.locator('datalist option')
  await expect(options).toHaveCount(2)
  expect(await options.evaluateAll((o) => o.map((x) => (x as HTMLOptionElement).value))).toEqual([
    'displacement',
    'place:Homs',
  ])
  await page.getByLabel('Note').press('Escape')
  await expect(page.getByRole('form', { name: 'New annotation' })).toBeHidden()
  await page.screenshot({ path: test.info().outputPath('annotated.png') })
})

test('annotate by keyboard: sentence focus, extend, annotate, save with Ctrl+Enter', async ({ page }) => {
  const reader = readerText(page)
  await reader.focus()
  await page.keyboard.press('ArrowDown')
  await page.keyboard.press('ArrowDown')
  await expect(page.getByText(/^Sentence 2 of \d+: If the strategically/)).toBeAttached()
  await page.keyboard.press('Shift+ArrowDown')
  // The focused span gets the same toolbar a mouse selection does, reachable with Tab.
  const toolbar = page.getByRole('toolbar', { name: 'Selection' })
  await expect(toolbar).toBeVisible()
  expect(
    await page.evaluate(() => [...CSS.highlights.get('aw-focus')!].map((r) => (r as Range).toString())),
  ).toEqual([expect.stringMatching(/^If the strategically[\s\S]*forced out Thursday\.$/)])
  await page.keyboard.press('Shift+ArrowDown')
  await page.keyboard.press('Shift+ArrowUp')
  await page.screenshot({ path: test.info().outputPath('keyboard-focus.png') })
  await page.keyboard.press('Tab')
  await expect(toolbar.getByRole('button', { name: 'Annotate' })).toBeFocused()
  await page.keyboard.press('Shift+Tab')
  await page.keyboard.press('a')
  const editor = page.getByRole('form', { name: 'New annotation' })
  await expect(editor.locator('blockquote')).toHaveText(
    /^If the strategically important municipality[\s\S]*forced out Thursday\.$/,
  )
  await expect(editor.getByLabel('Note')).toBeFocused()
  await page.keyboard.type('Outlet framing of stakes')
  await page.keyboard.press('Control+Enter')
  await expect(editor).toBeHidden()
  await expect(annotationItems(page)).toHaveCount(1)
  const painted = await paintedTexts(page)
  expect(painted).toHaveLength(1)
  expect(painted[0]).toMatch(/^If the strategically important municipality[\s\S]*forced out Thursday\.$/)

  // Escape clears the keyboard focus; Escape in the editor cancels it.
  await reader.focus()
  await page.keyboard.press('j')
  await page.keyboard.press('Enter')
  await expect(editor).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(editor).toBeHidden()
  await expect(annotationItems(page)).toHaveCount(1)
})

test('overlapping and nested annotations survive a reload in place', async ({ page }) => {
  await annotateByMouse(
    page,
    'Hassan Abdul-Ghani, senior commander of the HTS-led forces',
    'Partisan source',
    ['actor:HTS'],
  )
  await annotateByMouse(page, 'Abdul-Ghani', 'Name to verify', ['source:X post']) // nested inside
  await annotateByMouse(
    page,
    'senior commander of the HTS-led forces on Friday in a post on X',
    'Crosses the end',
  ) // across
  await annotateByMouse(
    page,
    'thanks to God, after the arrival of convoys carrying hundreds of displaced people from Homs to deter Assad’s aggression against their city,” said Hassan Abdul-Ghani',
    'Around the start',
  )

  const expected = [
    'Abdul-Ghani',
    'Hassan Abdul-Ghani, senior commander of the HTS-led forces',
    'senior commander of the HTS-led forces on Friday in a post on X',
    'thanks to God, after the arrival of convoys carrying hundreds of displaced people from Homs to deter Assad’s aggression against their city,” said Hassan Abdul-Ghani',
  ]
  expect(await paintedTexts(page)).toEqual(expected)
  // The list is in text order.
  await expect(annotationList(page).locator('.annotation-quote')).toHaveText([
    /^thanks to God, after the arrival/,
    expected[1]!,
    expected[0]!,
    expected[2]!,
  ])

  // A click where highlights overlap offers every annotation under the pointer.
  await clickPhrase(page, 'Abdul-Ghani, senior')
  const menu = page.getByRole('menu', { name: 'Annotations here' })
  // Innermost first: the name, the sentence it opens, the quote that ends with it.
  await expect(menu.getByRole('menuitem')).toHaveCount(3)
  await expect(menu.getByRole('menuitem').first()).toHaveText(/^Abdul-Ghani/)
  await expect(menu.getByRole('menuitem').first()).toBeFocused()
  await page.keyboard.press('ArrowDown')
  await page.keyboard.press('Enter')
  await expect(menu).toBeHidden()
  await expect(annotationList(page).locator('[aria-current="true"]')).toHaveText(expected[1]!)
  await page.screenshot({ path: test.info().outputPath('overlaps.png') })

  await page.reload()
  await expect(annotationItems(page)).toHaveCount(4)
  expect(await paintedTexts(page)).toEqual(expected)
  await expect(page.getByRole('heading', { name: 'Needs review' })).toHaveCount(0)
})

test('clicking a highlight selects its annotation; choosing one in the panel scrolls to it and flashes it', async ({
  page,
}) => {
  await annotateByMouse(page, 'the Observatory said', 'Kurdish front')
  await annotateByMouse(page, 'Chatham House', 'Think tank')
  await clickPhrase(page, 'Chatham House')
  await expect(annotationList(page).locator('[aria-current="true"]')).toHaveText('Chatham House')

  await readerText(page).evaluate((el) => el.closest('.pane')!.scrollTo(0, 0))
  await expect(readerText(page).locator('p').last()).not.toBeInViewport()
  await annotationList(page).getByRole('button', { name: 'the Observatory said', exact: true }).click()
  await expect(annotationList(page).locator('[aria-current="true"]')).toHaveText('the Observatory said')
  const flashed = await page.evaluate(() =>
    [...CSS.highlights.get('aw-flash')!].map((r) => (r as Range).toString()),
  )
  expect(flashed).toEqual(['the Observatory said'])
  await expect(readerText(page).locator('p').last()).toBeInViewport()
})

test('edit, delete, undo and redo', async ({ page }) => {
  await annotateByMouse(page, 'Neil Quilliam', 'Expert', ['actor:Chatham House'])
  const item = annotationItems(page).first()
  await item.getByRole('button', { name: /^Edit annotation/ }).click()
  const editor = page.getByRole('form', { name: 'Edit annotation' })
  await expect(editor.getByLabel('Note')).toHaveValue('Expert')
  await editor.getByLabel('Note').fill('Expert view, not reporting')
  await editor.getByRole('button', { name: 'Remove tag actor:Chatham House' }).click()
  await editor.getByRole('button', { name: 'Save' }).click()
  await expect(item).toContainText('Expert view, not reporting')
  await expect(item.getByRole('list', { name: 'Tags' })).toHaveCount(0)

  await page.keyboard.press('Control+z')
  await expect(item).toContainText('Expert')
  await expect(item).not.toContainText('not reporting')
  await expect(item.getByRole('list', { name: 'Tags' })).toHaveText('actor:Chatham House')
  await page.keyboard.press('Control+Shift+z')
  await expect(item).toContainText('Expert view, not reporting')

  await item.getByRole('button', { name: /^Delete annotation/ }).click()
  await expect(annotationItems(page)).toHaveCount(0)
  expect(await paintedTexts(page)).toEqual([])
  await page.getByRole('status').getByRole('button', { name: 'Undo' }).click()
  await expect(annotationItems(page)).toHaveCount(1)
  expect(await paintedTexts(page)).toEqual(['Neil Quilliam'])
  await page.getByRole('button', { name: 'Redo delete annotation' }).click()
  await expect(annotationItems(page)).toHaveCount(0)
  await page.getByRole('button', { name: 'Undo delete annotation' }).click()
  await expect(annotationItems(page)).toHaveCount(1)

  // Undo survives nothing unsaved: after a reload the restored annotation is still there.
  await page.reload()
  await expect(annotationItems(page)).toHaveCount(1)
})

test('every control has a name, and the keyboard alone reaches the reader and the editor', async ({
  page,
}) => {
  const unnamed = await page.evaluate(() =>
    [...document.querySelectorAll('button, input, textarea, [role="document"]')]
      .filter(
        (el) =>
          !(
            el.getAttribute('aria-label') ||
            el.textContent?.trim() ||
            (el as HTMLInputElement).labels?.length
          ),
      )
      .map((el) => el.outerHTML),
  )
  expect(unnamed).toEqual([])
  await page.keyboard.press('?')
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeHidden()
  for (let i = 0; i < 30 && !(await readerText(page).evaluate((el) => el === document.activeElement)); i++) {
    await page.keyboard.press('Tab')
  }
  await expect(readerText(page)).toBeFocused()
})
