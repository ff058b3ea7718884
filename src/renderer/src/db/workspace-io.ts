// A whole case in and out of the store: the workspace file (everything, for a
// colleague or a backup), and W3C Web Annotation JSON-LD (annotations and
// claims, for other annotation tools). Imports validate everything before
// touching the store, take an automatic backup, and apply in one transaction.
import { anchor } from '@shared/anchoring'
import type { AnnotationRecord } from '@shared/domain/annotation'
import { newAnnotationId } from '@shared/domain/ids'
import { claimToW3C, inTextOrder, parseW3CAnnotations, toW3CAnnotation } from '@shared/export/w3c'
import {
  describeMerge,
  parseWorkspace,
  planMerge,
  serialiseWorkspace,
  type WorkspaceData,
} from '@shared/export/workspace'
import type { WorkbenchDB } from './db'
import { guardWrite } from './errors'

const dataTables = (db: WorkbenchDB) => [
  db.documents,
  db.annotations,
  db.claims,
  db.sources,
  db.briefings,
  db.audit,
]
const BACKUPS_KEPT = 5

export async function collectWorkspace(db: WorkbenchDB): Promise<WorkspaceData> {
  return db.transaction('r', dataTables(db), async () => ({
    documents: await db.documents.toArray(),
    annotations: await db.annotations.toArray(),
    claims: await db.claims.toArray(),
    sources: await db.sources.toArray(),
    briefings: await db.briefings.toArray(),
    audit: await db.audit.toArray(),
  }))
}

export const exportWorkspace = async (db: WorkbenchDB) => serialiseWorkspace(await collectWorkspace(db))

export type ImportOutcome =
  { ok: true; summary: string[]; conflicts: string[] } | { ok: false; error: string }

/** Validates and plans an import without writing anything: what the analyst confirms. */
export async function previewWorkspaceImport(
  db: WorkbenchDB,
  text: string,
  who: string,
): Promise<ImportOutcome> {
  const parsed = parseWorkspace(text)
  if (!parsed.ok) return parsed
  const plan = planMerge(await collectWorkspace(db), parsed.data, { who })
  return { ok: true, summary: describeMerge(plan), conflicts: plan.conflicts.map((c) => c.message) }
}

/** Backs up the current workspace, then merges the file in one transaction: all of it or none. */
export async function importWorkspace(db: WorkbenchDB, text: string, who: string): Promise<ImportOutcome> {
  const parsed = parseWorkspace(text)
  if (!parsed.ok) return parsed
  return guardWrite(() =>
    db.transaction('rw', [...dataTables(db), db.backups], async () => {
      const current = await collectWorkspace(db)
      const at = new Date().toISOString()
      await db.backups.add({
        id: crypto.randomUUID(),
        at,
        reason: 'Before a workspace import',
        json: serialiseWorkspace(current, at),
      })
      const old = await db.backups.orderBy('at').reverse().offset(BACKUPS_KEPT).primaryKeys()
      await db.backups.bulkDelete(old)
      const plan = planMerge(current, parsed.data, { who, at })
      const w = plan.writes
      await db.documents.bulkPut(w.documents)
      await db.annotations.bulkPut(w.annotations)
      await db.claims.bulkPut(w.claims)
      await db.sources.bulkPut(w.sources)
      await db.briefings.bulkPut(w.briefings)
      await db.audit.bulkAdd(w.audit)
      return {
        ok: true as const,
        summary: describeMerge(plan),
        conflicts: plan.conflicts.map((c) => c.message),
      }
    }),
  )
}

/** Copies the current workspace into the backups, keeping the newest few. */
async function backUp(db: WorkbenchDB, reason: string): Promise<WorkspaceData> {
  const current = await collectWorkspace(db)
  const at = new Date().toISOString()
  await db.backups.add({ id: crypto.randomUUID(), at, reason, json: serialiseWorkspace(current, at) })
  const old = await db.backups.orderBy('at').reverse().offset(BACKUPS_KEPT).primaryKeys()
  await db.backups.bulkDelete(old)
  return current
}

/**
 * Puts the workspace back as it was in a backup: the backup's records replace
 * everything. What is there now is backed up first, so a restore can itself be
 * restored away.
 */
