// Original files inside a workspace or case file: each one gzip-compressed
// (CompressionStream, the same in the browser, a worker and Node 20) and
// written as base64 beside the SHA-256 it must hash to. A file is untrusted
// input, so reading one back decompresses each original with a ceiling (its
// stated size, never more), recomputes the hash and refuses any mismatch by
// the file's name: a forged original would otherwise pass for the copy the
// analyst read.
import { sha256Hex } from '../text/sha256'

/** An original file as the store keeps it: its exact bytes and what it was. */
export interface OriginalFile {
  /** Hex SHA-256 of `bytes`; also the key documents refer to it by. */
  sha256: string
  name: string
  /** Media type, e.g. "application/pdf". */
  type: string
  size: number
  bytes: Uint8Array
}

/** An original as a workspace or case file carries it. */
export interface PackedOriginal {
  sha256: string
  name: string
  type: string
  size: number
  /** Base64 of the gzip-compressed bytes. */
  data: string
}

/** Runs bytes through a (de)compression stream, stopping with an error once the output passes `limit`. */
async function through(
  bytes: Uint8Array,
  transform: CompressionStream | DecompressionStream,
  limit = Infinity,
): Promise<Uint8Array> {
  const writer = transform.writable.getWriter()
  // Written while being read: awaiting the write first would stall on a full stream.
  // A corrupt input rejects here too; the reader below reports it.
  writer
    .write(bytes as Uint8Array<ArrayBuffer>)
    .then(() => writer.close())
    .catch(() => undefined)
  const reader = transform.readable.getReader()
  const chunks: Uint8Array[] = []
  let total = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    total += value.byteLength
    if (total > limit) {
      await reader.cancel().catch(() => undefined)
      throw new RangeError(`more than ${limit} bytes`)
    }
    chunks.push(value)
  }
  const out = new Uint8Array(total)
  let at = 0
  for (const chunk of chunks) {
    out.set(chunk, at)
    at += chunk.byteLength
  }
  return out
}

// Base64 in slices (a multiple of 3 bytes, 4 characters), so no call builds
// an argument list or a binary string the size of a whole PDF.
const SLICE = 3 * 16_384

export function toBase64(bytes: Uint8Array): string {
  const parts: string[] = []
  for (let i = 0; i < bytes.length; i += SLICE)
    parts.push(btoa(String.fromCharCode(...bytes.subarray(i, i + SLICE))))
  return parts.join('')
}

/** Bytes from base64; throws on anything that is not base64. */
export function fromBase64(text: string): Uint8Array {
  if (text.length % 4 !== 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(text)) throw new TypeError('not base64')
  const out = new Uint8Array((text.length / 4) * 3 - (text.endsWith('==') ? 2 : text.endsWith('=') ? 1 : 0))
  const step = (SLICE / 3) * 4
  let at = 0
  for (let i = 0; i < text.length; i += step) {
    const binary = atob(text.slice(i, i + step))
    for (let j = 0; j < binary.length; j++) out[at++] = binary.charCodeAt(j)
  }
  return out
}

/** An original ready for a file: its bytes gzip-compressed, as base64. */
export async function packOriginal(original: OriginalFile): Promise<PackedOriginal> {
  const { sha256, name, type, size, bytes } = original
  const data = toBase64(await through(bytes, new CompressionStream('gzip')))
  return { sha256, name, type, size, data }
}

export type UnpackResult = { ok: true; originals: OriginalFile[] } | { ok: false; error: string }

/**
 * The originals of a file, each decompressed and checked: its length must be
 * the size it states and its SHA-256 the hash it states, or nothing is
 * imported and the message names the file.
 */
export async function unpackOriginals(packed: readonly PackedOriginal[]): Promise<UnpackResult> {
  const originals: OriginalFile[] = []
  for (const [index, p] of packed.entries()) {
    const label = `originals[${index}] “${p.name.slice(0, 120)}”`
    let bytes: Uint8Array
    try {
      bytes = await through(fromBase64(p.data), new DecompressionStream('gzip'), p.size)
    } catch (error) {
      const why =
        error instanceof RangeError
          ? `it holds more than the ${p.size.toLocaleString('en')} bytes it states`
          : 'it is not gzip-compressed base64'
      return {
        ok: false,
        error: `${label}: data: The original cannot be read (${why}); nothing was imported.`,
      }
    }
    if (bytes.byteLength !== p.size)
      return {
        ok: false,
        error: `${label}: size: The original is ${bytes.byteLength.toLocaleString('en')} bytes, not the ${p.size.toLocaleString('en')} the file states; nothing was imported.`,
      }
    if ((await sha256Hex(bytes)) !== p.sha256)
      return {
        ok: false,
        error: `${label}: sha256: The original’s bytes do not match its SHA-256, so the file is damaged or forged; nothing was imported.`,
      }
    originals.push({ sha256: p.sha256, name: p.name, type: p.type, size: p.size, bytes })
  }
  return { ok: true, originals }
}

/** The hashes of the originals the documents were imported from, each once. */
export function originalsReferenced(documents: readonly { original?: { sha256: string } }[]): string[] {
  return [...new Set(documents.flatMap((d) => (d.original ? [d.original.sha256] : [])))]
}
