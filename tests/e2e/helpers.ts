// Shared steps for the end-to-end tests: they act as an analyst would (mouse
// drags, keys, labelled controls) and read back what the page shows.
import { expect, type Page } from '@playwright/test'

/** Where the built app is served for these tests (playwright.config.ts, E2E_PORT). */
export const appOrigin = `http://127.0.0.1:${process.env.E2E_PORT ?? 5199}/`

/** Opens the app on a fresh store and waits for the sample article. */
export async function openApp(page: Page) {
  await page.goto('/')
  await expect(
    page.getByRole('heading', { level: 1, name: 'Thousands flee Homs as rebels push south' }),
  ).toBeVisible()
}

export const readerText = (page: Page) => page.getByRole('document', { name: 'Document text' })

/** Where a phrase sits on screen: the first and last character boxes of its first occurrence in the reader. */
async function phraseBox(page: Page, phrase: string, occurrence = 0) {
  return page.evaluate(
    ([phrase, occurrence]) => {
      const blocks = [...document.querySelectorAll('.reader-text > *')]
      let seen = 0
      for (const block of blocks) {
        const node = block.firstChild
        if (!node?.textContent) continue
        for (
          let at = node.textContent.indexOf(phrase);
          at !== -1;
          at = node.textContent.indexOf(phrase, at + 1)
        ) {
          if (seen++ < occurrence) continue
          const range = document.createRange()
          range.setStart(node, at)
          range.setEnd(node, at + 1)
          const first = range.getBoundingClientRect()
          range.setStart(node, at + phrase.length - 1)
          range.setEnd(node, at + phrase.length)
          const last = range.getBoundingClientRect()
          // Start at the leading edge of the first character and end at the
          // trailing edge of the last, which swap sides in right-to-left text.
          const rtl = getComputedStyle(block).direction === 'rtl'
          return {
            first: { x: rtl ? first.right - 1 : first.left + 1, y: first.top + first.height / 2 },
            last: { x: rtl ? last.left + 1 : last.right - 1, y: last.top + last.height / 2 },
            rtl,
          }
        }
      }
      throw new Error(`phrase not in the reader: ${phrase}`)
    },
    [phrase, occurrence] as const,
  )
}

/** Selects a phrase by dragging the mouse across it, as a person would. */
export async function dragSelect(page: Page, phrase: string, occurrence = 0) {
  const el = readerText(page)
  await el.evaluate((node, phrase) => {
    const p = [...node.children].find((c) => c.textContent?.includes(phrase))
    p?.scrollIntoView({ block: 'center' })
  }, phrase)
  const { first, last, rtl } = await phraseBox(page, phrase, occurrence)
  const nudge = rtl ? -0.5 : 0.5
  await page.mouse.move(first.x - nudge, first.y)
  await page.mouse.down()
  await page.mouse.move((first.x + last.x) / 2, (first.y + last.y) / 2, { steps: 4 })
  await page.mouse.move(last.x + nudge, last.y, { steps: 4 })
  await page.mouse.up()
}

/** Clicks in the middle of a phrase in the reader. */
export async function clickPhrase(page: Page, phrase: string) {
  const { first, last } = await phraseBox(page, phrase)
  await page.mouse.click((first.x + last.x) / 2, first.y)
}

/** Fills and saves the open annotation editor. */
export async function fillEditor(page: Page, note: string, tags: string[] = []) {
  const editor = page.getByRole('form', { name: /annotation/i })
  await editor.getByLabel('Note').fill(note)
  for (const tag of tags) {
    await editor.getByRole('combobox', { name: 'Tags' }).fill(tag)
    await editor.getByRole('combobox', { name: 'Tags' }).press('Enter')
  }
  await editor.getByRole('button', { name: 'Save' }).click()
  await expect(editor).toBeHidden()
}

/** Annotates a phrase by mouse: drag, then the toolbar's Annotate button. */
export async function annotateByMouse(page: Page, phrase: string, note: string, tags: string[] = []) {
  await dragSelect(page, phrase)
  await page.getByRole('toolbar', { name: 'Selection' }).getByRole('button', { name: 'Annotate' }).click()
  await expect(page.getByRole('form', { name: 'New annotation' }).locator('blockquote')).toHaveText(phrase)
  await fillEditor(page, note, tags)
}

export const annotationList = (page: Page) => page.getByRole('list', { name: 'Annotations in text order' })

/** The text under each painted highlight range, read from the CSS highlight registry. */
export async function paintedTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = []
    CSS.highlights.forEach((h, name) => {
      if (name.startsWith('aw-slot-')) h.forEach((r) => out.push((r as Range).toString()))
    })
    return out.sort()
  })
}

/** The annotation entries themselves (not the tag lists inside them). */
export const annotationItems = (page: Page) => annotationList(page).locator(':scope > li')

/** Imports pasted text as a document with a title, through the import dialog, and waits for it to open. */
export async function pasteDocument(page: Page, title: string, text: string) {
  await page.getByRole('button', { name: 'Import…' }).click()
  const dialog = page.getByRole('dialog', { name: 'Import a document' })
  await dialog.getByLabel('Or paste text').fill(text)
  await dialog.getByRole('button', { name: 'Continue' }).click()
  await dialog.getByLabel('Title').fill(title)
  await dialog.getByRole('button', { name: 'Import', exact: true }).click()
  await expect(page.getByRole('heading', { level: 1, name: title }).first()).toBeVisible()
}

/** Opens the print route of the briefing with this title, read from the store, and waits until it is ready to print. */
export async function openPrintRoute(page: Page, title: string) {
  const id = await page.evaluate(async (title) => {
    const db = await new Promise<IDBDatabase>((ok) => {
      const r = indexedDB.open('analyst-workbench')
      r.onsuccess = () => ok(r.result)
    })
    const all = await new Promise<{ id: string; title: string }[]>((ok) => {
      const r = db.transaction('briefings').objectStore('briefings').getAll()
      r.onsuccess = () => ok(r.result)
    })
    db.close()
    return all.find((b) => b.title === title)?.id
  }, title)
  expect(id, `a briefing titled “${title}”`).toBeTruthy()
  // The print route loads on its own (a fresh page load, not an in-app change).
  await page.goto(`/#/print/${id}`)
  await page.reload()
  await expect(page.locator('html[data-print-ready="true"]')).toBeAttached()
}

/**
 * Makes the store's writes fail as a full disk does (QuotaExceededError) while
 * the returned switch is on; installed before the app loads.
 */
export async function simulateFullDisk(page: Page): Promise<(full: boolean) => Promise<void>> {
  await page.addInitScript(() => {
    const w = window as unknown as { __diskFull?: boolean }
    for (const method of ['add', 'put'] as const) {
      const original = IDBObjectStore.prototype[method]
      IDBObjectStore.prototype[method] = function (
        this: IDBObjectStore,
        ...args: Parameters<IDBObjectStore['put']>
      ) {
        if (w.__diskFull) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError')
        return original.apply(this, args)
      } as IDBObjectStore['put']
    }
  })
  return (full) =>
    page.evaluate((full) => void ((window as unknown as { __diskFull?: boolean }).__diskFull = full), full)
}