export async function restoreBackup(db: WorkbenchDB, id: string): Promise<void> {
  const backup = await db.backups.get(id)
  if (!backup) throw new Error('That backup no longer exists.')
  const parsed = parseWorkspace(backup.json)
  if (!parsed.ok) throw new Error(`The backup cannot be read: ${parsed.error}`)
  const data = parsed.data
  await guardWrite(() =>
    db.transaction('rw', [...dataTables(db), db.backups], async () => {
      await backUp(db, 'Before restoring a backup')
      for (const table of dataTables(db)) await table.clear()
      await db.documents.bulkAdd(data.documents)
      await db.annotations.bulkAdd(data.annotations)
      await db.claims.bulkAdd(data.claims)
      await db.sources.bulkAdd(data.sources)
      await db.briefings.bulkAdd(data.briefings)
      await db.audit.bulkAdd(data.audit)
    }),
  )
}

/** Every annotation and claim as one W3C AnnotationCollection, grades as machine tags. */
export async function exportW3C(db: WorkbenchDB): Promise<{ json: string; count: number }> {
  const data = await collectWorkspace(db)
  // Document by document, each in the order of its text.
  const byDocument = new Map<string, AnnotationRecord[]>()
  for (const a of data.annotations) {
    const list = byDocument.get(a.documentId)
    if (list) list.push(a)
    else byDocument.set(a.documentId, [a])
  }
  const items = [
    ...data.documents.flatMap((doc) =>
      inTextOrder(doc.text, byDocument.get(doc.id) ?? []).map((a) => toW3CAnnotation(doc, a)),
    ),
    ...data.claims.flatMap((c) => claimToW3C(c, { documents: data.documents, sources: data.sources })),
  ]
  const collection = {
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    type: 'AnnotationCollection',
    label: 'Analyst Workbench annotations and claims',
    total: items.length,
    first: { type: 'AnnotationPage', startIndex: 0, items },
  }
  return { json: JSON.stringify(collection, null, 2), count: items.length }
}

/**
 * Imports W3C annotations onto the documents whose text they were made on
 * (matched by the text's hash). One already present (same id, or same
 * passage and note) is skipped, as are exported claims; one that no longer
 * anchors is kept and shown as needing review rather than attached elsewhere.
 */
export async function importW3C(
  db: WorkbenchDB,
  text: string,
): Promise<{ ok: true; added: number; skipped: number; orphaned: number } | { ok: false; error: string }> {
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch {
    return { ok: false, error: 'This file is not valid JSON.' }
  }
  const documents = await db.documents.toArray()
  const parsed = parseW3CAnnotations(json, {
    documentsByHash: new Map(documents.map((d) => [d.textHash, { id: d.id, text: d.text }])),
  })
  if (!parsed.ok) return parsed
  const existing = await db.annotations.toArray()
  const key = (a: Pick<AnnotationRecord, 'documentId' | 'note' | 'selectors'>) =>
    `${a.documentId}|${a.selectors.position.start}|${a.selectors.position.end}|${a.selectors.quote.exact}|${a.note}`
  const seen = new Set(existing.map(key))
  const ids = new Set<string>(existing.map((a) => a.id))
  const now = new Date().toISOString()
  const texts = new Map(documents.map((d) => [d.id, d.text]))
  const fresh: AnnotationRecord[] = []
  let orphaned = 0
  for (const draft of parsed.annotations) {
    // Claims travel as annotations for other tools; here they come back through the workspace file.
    if (draft.originalId?.startsWith('urn:analyst-workbench:claim:')) continue
    const id = draft.originalId?.replace(/^urn:uuid:/, '')
    if ((id && ids.has(id)) || seen.has(key(draft))) continue
    if (anchor(texts.get(draft.documentId) ?? '', draft.selectors).status === 'orphaned') orphaned++
    const record: AnnotationRecord = {
      id: id && /^[0-9a-f-]{36}$/i.test(id) ? (id as AnnotationRecord['id']) : newAnnotationId(),
      documentId: draft.documentId,
      selectors: draft.selectors,
      note: draft.note,
      tags: draft.tags,
      created: draft.created ?? now,
      modified: draft.modified ?? now,
    }
    fresh.push(record)
    seen.add(key(record))
    ids.add(record.id)
  }
  await guardWrite(() => db.annotations.bulkAdd(fresh))
  return { ok: true, added: fresh.length, skipped: parsed.annotations.length - fresh.length, orphaned }
}
