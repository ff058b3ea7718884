// Cases and the whole workspace in and out of the store. The workspace file
// (everything: the backup format) and the case file (one investigation, with
// the sources its claims use) share one format and one path in: validate
// everything before touching the store, show the plan, back the workspace up,
// then merge in one transaction (all of it or none), as one undoable step.
import { defaultMarking, type CaseRecord } from '@shared/domain/case'
import { newCaseId, type CaseId } from '@shared/domain/ids'
import { caseSlice, rehome } from '@shared/export/case-file'
import { originalsReferenced, packOriginal, type OriginalFile } from '@shared/export/originals'
import {
  CASE_FORMAT,
  describeMerge,
  LEGACY_CASE,
  planMerge,
  readWorkspace,
  serialiseWorkspace,
  type CollectionMerge,
  type MergePlan,
  type WorkspaceData,
  type WorkspaceFile,
} from '@shared/export/workspace'
import { withDocumentIds, type WorkbenchDB } from './db'
import { guardWrite } from './errors'
import { auditOf } from './ledger-repo'
import type { RecordChange } from './history'

const dataTables = (db: WorkbenchDB) => [
  db.cases,
  db.documents,
  db.annotations,
  db.claims,
  db.sources,
  db.briefings,
  db.achMatrices,
  db.audit,
]
const BACKUPS_KEPT = 5

/**
 * Every record of the workspace. The original files are left out: the
 * automatic backups taken before an import and a restore use this inside
 * their own write transaction, where compressing could not run, and a backup
 * only has to bring records back (restoring never deletes an original, and
 * documents keep their provenance without the bytes). exportWorkspace adds
 * them.
 */
export async function collectWorkspace(db: WorkbenchDB): Promise<WorkspaceData> {
  return db.transaction('r', dataTables(db), async () => ({
    cases: await db.cases.toArray(),
    documents: await db.documents.toArray(),
    annotations: await db.annotations.toArray(),
    claims: await db.claims.toArray(),
    sources: await db.sources.toArray(),
    briefings: await db.briefings.toArray(),
    achMatrices: await db.achMatrices.toArray(),
    audit: await db.audit.toArray(),
  }))
}

/**
 * The records with the original files their documents were imported from,
 * compressed. The bytes are read first and compressed after: a Dexie
 * transaction ends at the first await on anything that is not the store.
 */
async function withOriginals(db: WorkbenchDB, data: WorkspaceData): Promise<WorkspaceData> {
  const stored = await db.originals.bulkGet(originalsReferenced(data.documents))
  const found = stored.filter((o) => o !== undefined)
  if (!found.length) return data
  const originals = await Promise.all(
    found.map(({ id, name, type, size, bytes }) => packOriginal({ sha256: id, name, type, size, bytes })),
  )
  return { ...data, originals }
}

/** One case's records, the sources its claims use, their audit entries and its documents' original files. */
export async function collectCase(db: WorkbenchDB, caseId: CaseId): Promise<WorkspaceData> {
  return withOriginals(db, await collectCaseRecords(db, caseId))
}

async function collectCaseRecords(db: WorkbenchDB, caseId: CaseId): Promise<WorkspaceData> {
  return db.transaction('r', dataTables(db), async () => {
    const claims = await db.claims.where('caseId').equals(caseId).toArray()
    const sources = await db.sources.toArray()
    const found = await db.cases.get(caseId)
    const whole: WorkspaceData = {
      cases: found ? [found] : [],
      documents: await db.documents.where('caseId').equals(caseId).toArray(),
      annotations: await db.annotations.where('caseId').equals(caseId).toArray(),
      claims,
      sources,
      briefings: await db.briefings.where('caseId').equals(caseId).toArray(),
      achMatrices: await db.achMatrices.where('caseId').equals(caseId).toArray(),
      audit: [],
    }
    const slice = caseSlice(whole, caseId)
    const ids: string[] = [...slice.claims, ...slice.annotations, ...slice.sources, ...slice.achMatrices].map(
      (r) => r.id,
    )
    slice.audit = (await Promise.all(ids.map((id) => auditOf(db, id)))).flat()
    return slice
  })
}

