import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ensureBrowser, findBrowser, launchOptionsFor, systemProbe, type Probe } from './browser'

/** A machine with these executables on it. */
function machine(
  platform: NodeJS.Platform,
  files: string[],
  env: NodeJS.ProcessEnv = {},
  managedInstalled = false,
): Probe {
  return {
    env,
    platform,
    usable: (path) => files.includes(path),
    managed: () => ({ executablePath: '/cache/ms-playwright/chromium/chrome', installed: managedInstalled }),
  }
}

describe('findBrowser', () => {
  it('takes CHROMIUM_PATH first, and says so when it points nowhere', () => {
    const env = { CHROMIUM_PATH: '/opt/my/chromium' }
    expect(findBrowser(machine('linux', ['/opt/my/chromium', '/usr/bin/chromium'], env))).toEqual({
      kind: 'path',
      executablePath: '/opt/my/chromium',
      from: 'CHROMIUM_PATH',
    })
    expect(findBrowser(machine('linux', ['/usr/bin/chromium'], env))).toEqual({
      kind: 'broken',
      problem: 'CHROMIUM_PATH is set to /opt/my/chromium, which is not a usable browser',
    })
  })

  it('then a system Chromium, then Google Chrome through its channel', () => {
    expect(
      findBrowser(machine('linux', ['/usr/bin/chromium-browser', '/opt/google/chrome/chrome'])),
    ).toMatchObject({
      kind: 'path',
      executablePath: '/usr/bin/chromium-browser',
    })
    expect(findBrowser(machine('linux', ['/opt/google/chrome/chrome']))).toEqual({
      kind: 'channel',
      channel: 'chrome',
      from: 'Google Chrome',
    })
    expect(
      findBrowser(machine('darwin', ['/Applications/Google Chrome.app/Contents/MacOS/Google Chrome'])),
    ).toMatchObject({ kind: 'channel' })
    const windows = machine('win32', ['C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe'], {
      PROGRAMFILES: 'C:\\Program Files',
    })
    expect(findBrowser(windows)).toMatchObject({ kind: 'channel' })
  })

  it("never takes Ubuntu's snap wrapper, and falls back to Playwright's own Chromium", () => {
    expect(findBrowser(machine('linux', ['/snap/bin/chromium']))).toEqual({
      kind: 'managed',
      executablePath: '/cache/ms-playwright/chromium/chrome',
      installed: false,
    })
  })
})

describe('systemProbe', () => {
  it('refuses a launcher script that runs the snap, and accepts a plain launcher', () => {
    const dir = mkdtempSync(join(tmpdir(), 'aw-browser-'))
    const snap = join(dir, 'chromium-browser')
    writeFileSync(snap, '#!/bin/sh\n# transitional package\nexec /snap/bin/chromium "$@"\n', { mode: 0o755 })
    const debian = join(dir, 'chromium')
    writeFileSync(debian, '#!/bin/sh\n# Chromium launcher\nexec /usr/lib/chromium/chromium "$@"\n', {
      mode: 0o755,
    })
    const probe = systemProbe()
    expect(probe.usable(snap)).toBe(false)
    expect(probe.usable(debian)).toBe(true)
    expect(probe.usable(join(dir, 'missing'))).toBe(false)
  })
})

describe('ensureBrowser', () => {
  const managed = { kind: 'managed', executablePath: '/cache/chrome', installed: false } as const

  it('installs Playwright’s Chromium when that is the choice and it is missing', () => {
    let installs = 0
    const install = () => {
      installs++
      return null
    }
    expect(ensureBrowser(managed, install)).toBeNull()
    expect(installs).toBe(1)
    expect(ensureBrowser({ ...managed, installed: true }, install)).toBeNull()
    expect(
      ensureBrowser({ kind: 'path', executablePath: '/usr/bin/chromium', from: 'x' }, install),
    ).toBeNull()
    expect(installs).toBe(1)
  })

  it('says in one line why the tests cannot run and which command fixes it', () => {
    const offline = ensureBrowser(managed, () => 'getaddrinfo ENOTFOUND cdn.playwright.dev')
    expect(offline).toBe(
      "End-to-end tests cannot run: no Chromium or Chrome was found and Playwright's Chromium could not be installed (getaddrinfo ENOTFOUND cdn.playwright.dev); set CHROMIUM_PATH to a Chromium or Chrome executable, or run `npx playwright install chromium`.",
    )
    expect(offline).not.toContain('\n')
    expect(
      ensureBrowser({ kind: 'broken', problem: 'CHROMIUM_PATH is set to /x, which is not a usable browser' }),
    ).toMatch(
      /^End-to-end tests cannot run: CHROMIUM_PATH is set to \/x.*`npx playwright install chromium`\.$/,
    )
  })
})

describe('launchOptionsFor', () => {
  it('passes the executable, the channel, or nothing for Playwright’s own', () => {
    expect(
      launchOptionsFor({ kind: 'path', executablePath: '/usr/bin/chromium', from: 'x' }).executablePath,
    ).toBe('/usr/bin/chromium')
    expect(launchOptionsFor({ kind: 'channel', channel: 'chrome', from: 'x' }).channel).toBe('chrome')
    const own = launchOptionsFor({ kind: 'managed', executablePath: '/c', installed: true })
    expect([own.executablePath, own.channel]).toEqual([undefined, undefined])
    expect(own.args).toContain('--disable-background-networking')
  })
})
