// Tiny DOM helpers for render tests without testing-library: find controls by
// role and accessible name the way a person (or Playwright) would, and drive
// them with real events inside React's act(). Tables answer asynchronously
// (their rows come from a TableSource), so every step awaits act(), which
// flushes those answers before the test looks.
import { act, type ReactNode } from 'react'
import { createRoot, type Root } from 'react-dom/client'

declare global {
  var IS_REACT_ACT_ENVIRONMENT: boolean | undefined
}
globalThis.IS_REACT_ACT_ENVIRONMENT = true

export interface Mounted {
  container: HTMLElement
  root: Root
  render: (node: ReactNode) => Promise<void>
  unmount: () => Promise<void>
}

/** Lets pending answers (promises, then the renders they cause) settle. */
export async function settle() {
  for (let i = 0; i < 5; i++) await act(async () => {})
}

export async function mount(node: ReactNode): Promise<Mounted> {
  const container = document.createElement('div')
  document.body.append(container)
  const root = createRoot(container)
  const render = async (n: ReactNode) => {
    await act(async () => root.render(n))
    await settle()
  }
  await render(node)
  return {
    container,
    root,
    render,
    unmount: async () => {
      await act(async () => root.unmount())
      container.remove()
    },
  }
}

const roleSelectors: Record<string, string> = {
  button: 'button',
  checkbox: 'input[type="checkbox"]',
  searchbox: 'input[type="search"]',
  combobox: 'select',
  grid: '[role="grid"]',
  columnheader: 'th',
  separator: '[role="separator"]',
  dialog: '[role="dialog"]',
  status: '[role="status"]',
  row: 'tr',
}

/** The accessible name, as far as these tests need it: aria-label, a wrapping <label>, or text. */
export function nameOf(el: Element): string {
  const aria = el.getAttribute('aria-label')
  if (aria !== null) return aria
  const label = el.closest('label')
  if (label) {
    // The label's own text, not the options of a <select> inside it.
    const copy = label.cloneNode(true) as HTMLElement
    copy.querySelectorAll('select').forEach((s) => s.remove())
    return (copy.textContent ?? '').replace(/\s+/g, ' ').trim()
  }
  return (el.textContent ?? '').replace(/\s+/g, ' ').trim()
}

export function allByRole(scope: ParentNode, role: string, name?: string | RegExp): HTMLElement[] {
  const selector = roleSelectors[role]
  if (!selector) throw new Error(`unknown role ${role}`)
  return [...scope.querySelectorAll<HTMLElement>(selector)].filter((el) => {
    if (el.closest('[aria-hidden="true"]')) return false
    if (name === undefined) return true
    const n = nameOf(el)
    return typeof name === 'string' ? n === name : name.test(n)
  })
}

export function byRole(scope: ParentNode, role: string, name?: string | RegExp): HTMLElement {
  const found = allByRole(scope, role, name)
  if (found.length !== 1) throw new Error(`expected one ${role} named ${String(name)}, found ${found.length}`)
  return found[0]!
}

export async function click(el: HTMLElement, init: MouseEventInit = {}) {
  await act(async () => {
    el.dispatchEvent(new MouseEvent('mousedown', { bubbles: true, cancelable: true, ...init }))
    el.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, ...init }))
  })
  await settle()
}

/** Sets an input's or select's value the way typing or choosing does, so React sees it. */
export async function change(el: HTMLInputElement | HTMLSelectElement, value: string) {
  const proto = el instanceof HTMLSelectElement ? HTMLSelectElement.prototype : HTMLInputElement.prototype
  await act(async () => {
    Object.getOwnPropertyDescriptor(proto, 'value')!.set!.call(el, value)
    el.dispatchEvent(new Event(el instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true }))
  })
  await settle()
}

export async function key(el: HTMLElement, k: string, init: KeyboardEventInit = {}) {
  await act(async () => {
    el.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true, cancelable: true, ...init }))
  })
  await settle()
}
