import { mkdir, mkdtemp, readFile, rm, truncate, writeFile } from 'node:fs/promises'
import * as fsPromises from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import {
  maxOpenFileBytes,
  openableExtensions,
  type IpcChannel,
  type OpenedFile,
  type Result,
} from '@shared/ipc-contract'
import { decodeText } from '@shared/import/decode'
import { registerIpcHandlers } from './ipc'
import { jsonFile } from './json-file'
import { createSettingsStore } from './settings'
import {
  FakeBrowserWindow,
  fakeApp,
  fakeDialog,
  fakeIpcMain,
  fakeShell,
  resetElectronFake,
} from '../../tests/fakes/fake-electron'

vi.mock('electron', async () => (await import('../../tests/fakes/fake-electron')).electronModule)
// Real file system, but writeFile can be made to fail the way a locked folder does.
vi.mock('node:fs/promises', async (importOriginal) => {
  const actual = await importOriginal<typeof fsPromises>()
  return { ...actual, writeFile: vi.fn(actual.writeFile) }
})

const appFrame = { url: 'app://workbench/index.html', parent: null }
const trustedEvent = { sender: {}, senderFrame: appFrame }

let root: string
let documents: string
beforeEach(async () => {
  resetElectronFake()
  root = await mkdtemp(join(tmpdir(), 'workbench-ipc-'))
  documents = join(root, 'Documents')
  await mkdir(documents)
  fakeApp.paths = { userData: join(root, 'userData'), documents, home: root }
  registerIpcHandlers({ settings: createSettingsStore(jsonFile(join(root, 'userData', 'settings.json'))) })
})
afterEach(async () => {
  vi.restoreAllMocks()
  await rm(root, { recursive: true, force: true })
})

async function call(
  channel: IpcChannel,
  args: unknown[],
  event: unknown = trustedEvent,
): Promise<Result<unknown>> {
  const handler = fakeIpcMain.handlers.get(channel)
  if (!handler) throw new Error(`no handler for ${channel}`)
  return (await handler(event, ...args)) as Result<unknown>
}
function errorOf(result: Result<unknown>): string {
  if (result.ok) throw new Error(`expected a failure, got ${JSON.stringify(result.value)}`)
  return result.error
}
const request = (overrides: Record<string, unknown> = {}) => ({
  defaultName: 'annotations.json',
  content: '{"annotations":[]}',
  filters: [{ name: 'JSON', extensions: ['json'] }],
  ...overrides,
})

describe('registration', () => {
  it('handles every channel of the contract', () => {
    expect([...fakeIpcMain.handlers.keys()].sort()).toEqual([
      'briefing:save-pdf',
      'dialog:open-data',
      'dialog:open-documents',
      'dialog:save-file',
      'shell:open-external',
    ])
  })
})

describe('sender check', () => {
  it.each([
    ['a remote page', { sender: {}, senderFrame: { url: 'https://evil.example/', parent: null } }],
    ['a file:// page', { sender: {}, senderFrame: { url: 'file:///tmp/x.html', parent: null } }],
    ['a destroyed frame', { sender: {}, senderFrame: null }],
    ['a subframe', { sender: {}, senderFrame: { url: 'app://workbench/index.html', parent: appFrame } }],
  ])('refuses calls from %s', async (_label, event) => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined)
    expect(errorOf(await call('shell:open-external', ['https://example.org'], event))).toMatch(
      /may only be called/,
    )
    expect(fakeShell.opened).toEqual([])
  })
})

describe('shell:open-external', () => {
  it('opens http(s) links', async () => {
    expect(await call('shell:open-external', ['https://example.org/a?b=c'])).toEqual({
      ok: true,
      value: null,
    })
    expect(fakeShell.opened).toEqual(['https://example.org/a?b=c'])
  })

  it.each([['javascript:alert(1)'], ['file:///etc/passwd'], [42], [undefined]])('rejects %s', async (url) => {
    const error = errorOf(await call('shell:open-external', [url]))
    expect(error).toMatch(/^Invalid arguments for shell:open-external: argument 1/)
    expect(fakeShell.opened).toEqual([])
  })

  it('rejects extra arguments', async () => {
    expect(errorOf(await call('shell:open-external', ['https://example.org', 'extra']))).toBe(
      'Invalid arguments for shell:open-external: wrong number of arguments (2 given)',
    )
  })
})

