// Asks the browser (or Electron) to keep the store from being evicted under
// storage pressure, and reports whether it agreed.
import { useEffect, useState } from 'react'

export type StorageStatus = 'checking' | 'persistent' | 'best-effort' | 'unavailable'

export function useStorageStatus(): StorageStatus {
  const [status, setStatus] = useState<StorageStatus>(() =>
    'persist' in (navigator.storage ?? {}) ? 'checking' : 'unavailable',
  )
  useEffect(() => {
    const storage = navigator.storage
    if (!('persist' in (storage ?? {}))) return
    let live = true
    storage
      .persisted()
      .then((already) => already || storage.persist())
      .then((granted) => live && setStatus(granted ? 'persistent' : 'best-effort'))
      .catch(() => live && setStatus('unavailable'))
    return () => {
      live = false
    }
  }, [])
  return status
}

export const storageStatusText: Record<StorageStatus, string> = {
  checking: 'Checking storage…',
  persistent: 'Storage: persistent',
  'best-effort': 'Storage: not persistent',
  unavailable: 'Storage: persistence unavailable',
}

export const storageStatusHint: Record<StorageStatus, string> = {
  checking: '',
  persistent:
    'The system has agreed to keep the workbench’s data even when disk space runs low. Keep exporting the workspace now and then as a backup all the same.',
  'best-effort':
    'Your work is saved on this machine as you go. The system has not promised to keep it if the disk runs very low on space (browsers grant this to sites they see often; the desktop app usually gets it). Nothing is wrong: export the workspace now and then (Import / export ▸ Export workspace) as a backup.',
  unavailable:
    'Your work is saved on this machine as you go, but this environment cannot promise to keep it if the disk runs very low on space. Export the workspace now and then (Import / export ▸ Export workspace) as a backup.',
}
