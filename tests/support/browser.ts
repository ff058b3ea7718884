// Which browser the end-to-end tests and benchmarks drive, found the way a
// contributor expects: CHROMIUM_PATH if set; then a Chromium installed on the
// system (never Ubuntu's snap wrapper, whose confinement keeps Playwright out
// of its profile folder); then Google Chrome through Playwright's "chrome"
// channel; then Playwright's own Chromium, which the global setup installs
// when it is missing and the network allows. Used by playwright.config.ts
// (and through it the bench config) and by tests/support/e2e-setup.ts.
import { execFileSync } from 'node:child_process'
import { existsSync, readFileSync, realpathSync, statSync } from 'node:fs'
import { win32 } from 'node:path'
import { chromium, type LaunchOptions } from '@playwright/test'

export type BrowserChoice =
  | { kind: 'path'; executablePath: string; from: string }
  | { kind: 'channel'; channel: 'chrome'; from: string }
  | { kind: 'managed'; executablePath: string; installed: boolean }
  | { kind: 'broken'; problem: string }

export const installCommand = 'npx playwright install chromium'

/** What the discovery may look at; injected so the order can be tested on any machine. */
export interface Probe {
  env: NodeJS.ProcessEnv
  platform: NodeJS.Platform
  /** True for a file that exists and is a usable executable (not a snap wrapper). */
  usable(path: string): boolean
  /** Where Playwright keeps (or would keep) its own Chromium, and whether it is there. */
  managed(): { executablePath: string; installed: boolean }
}

/** System Chromium builds, per platform, in the order they are tried. */
function chromiumPaths(platform: NodeJS.Platform, env: NodeJS.ProcessEnv): string[] {
  if (platform === 'darwin') return ['/Applications/Chromium.app/Contents/MacOS/Chromium']
  if (platform === 'win32') {
    const local = env.LOCALAPPDATA
    return local ? [win32.join(local, 'Chromium', 'Application', 'chrome.exe')] : []
  }
  // /snap/bin/chromium is left out on purpose: see the module comment.
  return ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/local/bin/chromium']
}

/** Where Google Chrome's stable channel installs, per platform (what Playwright's channel launches). */
function chromePaths(platform: NodeJS.Platform, env: NodeJS.ProcessEnv): string[] {
  if (platform === 'darwin') return ['/Applications/Google Chrome.app/Contents/MacOS/Google Chrome']
  if (platform === 'win32') {
    return [env.LOCALAPPDATA, env.PROGRAMFILES, env['PROGRAMFILES(X86)']]
      .filter((dir): dir is string => Boolean(dir))
      .map((dir) => win32.join(dir, 'Google', 'Chrome', 'Application', 'chrome.exe'))
  }
  return ['/opt/google/chrome/chrome']
}

export function findBrowser(probe: Probe = systemProbe()): BrowserChoice {
  const given = probe.env.CHROMIUM_PATH
  if (given) {
    return probe.usable(given)
      ? { kind: 'path', executablePath: given, from: 'CHROMIUM_PATH' }
      : { kind: 'broken', problem: `CHROMIUM_PATH is set to ${given}, which is not a usable browser` }
  }
  const system = chromiumPaths(probe.platform, probe.env).find((p) => probe.usable(p))
  if (system) return { kind: 'path', executablePath: system, from: 'system Chromium' }
  const chrome = chromePaths(probe.platform, probe.env).find((p) => probe.usable(p))
  if (chrome) return { kind: 'channel', channel: 'chrome', from: 'Google Chrome' }
  return { kind: 'managed', ...probe.managed() }
}

/**
 * A snap wrapper: the path resolves into /snap, or is a small launcher script
 * that runs the snap (Ubuntu's chromium-browser package installs one).
 */
function isSnapWrapper(path: string): boolean {
  try {
    if (realpathSync(path).startsWith('/snap/')) return true
    if (statSync(path).size > 64 * 1024) return false
    const head = readFileSync(path, 'utf8')
    return head.startsWith('#!') && /\/snap\/|\bsnap run\b/.test(head)
  } catch {
    return false
  }
}

export function systemProbe(): Probe {
  return {
    env: process.env,
    platform: process.platform,
    usable: (path) => existsSync(path) && !isSnapWrapper(path),
    managed: () => {
      const executablePath = chromium.executablePath()
      return { executablePath, installed: existsSync(executablePath) }
    },
  }
}

/** Launch options for a choice: the same flags whichever browser runs. */
export function launchOptionsFor(choice: BrowserChoice): LaunchOptions {
  const args = [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-dev-shm-usage',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-quic',
    '--no-first-run',
  ]
  if (choice.kind === 'path') return { executablePath: choice.executablePath, args }
  if (choice.kind === 'channel') return { channel: choice.channel, args }
  // Playwright's own Chromium: it finds its executable itself.
  return { args }
}

/** One line for the log: which browser runs the tests. */
export function describeChoice(choice: BrowserChoice): string {
  switch (choice.kind) {
    case 'path':
      return `${choice.from}: ${choice.executablePath}`
    case 'channel':
      return `${choice.from} (Playwright channel "${choice.channel}")`
    case 'managed':
      return `Playwright's Chromium: ${choice.executablePath}`
    case 'broken':
      return choice.problem
  }
}

/**
 * Makes sure the chosen browser is there: installs Playwright's Chromium when
 * that is the choice and it is missing. Returns null when the tests can run,
 * else the one line that says why not and which command fixes it.
 */
export function ensureBrowser(choice: BrowserChoice, install = installManagedChromium): string | null {
  const fix = `set CHROMIUM_PATH to a Chromium or Chrome executable, or run \`${installCommand}\``
  if (choice.kind === 'broken') return `End-to-end tests cannot run: ${choice.problem}; ${fix}.`
  if (choice.kind !== 'managed' || choice.installed) return null
  console.log(`No Chromium or Chrome found; installing Playwright's Chromium (${installCommand}).`)
  const failure = install()
  return failure === null
    ? null
    : `End-to-end tests cannot run: no Chromium or Chrome was found and Playwright's Chromium could not be installed (${failure}); ${fix}.`
}

/** Runs Playwright's installer; null on success, else the reason it failed. */
function installManagedChromium(): string | null {
  try {
    const cli = require.resolve('@playwright/test/cli')
    execFileSync(process.execPath, [cli, 'install', 'chromium'], { stdio: 'inherit', timeout: 10 * 60_000 })
    return null
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    return message.split('\n')[0] ?? 'unknown error'
  }
}
