// Storage failures in words an analyst can act on. Quota errors arrive from
// Dexie wrapped (as inner errors) or bare, depending on where they were raised.
export class StorageFullError extends Error {
  constructor() {
    super(
      'The workbench has run out of storage space on this machine. Your unsaved text is kept: free some disk space, then save again.',
    )
    this.name = 'StorageFullError'
  }
}

export function isQuotaError(error: unknown): boolean {
  for (let e: unknown = error; e; e = (e as { inner?: unknown }).inner) {
    const name = (e as { name?: string }).name
    if (name === 'QuotaExceededError' || name === 'QuotaExceeded') return true
  }
  return false
}

/** Runs a write; quota errors become a StorageFullError, others pass through. */
export async function guardWrite<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write()
  } catch (error) {
    if (isQuotaError(error)) throw new StorageFullError()
    throw error
  }
}

export function describeError(error: unknown): string {
  if (error instanceof Error) return error.message
  return String(error)
}
