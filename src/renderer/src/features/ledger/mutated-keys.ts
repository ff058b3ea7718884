// Reads Dexie's `storagemutated` event: which primary keys of a table a
// committed transaction touched. Dexie fires it in the context that wrote and
// propagates it to workers and other windows over a BroadcastChannel, so the
// ledger worker learns of every edit without re-reading a table. The payload
// maps part names ("idb://<db>/<table>/" for primary keys) to range sets: a
// binary tree of { from, to, l, r } nodes; a write of a few records lists their
// keys (from === to), a bulk write of 50 or more, a range delete or a clear
// marks a range (the whole table: from -Infinity).

interface RangeNode {
  from?: unknown
  to?: unknown
  l?: RangeNode | null
  r?: RangeNode | null
}

export interface TableChanges {
  /** Primary keys written or deleted. */
  keys: string[]
  /** Key ranges touched as a whole (a bulk write, a clear): re-read them. */
  ranges: { from: unknown; to: unknown }[]
}

function walk(node: RangeNode | null | undefined, out: TableChanges) {
  if (!node || !('from' in node)) return
  walk(node.l, out)
  if (node.from === node.to && typeof node.from === 'string') out.keys.push(node.from)
  else out.ranges.push({ from: node.from, to: node.to })
  walk(node.r, out)
}

/** What a storagemutated event says about one table of one database; null when nothing. */
export function changesIn(parts: unknown, dbName: string, table: string): TableChanges | null {
  if (typeof parts !== 'object' || parts === null) return null
  const record = parts as Record<string, RangeNode | undefined>
  // `all` is Dexie's "everything may have changed" (a page restored from the back/forward cache).
  if (record.all) return { keys: [], ranges: [{ from: -Infinity, to: Infinity }] }
  const part = record[`idb://${dbName}/${table}/`]
  if (!part) return null
  const out: TableChanges = { keys: [], ranges: [] }
  walk(part, out)
  return out.keys.length || out.ranges.length ? out : null
}

/** Whether a range is a whole table (read everything again rather than a slice). */
export const isWholeTable = (r: { from: unknown; to: unknown }) =>
  r.from === -Infinity || typeof r.from !== 'string' || typeof r.to !== 'string'
