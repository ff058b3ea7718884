import type { WebContents } from 'electron'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import {
  FakeEvent,
  FakeSession,
  FakeWebContents,
  fakeApp,
  fakeShell,
  resetElectronFake,
} from '../../tests/fakes/fake-electron'
import {
  handleCommonWindowEvents,
  hardenSession,
  installWebContentsGuards,
  isRequestAllowed,
} from './security'

vi.mock('electron', async () => (await import('../../tests/fakes/fake-electron')).electronModule)

const asContents = (fake: FakeWebContents) => fake as unknown as WebContents
const flush = () => new Promise((resolve) => setTimeout(resolve, 0))

function guardedContents(): FakeWebContents {
  const contents = new FakeWebContents()
  handleCommonWindowEvents(asContents(contents))
  return contents
}

function navigate(contents: FakeWebContents, event: 'will-navigate' | 'will-redirect', url: string): boolean {
  const e = new FakeEvent(url)
  contents.emit(event, e, url)
  return !e.defaultPrevented
}

beforeEach(() => {
  resetElectronFake()
  vi.unstubAllEnvs()
})

describe('window.open', () => {
  it('is always denied; http(s) links go to the system browser', async () => {
    const contents = guardedContents()
    const open = (url: string) => contents.windowOpenHandler?.({ url })
    expect(open('https://example.org/report')).toEqual({ action: 'deny' })
    expect(open('http://example.org/')).toEqual({ action: 'deny' })
    await flush()
    expect(fakeShell.opened).toEqual(['https://example.org/report', 'http://example.org/'])
  })

  it.each([
    'javascript:alert(1)',
    'file:///etc/passwd',
    'app://workbench/index.html',
    'smb://host/share',
    'not a url',
  ])('is denied and %s is not opened anywhere', async (url) => {
    const contents = guardedContents()
    expect(contents.windowOpenHandler?.({ url })).toEqual({ action: 'deny' })
    await flush()
    expect(fakeShell.opened).toEqual([])
  })
})

describe('navigation', () => {
  it('stays within app://workbench', () => {
    const contents = guardedContents()
    expect(navigate(contents, 'will-navigate', 'app://workbench/index.html#/doc/1')).toBe(true)
    expect(navigate(contents, 'will-redirect', 'app://workbench/other.html')).toBe(true)
  })

  it.each([
    'https://example.org/',
    'file:///etc/passwd',
    'app://evil/index.html',
    'javascript:void 0',
    'http://localhost:5173/',
  ])('is prevented to %s', (url) => {
    const contents = guardedContents()
    expect(navigate(contents, 'will-navigate', url)).toBe(false)
    expect(navigate(contents, 'will-redirect', url)).toBe(false)
  })

  it('allows the dev server only in an unpackaged run', () => {
    vi.stubEnv('ELECTRON_RENDERER_URL', 'http://localhost:5173')
    const contents = guardedContents()
    expect(navigate(contents, 'will-navigate', 'http://localhost:5173/index.html')).toBe(true)
    expect(navigate(contents, 'will-navigate', 'http://localhost:5174/')).toBe(false)
    fakeApp.isPackaged = true
    expect(navigate(contents, 'will-navigate', 'http://localhost:5173/index.html')).toBe(false)
  })

  it('ignores a dev server URL that is not on this machine', () => {
    vi.stubEnv('ELECTRON_RENDERER_URL', 'https://attacker.example/')
    const contents = guardedContents()
    expect(navigate(contents, 'will-navigate', 'https://attacker.example/')).toBe(false)
  })

  it('prevents <webview> from attaching', () => {
    const contents = guardedContents()
    const event = new FakeEvent()
    contents.emit('will-attach-webview', event, {}, { src: 'https://example.org' })
    expect(event.defaultPrevented).toBe(true)
  })

  it('registers its listeners once even when applied twice', () => {
    const contents = guardedContents()
    handleCommonWindowEvents(asContents(contents))
    expect(contents.listenerCount('will-navigate')).toBe(1)
  })
})

describe('web-contents-created', () => {
  it('guards contents created after installation', () => {
    installWebContentsGuards()
    const later = new FakeWebContents()
    fakeApp.emit('web-contents-created', new FakeEvent(), later)
    expect(later.windowOpenHandler?.({ url: 'https://example.org' })).toEqual({ action: 'deny' })
    expect(navigate(later, 'will-navigate', 'https://example.org')).toBe(false)
  })
})

describe('session hardening', () => {
  it('denies every permission request, check and device', () => {
    const session = new FakeSession()
    hardenSession(session as unknown as Parameters<typeof hardenSession>[0])
    const answers: boolean[] = []
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal']) {
      session.permissionRequestHandler?.(null, permission, (granted: boolean) => answers.push(granted), {})
    }
    expect(answers).toEqual([false, false, false, false, false])
    expect(session.permissionCheckHandler?.(null, 'clipboard-sanitized-write', 'app://workbench', {})).toBe(
      false,
    )
    expect(session.permissionCheckHandler?.(null, 'media', 'https://example.org', {})).toBe(false)
    expect(session.devicePermissionHandler?.({ deviceType: 'usb' })).toBe(false)
  })

  it('cancels requests to anything but the app itself', () => {
    const session = new FakeSession()
    hardenSession(session as unknown as Parameters<typeof hardenSession>[0])
    const decide = (url: string) => {
      let cancel: boolean | undefined
      session.beforeRequest?.({ url }, (response: { cancel: boolean }) => (cancel = response.cancel))
      return cancel
    }
    vi.spyOn(console, 'warn').mockImplementation(() => undefined)
    expect(decide('app://workbench/assets/index.js')).toBe(false)
    expect(decide('data:image/png;base64,AAAA')).toBe(false)
    expect(decide('https://fonts.example.com/font.woff2')).toBe(true)
    expect(decide('file:///etc/passwd')).toBe(true)
  })

  it('lets the dev server and its hot-reload socket through only in development', () => {
    const dev = new URL('http://localhost:5173/')
    expect(isRequestAllowed('http://localhost:5173/@vite/client', dev)).toBe(true)
    expect(isRequestAllowed('ws://localhost:5173/', dev)).toBe(true)
    expect(isRequestAllowed('ws://localhost:9999/', dev)).toBe(false)
    expect(isRequestAllowed('http://localhost:5173/@vite/client', undefined)).toBe(false)
    expect(isRequestAllowed('blob:app://workbench/1234', undefined)).toBe(true)
  })
})