export const exportWorkspace = async (db: WorkbenchDB) =>
  serialiseWorkspace(await withOriginals(db, await collectWorkspace(db)))
export const exportCase = async (db: WorkbenchDB, caseId: CaseId) =>
  serialiseWorkspace(await collectCase(db, caseId), undefined, CASE_FORMAT)

/**
 * Where a file's records go. `workspace`: everything merged by id, cases
 * included (the backup format). `new-case`: a case file (or a workspace from
 * before cases) becomes a case of its own. `into-case`: its records join an
 * existing case and merge with what is there.
 */
export type ImportMode = { kind: 'workspace' } | { kind: 'new-case' } | { kind: 'into-case'; caseId: CaseId }

export type ImportOutcome =
  | { ok: true; summary: string[]; conflicts: string[]; changes: RecordChange[]; caseId: CaseId | null }
  | { ok: false; error: string }

/** What a merge plan writes, as record changes the undo history can revert in one step. */
function changesOf(plan: MergePlan): RecordChange[] {
  const of = <R extends { id: string }>(m: CollectionMerge<R>) => [
    ...m.added.map((after) => ({ id: after.id as R['id'], after })),
    ...m.updated.map(({ local, incoming }) => ({ id: local.id as R['id'], before: local, after: incoming })),
  ]
  return [
    ...of(plan.cases).map((c) => ({ table: 'cases' as const, ...c })),
    ...of(plan.documents).map((c) => ({ table: 'documents' as const, ...c })),
    ...of(plan.annotations).map((c) => ({ table: 'annotations' as const, ...c })),
    ...of(plan.claims).map((c) => ({ table: 'claims' as const, ...c })),
    ...of(plan.sources).map((c) => ({ table: 'sources' as const, ...c })),
    ...of(plan.briefings).map((c) => ({ table: 'briefings' as const, ...c })),
    ...of(plan.achMatrices).map((c) => ({ table: 'achMatrices' as const, ...c })),
  ]
}

/**
 * The records in the store with the ids the file uses, and what is anchored
 * in its documents: all the merge plan needs, without reading the whole store.
 */
async function existingFor(db: WorkbenchDB, file: WorkspaceData): Promise<WorkspaceData> {
  const got = async <T>(table: { bulkGet(keys: string[]): Promise<(T | undefined)[]> }, ids: string[]) =>
    (await table.bulkGet(ids)).filter((r): r is Awaited<T> => r !== undefined)
  const docIds = file.documents.map((d) => d.id as string)
  const [
    cases,
    documents,
    annotations,
    claims,
    sources,
    briefings,
    achMatrices,
    audit,
    inDocs,
    claimsInDocs,
  ] = await Promise.all([
    got(
      db.cases,
      file.cases.map((r) => r.id),
    ),
    got(db.documents, docIds),
    got(
      db.annotations,
      file.annotations.map((r) => r.id),
    ),
    got(
      db.claims,
      file.claims.map((r) => r.id),
    ),
    got(
      db.sources,
      file.sources.map((r) => r.id),
    ),
    got(
      db.briefings,
      file.briefings.map((r) => r.id),
    ),
    got(
      db.achMatrices,
      file.achMatrices.map((r) => r.id),
    ),
    got(
      db.audit,
      file.audit.map((r) => r.id),
    ),
    db.annotations.where('documentId').anyOf(docIds).toArray(),
    db.claims.where('documentIds').anyOf(docIds).distinct().toArray(),
  ])
  const merge = <T extends { id: string }>(a: T[], b: T[]) => [
    ...new Map([...a, ...b].map((r) => [r.id, r])).values(),
  ]
  return {
    cases,
    documents,
    annotations: merge(annotations, inDocs),
    claims: merge(claims, claimsInDocs),
    sources,
    briefings,
    achMatrices,
    audit,
  }
}

