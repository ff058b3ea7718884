// App lifecycle: one instance only, the privileged scheme and global guards
// set up before 'ready', then session hardening, the app:// file server, IPC
// and the menu once ready, and the usual per-platform window/quit behaviour.
import { join } from 'node:path'
import { app, BrowserWindow, session } from 'electron'
import { registerIpcHandlers } from './ipc'
import { jsonFile } from './json-file'
import { installApplicationMenu } from './menu'
import { registerAppScheme, serveRenderer } from './protocol'
import { hardenSession, installWebContentsGuards } from './security'
import { createSettingsStore } from './settings'
import { createMainWindow } from './window'

export interface StartOptions {
  platform?: NodeJS.Platform
  /** The built renderer folder: out/renderer beside out/main. */
  rendererDir?: string
}

export function startApp({
  platform = process.platform,
  rendererDir = join(__dirname, '../renderer'),
}: StartOptions = {}): void {
  // Both must happen before 'ready'.
  registerAppScheme()
  app.enableSandbox()

  if (!app.requestSingleInstanceLock()) {
    app.quit()
    return
  }

  let mainWindow: BrowserWindow | null = null
  const openMainWindow = (): void => {
    const win = createMainWindow()
    mainWindow = win
    win.on('closed', () => {
      if (mainWindow === win) mainWindow = null
    })
  }

  installWebContentsGuards()

  app.on('second-instance', () => {
    const win = mainWindow
    if (!win || win.isDestroyed()) return
    if (win.isMinimized()) win.restore()
    win.show()
    win.focus()
  })

  app.on('window-all-closed', () => {
    if (platform !== 'darwin') app.quit()
  })

  app.on('activate', () => {
    if (app.isReady() && BrowserWindow.getAllWindows().length === 0) openMainWindow()
  })

  app
    .whenReady()
    .then(() => {
      if (platform === 'win32') app.setAppUserModelId('org.analystworkbench.app')
      hardenSession(session.defaultSession)
      serveRenderer(rendererDir)
      registerIpcHandlers({
        settings: createSettingsStore(jsonFile(join(app.getPath('userData'), 'settings.json'))),
      })
      installApplicationMenu(!app.isPackaged, platform)
      openMainWindow()
    })
    .catch((error: unknown) => {
      console.error('Analyst Workbench failed to start', error)
      app.quit()
    })
}