describe('dialog:open-documents', () => {
  it('reads the chosen files as UTF-8 without BOM, offering only openable types', async () => {
    const notes = join(root, 'picked', 'notes.md')
    const report = join(root, 'picked', 'report.txt')
    const windows = join(root, 'picked', 'unicode.txt')
    await mkdir(join(root, 'picked'))
    await writeFile(notes, '\uFEFF# Notes — ünïcode')
    await writeFile(report, 'Plain report')
    await writeFile(
      windows,
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('UTF-16 text', 'utf16le')]),
    )
    fakeDialog.openAnswer = { canceled: false, filePaths: [notes, report, windows] }

    // Bytes go to the renderer untouched; the one shared decoder reads them there.
    const result = await call('dialog:open-documents', [])
    const files = result.ok ? (result.value as OpenedFile[]) : []
    expect(files.map((f) => [f.name, decodeText(f.bytes, f.name)])).toEqual([
      ['notes.md', '# Notes — ünïcode'],
      ['report.txt', 'Plain report'],
      ['unicode.txt', 'UTF-16 text'],
    ])
    expect(files[0]?.bytes).toBeInstanceOf(Uint8Array)
    expect(fakeDialog.lastOptions).toMatchObject({
      properties: expect.arrayContaining(['openFile', 'multiSelections']) as unknown,
      filters: [{ name: 'Documents', extensions: [...openableExtensions] }],
    })
  })

  it('returns an empty list when cancelled', async () => {
    expect(await call('dialog:open-documents', [])).toEqual({ ok: true, value: [] })
  })

  it('refuses a file over the size limit and names it', async () => {
    const small = join(root, 'small.txt')
    const big = join(root, 'big-dossier.txt')
    await writeFile(small, 'ok')
    await writeFile(big, '')
    await truncate(big, Math.round(125.4 * 1024 * 1024))
    fakeDialog.openAnswer = { canceled: false, filePaths: [small, big] }
    const error = errorOf(await call('dialog:open-documents', []))
    expect(error).toBe('"big-dossier.txt" is 125.4 MB, over the 100 MB limit for opening files.')
  })

  it('refuses a file one byte over the limit', async () => {
    const over = join(root, 'over.txt')
    await writeFile(over, '')
    await truncate(over, maxOpenFileBytes + 1)
    fakeDialog.openAnswer = { canceled: false, filePaths: [over] }
    expect(errorOf(await call('dialog:open-documents', []))).toMatch(
      /^"over\.txt" is 100\.0 MB, over the 100 MB limit/,
    )
  })

  it('accepts a file exactly at the limit', async () => {
    const edge = join(root, 'edge.txt')
    await writeFile(edge, '')
    await truncate(edge, maxOpenFileBytes)
    fakeDialog.openAnswer = { canceled: false, filePaths: [edge] }
    const result = await call('dialog:open-documents', [])
    expect(result.ok && (result.value as OpenedFile[])[0]?.bytes.length).toBe(maxOpenFileBytes)
  })

  it('explains a file that vanished before it could be read', async () => {
    fakeDialog.openAnswer = { canceled: false, filePaths: [join(root, 'gone.txt')] }
    expect(errorOf(await call('dialog:open-documents', []))).toBe(
      'Could not open "gone.txt": the file or folder does not exist.',
    )
  })

  it('rejects arguments it does not take', async () => {
    expect(errorOf(await call('dialog:open-documents', ['/etc/passwd']))).toBe(
      'Invalid arguments for dialog:open-documents: wrong number of arguments (1 given)',
    )
    expect(fakeDialog.lastOptions).toBeNull()
  })

  it('turns a failing dialog into a result instead of throwing', async () => {
    vi.spyOn(fakeDialog, 'showOpenDialog').mockRejectedValueOnce(new Error('portal unavailable'))
    vi.spyOn(console, 'error').mockImplementation(() => undefined)
    expect(errorOf(await call('dialog:open-documents', []))).toBe(
      'dialog:open-documents failed: portal unavailable',
    )
  })
})

