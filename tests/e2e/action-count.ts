// Counts what an analyst does through a page: every click (a mouse press, a
// drag counting once, a checkbox, a choice from a list counting two: open and
// pick) and every key press (typing a text is one per character). The page is
// wrapped, so existing steps such as recordClaim are counted unchanged.
import type { Keyboard, Locator, Mouse, Page } from '@playwright/test'

export interface ActionCount {
  clicks: number
  keys: number
}

export const totalActions = (c: ActionCount) => c.clicks + c.keys

/** What each call costs, by method name. */
const costs: Record<string, (count: ActionCount, args: unknown[]) => void> = {
  click: (c) => void c.clicks++,
  dblclick: (c) => void (c.clicks += 2),
  tap: (c) => void c.clicks++,
  check: (c) => void c.clicks++,
  uncheck: (c) => void c.clicks++,
  setChecked: (c) => void c.clicks++,
  selectOption: (c) => void (c.clicks += 2),
  // Into the field, then each character.
  fill: (c, [value]) => {
    c.clicks++
    c.keys += String(value).length
  },
  press: (c) => void c.keys++,
  pressSequentially: (c, [text]) => void (c.keys += String(text).length),
  type: (c, [text]) => void (c.keys += String(text).length),
  insertText: (c, [text]) => void (c.keys += String(text).length),
  // A mouse press: a click, or the start of a drag.
  down: (c) => void c.clicks++,
}

/** A locator, told apart by what only locators have (class names are mangled in Playwright's bundle). */
const returnsLocator = (value: unknown): value is Locator =>
  typeof value === 'object' &&
  value !== null &&
  ['filter', 'nth', 'click', 'fill'].every((m) => typeof (value as Record<string, unknown>)[m] === 'function')

/** A counting stand-in for a Playwright object; locators it hands out count too. */
function counted<T extends object>(
  target: T,
  count: ActionCount,
  kind: 'mouse' | 'keyboard' | 'locator' | 'page',
): T {
  return new Proxy(target, {
    get(obj, prop) {
      const value = Reflect.get(obj, prop, obj) as unknown
      if (kind === 'page' && prop === 'mouse') return counted(value as Mouse, count, 'mouse')
      if (kind === 'page' && prop === 'keyboard') return counted(value as Keyboard, count, 'keyboard')
      if (typeof value !== 'function') return value
      const cost = typeof prop === 'string' ? costs[prop] : undefined
      // Mouse moves and releases are part of the press that began them; keyboard down/up of a chord is one press.
      const charged =
        cost && !(kind === 'keyboard' && prop === 'down') && !(kind === 'mouse' && prop === 'type')
      return (...args: unknown[]) => {
        if (charged) cost(count, args)
        const result = (value as (...a: unknown[]) => unknown).apply(obj, args)
        return returnsLocator(result) ? counted(result, count, 'locator') : result
      }
    },
  })
}

/** The page as an analyst drives it, and the running count of what they did. */
export function countActions(page: Page): { page: Page; count: ActionCount } {
  const count: ActionCount = { clicks: 0, keys: 0 }
  return { page: counted(page, count, 'page'), count }
}
