// Remembers the main window's size, position and maximized state across runs.
// The file and the screen are passed in (see WindowStateOptions) so tests can
// use a temporary file and fake displays.
import type { BrowserWindow, Rectangle } from 'electron'
import { z } from 'zod'
import type { JsonFile } from './json-file'

export interface WindowState {
  bounds: Rectangle
  isMaximized: boolean
}

/** The part of Electron's `screen` this module needs. */
export interface ScreenLike {
  getAllDisplays(): { workArea: Rectangle }[]
  getPrimaryDisplay(): { workArea: Rectangle }
}

export interface WindowStateOptions {
  file: JsonFile
  screen: ScreenLike
  /** Resize and move fire continuously while dragging; save once it settles. */
  debounceMs?: number
}

export const defaultSize = { width: 1280, height: 840 } as const
export const minimumSize = { width: 720, height: 480 } as const

const savedStateSchema = z.object({
  x: z.number().int(),
  y: z.number().int(),
  width: z.number().int().positive(),
  height: z.number().int().positive(),
  isMaximized: z.boolean(),
})

/** A default-sized window centred in the work area, shrunk to fit small screens. */
export function defaultWindowState(workArea: Rectangle): WindowState {
  const width = Math.min(defaultSize.width, workArea.width)
  const height = Math.min(defaultSize.height, workArea.height)
  return {
    bounds: {
      x: Math.round(workArea.x + (workArea.width - width) / 2),
      y: Math.round(workArea.y + (workArea.height - height) / 2),
      width,
      height,
    },
    isMaximized: false,
  }
}

/**
 * True when enough of the window overlaps one display's work area to grab it
 * again: a window restored onto a monitor that has since been unplugged would
 * otherwise open invisible.
 */
export function isReachable(bounds: Rectangle, workAreas: readonly Rectangle[]): boolean {
  const needX = Math.min(100, bounds.width)
  const needY = Math.min(50, bounds.height)
  return workAreas.some((area) => {
    const overlapX = Math.min(bounds.x + bounds.width, area.x + area.width) - Math.max(bounds.x, area.x)
    const overlapY = Math.min(bounds.y + bounds.height, area.y + area.height) - Math.max(bounds.y, area.y)
    return overlapX >= needX && overlapY >= needY
  })
}

/** Turn whatever was on disk into usable bounds, or the centred default. */
export function restoreWindowState(saved: unknown, screen: ScreenLike): WindowState {
  const fallback = defaultWindowState(screen.getPrimaryDisplay().workArea)
  const parsed = savedStateSchema.safeParse(saved)
  if (!parsed.success) return fallback
  const { isMaximized, ...rest } = parsed.data
  const bounds = {
    ...rest,
    width: Math.max(rest.width, minimumSize.width),
    height: Math.max(rest.height, minimumSize.height),
  }
  const workAreas = screen.getAllDisplays().map((d) => d.workArea)
  if (!isReachable(bounds, workAreas)) return { ...fallback, isMaximized }
  return { bounds, isMaximized }
}

/** What gets written: the un-maximized bounds, so un-maximizing later restores them. */
export function captureWindowState(win: BrowserWindow): WindowState {
  return { bounds: win.getNormalBounds(), isMaximized: win.isMaximized() }
}

export interface WindowStateKeeper {
  load(): WindowState
  /** Save on resize/move (debounced), maximize changes and close. */
  track(win: BrowserWindow): void
}

export function createWindowStateKeeper({
  file,
  screen,
  debounceMs = 400,
}: WindowStateOptions): WindowStateKeeper {
  const save = (state: WindowState): void => {
    file.write({ ...state.bounds, isMaximized: state.isMaximized })
  }
  return {
    load: () => restoreWindowState(file.read(), screen),
    track(win) {
      let timer: ReturnType<typeof setTimeout> | undefined
      const saveNow = (): void => {
        if (timer !== undefined) clearTimeout(timer)
        timer = undefined
        if (!win.isDestroyed()) save(captureWindowState(win))
      }
      const saveSoon = (): void => {
        if (timer !== undefined) clearTimeout(timer)
        timer = setTimeout(saveNow, debounceMs)
      }
      win.on('resize', saveSoon)
      win.on('move', saveSoon)
      win.on('maximize', saveNow)
      win.on('unmaximize', saveNow)
      // 'close' comes while the window still exists, so its bounds can be read.
      win.on('close', saveNow)
    },
  }
}
