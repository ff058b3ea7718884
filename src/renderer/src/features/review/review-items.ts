// What "Needs review" lists on a document: annotations that no longer anchor,
// and passages of claims that no longer anchor, each with the selectors it
// was made with and a key that names it across renders.
import type { TextSelectors } from '@shared/anchoring'
import type { AnnotationRecord } from '@shared/domain/annotation'
import type { ClaimRecord } from '@shared/domain/claim'

export type ReviewItem =
  | { kind: 'annotation'; key: string; selectors: TextSelectors; record: AnnotationRecord }
  | { kind: 'claim'; key: string; selectors: TextSelectors; claim: ClaimRecord; index: number }

export const annotationReview = (record: AnnotationRecord): ReviewItem => ({
  kind: 'annotation',
  key: `annotation:${record.id}`,
  selectors: record.selectors,
  record,
})

export const claimPassageReview = (claim: ClaimRecord, index: number): ReviewItem => ({
  kind: 'claim',
  key: `claim:${claim.id}:${index}`,
  selectors: claim.anchors[index]!.selectors,
  claim,
  index,
})
