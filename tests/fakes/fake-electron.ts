// Hand-written stand-in for the 'electron' module in unit tests (there is no
// Electron binary here). Use it with:
//   vi.mock('electron', async () => (await import('../../tests/fakes/fake-electron')).electronModule)
// Each fake keeps just enough state for tests to observe what the code did.
import { EventEmitter } from 'node:events'

interface Rect {
  x: number
  y: number
  width: number
  height: number
}
type Listener = (...args: unknown[]) => unknown

/** An event object like Electron's: preventDefault() is observable afterwards. */
export class FakeEvent {
  defaultPrevented = false
  constructor(readonly url = '') {}
  preventDefault(): void {
    this.defaultPrevented = true
  }
}

export class FakeSession {
  permissionRequestHandler: Listener | null = null
  permissionCheckHandler: Listener | null = null
  devicePermissionHandler: Listener | null = null
  beforeRequest: Listener | null = null
  setPermissionRequestHandler(handler: Listener | null): void {
    this.permissionRequestHandler = handler
  }
  setPermissionCheckHandler(handler: Listener | null): void {
    this.permissionCheckHandler = handler
  }
  setDevicePermissionHandler(handler: Listener | null): void {
    this.devicePermissionHandler = handler
  }
  webRequest = {
    onBeforeRequest: (handler: Listener): void => {
      this.beforeRequest = handler
    },
  }
}

export class FakeWebContents extends EventEmitter {
  windowOpenHandler: ((details: { url: string }) => { action: string }) | null = null
  readonly sent: { channel: string; args: unknown[] }[] = []
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }): void {
    this.windowOpenHandler = handler
  }
  send(channel: string, ...args: unknown[]): void {
    this.sent.push({ channel, args })
  }
  readonly printed: Record<string, unknown>[] = []
  printToPDF(options: Record<string, unknown>): Promise<Buffer> {
    this.printed.push(options)
    return Promise.resolve(Buffer.from('%PDF-1.7 fake'))
  }
}

export class FakeBrowserWindow extends EventEmitter {
  static instances: FakeBrowserWindow[] = []
  static focused: FakeBrowserWindow | null = null
  static getAllWindows(): FakeBrowserWindow[] {
    return FakeBrowserWindow.instances.filter((w) => !w.destroyed)
  }
  static getFocusedWindow(): FakeBrowserWindow | null {
    return FakeBrowserWindow.focused
  }
  static fromWebContents(contents: unknown): FakeBrowserWindow | null {
    return FakeBrowserWindow.instances.find((w) => w.webContents === contents) ?? null
  }

  readonly webContents = new FakeWebContents()
  loadedUrl: string | null = null
  visible = false
  focused = false
  minimized = false
  maximized = false
  destroyed = false
  bounds: Rect

  constructor(readonly options: Record<string, unknown>) {
    super()
    const n = (key: string, fallback: number): number => {
      const value = options[key]
      return typeof value === 'number' ? value : fallback
    }
    this.bounds = { x: n('x', 0), y: n('y', 0), width: n('width', 800), height: n('height', 600) }
    FakeBrowserWindow.instances.push(this)
    // Electron announces the new contents while the window is being built.
    fakeApp.emit('web-contents-created', new FakeEvent(), this.webContents)
  }
  loadURL(url: string): Promise<void> {
    this.loadedUrl = url
    return Promise.resolve()
  }
  show(): void {
    this.visible = true
  }
  focus(): void {
    this.focused = true
  }
  restore(): void {
    this.minimized = false
  }
  isMinimized(): boolean {
    return this.minimized
  }
  maximize(): void {
    this.maximized = true
  }
  isMaximized(): boolean {
    return this.maximized
  }
  isDestroyed(): boolean {
    return this.destroyed
  }
  destroy(): void {
    this.destroyed = true
  }
  getNormalBounds(): Rect {
    return { ...this.bounds }
  }
}

class FakeApp extends EventEmitter {
  isPackaged = false
  hasLock = true
  quitCalls = 0
  sandboxEnabled = false
  ready = false
  appUserModelId: string | null = null
  paths: Record<string, string> = {}
  private readyResolvers: (() => void)[] = []
  requestSingleInstanceLock(): boolean {
    return this.hasLock
  }
  quit(): void {
    this.quitCalls += 1
  }
  enableSandbox(): void {
    this.sandboxEnabled = true
  }
  isReady(): boolean {
    return this.ready
  }
  whenReady(): Promise<void> {
    return this.ready ? Promise.resolve() : new Promise((resolve) => this.readyResolvers.push(resolve))
  }
  /** Test control: fire 'ready'. */
  becomeReady(): void {
    this.ready = true
    this.readyResolvers.splice(0).forEach((resolve) => {
      resolve()
    })
  }
  setAppUserModelId(id: string): void {
    this.appUserModelId = id
  }
  getPath(name: string): string {
    const path = this.paths[name]
    if (path === undefined) throw new Error(`Failed to get '${name}' path`)
    return path
  }
}

