// Creates the main window: hardened web preferences, the preload, remembered
// bounds, and the renderer loaded from app:// (or the dev server). Hidden until
// the first paint so it never flashes white.
import { join } from 'node:path'
import { app, BrowserWindow, screen, type BrowserWindowConstructorOptions, type Rectangle } from 'electron'
import { jsonFile } from './json-file'
import { rendererEntryUrl } from './origin'
import { handleCommonWindowEvents } from './security'
import { createWindowStateKeeper, minimumSize } from './window-state'

/** out/main/index.js sits beside out/preload/index.js after the build. */
export function preloadPath(): string {
  return join(__dirname, '../preload/index.js')
}

/** The one place BrowserWindow options are decided; every window uses it. */
export function buildWindowOptions(bounds: Rectangle, preload: string): BrowserWindowConstructorOptions {
  return {
    ...bounds,
    minWidth: minimumSize.width,
    minHeight: minimumSize.height,
    show: false,
    title: 'Analyst Workbench',
    webPreferences: {
      preload,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      // Outside macOS Chromium downloads spellcheck dictionaries from Google;
      // an offline app should not phone home, so only the native macOS one.
      spellcheck: process.platform === 'darwin',
    },
  }
}

export function createMainWindow(): BrowserWindow {
  const keeper = createWindowStateKeeper({
    file: jsonFile(join(app.getPath('userData'), 'window-state.json')),
    screen,
  })
  const state = keeper.load()
  const win = new BrowserWindow(buildWindowOptions(state.bounds, preloadPath()))
  handleCommonWindowEvents(win.webContents)
  if (state.isMaximized) win.maximize()
  keeper.track(win)

  win.once('ready-to-show', () => {
    win.show()
  })
  win.loadURL(rendererEntryUrl()).catch((error: unknown) => {
    console.error('Could not load the renderer', error)
  })
  return win
}
