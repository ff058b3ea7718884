import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { contentSecurityPolicy } from '@shared/csp'
import { fakeProtocol, resetElectronFake } from '../../tests/fakes/fake-electron'
import { createAppRequestHandler, registerAppScheme, resolveAppPath, serveRenderer } from './protocol'

vi.mock('electron', async () => (await import('../../tests/fakes/fake-electron')).electronModule)

let base: string
let root: string

beforeAll(async () => {
  base = await mkdtemp(join(tmpdir(), 'workbench-protocol-'))
  root = join(base, 'renderer')
  await mkdir(join(root, 'assets'), { recursive: true })
  await writeFile(join(root, 'index.html'), '<!doctype html><title>Workbench</title>')
  await writeFile(join(root, 'assets', 'index-abc.js'), 'console.log("hi")')
  await writeFile(join(root, 'assets', 'style sheet.css'), 'body{}')
  await writeFile(join(base, 'secret.txt'), 'top secret')
})
afterAll(async () => {
  await rm(base, { recursive: true, force: true })
})
beforeEach(() => {
  resetElectronFake()
})

const get = (url: string, method = 'GET') => createAppRequestHandler(root)({ url, method })

describe('app:// protocol handler', () => {
  it('serves index.html with its content type and the CSP header', async () => {
    const response = await get('app://workbench/index.html')
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8')
    expect(response.headers.get('content-security-policy')).toBe(contentSecurityPolicy)
    expect(response.headers.get('x-content-type-options')).toBe('nosniff')
    expect(await response.text()).toBe('<!doctype html><title>Workbench</title>')
  })

  it('serves the root as index.html and assets with their types', async () => {
    expect(await (await get('app://workbench/')).text()).toContain('<title>Workbench</title>')
    const script = await get('app://workbench/assets/index-abc.js')
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8')
    expect(await script.text()).toBe('console.log("hi")')
    const css = await get('app://workbench/assets/style%20sheet.css?v=1#x')
    expect(css.headers.get('content-type')).toBe('text/css; charset=utf-8')
    expect(await css.text()).toBe('body{}')
  })

  it.each([
    'app://workbench/../secret.txt',
    'app://workbench/assets/../../secret.txt',
    'app://workbench/..%2fsecret.txt',
    'app://workbench/%2e%2e%2fsecret.txt',
    'app://workbench/assets/..%5c..%5csecret.txt',
    'app://workbench/%2e%2e/secret.txt',
  ])('refuses path traversal: %s', async (url) => {
    const response = await get(url)
    expect(response.status).toBe(404)
    expect(await response.text()).not.toContain('top secret')
    expect(response.headers.get('content-security-policy')).toBe(contentSecurityPolicy)
  })

  it('answers 404 for missing files, directories, other hosts and bad encodings', async () => {
    for (const url of [
      'app://workbench/nope.js',
      'app://workbench/assets',
      'app://elsewhere/index.html',
      'app://workbench/%E0%A4%A',
      'app://workbench/index.html%00.js',
    ]) {
      expect((await get(url)).status, url).toBe(404)
    }
  })

  it('answers HEAD without a body and refuses other methods', async () => {
    const head = await get('app://workbench/index.html', 'HEAD')
    expect(head.status).toBe(200)
    expect(await head.text()).toBe('')
    expect((await get('app://workbench/index.html', 'POST')).status).toBe(405)
  })

  it('resolveAppPath keeps results inside the root', () => {
    expect(resolveAppPath(root, 'app://workbench/assets/index-abc.js')).toBe(
      join(root, 'assets', 'index-abc.js'),
    )
    expect(resolveAppPath(root, 'app://workbench/..%2f..%2fetc%2fpasswd')).toBeNull()
    expect(resolveAppPath(root, 'not a url')).toBeNull()
  })

  it('registers app:// as a standard, secure scheme and serves it through protocol.handle', async () => {
    registerAppScheme()
    expect(fakeProtocol.privileged).toEqual([
      {
        scheme: 'app',
        privileges: expect.objectContaining({
          standard: true,
          secure: true,
          supportFetchAPI: true,
        }) as unknown,
      },
    ])
    serveRenderer(root)
    const handler = fakeProtocol.handlers.get('app')
    expect(handler).toBeDefined()
    const response = (await handler?.({ url: 'app://workbench/index.html', method: 'GET' })) as Response
    expect(response.status).toBe(200)
    expect(response.headers.get('content-security-policy')).toBe(contentSecurityPolicy)
  })
})
