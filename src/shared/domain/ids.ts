// Branded ids, so a document id cannot be passed where an annotation id is
// expected. They are plain strings at run time (urn-free UUIDs).
export type DocumentId = string & { readonly __brand: 'DocumentId' }
export type AnnotationId = string & { readonly __brand: 'AnnotationId' }

export const newDocumentId = (): DocumentId => crypto.randomUUID() as DocumentId
export const newAnnotationId = (): AnnotationId => crypto.randomUUID() as AnnotationId
export type ClaimId = string & { readonly __brand: 'ClaimId' }
export type SourceId = string & { readonly __brand: 'SourceId' }
export type BriefingId = string & { readonly __brand: 'BriefingId' }
export const newClaimId = (): ClaimId => crypto.randomUUID() as ClaimId
export const newSourceId = (): SourceId => crypto.randomUUID() as SourceId
export const newBriefingId = (): BriefingId => crypto.randomUUID() as BriefingId
export type CaseId = string & { readonly __brand: 'CaseId' }
export const newCaseId = (): CaseId => crypto.randomUUID() as CaseId
export type AchMatrixId = string & { readonly __brand: 'AchMatrixId' }
export const newAchMatrixId = (): AchMatrixId => crypto.randomUUID() as AchMatrixId
