// The one text decoder for every opened file, on the desktop and on the web:
// UTF-8 (a byte-order mark dropped) or UTF-16 announced by its BOM, and a
// clear refusal of anything else rather than text silently turned into "�".
export class NotUtf8Error extends Error {
  constructor(readonly fileName: string) {
    super(`“${fileName}” is not valid UTF-8 text. Save it as UTF-8 and try again.`)
    this.name = 'NotUtf8Error'
  }
}

/** Decodes a text file's bytes; throws NotUtf8Error when they are not UTF-8 (or BOM-marked UTF-16). */
export function decodeText(bytes: Uint8Array, fileName: string): string {
  try {
    // Files saved as "Unicode" by Windows Notepad are UTF-16 and say so with a BOM.
    if (bytes[0] === 0xff && bytes[1] === 0xfe)
      return new TextDecoder('utf-16le', { fatal: true }).decode(bytes.subarray(2))
    if (bytes[0] === 0xfe && bytes[1] === 0xff)
      return new TextDecoder('utf-16be', { fatal: true }).decode(bytes.subarray(2))
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    throw new NotUtf8Error(fileName)
  }
}
