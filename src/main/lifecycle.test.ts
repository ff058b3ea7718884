import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { startApp } from './lifecycle'
import {
  FakeBrowserWindow,
  FakeEvent,
  fakeApp,
  fakeIpcMain,
  fakeMenu,
  fakeProtocol,
  fakeSessionModule,
  resetElectronFake,
} from '../../tests/fakes/fake-electron'

vi.mock('electron', async () => (await import('../../tests/fakes/fake-electron')).electronModule)

let userData: string
beforeEach(async () => {
  resetElectronFake()
  vi.stubEnv('ELECTRON_RENDERER_URL', '')
  userData = await mkdtemp(join(tmpdir(), 'workbench-lifecycle-'))
  fakeApp.paths = { userData }
})
afterEach(async () => {
  vi.unstubAllEnvs()
  await rm(userData, { recursive: true, force: true })
})

const settle = () => new Promise((resolve) => setTimeout(resolve, 0))

async function started(platform: NodeJS.Platform): Promise<FakeBrowserWindow> {
  startApp({ platform, rendererDir: join(userData, 'renderer') })
  fakeApp.becomeReady()
  await settle()
  const [win] = FakeBrowserWindow.instances
  if (!win) throw new Error('no window was opened')
  return win
}

describe('startup', () => {
  it('registers the scheme and sandbox before ready, then serves, guards and opens one window', async () => {
    startApp({ platform: 'linux' })
    expect(fakeProtocol.privileged).toHaveLength(1)
    expect(fakeApp.sandboxEnabled).toBe(true)
    expect(FakeBrowserWindow.instances).toHaveLength(0)

    fakeApp.becomeReady()
    await settle()
    expect(FakeBrowserWindow.instances).toHaveLength(1)
    expect(fakeProtocol.handlers.has('app')).toBe(true)
    expect([...fakeIpcMain.handlers.keys()]).toHaveLength(5)
    expect(fakeMenu.applicationMenu).not.toBeNull()
    const ses = fakeSessionModule.defaultSession
    expect(ses.permissionCheckHandler?.(null, 'media', 'app://workbench', {})).toBe(false)
  })

  it('guards windows through web-contents-created', async () => {
    const win = await started('linux')
    const later = new FakeBrowserWindow({})
    expect(later.webContents.windowOpenHandler?.({ url: 'https://example.org' })).toEqual({ action: 'deny' })
    expect(win.webContents.listenerCount('will-navigate')).toBe(1)
  })

  it('quits at once when another instance holds the lock', async () => {
    fakeApp.hasLock = false
    startApp({ platform: 'linux' })
    fakeApp.becomeReady()
    await settle()
    expect(fakeApp.quitCalls).toBe(1)
    expect(FakeBrowserWindow.instances).toHaveLength(0)
  })
})

describe('running', () => {
  it('brings the existing window forward when a second instance starts', async () => {
    const win = await started('win32')
    win.minimized = true
    fakeApp.emit('second-instance', new FakeEvent(), [], '/', {})
    expect(win.minimized).toBe(false)
    expect(win.visible && win.focused).toBe(true)
    expect(FakeBrowserWindow.instances).toHaveLength(1)
    expect(fakeApp.appUserModelId).toBe('org.analystworkbench.app')
  })

  it('quits when the last window closes, except on macOS', async () => {
    await started('linux')
    fakeApp.emit('window-all-closed')
    expect(fakeApp.quitCalls).toBe(1)

    resetElectronFake()
    fakeApp.paths = { userData }
    await started('darwin')
    fakeApp.emit('window-all-closed')
    expect(fakeApp.quitCalls).toBe(0)
  })

  it('reopens a window on macOS activate when none is open', async () => {
    const win = await started('darwin')
    fakeApp.emit('activate')
    expect(FakeBrowserWindow.instances).toHaveLength(1)
    win.destroyed = true
    win.emit('closed')
    fakeApp.emit('activate')
    expect(FakeBrowserWindow.getAllWindows()).toHaveLength(1)
    expect(FakeBrowserWindow.instances).toHaveLength(2)
  })
})
