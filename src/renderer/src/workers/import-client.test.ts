// The worker's message contract end to end, in one process: the client on one
// end of a MessageChannel, the worker's server on the other, real files.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import type { ImportError } from '@shared/import/extracted'
import { createImportClient, type ImportClient } from './import-client'
import { serveImports, type Progress } from './import-protocol'
import { fixtureRoot } from '../../../../tests/import/quality'
import { nodeDeps } from '../../../../tests/import/node-extract'

const read = (file: string) => new Uint8Array(readFileSync(join(fixtureRoot, file)))

let client: ImportClient | undefined
let channel: MessageChannel | undefined
function connect(): ImportClient {
  channel = new MessageChannel()
  const { port1, port2 } = channel
  serveImports(port1, nodeDeps)
  port1.start()
  port2.start()
  client = createImportClient(() => ({
    postMessage: (m: unknown) => port2.postMessage(m),
    addEventListener: (type, listener) => type === 'message' && port2.addEventListener('message', listener),
    terminate: () => port2.close(),
  }))
  return client
}

afterEach(() => {
  client?.dispose()
  channel?.port1.close()
})

describe('import worker client', () => {
  it('returns the extracted document of a saved page, with its provenance', async () => {
    const bytes = read('pages/en-wire-floods.html')
    const c = connect()
    c.warm()
    const doc = await c.extract('floods.html', bytes)
    expect(doc.format).toBe('html')
    expect(doc.meta.title).toBe('Floods force thousands from homes in northern river valley')
    expect(doc.source).toMatchObject({ name: 'floods.html', size: bytes.byteLength, type: 'text/html' })
    expect(doc.source.sha256).toMatch(/^[0-9a-f]{64}$/)
    expect(doc.extractor.version).toMatch(/^@mozilla\/readability \d/)
    expect(bytes.byteLength).toBeGreaterThan(0) // copied, not transferred
  })

  it('reports page progress for a PDF, in order, up to the page count', async () => {
    const seen: Progress[] = []
    const doc = await connect().extract('brief.pdf', read('pdf/brief-running-headers.pdf'), {
      onProgress: (p) => seen.push(p),
    })
    const pages = seen.filter((p) => p.stage === 'Reading pages')
    expect(pages.map((p) => p.done)).toEqual([1, 2])
    expect(pages.every((p) => p.total === 2)).toBe(true)
    expect(doc.blocks.filter((b) => b.kept).every((b) => b.page === 1 || b.page === 2)).toBe(true)
  })

  it('refuses a scan with a named error, and goes on with the next file', async () => {
    const c = connect()
    const scan = c.extract('scan.pdf', read('pdf/scan-no-text.pdf'))
    const next = c.extract('memo.docx', read('docx/docx-arabic-memo.docx'))
    await expect(scan).rejects.toMatchObject({
      code: 'pdf-no-text',
      message: expect.stringMatching(/no text layer/),
    })
    expect((await next).meta.dir).toBe('rtl')
  })

  it('cancels a long PDF part way, and a queued file before it starts', async () => {
    const c = connect()
    const abortLong = new AbortController()
    const abortQueued = new AbortController()
    let pagesRead = 0
    const long = c.extract('long.pdf', read('bench/brief-50-pages.pdf'), {
      signal: abortLong.signal,
      onProgress: (p) => {
        if (p.stage === 'Reading pages' && ++pagesRead === 3) abortLong.abort()
      },
    })
    const queued = c.extract('floods.html', read('pages/en-wire-floods.html'), { signal: abortQueued.signal })
    abortQueued.abort()
    await expect(queued).rejects.toMatchObject({ code: 'cancelled' })
    const error = (await long.catch((e: unknown) => e)) as ImportError
    expect(error.code).toBe('cancelled')
    expect(pagesRead).toBeLessThan(10)
  }, 30_000)
})
