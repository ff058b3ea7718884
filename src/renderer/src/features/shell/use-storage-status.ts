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
  persistent: 'The system has agreed to keep the workbench’s data even when disk space runs low.',
  'best-effort':
    'The system may clear the workbench’s data when disk space runs low. Export the workspace regularly.',
  unavailable: 'This environment cannot keep the data persistent. Export the workspace regularly.',
}
