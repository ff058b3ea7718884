import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { installWebContentsGuards } from './security'
import {
  FakeBrowserWindow,
  FakeEvent,
  fakeApp,
  fakeShell,
  resetElectronFake,
} from '../../tests/fakes/fake-electron'
import { buildWindowOptions, createMainWindow } from './window'

vi.mock('electron', async () => (await import('../../tests/fakes/fake-electron')).electronModule)

let userData: string
beforeEach(async () => {
  resetElectronFake()
  vi.unstubAllEnvs()
  vi.stubEnv('ELECTRON_RENDERER_URL', '')
  userData = await mkdtemp(join(tmpdir(), 'workbench-window-'))
  fakeApp.paths = { userData }
})
afterEach(async () => {
  await rm(userData, { recursive: true, force: true })
})

function onlyWindow(): FakeBrowserWindow {
  expect(FakeBrowserWindow.instances).toHaveLength(1)
  const [win] = FakeBrowserWindow.instances
  if (!win) throw new Error('no window')
  return win
}

describe('main window', () => {
  it('is created with hardened web preferences and the built preload', () => {
    createMainWindow()
    const { webPreferences, show } = onlyWindow().options as {
      webPreferences: Record<string, unknown>
      show: boolean
    }
    expect(webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    })
    expect(String(webPreferences.preload).replaceAll('\\', '/')).toMatch(/\/preload\/index\.js$/)
    expect(show).toBe(false)
  })

  it('turns on no experimental or Blink features', () => {
    const { webPreferences } = buildWindowOptions({ x: 0, y: 0, width: 800, height: 600 }, '/p.js')
    expect(webPreferences?.experimentalFeatures).toBeUndefined()
    expect(webPreferences?.enableBlinkFeatures).toBeUndefined()
  })

  it('keeps the protections for any bounds and preload', () => {
    const { webPreferences } = buildWindowOptions({ x: 0, y: 0, width: 800, height: 600 }, '/p.js')
    expect(webPreferences?.nodeIntegration).toBe(false)
    expect(webPreferences?.contextIsolation).toBe(true)
    expect(webPreferences?.sandbox).toBe(true)
  })

  it('loads the app origin in production and shows itself once ready', () => {
    createMainWindow()
    const win = onlyWindow()
    expect(win.loadedUrl).toBe('app://workbench/index.html')
    expect(win.visible).toBe(false)
    win.emit('ready-to-show')
    expect(win.visible).toBe(true)
  })

  it('loads the dev server when electron-vite provides one', () => {
    vi.stubEnv('ELECTRON_RENDERER_URL', 'http://localhost:5173')
    createMainWindow()
    expect(onlyWindow().loadedUrl).toBe('http://localhost:5173/')
  })

  it('ignores the dev server variable in a packaged app', () => {
    vi.stubEnv('ELECTRON_RENDERER_URL', 'http://localhost:5173')
    fakeApp.isPackaged = true
    createMainWindow()
    expect(onlyWindow().loadedUrl).toBe('app://workbench/index.html')
  })

  it('restores remembered bounds and maximized state', async () => {
    await writeFile(
      join(userData, 'window-state.json'),
      JSON.stringify({ x: 100, y: 120, width: 1000, height: 700, isMaximized: true }),
    )
    createMainWindow()
    const win = onlyWindow()
    expect(win.options).toMatchObject({ x: 100, y: 120, width: 1000, height: 700 })
    expect(win.maximized).toBe(true)
  })

  it('is guarded: window.open denied, navigation off-origin prevented', async () => {
    installWebContentsGuards()
    createMainWindow()
    const { webContents } = onlyWindow()
    expect(webContents.windowOpenHandler?.({ url: 'https://example.org/' })).toEqual({ action: 'deny' })
    expect(webContents.windowOpenHandler?.({ url: 'file:///etc/hosts' })).toEqual({ action: 'deny' })
    await new Promise((resolve) => setTimeout(resolve, 0))
    expect(fakeShell.opened).toEqual(['https://example.org/'])
    const away = new FakeEvent('https://example.org/')
    webContents.emit('will-navigate', away)
    expect(away.defaultPrevented).toBe(true)
    expect(webContents.listenerCount('will-navigate')).toBe(1)
  })
})
