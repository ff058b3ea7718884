// User settings that the main process remembers between runs (userData/settings.json).
// Today only the folder of the last open/save dialog.
import { z } from 'zod'
import type { JsonFile } from './json-file'

const settingsSchema = z.object({
  lastFolder: z.string().min(1).optional(),
})
export type Settings = z.infer<typeof settingsSchema>

export interface SettingsStore {
  get(): Settings
  update(patch: Partial<Settings>): void
}

export function createSettingsStore(file: JsonFile): SettingsStore {
  const read = (): Settings => {
    const parsed = settingsSchema.safeParse(file.read())
    return parsed.success ? parsed.data : {}
  }
  return {
    get: read,
    update(patch) {
      file.write({ ...read(), ...patch })
    },
  }
}
