// Moving one case between workbenches: what a case file holds (the case, its
// documents, annotations, claims, briefings and ACH matrices, their audit
// entries, the sources those claims use, with what they relay, and the original
// files of its documents), and rehoming a file's
// records into another case, either a new one or one already open.
//
// Record ids are kept wherever they are free, so a case exported, imported
// into a fresh profile and exported again gives the same file. An id already
// taken in the store (the same case imported twice as a new case, say) is
// replaced by a fresh one, and every reference to it follows: annotation and
// anchor documents, claim links, briefing citations and matrices, matrix rows,
// audit entries.
import type { CaseRecord } from '../domain/case'
import type { ClaimRecord } from '../domain/claim'
import type { CaseId, SourceId } from '../domain/ids'
import type { SourceRecord } from '../domain/source'
import { originalsReferenced } from './originals'
import type { WorkspaceData } from './workspace'

/** One case's share of a workspace: its records, the sources its claims use, their audit entries and the original files of its documents. */
export function caseSlice(all: WorkspaceData, caseId: CaseId): WorkspaceData {
  const inCase = <T extends { caseId: CaseId }>(records: readonly T[]) =>
    records.filter((r) => r.caseId === caseId)
  const claims = inCase(all.claims)
  const annotations = inCase(all.annotations)
  const achMatrices = inCase(all.achMatrices)
  const sources = sourcesUsed(claims, all.sources)
  const ids = new Set<string>([
    ...claims.map((c) => c.id),
    ...annotations.map((a) => a.id),
    ...sources.map((s) => s.id),
    ...achMatrices.map((m) => m.id),
  ])
  const documents = inCase(all.documents)
  const referenced = new Set(originalsReferenced(documents))
  const originals = all.originals?.filter((o) => referenced.has(o.sha256))
  return {
    cases: all.cases.filter((c) => c.id === caseId),
    documents,
    annotations,
    claims,
    sources,
    briefings: inCase(all.briefings),
    achMatrices,
    audit: all.audit.filter((a) => ids.has(a.entityId)),
    ...(originals?.length ? { originals } : {}),
  }
}

/** The sources claims are attributed to or reported through, and every source those relay. */
export function sourcesUsed(
  claims: readonly Pick<ClaimRecord, 'attributedTo' | 'reportedVia'>[],
  sources: readonly SourceRecord[],
): SourceRecord[] {
  const byId = new Map(sources.map((s) => [s.id, s]))
  const used = new Set<SourceId>()
  const follow = (id: SourceId | null) => {
    for (let at = id; at && !used.has(at); at = byId.get(at)?.relays ?? null) used.add(at)
  }
  for (const c of claims) {
    follow(c.attributedTo)
    follow(c.reportedVia)
  }
  return sources.filter((s) => used.has(s.id))
}

export interface RehomeOptions {
  /** The case the records go into. */
  target: CaseRecord
  /** Ids already used in the store, per collection: records with these ids get fresh ones. */
  taken: (
    collection: 'documents' | 'annotations' | 'claims' | 'briefings' | 'achMatrices' | 'audit',
    id: string,
  ) => boolean
  newId?: () => string
}

/** The file's records moved into `target` (which replaces the file's cases), with taken ids renewed. */
export function rehome(data: WorkspaceData, options: RehomeOptions): WorkspaceData {
  const fresh = options.newId ?? (() => crypto.randomUUID())
  const caseId = options.target.id
  const renew = (collection: Parameters<RehomeOptions['taken']>[0], records: readonly { id: string }[]) =>
    new Map(records.filter((r) => options.taken(collection, r.id)).map((r) => [r.id, fresh()] as const))
  const docIds = renew('documents', data.documents)
  const claimIds = renew('claims', data.claims)
  const idOf = <T extends string>(map: Map<string, string>, id: T): T => (map.get(id) ?? id) as T
  const annotationIds = renew('annotations', data.annotations)
  const briefingIds = renew('briefings', data.briefings)
  const matrixIds = renew('achMatrices', data.achMatrices)
  const auditIds = renew('audit', data.audit)
  return {
    cases: [options.target],
    documents: data.documents.map((d) => ({ ...d, id: idOf(docIds, d.id), caseId })),
    annotations: data.annotations.map((a) => ({
      ...a,
      id: idOf(annotationIds, a.id),
      documentId: idOf(docIds, a.documentId),
      caseId,
    })),
    claims: data.claims.map((c) => ({
      ...c,
      id: idOf(claimIds, c.id),
      caseId,
      anchors: c.anchors.map((a) => ({ ...a, documentId: idOf(docIds, a.documentId) })),
      links: c.links.map((l) => ({ ...l, target: idOf(claimIds, l.target) })),
    })),
    sources: data.sources,
    briefings: data.briefings.map((b) => ({
      ...b,
      id: idOf(briefingIds, b.id),
      caseId,
      citedClaims: b.citedClaims.map((c) => ({ ...c, claimId: idOf(claimIds, c.claimId) })),
      keyJudgments: b.keyJudgments.map((k) => ({
        ...k,
        claimIds: k.claimIds.map((id) => idOf(claimIds, id)),
      })),
      ...(b.achMatrixIds && { achMatrixIds: b.achMatrixIds.map((id) => idOf(matrixIds, id)) }),
    })),
    achMatrices: data.achMatrices.map((m) => ({
      ...m,
      id: idOf(matrixIds, m.id),
      caseId,
      // Hypothesis and row ids are local to their matrix: only the claims they cite follow.
      evidence: m.evidence.map((e) =>
        e.item.kind === 'claim' ? { ...e, item: { ...e.item, claimId: idOf(claimIds, e.item.claimId) } } : e,
      ),
    })),
    audit: data.audit.map((a) => ({
      ...a,
      id: idOf(auditIds, a.id),
      entityId: idOf(
        a.entity === 'claim'
          ? claimIds
          : a.entity === 'annotation'
            ? annotationIds
            : a.entity === 'matrix'
              ? matrixIds
              : new Map<string, string>(),
        a.entityId,
      ),
    })),
    // Content-addressed: an original is the same file whatever case holds it.
    ...(data.originals ? { originals: data.originals } : {}),
  }
}
