import type { MenuItemConstructorOptions } from 'electron'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { menuCommandChannel, menuCommands, type MenuCommand } from '@shared/ipc-contract'
import { buildMenuTemplate, installApplicationMenu } from './menu'
import { FakeBrowserWindow, fakeMenu, resetElectronFake } from '../../tests/fakes/fake-electron'

vi.mock('electron', async () => (await import('../../tests/fakes/fake-electron')).electronModule)

beforeEach(() => {
  resetElectronFake()
})

type Item = MenuItemConstructorOptions
const submenuOf = (menu: Item[], label: string): Item[] => {
  const top = menu.find((item) => item.label?.replace('&', '') === label)
  if (!top || !Array.isArray(top.submenu)) throw new Error(`no ${label} menu`)
  return top.submenu
}
const find = (items: Item[], label: string): Item => {
  const item = items.find((i) => i.label === label)
  if (!item) throw new Error(`no item ${label}`)
  return item
}
const roles = (items: Item[]) => items.map((i) => i.role ?? i.type ?? i.label)
const click = (item: Item) => {
  ;(item.click as (() => void) | undefined)?.()
}

function template(platform: NodeJS.Platform, isDev = false) {
  const sent: MenuCommand[] = []
  return { menu: buildMenuTemplate({ platform, isDev, send: (c) => sent.push(c) }), sent }
}

describe('menu template', () => {
  it('File and Edit carry the renderer commands with their accelerators', () => {
    const { menu, sent } = template('linux')
    const file = submenuOf(menu, 'File')
    const edit = submenuOf(menu, 'Edit')
    const expected: [Item[], string, MenuCommand, string | undefined][] = [
      [file, 'Open Document…', 'open-document', 'CmdOrCtrl+O'],
      [file, 'Import Text…', 'import-text', undefined],
      [file, 'Import Annotations…', 'import-annotations', undefined],
      [file, 'Export Annotations…', 'export-annotations', 'CmdOrCtrl+Shift+E'],
      [edit, 'Undo', 'undo', 'CmdOrCtrl+Z'],
      [edit, 'Redo', 'redo', 'Shift+CmdOrCtrl+Z'],
      [edit, 'Search…', 'search', 'CmdOrCtrl+K'],
      [edit, 'Find in Document…', 'find', 'CmdOrCtrl+F'],
    ]
    for (const [items, label, , accelerator] of expected) {
      const item = find(items, label)
      expect(item.accelerator, label).toBe(accelerator)
      click(item)
    }
    expect(sent).toEqual(expected.map(([, , command]) => command))
    expect([...sent].sort()).toEqual([...menuCommands].sort())
  })

  it('has the standard edit roles and a quit item outside macOS', () => {
    const { menu } = template('win32')
    expect(roles(submenuOf(menu, 'Edit'))).toEqual([
      'Undo',
      'Redo',
      'separator',
      'Search…',
      'Find in Document…',
      'separator',
      'cut',
      'copy',
      'paste',
      'selectAll',
    ])
    expect(roles(submenuOf(menu, 'File')).at(-1)).toBe('quit')
    expect(menu.map((m) => m.role ?? m.label)).toEqual(['&File', '&Edit', '&View', 'windowMenu'])
  })

  it('offers reload always and devtools only in development', () => {
    const viewRoles = (isDev: boolean) => roles(submenuOf(template('linux', isDev).menu, 'View'))
    expect(viewRoles(false)).toEqual([
      'reload',
      'separator',
      'resetZoom',
      'zoomIn',
      'zoomOut',
      'separator',
      'togglefullscreen',
    ])
    expect(viewRoles(true)).toEqual([
      'reload',
      'toggleDevTools',
      'separator',
      'resetZoom',
      'zoomIn',
      'zoomOut',
      'separator',
      'togglefullscreen',
    ])
  })

  it('adds the app menu on macOS and moves quitting there', () => {
    const { menu } = template('darwin')
    expect(menu.map((m) => m.role ?? m.label)).toEqual(['appMenu', '&File', '&Edit', '&View', 'windowMenu'])
    expect(roles(submenuOf(menu, 'File'))).not.toContain('quit')
  })
})

describe('installed menu', () => {
  it('sends commands to the focused window only', () => {
    const background = new FakeBrowserWindow({})
    const focused = new FakeBrowserWindow({})
    FakeBrowserWindow.focused = focused
    installApplicationMenu(false, 'linux')
    const menu = (fakeMenu.applicationMenu as { items: Item[] }).items
    click(find(submenuOf(menu, 'File'), 'Export Annotations…'))
    expect(focused.webContents.sent).toEqual([{ channel: menuCommandChannel, args: ['export-annotations'] }])
    expect(background.webContents.sent).toEqual([])
  })

  it('drops a command when no window has focus', () => {
    const win = new FakeBrowserWindow({})
    installApplicationMenu(false, 'linux')
    const menu = (fakeMenu.applicationMenu as { items: Item[] }).items
    click(find(submenuOf(menu, 'Edit'), 'Undo'))
    expect(win.webContents.sent).toEqual([])
  })
})
