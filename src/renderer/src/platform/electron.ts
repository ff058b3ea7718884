// The desktop host: everything goes through the preload's `window.workbench`.
import type { WorkbenchBridge } from '@shared/ipc-contract'
import type { Platform } from './bridge'

export function electronPlatform(bridge: WorkbenchBridge): Platform {
  return {
    kind: 'electron',
    openDocuments: () => bridge.openDocuments(),
    openDataFile: () => bridge.openDataFile(),
    saveFile: ({ defaultName, content, filters }) => bridge.saveFile({ defaultName, content, filters }),
    openExternal: (url) => bridge.openExternal(url),
    savePdf: (request) => bridge.savePdf(request),
    onMenuCommand: (listener) => bridge.onMenuCommand(listener),
  }
}
