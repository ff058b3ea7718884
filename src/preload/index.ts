// The preload (built to one CommonJS file, out/preload/index.js, because a
// sandboxed preload can only require 'electron'). It exposes exactly the
// WorkbenchBridge as window.workbench: one named function per operation.
// ipcRenderer itself, and any way to pick a channel, stay in here.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron'
import {
  menuCommandChannel,
  menuCommands,
  type IpcChannel,
  type IpcContract,
  type MenuCommand,
  type WorkbenchBridge,
} from '@shared/ipc-contract'

function invoke<C extends IpcChannel>(
  channel: C,
  ...args: IpcContract[C]['args']
): Promise<IpcContract[C]['result']> {
  return ipcRenderer.invoke(channel, ...args) as Promise<IpcContract[C]['result']>
}

function isMenuCommand(value: unknown): value is MenuCommand {
  return typeof value === 'string' && (menuCommands as readonly string[]).includes(value)
}

export const bridge = {
  openDocuments: () => invoke('dialog:open-documents'),
  openDataFile: () => invoke('dialog:open-data'),
  saveFile: (request) => invoke('dialog:save-file', request),
  openExternal: (url) => invoke('shell:open-external', url),
  savePdf: (request) => invoke('briefing:save-pdf', request),
  onMenuCommand(listener) {
    // The IPC event object never reaches the page; only a known command does.
    const forward = (_event: IpcRendererEvent, command: unknown): void => {
      if (isMenuCommand(command)) listener(command)
    }
    ipcRenderer.on(menuCommandChannel, forward)
    return () => {
      ipcRenderer.removeListener(menuCommandChannel, forward)
    }
  },
} satisfies WorkbenchBridge

contextBridge.exposeInMainWorld('workbench', bridge)
