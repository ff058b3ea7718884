import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { BrowserWindow } from 'electron'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { jsonFile } from './json-file'
import { FakeBrowserWindow, resetElectronFake } from '../../tests/fakes/fake-electron'
import {
  createWindowStateKeeper,
  defaultWindowState,
  isReachable,
  restoreWindowState,
  type ScreenLike,
} from './window-state'

vi.mock('electron', async () => (await import('../../tests/fakes/fake-electron')).electronModule)

const laptop = { x: 0, y: 0, width: 1440, height: 875 }
const rightMonitor = { x: 1440, y: -200, width: 2560, height: 1415 }
const screenOf = (...areas: { x: number; y: number; width: number; height: number }[]): ScreenLike => ({
  getAllDisplays: () => areas.map((workArea) => ({ workArea })),
  getPrimaryDisplay: () => ({ workArea: areas[0] ?? laptop }),
})

let dir: string
let filePath: string
beforeEach(async () => {
  resetElectronFake()
  dir = await mkdtemp(join(tmpdir(), 'workbench-window-state-'))
  filePath = join(dir, 'window-state.json')
})
afterEach(async () => {
  vi.useRealTimers()
  await rm(dir, { recursive: true, force: true })
})

const centred = defaultWindowState(laptop)

describe('restoring', () => {
  it('centres a default-sized window when nothing was saved', () => {
    const keeper = createWindowStateKeeper({ file: jsonFile(filePath), screen: screenOf(laptop) })
    expect(keeper.load()).toEqual({ bounds: { x: 80, y: 18, width: 1280, height: 840 }, isMaximized: false })
  })

  it('shrinks the default to fit a small screen', () => {
    expect(defaultWindowState({ x: 0, y: 0, width: 1024, height: 600 }).bounds).toEqual({
      x: 0,
      y: 0,
      width: 1024,
      height: 600,
    })
  })

  it('ignores a corrupt file', async () => {
    await writeFile(filePath, '{"x": 10, "y": ')
    const keeper = createWindowStateKeeper({ file: jsonFile(filePath), screen: screenOf(laptop) })
    expect(keeper.load()).toEqual(centred)
  })

  it.each([
    ['wrong types', { x: '10', y: 0, width: 900, height: 700, isMaximized: false }],
    ['missing fields', { width: 900, height: 700 }],
    ['not an object', [1, 2, 3]],
    ['negative size', { x: 0, y: 0, width: -5, height: 700, isMaximized: false }],
  ])('ignores %s', (_label, saved) => {
    expect(restoreWindowState(saved, screenOf(laptop))).toEqual(centred)
  })

  it('falls back when the saved bounds are on a display that is gone', () => {
    const onUnpluggedMonitor = { x: 2000, y: 100, width: 1200, height: 800, isMaximized: false }
    expect(restoreWindowState(onUnpluggedMonitor, screenOf(laptop))).toEqual(centred)
    expect(restoreWindowState(onUnpluggedMonitor, screenOf(laptop, rightMonitor)).bounds).toEqual({
      x: 2000,
      y: 100,
      width: 1200,
      height: 800,
    })
  })

  it('treats a window with only a sliver on screen as off-screen', () => {
    expect(isReachable({ x: 1400, y: 100, width: 800, height: 600 }, [laptop])).toBe(false)
    expect(isReachable({ x: 1300, y: 100, width: 800, height: 600 }, [laptop])).toBe(true)
    expect(isReachable({ x: 100, y: -580, width: 800, height: 600 }, [laptop])).toBe(false)
  })

  it('raises sizes below the minimum', () => {
    expect(
      restoreWindowState({ x: 0, y: 0, width: 200, height: 100, isMaximized: true }, screenOf(laptop)),
    ).toEqual({
      bounds: { x: 0, y: 0, width: 720, height: 480 },
      isMaximized: true,
    })
  })
})

describe('saving', () => {
  const track = (screen: ScreenLike) => {
    const keeper = createWindowStateKeeper({ file: jsonFile(filePath), screen, debounceMs: 400 })
    const win = new FakeBrowserWindow({ ...keeper.load().bounds })
    keeper.track(win as unknown as BrowserWindow)
    return { keeper, win }
  }
  const saved = async () => JSON.parse(await readFile(filePath, 'utf8')) as unknown

  it('round-trips bounds and maximized state through the file', async () => {
    const { win } = track(screenOf(laptop, rightMonitor))
    win.bounds = { x: 1600, y: 40, width: 1000, height: 760 }
    win.maximized = true
    win.emit('close')
    expect(await saved()).toEqual({ x: 1600, y: 40, width: 1000, height: 760, isMaximized: true })

    const next = createWindowStateKeeper({ file: jsonFile(filePath), screen: screenOf(laptop, rightMonitor) })
    expect(next.load()).toEqual({ bounds: { x: 1600, y: 40, width: 1000, height: 760 }, isMaximized: true })
  })

  it('debounces resize and move into one write after they settle', async () => {
    vi.useFakeTimers()
    const { win } = track(screenOf(laptop))
    win.bounds = { x: 10, y: 10, width: 900, height: 700 }
    win.emit('resize')
    win.emit('move')
    vi.advanceTimersByTime(399)
    await expect(readFile(filePath, 'utf8')).rejects.toThrow()
    win.bounds = { x: 20, y: 30, width: 950, height: 720 }
    win.emit('move')
    vi.advanceTimersByTime(400)
    expect(await saved()).toEqual({ x: 20, y: 30, width: 950, height: 720, isMaximized: false })
  })

  it('does not touch a window that is already destroyed', async () => {
    vi.useFakeTimers()
    const { win } = track(screenOf(laptop))
    win.emit('resize')
    win.destroyed = true
    vi.advanceTimersByTime(1000)
    await expect(readFile(filePath, 'utf8')).rejects.toThrow()
  })
})
