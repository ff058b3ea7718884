// Reading the documents a user opens and writing the files they export, with
// the errors phrased for the person at the keyboard ("report.txt is 31 MB…")
// rather than as raw errno strings.
import { readFile, stat, writeFile } from 'node:fs/promises'
import { basename } from 'node:path'
import { maxOpenFileBytes, type OpenedFile } from '@shared/ipc-contract'

/** Thrown for failures whose message is meant to be shown to the user as is. */
export class UserFacingError extends Error {
  override name = 'UserFacingError'
}

function megabytes(bytes: number): string {
  const mb = bytes / (1024 * 1024)
  return `${Number.isInteger(mb) ? String(mb) : mb.toFixed(1)} MB`
}

/**
 * Text as UTF-8 without a byte-order mark. Files saved as "Unicode" by Windows
 * Notepad are UTF-16 and announce it with their BOM, so those are honoured too.
 */
export function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2))
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2))
  // TextDecoder drops a UTF-8 BOM by default.
  return new TextDecoder('utf-8').decode(bytes)
}

function systemReason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code
  switch (code) {
    case 'EACCES':
    case 'EPERM':
      return 'permission denied'
    case 'ENOENT':
      return 'the file or folder does not exist'
    case 'ENOSPC':
      return 'the disk is full'
    case 'EROFS':
      return 'the disk is read-only'
    case 'EISDIR':
      return 'it is a folder'
    case 'EBUSY':
      return 'the file is in use by another program'
    default:
      return error instanceof Error ? error.message : String(error)
  }
}

/**
 * Read the chosen files. All sizes are checked before anything is read, so a
 * too-large file in a multi-selection fails fast and names the culprit.
 */
export async function readDocuments(
  paths: readonly string[],
  limit = maxOpenFileBytes,
): Promise<OpenedFile[]> {
  const sizes = await Promise.all(
    paths.map(async (path) => {
      try {
        return (await stat(path)).size
      } catch (error) {
        throw new UserFacingError(`Could not open "${basename(path)}": ${systemReason(error)}.`)
      }
    }),
  )
  sizes.forEach((size, i) => {
    if (size > limit) {
      const name = basename(paths[i] ?? '')
      throw new UserFacingError(
        `"${name}" is ${megabytes(size)}, over the ${megabytes(limit)} limit for opening files.`,
      )
    }
  })
  return Promise.all(
    paths.map(async (path) => {
      try {
        return { name: basename(path), content: decodeText(await readFile(path)) }
      } catch (error) {
        throw new UserFacingError(`Could not open "${basename(path)}": ${systemReason(error)}.`)
      }
    }),
  )
}

/** Write an export as UTF-8; failures name the full path the user chose. */
export async function writeDocument(path: string, content: string | Uint8Array): Promise<void> {
  try {
    await (typeof content === 'string' ? writeFile(path, content, 'utf8') : writeFile(path, content))
  } catch (error) {
    throw new UserFacingError(`Could not save "${path}": ${systemReason(error)}.`)
  }
}
