// The messages between the app and the search worker. The app builds the
// index from the store in batches (the worker reports progress and can be
// cancelled), sends each change as it is saved, and asks queries; the worker
// answers each query, or says a newer one replaced it.
import type { InputRef, SearchInput, SearchQuery, SearchResults } from './types'

export type SearchRequest =
  /** Starts building a fresh index; one still being built is cancelled. `total`: rows to expect, for progress. */
  | { type: 'build-start'; buildId: number; total: number | null }
  | { type: 'build-batch'; buildId: number; inputs: SearchInput[] }
  /** No more batches: finish and put the new index in service. */
  | { type: 'build-end'; buildId: number }
  | { type: 'build-cancel'; buildId: number }
  /** Rows added or changed (a changed row replaces its old version). */
  | { type: 'upsert'; inputs: SearchInput[] }
  | { type: 'remove'; refs: InputRef[] }
  | { type: 'query'; queryId: number; query: SearchQuery }

export type SearchEvent =
  | { type: 'build-progress'; buildId: number; done: number; total: number | null }
  | {
      type: 'build-done'
      buildId: number
      /** Index records (a document counts once plus once per paragraph). */
      records: number
      /** From build-start to the new index in service. */
      ms: number
      /** The longest stretch the worker spent without reading its messages. */
      longestSliceMs: number
    }
  | { type: 'build-cancelled'; buildId: number }
  /** `indexing`: a build is under way, so these results come from the index as it was before it. */
  | { type: 'results'; queryId: number; results: SearchResults; ms: number; indexing: boolean }
  /** A newer query arrived before this one ran: it will not be answered. */
  | { type: 'superseded'; queryId: number }
  | { type: 'error'; message: string; queryId?: number; buildId?: number }
