// Which records of a table changed, from Dexie's `storagemutated` event (fired
// in this window for its own writes, and in every other window and worker of
// the app through a BroadcastChannel). Views and indexes that keep their own
// copy of the data re-read just those records instead of the whole table.
import { Dexie, RangeSet, type IntervalTree, type ObservabilitySet } from 'dexie'

export interface TableChanges {
  /** Primary keys written or deleted. */
  keys: string[]
  /** A range changed (a clear, a bulk delete by range): re-read the whole table. */
  all: boolean
}

/** Keys past this many are cheaper to re-read as a whole table. */
const MANY = 5_000

export function changesTo(parts: ObservabilitySet, dbName: string, table: string): TableChanges | null {
  const tree = parts[`idb://${dbName}/${table}/`] as IntervalTree | undefined
  if (!tree) return null
  const keys: string[] = []
  // Called as a function, RangeSet wraps a plain tree (one that crossed a BroadcastChannel) to iterate it.
  for (const node of RangeSet(tree)) {
    if (typeof node.from === 'string' && node.from === node.to) keys.push(node.from)
    else return { keys: [], all: true }
    if (keys.length > MANY) return { keys: [], all: true }
  }
  return { keys, all: false }
}

/** Calls `listener` with every batch of committed changes, from this window and any other. */
export function onStoreChanges(listener: (parts: ObservabilitySet) => void): () => void {
  Dexie.on('storagemutated', listener)
  return () => Dexie.on('storagemutated').unsubscribe(listener)
}
