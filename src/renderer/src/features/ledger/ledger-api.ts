// The ledger's message contract: what the main thread may ask the ledger
// engine (which runs in a worker, or in process under Vitest) and what it is
// told back. Every argument and answer is structured-clonable data.
import type { ClaimAnchor, ClaimRecord } from '@shared/domain/claim'
import type { Suggestion } from '@shared/analysis/corroboration'
import type { ClaimRow } from '../claims/claim-row'
import type { MatrixCounts } from '../claims/matrix'
import type { SourceRow } from '../sources/source-row'
import type { RowWindow, TableQuery, TableResult } from '../table/engine/query'

export interface LedgerStatus {
  /** The case open (null: every claim). */
  caseId: string | null
  /** Claims are still arriving from the store. */
  loading: boolean
  /** Claims loaded so far, and how many the store holds for the case. */
  loaded: number
  total: number
  /** Bumped by every change the ledger applied (claims, sources, document titles). */
  revision: number
}

/** A claim as a picker shows it: equal wordings told apart by source, date and document. */
export interface ClaimChoice {
  id: ClaimRecord['id']
  statement: string
  source: string
  /** When it happened, else when it was reported ('' when neither). */
  date: string
  /** Title of the document its first passage is in ('' when none). */
  document: string
}

export interface LedgerApi {
  /** Loads a case's claims and sources (null: all of them) and follows their changes. */
  open(caseId: string | null): Promise<LedgerStatus>
  status(): Promise<LedgerStatus>
  /** The claims table. */
  query(q: TableQuery, window: RowWindow, locate?: string): Promise<TableResult<ClaimRow>>
  ids(q: TableQuery, window?: RowWindow): Promise<string[]>
  countShown(q: TableQuery, ids: readonly string[]): Promise<number>
  groupKeys(q: TableQuery): Promise<string[]>
  /** Claims per reliability × credibility cell, over every claim. */
  matrix(): Promise<MatrixCounts>
  /** Every source with how many claims rest on it. */
  sourceRows(): Promise<SourceRow[]>
  /** Corroboration suggestions for one claim. */
  suggestions(claimId: string): Promise<Suggestion[]>
  /** Claims matching every word of `text` (newest first), for pickers; `total` counts all matches. */
  searchClaims(
    text: string,
    options: { limit: number; exclude?: readonly string[] },
  ): Promise<{ total: number; items: ClaimChoice[] }>
  /** Each claim's current version, -1 for a claim that is gone (citing many claims at once). */
  versions(ids: readonly string[]): Promise<Int32Array>
  /** The passages of every claim that rests on this document. */
  anchorsIn(documentId: string): Promise<ClaimAnchor[]>
  /** Every claim as CSV (the export). */
  claimsCsv(): Promise<string>
}

export type LedgerMethod = keyof LedgerApi

/** Main thread → ledger. */
export interface LedgerRequest {
  id: number
  method: LedgerMethod
  args: unknown[]
}

/** Ledger → main thread: an answer, or news of a change. */
export type LedgerMessage =
  | { id: number; ok: true; value: unknown }
  | { id: number; ok: false; error: string }
  | { event: 'changed'; status: LedgerStatus }
