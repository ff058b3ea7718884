// The message contract of the anchoring worker: reading an annotation file and
// ranking target documents, planning its import onto one document, and finding
// candidate passages for orphaned annotations. Every message carries the id of
// its job; a job answers with progress messages, then one result, error or
// cancelled message. Everything here is structured-cloneable plain data.
import type { AnchorResult, PassageCandidate, TextSelectors } from '@shared/anchoring'
import type { AnnotationRecord } from '@shared/domain/annotation'
import type { AnnotationFileFormat, UnreadableRecord } from '@shared/import/annotation-file'
import type { ImportPlan, PreviewItem } from '@shared/import/import-plan'
import type { TargetDocument, TargetFit } from '@shared/import/import-targets'
import type { CaseId } from '@shared/domain/ids'

/** What the chooser needs to know about the file, without its thousands of records. */
export interface FileSummary {
  format: AnnotationFileFormat
  label: string | null
  /** Records read (each will get a preview item). */
  annotations: number
  unreadable: UnreadableRecord[]
}

export interface ReadAndRankRequest {
  type: 'read-and-rank'
  id: number
  /** The file's JSON text, as read from disk. */
  fileText: string
  documents: TargetDocument[]
}
export type ReadAndRankResult =
  { ok: true; file: FileSummary; fits: TargetFit[] } | { ok: false; error: string }

export interface PlanRequest {
  type: 'plan'
  id: number
  fileText: string
  /** The chosen document; new annotations join its case. */
  target: TargetDocument & { caseId: CaseId }
  /** The annotations already on the target document. */
  existing: AnnotationRecord[]
  /** Every annotation id in the workspace (a kept id must not collide). */
  takenIds: string[]
  /** ISO time of the import. */
  now: string
}
export type PlanResult = { ok: true; plan: ImportPlan } | { ok: false; error: string }
/**
 * The plan as the worker sends it: its preview items go ahead in parts of
 * PLAN_PART_SIZE, so no single message takes the main thread long to receive;
 * the client puts the plan back together (writes are the items' writes).
 */
export type PlanResultMessage =
  { ok: true; plan: Omit<ImportPlan, 'items' | 'writes'> } | { ok: false; error: string }
export const PLAN_PART_SIZE = 500

export interface CandidatesRequest {
  type: 'candidates'
  id: number
  text: string
  orphans: Array<{ key: string; selectors: TextSelectors }>
  /** Passages per orphan. */
  n: number
}
export type CandidatesResult = Record<string, PassageCandidate[]>

/** Anchor many annotations on one text (a large document's, off the main thread). */
export interface AnchorAllRequest {
  type: 'anchor-all'
  id: number
  text: string
  selectors: TextSelectors[]
}
export type AnchorAllResult = AnchorResult[]

export interface CancelRequest {
  type: 'cancel'
  id: number
}

export type AnchorRequest =
  ReadAndRankRequest | PlanRequest | CandidatesRequest | AnchorAllRequest | CancelRequest

/** What the worker posts as each job's result. */
export interface ResultOf {
  'read-and-rank': ReadAndRankResult
  plan: PlanResultMessage
  candidates: CandidatesResult
  'anchor-all': AnchorAllResult
}

export type AnchorResponse =
  | { type: 'progress'; id: number; done: number; total: number }
  | { type: 'plan-part'; id: number; items: PreviewItem[] }
  | { type: 'result'; id: number; result: ResultOf[keyof ResultOf] }
  | { type: 'error'; id: number; message: string }
  | { type: 'cancelled'; id: number }
