import { gzipSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { sha256Hex } from '../text/sha256'
import {
  fromBase64,
  packOriginal,
  toBase64,
  unpackOriginals,
  type OriginalFile,
  type PackedOriginal,
} from './originals'

async function original(name: string, bytes: Uint8Array, type = 'application/pdf'): Promise<OriginalFile> {
  return { sha256: await sha256Hex(bytes), name, type, size: bytes.byteLength, bytes }
}

// Bytes no text round trip would survive: a BOM, NULs, lone high bytes, CR LF.
const awkward = new Uint8Array([0xef, 0xbb, 0xbf, 0x25, 0x50, 0x44, 0x46, 0x00, 0xff, 0xfe, 0x80, 0x0d, 0x0a])
/** Byte-for-byte equality (vitest's deep equality walks a large typed array element by element). */
const same = (a: Uint8Array, b: Uint8Array) => Buffer.from(a).equals(Buffer.from(b))

/** Deterministic noise that gzip cannot shrink (xorshift). */
function noise(length: number): Uint8Array {
  const out = new Uint8Array(length)
  let x = 2463534242
  for (let i = 0; i < length; i++) {
    x ^= x << 13
    x ^= x >>> 17
    x ^= x << 5
    out[i] = x & 0xff
  }
  return out
}

describe('base64', () => {
  it('agrees with Node’s encoder on every length around a slice boundary', () => {
    for (const length of [0, 1, 2, 3, 49_151, 49_152, 49_153, 100_000]) {
      const bytes = noise(length)
      const text = toBase64(bytes)
      expect(text).toBe(Buffer.from(bytes).toString('base64'))
      expect(same(fromBase64(text), bytes)).toBe(true)
    }
  })

  it('refuses text that is not base64', () => {
    expect(() => fromBase64('abc')).toThrow('not base64')
    expect(() => fromBase64('ab!d')).toThrow('not base64')
  })
})

describe('packOriginal / unpackOriginals', () => {
  it('gives every original back byte for byte: awkward bytes, an empty file, 1 MB of noise', async () => {
    const files = [
      await original('report.pdf', awkward),
      await original('empty.txt', new Uint8Array(0), 'text/plain'),
      await original('noise.bin', noise(1024 * 1024), 'application/octet-stream'),
    ]
    const packed = await Promise.all(files.map(packOriginal))
    // Real gzip, which any tool reads: the first bytes are its magic number.
    expect([...fromBase64(packed[0]!.data).subarray(0, 2)]).toEqual([0x1f, 0x8b])
    const back = await unpackOriginals(JSON.parse(JSON.stringify(packed)) as PackedOriginal[])
    if (!back.ok) throw new Error(back.error)
    expect(back.originals.map(({ bytes: _, ...rest }) => rest)).toEqual(
      files.map(({ bytes: _, ...rest }) => rest),
    )
    back.originals.forEach((o, i) => expect(same(o.bytes, files[i]!.bytes), o.name).toBe(true))
  })

  it('compresses: a text page takes a fraction of its size', async () => {
    const page = new TextEncoder().encode('<p>Convoys reached Homs overnight.</p>\n'.repeat(5000))
    const packed = await packOriginal(await original('page.html', page, 'text/html'))
    expect(packed.data.length).toBeLessThan(page.byteLength / 20)
  })

  it('refuses a tampered original by its name, even with its size and hash left as they were', async () => {
    const good = await original('report.pdf', awkward)
    const tampered = new Uint8Array(awkward)
    tampered[5] = 0x51 // "%PDF" becomes "%PQF"
    const forged: PackedOriginal = {
      ...(await packOriginal(good)),
      data: Buffer.from(gzipSync(tampered)).toString('base64'),
    }
    const ok = await packOriginal(await original('other.html', noise(64), 'text/html'))
    expect(await unpackOriginals([ok, forged])).toEqual({
      ok: false,
      error:
        'originals[1] “report.pdf”: sha256: The original’s bytes do not match its SHA-256, so the file is damaged or forged; nothing was imported.',
    })
  })

  it('refuses an original whose length is not the size it states', async () => {
    const packed = await packOriginal(await original('report.pdf', awkward))
    expect(await unpackOriginals([{ ...packed, size: awkward.byteLength + 1 }])).toEqual({
      ok: false,
      error:
        'originals[0] “report.pdf”: size: The original is 13 bytes, not the 14 the file states; nothing was imported.',
    })
  })

  it('stops decompressing at the stated size: a small file that inflates to 50 MB is refused early', async () => {
    const bomb = gzipSync(new Uint8Array(50 * 1024 * 1024))
    expect(bomb.byteLength).toBeLessThan(100_000)
    const packed: PackedOriginal = {
      sha256: 'e'.repeat(64),
      name: 'small.txt',
      type: 'text/plain',
      size: 10,
      data: Buffer.from(bomb).toString('base64'),
    }
    expect(await unpackOriginals([packed])).toEqual({
      ok: false,
      error:
        'originals[0] “small.txt”: data: The original cannot be read (it holds more than the 10 bytes it states); nothing was imported.',
    })
  })

  it('refuses data that is not gzip or not base64', async () => {
    const base = await packOriginal(await original('report.pdf', awkward))
    for (const data of [Buffer.from('plain, not gzip').toString('base64'), 'not base64!'])
      expect(await unpackOriginals([{ ...base, data }])).toEqual({
        ok: false,
        error:
          'originals[0] “report.pdf”: data: The original cannot be read (it is not gzip-compressed base64); nothing was imported.',
      })
  })
})