describe('dialog:save-file', () => {
  it('writes the file, starting in Documents, and remembers the folder', async () => {
    const exports = join(root, 'exports')
    await mkdir(exports)
    const target = join(exports, 'annotations.json')
    fakeDialog.saveAnswer = { canceled: false, filePath: target }

    expect(await call('dialog:save-file', [request()])).toEqual({ ok: true, value: { path: target } })
    expect(fakeDialog.lastOptions).toMatchObject({
      defaultPath: join(documents, 'annotations.json'),
      filters: [{ name: 'JSON', extensions: ['json'] }],
    })
    expect(await readFile(target, 'utf8')).toBe('{"annotations":[]}')
    expect(JSON.parse(await readFile(join(root, 'userData', 'settings.json'), 'utf8'))).toEqual({
      lastFolder: exports,
    })

    fakeDialog.saveAnswer = { canceled: true, filePath: '' }
    await call('dialog:save-file', [request({ defaultName: 'briefing.md' })])
    expect(fakeDialog.lastOptions).toMatchObject({ defaultPath: join(exports, 'briefing.md') })
  })

  it('writes bytes exactly as given: an original file comes back byte for byte', async () => {
    const target = join(root, 'report.pdf')
    fakeDialog.saveAnswer = { canceled: false, filePath: target }
    // Not valid UTF-8 (a lone 0xff, a NUL, a BOM-like start): any text round trip would change them.
    const bytes = new Uint8Array([
      0xef, 0xbb, 0xbf, 0x25, 0x50, 0x44, 0x46, 0x00, 0xff, 0xfe, 0x80, 0x0d, 0x0a,
    ])
    const result = await call('dialog:save-file', [
      request({ defaultName: 'report.pdf', content: bytes, filters: [{ name: 'PDF', extensions: ['pdf'] }] }),
    ])
    expect(result).toEqual({ ok: true, value: { path: target } })
    expect(new Uint8Array(await readFile(target))).toEqual(bytes)
  })

  it('starts in Documents again when the remembered folder has been deleted', async () => {
    const gone = join(root, 'deleted-folder')
    await mkdir(gone)
    fakeDialog.saveAnswer = { canceled: false, filePath: join(gone, 'a.json') }
    await call('dialog:save-file', [request()])
    await rm(gone, { recursive: true })
    fakeDialog.saveAnswer = { canceled: true, filePath: '' }
    await call('dialog:save-file', [request()])
    expect(fakeDialog.lastOptions).toMatchObject({ defaultPath: join(documents, 'annotations.json') })
  })

  it('returns null when cancelled and writes nothing', async () => {
    expect(await call('dialog:save-file', [request()])).toEqual({ ok: true, value: null })
  })

  it.each([
    [
      'a path as the name',
      request({ defaultName: '../../.bashrc' }),
      /argument 1 › defaultName: must be a file name/,
    ],
    ['an empty name', request({ defaultName: '' }), /argument 1 › defaultName/],
    [
      'a bad extension',
      request({ filters: [{ name: 'X', extensions: ['j.s'] }] }),
      /filters\[0\]\.extensions\[0\]/,
    ],
    ['no content', { defaultName: 'a.txt', filters: [] }, /argument 1 › content/],
    [
      'bytes as a plain list of numbers',
      request({ content: [37, 80, 68, 70] }),
      /argument 1 › content: must be text or bytes/,
    ],
    ['bytes as an ArrayBuffer', request({ content: new ArrayBuffer(4) }), /argument 1 › content/],
    ['a string instead of an object', 'a.txt', /argument 1/],
  ])('rejects %s with a readable message', async (_label, bad, message) => {
    const error = errorOf(await call('dialog:save-file', [bad]))
    expect(error).toMatch(/^Invalid arguments for dialog:save-file: /)
    expect(error).toMatch(message)
    expect(fakeDialog.lastOptions).toBeNull()
  })

  it('reports a folder that refuses the write, naming the path', async () => {
    const target = join(root, 'locked', 'annotations.json')
    fakeDialog.saveAnswer = { canceled: false, filePath: target }
    vi.mocked(fsPromises.writeFile).mockRejectedValueOnce(
      Object.assign(new Error(`EACCES: permission denied, open '${target}'`), { code: 'EACCES' }),
    )
    expect(errorOf(await call('dialog:save-file', [request()]))).toBe(
      `Could not save "${target}": permission denied.`,
    )
  })

  it('reports a target folder that does not exist', async () => {
    const target = join(root, 'no-such-folder', 'annotations.json')
    fakeDialog.saveAnswer = { canceled: false, filePath: target }
    expect(errorOf(await call('dialog:save-file', [request()]))).toBe(
      `Could not save "${target}": the file or folder does not exist.`,
    )
  })
})

