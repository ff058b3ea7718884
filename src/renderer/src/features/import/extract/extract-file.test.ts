import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { extractFile } from './extract-file'
import { nodeDeps } from '../../../../../../tests/import/node-extract'

const bytes = (s: string) => new TextEncoder().encode(s)

describe('extractFile', () => {
  it('records the original file: name, size, type and SHA-256 of its exact bytes', async () => {
    const file = bytes('Convoys reach Homs\nResidents said convoys arrived overnight.\n')
    const doc = await extractFile('notes.txt', file, nodeDeps)
    expect(doc.source).toEqual({
      name: 'notes.txt',
      size: file.byteLength,
      type: 'text/plain',
      sha256: createHash('sha256').update(file).digest('hex'),
    })
    expect(doc.meta.title).toBe('Convoys reach Homs')
    expect(doc.extractor).toEqual({ name: 'text', version: 'rules 1' })
  })

  it('hashes a view into a larger buffer by its own bytes only', async () => {
    const backing = bytes('XXXXHello there.\nXXXX')
    const view = backing.subarray(4, 17)
    const doc = await extractFile('a.txt', view, nodeDeps)
    expect(doc.source.sha256).toBe(createHash('sha256').update('Hello there.\n').digest('hex'))
  })

  it('names what is wrong with an empty, broken or unreadable file', async () => {
    await expect(extractFile('a.txt', new Uint8Array(), nodeDeps)).rejects.toMatchObject({ code: 'empty' })
    await expect(extractFile('a.txt', bytes('   \n\n '), nodeDeps)).rejects.toMatchObject({ code: 'empty' })
    await expect(
      extractFile('a.docx', Uint8Array.of(0x50, 0x4b, 0x03, 0x04, 1, 2, 3), nodeDeps),
    ).rejects.toMatchObject({
      code: 'docx-invalid',
    })
    await expect(extractFile('a.pdf', bytes('%PDF-1.7\nnot really a pdf'), nodeDeps)).rejects.toMatchObject({
      code: 'pdf-invalid',
    })
    await expect(
      extractFile('a.png', Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0, 0), nodeDeps),
    ).rejects.toMatchObject({
      code: 'unsupported-format',
    })
  })

  it('takes only the words of a hostile page: nothing in it runs, and no script or markup comes out', async () => {
    const file = new Uint8Array(
      readFileSync(resolve(__dirname, '../../../../../../tests/fixtures/hostile.html')),
    )
    const doc = await extractFile('hostile.html', file, nodeDeps)
    const all = doc.blocks.map((b) => b.text).join('\n')
    expect(doc.blocks.filter((b) => b.kept).map((b) => b.text)).toEqual([
      'Convoys reach Homs',
      'Residents said convoys arrived overnight.',
      'Read the statement in full.',
      'Last paragraph.',
    ])
    expect(all).not.toMatch(/pwned|alert|display|evil|tracker|SVG words|typed/)
    expect((globalThis as { __pwned?: string }).__pwned).toBeUndefined()
    expect(doc.meta).toMatchObject({
      title: 'Hostile page about Homs',
      outlet: 'Example Wire',
      published: '2024-12-07',
    })
  })
})