export const fakeApp = new FakeApp()

interface DialogAnswer {
  canceled: boolean
  filePaths?: string[]
  filePath?: string
}
export const fakeDialog = {
  openAnswer: { canceled: true, filePaths: [] } as DialogAnswer,
  saveAnswer: { canceled: true, filePath: '' } as DialogAnswer,
  lastOptions: null as Record<string, unknown> | null,
  showOpenDialog(...args: unknown[]): Promise<DialogAnswer> {
    this.lastOptions = args.at(-1) as Record<string, unknown>
    return Promise.resolve(this.openAnswer)
  },
  showSaveDialog(...args: unknown[]): Promise<DialogAnswer> {
    this.lastOptions = args.at(-1) as Record<string, unknown>
    return Promise.resolve(this.saveAnswer)
  },
}

export const fakeShell = {
  opened: [] as string[],
  openExternal(url: string): Promise<void> {
    this.opened.push(url)
    return Promise.resolve()
  },
}

export const fakeProtocol = {
  privileged: [] as unknown[],
  handlers: new Map<string, Listener>(),
  registerSchemesAsPrivileged(schemes: unknown[]): void {
    this.privileged.push(...schemes)
  },
  handle(scheme: string, handler: Listener): void {
    this.handlers.set(scheme, handler)
  },
}

export const fakeIpcMain = {
  handlers: new Map<string, Listener>(),
  handle(channel: string, handler: Listener): void {
    if (this.handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`)
    this.handlers.set(channel, handler)
  },
}

export const fakeMenu = {
  applicationMenu: null as unknown,
  buildFromTemplate: (template: unknown[]) => ({ items: template }),
  setApplicationMenu(menu: unknown): void {
    this.applicationMenu = menu
  },
}

export const fakeScreen = {
  workAreas: [{ x: 0, y: 0, width: 1920, height: 1080 }] as Rect[],
  getAllDisplays(): { workArea: Rect }[] {
    return this.workAreas.map((workArea) => ({ workArea }))
  },
  getPrimaryDisplay(): { workArea: Rect } {
    const [workArea] = this.workAreas
    if (!workArea) throw new Error('no displays')
    return { workArea }
  },
}

export const fakeContextBridge = {
  exposed: new Map<string, unknown>(),
  exposeInMainWorld(key: string, api: unknown): void {
    this.exposed.set(key, api)
  },
}

export const fakeIpcRenderer = Object.assign(new EventEmitter(), {
  invocations: [] as { channel: string; args: unknown[] }[],
  invoke(channel: string, ...args: unknown[]): Promise<unknown> {
    fakeIpcRenderer.invocations.push({ channel, args })
    return Promise.resolve({ ok: true, value: `reply to ${channel}` })
  },
})

export const fakeSessionModule = { defaultSession: new FakeSession() }

/** Put every fake back to its initial state (call in beforeEach). */
export function resetElectronFake(): void {
  FakeBrowserWindow.instances = []
  FakeBrowserWindow.focused = null
  fakeApp.removeAllListeners()
  Object.assign(fakeApp, {
    isPackaged: false,
    hasLock: true,
    quitCalls: 0,
    sandboxEnabled: false,
    ready: false,
    appUserModelId: null,
    paths: {},
  })
  fakeDialog.openAnswer = { canceled: true, filePaths: [] }
  fakeDialog.saveAnswer = { canceled: true, filePath: '' }
  fakeDialog.lastOptions = null
  fakeShell.opened = []
  fakeProtocol.privileged = []
  fakeProtocol.handlers.clear()
  fakeIpcMain.handlers.clear()
  fakeMenu.applicationMenu = null
  fakeScreen.workAreas = [{ x: 0, y: 0, width: 1920, height: 1080 }]
  fakeContextBridge.exposed.clear()
  fakeIpcRenderer.removeAllListeners()
  fakeIpcRenderer.invocations = []
  fakeSessionModule.defaultSession = new FakeSession()
}

/** The object vi.mock('electron') resolves to. */
export const electronModule = {
  app: fakeApp,
  BrowserWindow: FakeBrowserWindow,
  dialog: fakeDialog,
  shell: fakeShell,
  protocol: fakeProtocol,
  ipcMain: fakeIpcMain,
  Menu: fakeMenu,
  screen: fakeScreen,
  contextBridge: fakeContextBridge,
  ipcRenderer: fakeIpcRenderer,
  session: fakeSessionModule,
}
