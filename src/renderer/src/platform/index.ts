// Picks the host at start-up: the preload's bridge means the desktop app.
import type { WorkbenchBridge } from '@shared/ipc-contract'
import type { Platform } from './bridge'
import { electronPlatform } from './electron'
import { webPlatform } from './web'

declare global {
  interface Window {
    workbench?: WorkbenchBridge
  }
}

export const platform: Platform = window.workbench ? electronPlatform(window.workbench) : webPlatform()
export type { Platform } from './bridge'
