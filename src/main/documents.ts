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
 * Read the chosen files as bytes (the renderer decodes them, so the desktop
 * and the web read a file alike). All sizes are checked before anything is
 * read, so a too-large file in a multi-selection fails fast and names it.
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
        const buffer = await readFile(path)
        return {
          name: basename(path),
          bytes: new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength),
        }
      } catch (error) {
        throw new UserFacingError(`Could not open "${basename(path)}": ${systemReason(error)}.`)
      }
    }),
  )
}

/** Write an export: text as UTF-8, bytes exactly as given; failures name the full path the user chose. */
export async function writeDocument(path: string, content: string | Uint8Array): Promise<void> {
  try {
    await (typeof content === 'string' ? writeFile(path, content, 'utf8') : writeFile(path, content))
  } catch (error) {
    throw new UserFacingError(`Could not save "${path}": ${systemReason(error)}.`)
  }
}
