// The desktop app itself, launched from the build (out/main/index.js) by
// Playwright's Electron driver: what the web-page tests cannot reach (the
// app:// protocol and its headers, the preload bridge, the native save
// dialog, printing to PDF in the main process, the window guards). Native
// dialogs and the system browser are replaced in the main process for the
// test, so nothing waits for a person and nothing leaves the machine.
import { _electron as electron, expect, test, type ElectronApplication, type Page } from '@playwright/test'
import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { contentSecurityPolicy } from '../../src/shared/csp'
import { annotateByMouse, annotationItems } from '../e2e/helpers'
import { goTo, recordClaim } from '../e2e/ledger-helpers'

const mainEntry = resolve(__dirname, '../../out/main/index.js')

let app: ElectronApplication
let page: Page

test.beforeEach(async () => {
  // A fresh profile per test: its own IndexedDB, settings and single-instance lock.
  const userData = mkdtempSync(join(tmpdir(), 'aw-desktop-'))
  const env = Object.fromEntries(
    Object.entries(process.env).filter(
      (e): e is [string, string] => e[1] !== undefined && e[0] !== 'ELECTRON_RENDERER_URL',
    ),
  )
  app = await electron.launch({ args: [mainEntry, `--user-data-dir=${userData}`], env })
  expect(await app.evaluate(({ app: main }) => main.getPath('userData'))).toBe(userData)
  page = await app.firstWindow()
  await expect(
    page.getByRole('heading', { level: 1, name: 'Thousands flee Homs as rebels push south' }),
  ).toBeVisible()
})

test.afterEach(async () => {
  await app?.close()
})

test('the sample opens from app://, a passage is annotated, and a briefing exports as a PDF pdftotext can read', async () => {
  expect(page.url()).toMatch(/^app:\/\/workbench\//)
  await annotateByMouse(page, 'Neil Quilliam', 'Expert on Syria', ['actor:Chatham House'])
  await expect(annotationItems(page)).toHaveCount(1)
  await recordClaim(page, {
    passage: 'Thousands of people have fled the Syrian city of Homs',
    attributedTo: 'Syrian Observatory for Human Rights',
    newSource: { kind: 'Organisation', reliability: 'B: Usually reliable' },
    credibility: '2: Probably true',
  })
  await goTo(page, 'Claims')
  await page.getByRole('button', { name: 'Cite all shown in a briefing…' }).click()
  await page.getByRole('dialog', { name: 'Cite in a briefing' }).getByRole('button', { name: 'Cite' }).click()
  await goTo(page, 'Briefings')
  const form = page.getByRole('form', { name: 'Briefing' })
  await form.getByLabel('Title').fill('Desktop check on Homs')
  await form.getByLabel('Handling marking').fill('UNCLASSIFIED // DESKTOP TEST')

  // The native save dialog answers with a path in the test's output folder.
  const pdfPath = test.info().outputPath('desktop-briefing.pdf')
  await app.evaluate(({ dialog }, filePath) => {
    Object.assign(dialog, { showSaveDialog: async () => ({ canceled: false, filePath }) })
  }, pdfPath)
  await page.getByRole('button', { name: 'Export PDF' }).click()
  await expect(page.getByRole('status')).toContainText(`Saved ${pdfPath}.`, { timeout: 30_000 })
  expect(existsSync(pdfPath)).toBe(true)

  const text = execFileSync('pdftotext', ['-layout', pdfPath, '-']).toString('utf8')
  expect(text).toContain('Desktop check on Homs')
  expect(text).toContain('UNCLASSIFIED // DESKTOP TEST')
  expect(text).toContain('Thousands of people have fled the Syrian city of Homs')
  expect(text).toContain('Syrian Observatory for Human Rights')
  expect(text).toMatch(/B2/)
})

test('navigation and new windows are refused, the page has no Node, and app:// answers carry the CSP header', async () => {
  // The system browser is replaced: links handed to it are only recorded.
  await app.evaluate(({ shell }) => {
    const handed: string[] = []
    Object.assign(globalThis, { handedToBrowser: handed })
    Object.assign(shell, {
      openExternal: async (url: string) => {
        handed.push(url)
      },
    })
  })
  const start = page.url()

  // window.open: no window is created; a web link goes to the system browser instead.
  expect(await page.evaluate(() => window.open('https://example.org/popup', '_blank') === null)).toBe(true)
  await expect
    .poll(() => app.evaluate(() => (globalThis as { handedToBrowser?: string[] }).handedToBrowser))
    .toEqual(['https://example.org/popup'])
  expect(await page.evaluate(() => window.open('file:///etc/passwd') === null)).toBe(true)
  expect(app.windows()).toHaveLength(1)

  // Navigating the window away from app:// is prevented, for web and file URLs alike.
  for (const target of ['https://example.org/elsewhere', 'file:///etc/passwd']) {
    await page.evaluate((url) => {
      window.location.href = url
    }, target)
    // Give a navigation that was not prevented time to start.
    await page.waitForTimeout(750)
    expect(
      await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]!.webContents.getURL()),
    ).toBe(start)
  }
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Thousands flee Homs as rebels push south')

  // The page runs without Node and sees only the named bridge functions.
  expect(
    await page.evaluate(() => [typeof (globalThis as { require?: unknown }).require, typeof process]),
  ).toEqual(['undefined', 'undefined'])
  expect(
    await page.evaluate(() => Object.keys((window as unknown as { workbench: object }).workbench).sort()),
  ).toEqual(['onMenuCommand', 'openDataFile', 'openDocuments', 'openExternal', 'saveFile', 'savePdf'])

  // Every app:// response carries the CSP header, and the policy is in force.
  const headers = await page.evaluate(async () => {
    const script = document.querySelector<HTMLScriptElement>('script[src]')!.src
    const answers = await Promise.all(['/index.html', script, '/no-such-file'].map((u) => fetch(u)))
    return answers.map((r) => [r.status, r.headers.get('content-security-policy')])
  })
  expect(headers).toEqual([
    [200, contentSecurityPolicy],
    [200, contentSecurityPolicy],
    [404, contentSecurityPolicy],
  ])
  // An inline script a hostile page might smuggle in does not run: the policy reports it instead.
  expect(
    await page.evaluate(async () => {
      const violations: string[] = []
      document.addEventListener('securitypolicyviolation', (e) => violations.push(e.effectiveDirective))
      const script = document.createElement('script')
      script.textContent = 'window.__inlineRan = true'
      document.head.append(script)
      await new Promise((done) => setTimeout(done, 100))
      return { ran: (window as unknown as { __inlineRan?: boolean }).__inlineRan === true, violations }
    }),
  ).toEqual({ ran: false, violations: ['script-src-elem'] })
  expect(
    await page.evaluate(() =>
      fetch('https://example.org/').then(
        () => 'loaded',
        () => 'refused',
      ),
    ),
  ).toBe('refused')

  // Permission requests are denied.
  expect(await page.evaluate(() => Notification.requestPermission())).toBe('denied')
})