describe('briefing:save-pdf', () => {
  const html = '<!doctype html><html><body><h1>Homs</h1><p>Arabic: حمص</p></body></html>'

  it('prints in a hidden window with no preload and no JavaScript, then saves where asked', async () => {
    const target = join(root, 'homs-briefing.pdf')
    fakeDialog.saveAnswer = { canceled: false, filePath: target }
    const result = await call('briefing:save-pdf', [
      { html, pageSize: 'Letter', defaultName: 'homs-briefing.pdf' },
    ])
    expect(result).toEqual({ ok: true, value: { path: target } })
    expect(await readFile(target, 'utf8')).toBe('%PDF-1.7 fake')
    const printer = FakeBrowserWindow.instances.at(-1)!
    expect(printer.options).toMatchObject({
      show: false,
      webPreferences: { sandbox: true, contextIsolation: true, nodeIntegration: false, javascript: false },
    })
    expect((printer.options.webPreferences as Record<string, unknown>).preload).toBeUndefined()
    expect(Buffer.from(printer.loadedUrl!.split(',')[1]!, 'base64').toString('utf8')).toBe(html)
    expect(printer.webContents.printed[0]).toMatchObject({
      pageSize: 'Letter',
      printBackground: true,
      preferCSSPageSize: true,
    })
    expect(printer.destroyed).toBe(true)
    expect(fakeDialog.lastOptions).toMatchObject({ defaultPath: join(documents, 'homs-briefing.pdf') })
  })

  it('refuses a document with a script, and a file name that is a path', async () => {
    expect(
      errorOf(
        await call('briefing:save-pdf', [
          { html: '<p>x</p><script>alert(1)</script>', pageSize: 'A4', defaultName: 'a.pdf' },
        ]),
      ),
    ).toContain('the document must not contain scripts')
    expect(
      errorOf(await call('briefing:save-pdf', [{ html, pageSize: 'A4', defaultName: '../a.pdf' }])),
    ).toContain('must be a file name')
    expect(FakeBrowserWindow.instances).toHaveLength(0)
  })

  it('says so, rather than failing silently, when a briefing is too large to print', async () => {
    const huge = `<p>${'x'.repeat(2 * 1024 * 1024)}</p>`
    expect(
      errorOf(await call('briefing:save-pdf', [{ html: huge, pageSize: 'A4', defaultName: 'a.pdf' }])),
    ).toMatch(/^This briefing is too large to print \(2\.7 MB once encoded; the limit is 2 MB\)/)
  })

  it('writes nothing when the save is cancelled', async () => {
    fakeDialog.saveAnswer = { canceled: true, filePath: '' }
    expect(await call('briefing:save-pdf', [{ html, pageSize: 'A4', defaultName: 'a.pdf' }])).toEqual({
      ok: true,
      value: null,
    })
  })
})

describe('dialog:open-data', () => {
  it('offers only workspace and annotation files and reads the one chosen', async () => {
    const file = join(documents, 'case.json')
    await writeFile(file, '{"format":"analyst-workbench-workspace"}')
    fakeDialog.openAnswer = { canceled: false, filePaths: [file] }
    const result = await call('dialog:open-data', [])
    const [opened] = result.ok ? (result.value as OpenedFile[]) : []
    expect(opened?.name).toBe('case.json')
    expect(decodeText(opened!.bytes, 'case.json')).toBe('{"format":"analyst-workbench-workspace"}')
    expect(fakeDialog.lastOptions).toMatchObject({
      properties: ['openFile'],
      filters: [{ extensions: ['json', 'jsonld'] }],
    })
  })
})
