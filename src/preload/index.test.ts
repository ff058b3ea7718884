import { beforeAll, describe, expect, it, vi } from 'vitest'
import { menuCommandChannel, type MenuCommand, type WorkbenchBridge } from '@shared/ipc-contract'
import { fakeContextBridge, fakeIpcRenderer } from '../../tests/fakes/fake-electron'

vi.mock('electron', async () => (await import('../../tests/fakes/fake-electron')).electronModule)

let exposed: WorkbenchBridge
beforeAll(async () => {
  await import('./index')
  exposed = fakeContextBridge.exposed.get('workbench') as WorkbenchBridge
})

describe('preload bridge', () => {
  it('exposes exactly the named functions as window.workbench and nothing else', () => {
    expect([...fakeContextBridge.exposed.keys()]).toEqual(['workbench'])
    expect(Object.keys(exposed).sort()).toEqual([
      'onMenuCommand',
      'openDataFile',
      'openDocuments',
      'openExternal',
      'saveFile',
      'savePdf',
    ])
    for (const value of Object.values(exposed)) expect(typeof value).toBe('function')
    expect(Object.values(exposed)).not.toContain(fakeIpcRenderer)
  })

  it('invokes the contract channels with the given arguments', async () => {
    fakeIpcRenderer.invocations = []
    const request = { defaultName: 'a.json', content: '{}', filters: [] }
    expect(await exposed.openDocuments()).toEqual({ ok: true, value: 'reply to dialog:open-documents' })
    await exposed.saveFile(request)
    await exposed.openExternal('https://example.org')
    expect(fakeIpcRenderer.invocations).toEqual([
      { channel: 'dialog:open-documents', args: [] },
      { channel: 'dialog:save-file', args: [request] },
      { channel: 'shell:open-external', args: ['https://example.org'] },
    ])
  })

  it('delivers known menu commands, without the IPC event, until unsubscribed', () => {
    const received: unknown[][] = []
    const unsubscribe = exposed.onMenuCommand((...args: unknown[]) => received.push(args))
    const fakeEvent = { sender: fakeIpcRenderer }
    fakeIpcRenderer.emit(menuCommandChannel, fakeEvent, 'undo')
    fakeIpcRenderer.emit(menuCommandChannel, fakeEvent, 'format-disk')
    fakeIpcRenderer.emit(menuCommandChannel, fakeEvent, { command: 'redo' })
    fakeIpcRenderer.emit(menuCommandChannel, fakeEvent, 'export-annotations')
    expect(received).toEqual([['undo'], ['export-annotations']])

    unsubscribe()
    fakeIpcRenderer.emit(menuCommandChannel, fakeEvent, 'redo')
    expect(received).toHaveLength(2)
    expect(fakeIpcRenderer.listenerCount(menuCommandChannel)).toBe(0)
  })

  it('keeps separate subscriptions independent', () => {
    const a: MenuCommand[] = []
    const b: MenuCommand[] = []
    const offA = exposed.onMenuCommand((c) => a.push(c))
    const offB = exposed.onMenuCommand((c) => b.push(c))
    offA()
    fakeIpcRenderer.emit(menuCommandChannel, {}, 'open-document')
    expect(a).toEqual([])
    expect(b).toEqual(['open-document'])
    offB()
  })
})
