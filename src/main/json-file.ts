// Small JSON files in userData (window state, settings). Reads never throw:
// a missing or corrupt file reads as undefined and callers fall back to
// defaults. Writes go to a temporary file first and are renamed into place,
// so a crash mid-write cannot leave a half-written file behind.
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import { dirname } from 'node:path'

export interface JsonFile {
  /** The parsed contents, or undefined if the file is missing or not JSON. */
  read(): unknown
  /** Returns false (and logs) instead of throwing when the disk refuses. */
  write(value: unknown): boolean
}

export function jsonFile(filePath: string): JsonFile {
  return {
    read() {
      try {
        return JSON.parse(readFileSync(filePath, 'utf8')) as unknown
      } catch {
        return undefined
      }
    },
    write(value) {
      const temp = `${filePath}.${String(process.pid)}.tmp`
      try {
        mkdirSync(dirname(filePath), { recursive: true })
        writeFileSync(temp, `${JSON.stringify(value, null, 2)}\n`, 'utf8')
        renameSync(temp, filePath)
        return true
      } catch (error) {
        console.error(`Could not write ${filePath}`, error)
        return false
      }
    },
  }
}
