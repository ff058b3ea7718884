// The native application menu. The template is built by a pure function
// (buildMenuTemplate) so tests can read it; commands that belong to the
// renderer (open, import, export, undo, redo) are sent to the focused window
// on menuCommandChannel instead of being handled here.
import { BrowserWindow, Menu, type MenuItemConstructorOptions } from 'electron'
import { menuCommandChannel, type MenuCommand } from '@shared/ipc-contract'

export interface MenuOptions {
  platform: NodeJS.Platform
  /** Development builds get reload and devtools; packaged builds do not. */
  isDev: boolean
  /** Delivers a renderer command; injected so the template stays pure. */
  send: (command: MenuCommand) => void
}

export function buildMenuTemplate({ platform, isDev, send }: MenuOptions): MenuItemConstructorOptions[] {
  const isMac = platform === 'darwin'
  const command = (label: string, name: MenuCommand, accelerator?: string): MenuItemConstructorOptions => ({
    label,
    ...(accelerator ? { accelerator } : {}),
    click: () => {
      send(name)
    },
  })

  const file: MenuItemConstructorOptions = {
    label: '&File',
    submenu: [
      command('Open Document…', 'open-document', 'CmdOrCtrl+O'),
      command('Import Text…', 'import-text'),
      command('Import Annotations…', 'import-annotations'),
      command('Export Annotations…', 'export-annotations', 'CmdOrCtrl+Shift+E'),
      { type: 'separator' },
      // On macOS quitting lives in the app menu; File ends with Close Window there.
      isMac ? { role: 'close' } : { role: 'quit' },
    ],
  }

  const edit: MenuItemConstructorOptions = {
    label: '&Edit',
    submenu: [
      command('Undo', 'undo', 'CmdOrCtrl+Z'),
      command('Redo', 'redo', 'Shift+CmdOrCtrl+Z'),
      { type: 'separator' },
      command('Search…', 'search', 'CmdOrCtrl+K'),
      command('Find in Document…', 'find', 'CmdOrCtrl+F'),
      { type: 'separator' },
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { role: 'selectAll' },
    ],
  }

  // Reload is for everyone: it is how a view that failed, or a window another
  // window's newer version has closed the store of, comes back. Devtools are for development.
  const devItems: MenuItemConstructorOptions[] = isDev ? [{ role: 'toggleDevTools' }] : []
  const view: MenuItemConstructorOptions = {
    label: '&View',
    submenu: [
      { role: 'reload' },
      ...devItems,
      { type: 'separator' },
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      { type: 'separator' },
      { role: 'togglefullscreen' },
    ],
  }

  const windowMenu: MenuItemConstructorOptions = { role: 'windowMenu' }

  return isMac ? [{ role: 'appMenu' }, file, edit, view, windowMenu] : [file, edit, view, windowMenu]
}

/** Deliver a command to whichever app window has focus; dropped if none does. */
export function sendToFocusedWindow(command: MenuCommand): void {
  const win = BrowserWindow.getFocusedWindow()
  if (win && !win.isDestroyed()) win.webContents.send(menuCommandChannel, command)
}

export function installApplicationMenu(isDev: boolean, platform: NodeJS.Platform = process.platform): void {
  Menu.setApplicationMenu(
    Menu.buildFromTemplate(buildMenuTemplate({ platform, isDev, send: sendToFocusedWindow })),
  )
}
