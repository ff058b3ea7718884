// Branded ids, so a document id cannot be passed where an annotation id is
// expected. They are plain strings at run time (urn-free UUIDs).
export type DocumentId = string & { readonly __brand: 'DocumentId' }
export type AnnotationId = string & { readonly __brand: 'AnnotationId' }

export const newDocumentId = (): DocumentId => crypto.randomUUID() as DocumentId
export const newAnnotationId = (): AnnotationId => crypto.randomUUID() as AnnotationId