/** The file's records as they will be stored: moved into their case per the mode. */
async function placed(
  db: WorkbenchDB,
  file: WorkspaceFile,
  mode: ImportMode,
  fileName: string,
): Promise<WorkspaceData | string> {
  const legacy = file.cases.length === 0 && file.documents.some((d) => d.caseId === LEGACY_CASE)
  if (mode.kind === 'workspace' && !legacy) return file
  if (mode.kind === 'workspace' && file.format === CASE_FORMAT)
    return 'This is a case file: import it as a new case or into an open case.'
  let target: CaseRecord
  if (mode.kind === 'into-case') {
    const open = await db.cases.get(mode.caseId)
    if (!open) return 'The case to import into no longer exists.'
    target = open
  } else {
    const at = new Date().toISOString()
    const from = file.cases[0]
    const free = from && !(await db.cases.get(from.id))
    target = {
      id: free ? from.id : newCaseId(),
      name: from?.name ?? `Imported from ${fileName.replace(/\.[^.]+$/, '')}`,
      description: from?.description ?? '',
      marking: from?.marking ?? defaultMarking,
      archived: false,
      created: from?.created ?? at,
      modified: from?.modified ?? at,
    }
  }
  // Ids already used in the store (in another case, when importing into one) are renewed.
  const used = async (
    table: { bulkGet(keys: string[]): PromiseLike<(object | undefined)[]> },
    ids: string[],
  ) =>
    new Set(
      (await table.bulkGet(ids))
        .map((r, i) => {
          if (!r) return undefined
          const elsewhere = mode.kind !== 'into-case' || (r as { caseId?: string }).caseId !== target.id
          return elsewhere ? ids[i] : undefined
        })
        .filter((id): id is string => id !== undefined),
    )
  const taken = {
    documents: await used(
      db.documents,
      file.documents.map((r) => r.id),
    ),
    annotations: await used(
      db.annotations,
      file.annotations.map((r) => r.id),
    ),
    claims: await used(
      db.claims,
      file.claims.map((r) => r.id),
    ),
    briefings: await used(
      db.briefings,
      file.briefings.map((r) => r.id),
    ),
    achMatrices: await used(
      db.achMatrices,
      file.achMatrices.map((r) => r.id),
    ),
    audit:
      mode.kind === 'into-case'
        ? new Set<string>()
        : await used(
            db.audit,
            file.audit.map((r) => r.id),
          ),
  }
  return rehome(file, { target, taken: (collection, id) => taken[collection].has(id) })
}

async function prepare(db: WorkbenchDB, text: string, mode: ImportMode, fileName: string, who: string) {
  const parsed = await readWorkspace(text)
  if (!parsed.ok) return parsed
  const incoming = await placed(db, parsed.data, mode, fileName)
  if (typeof incoming === 'string') return { ok: false as const, error: incoming }
  const at = new Date().toISOString()
  const plan = planMerge(await existingFor(db, incoming), incoming, { who, at })
  return { ok: true as const, plan, incoming, originals: parsed.originals }
}

/** The merge summary, with the original files the file brings (each already checked against its hash). */
function summaryOf(plan: MergePlan, originals: readonly OriginalFile[]): string[] {
  const n = originals.length
  return [
    ...describeMerge(plan),
    ...(n ? [`Original files: ${n} ${n === 1 ? 'file' : 'files'}, each matching its SHA-256`] : []),
  ]
}

const caseOf = (plan: MergePlan, mode: ImportMode) =>
  mode.kind === 'into-case'
    ? mode.caseId
    : ([...plan.cases.added, ...plan.cases.updated.map((u) => u.incoming)][0]?.id ?? null)

/** Validates and plans an import without writing anything: what the analyst confirms. */
export async function previewImport(
  db: WorkbenchDB,
  text: string,
  mode: ImportMode,
  fileName: string,
  who: string,
): Promise<ImportOutcome> {
  const ready = await prepare(db, text, mode, fileName, who)
  if (!ready.ok) return ready
  return {
    ok: true,
    summary: summaryOf(ready.plan, ready.originals),
    conflicts: ready.plan.conflicts.map((c) => c.message),
    changes: [],
    caseId: caseOf(ready.plan, mode),
  }
}

