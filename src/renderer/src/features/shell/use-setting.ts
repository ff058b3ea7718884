// A remembered setting as React state: read live from the store (so every
// window agrees), written back on change.
import { useCallback } from 'react'
import { useLiveQuery } from 'dexie-react-hooks'
import { defaultSettings, type Settings } from '../../db/settings-repo'
import { settings } from '../../services'

export function useSetting<K extends keyof Settings>(
  key: K,
): [Settings[K], (value: Settings[K]) => void, boolean] {
  const stored = useLiveQuery(() => settings.get(key), [key])
  const set = useCallback((value: Settings[K]) => void settings.set(key, value), [key])
  return [stored ?? defaultSettings[key], set, stored !== undefined]
}