/**
 * Backs up the current workspace, then merges the file in one transaction:
 * all of it or none. `progress` hears how far the writes have got.
 */
export async function importFile(
  db: WorkbenchDB,
  text: string,
  mode: ImportMode,
  fileName: string,
  who: string,
  progress?: (done: number, total: number) => void,
): Promise<ImportOutcome> {
  const ready = await prepare(db, text, mode, fileName, who)
  if (!ready.ok) return ready
  const { plan, originals } = ready
  return guardWrite(() =>
    db.transaction('rw', [...dataTables(db), db.backups, db.originals], async () => {
      await backUp(db, `Before importing “${fileName}”`)
      // Content-addressed and checked against their hashes: one already stored is the same file.
      await db.originals.bulkPut(
        originals.map(({ sha256, name, type, size, bytes }) => ({ id: sha256, name, type, size, bytes })),
      )
      const w = plan.writes
      const total = w.documents.length + w.annotations.length + w.claims.length + w.audit.length
      let done = 0
      const step = async (write: Promise<unknown>, n: number) => {
        await write
        done += n
        progress?.(done, total)
      }
      await db.cases.bulkPut(w.cases)
      await db.sources.bulkPut(w.sources)
      await step(db.documents.bulkPut(w.documents), w.documents.length)
      await step(db.annotations.bulkPut(w.annotations), w.annotations.length)
      const CHUNK = 10_000
      for (let i = 0; i < w.claims.length; i += CHUNK) {
        const part = w.claims.slice(i, i + CHUNK)
        await step(db.claims.bulkPut(part.map(withDocumentIds)), part.length)
      }
      await db.briefings.bulkPut(w.briefings)
      await db.achMatrices.bulkPut(w.achMatrices)
      await step(db.audit.bulkAdd(w.audit), w.audit.length)
      return {
        ok: true as const,
        summary: summaryOf(plan, originals),
        conflicts: plan.conflicts.map((c) => c.message),
        changes: changesOf(plan),
        caseId: caseOf(plan, mode),
      }
    }),
  )
}

/** Copies the current workspace into the backups, keeping the newest few. */
async function backUp(db: WorkbenchDB, reason: string): Promise<void> {
  const current = await collectWorkspace(db)
  const at = new Date().toISOString()
  await db.backups.add({ id: crypto.randomUUID(), at, reason, json: serialiseWorkspace(current, at) })
  const old = await db.backups.orderBy('at').reverse().offset(BACKUPS_KEPT).primaryKeys()
  await db.backups.bulkDelete(old)
}

/**
 * Puts the workspace back as it was in a backup: the backup's records replace
 * everything. What is there now is backed up first, so a restore can itself be
 * restored away.
 */
export async function restoreBackup(db: WorkbenchDB, id: string): Promise<void> {
  const backup = await db.backups.get(id)
  if (!backup) throw new Error('That backup no longer exists.')
  const parsed = await readWorkspace(backup.json)
  if (!parsed.ok) throw new Error(`The backup cannot be read: ${parsed.error}`)
  const incoming = await placed(db, parsed.data, { kind: 'workspace' }, 'backup')
  if (typeof incoming === 'string') throw new Error(incoming)
  await guardWrite(() =>
    db.transaction('rw', [...dataTables(db), db.backups], async () => {
      await backUp(db, 'Before restoring a backup')
      for (const table of dataTables(db)) await table.clear()
      await db.cases.bulkAdd(incoming.cases)
      await db.documents.bulkAdd(incoming.documents)
      await db.annotations.bulkAdd(incoming.annotations)
      await db.claims.bulkAdd(incoming.claims.map(withDocumentIds))
      await db.sources.bulkAdd(incoming.sources)
      await db.briefings.bulkAdd(incoming.briefings)
      await db.achMatrices.bulkAdd(incoming.achMatrices)
      await db.audit.bulkAdd(incoming.audit)
    }),
  )
}
