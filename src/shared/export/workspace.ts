// The workspace file: everything an analyst has (documents, annotations,
// claims, sources, briefings, competing-hypotheses matrices and the audit trail) in one versioned JSON file,
// for backup and for handing work to a colleague. Parsing validates every
// record and answers with one precise sentence on the first problem, naming
// the collection, the record's index and id, and the field; merging an
// imported workspace into the local one is planned by planMerge
// (workspace-merge.ts), which writes nothing itself.
import type { AchMatrixRecord } from '../analysis/ach'
import type { AnnotationRecord } from '../domain/annotation'
import type { AuditRecord } from '../domain/audit'
import type { BriefingRecord } from '../domain/briefing'
import type { ClaimRecord } from '../domain/claim'
import type { DocumentRecord } from '../domain/document'
import type { SourceRecord } from '../domain/source'
import type { CaseRecord } from '../domain/case'
import type { CaseId } from '../domain/ids'
import { sha256Hex } from '../text/sha256'
import { checkJsonShape, workspaceLimits } from './json-limits'
import { unpackOriginals, type OriginalFile, type PackedOriginal } from './originals'
import { collectionNames, collectionSchemas, packedOriginalSchema } from './workspace-schema'

export { planMerge, describeMerge } from './workspace-merge'
export type { CollectionMerge, MergeConflict, MergeCounts, MergePlan, MergeOptions } from './workspace-merge'

export const WORKSPACE_FORMAT = 'analyst-workbench-workspace'
/** 2: cases (every record names its case). Version 1 files, from before cases, are still read. */
export const WORKSPACE_VERSION = 2
/** One case in a file of its own, with the sources its claims use: for handing an investigation on. */
export const CASE_FORMAT = 'analyst-workbench-case'
export const CASE_VERSION = 1
export type FileFormat = typeof WORKSPACE_FORMAT | typeof CASE_FORMAT
const versions: Record<FileFormat, number> = {
  [WORKSPACE_FORMAT]: WORKSPACE_VERSION,
  [CASE_FORMAT]: CASE_VERSION,
}
const formatNames: Record<FileFormat, string> = { [WORKSPACE_FORMAT]: 'workspace', [CASE_FORMAT]: 'case' }

/**
 * The case of records read from a version-1 workspace file, written before
 * cases existed; the import puts them into a real case (see workspace-io.ts).
 */
export const LEGACY_CASE = 'legacy-case' as CaseId

export interface WorkspaceData {
  cases: CaseRecord[]
  documents: DocumentRecord[]
  annotations: AnnotationRecord[]
  claims: ClaimRecord[]
  sources: SourceRecord[]
  briefings: BriefingRecord[]
  /** ACH matrices; a file written before they existed has none (the field is absent). */
  achMatrices: AchMatrixRecord[]
  audit: AuditRecord[]
  /**
   * The original files the documents were imported from, compressed. Optional:
   * files from before originals were carried, and the automatic backups, have
   * none, and their documents keep their provenance without the bytes.
   */
  originals?: PackedOriginal[]
}

export interface WorkspaceFile extends WorkspaceData {
  format: FileFormat
  version: number
  /** When the file was written (ISO date and time). */
  exportedAt: string
}

export type ParseWorkspaceResult = { ok: true; data: WorkspaceFile } | { ok: false; error: string }

/**
 * The workspace (or one case) as JSON text. Compact, because a real workspace
 * holds tens of thousands of claims; any JSON viewer pretty-prints it. The
 * claims' documentIds index (derived from their anchors) is left out.
 */
export function serialiseWorkspace(
  data: WorkspaceData,
  exportedAt: string = new Date().toISOString(),
  format: FileFormat = WORKSPACE_FORMAT,
): string {
  const file: WorkspaceFile = {
    format,
    version: versions[format],
    exportedAt,
    cases: data.cases,
    documents: data.documents,
    annotations: data.annotations,
    claims: data.claims.map(withoutIndex),
    sources: data.sources,
    briefings: data.briefings,
    achMatrices: data.achMatrices,
    audit: data.audit,
    // Last, so the records stay at the top of the file for anyone reading it.
    ...(data.originals?.length ? { originals: data.originals } : {}),
  }
  return JSON.stringify(file)
}

function withoutIndex(claim: ClaimRecord): ClaimRecord {
  if (!('documentIds' in claim)) return claim
  const { documentIds: _index, ...rest } = claim as ClaimRecord & { documentIds: unknown }
  return rest
}

/** "anchors[0].selectors.quote.exact" from a zod issue path. */
function fieldPath(path: readonly PropertyKey[]): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i ? '.' : ''}${String(p)}`)).join('')
}

/** A short form of an id for messages: enough to find it, short enough to read. */
const shortId = (id: string) => (id.length > 8 ? `${id.slice(0, 8)}…` : id)

function recordLabel(collection: string, index: number, record: unknown): string {
  const id = record && typeof record === 'object' ? (record as { id?: unknown }).id : undefined
  return `${collection}[${index}]${typeof id === 'string' && id ? ` (id ${shortId(id)})` : ''}`
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v)

const isFormat = (v: unknown): v is FileFormat => v === WORKSPACE_FORMAT || v === CASE_FORMAT
const casedCollections = ['documents', 'annotations', 'claims', 'briefings', 'achMatrices'] as const
/** Collections a file may leave out, written before they existed: read as empty. */
const optionalCollections = new Set<string>(['achMatrices'])

/** Reads a workspace or case file: every record validated, the first problem named precisely. */
export function parseWorkspace(text: string): ParseWorkspaceResult {
  let json: unknown
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''))
  } catch (e) {
    return { ok: false, error: `The file is not valid JSON (${e instanceof Error ? e.message : String(e)}).` }
  }
  if (!isObject(json))
    return { ok: false, error: 'This is not an Analyst Workbench workspace file: it holds no JSON object.' }
  const shape = checkJsonShape(json, workspaceLimits)
  if (shape) return { ok: false, error: shape }
  const format = json.format
  if (!isFormat(format))
    return {
      ok: false,
      error:
        format === undefined
          ? 'This is not an Analyst Workbench workspace file: it has no "format" field.'
          : `This is not an Analyst Workbench workspace file: its format is ${JSON.stringify(format)}.`,
    }
  const what = formatNames[format]
  const newest = versions[format]
  if (typeof json.version !== 'number' || !Number.isInteger(json.version) || json.version < 1)
    return { ok: false, error: `The ${what} file has no valid format version.` }
  if (json.version > newest)
    return {
      ok: false,
      error: `This ${what} file is format version ${json.version}, written by a newer Analyst Workbench; this one reads version ${newest}. Update the workbench to import it.`,
    }
  if (typeof json.exportedAt !== 'string' || Number.isNaN(Date.parse(json.exportedAt)))
    return { ok: false, error: 'exportedAt: Use an ISO date and time, e.g. 2024-12-06T09:00:00Z' }

  // A version-1 workspace predates cases: its records join a case chosen on import.
  const legacy = format === WORKSPACE_FORMAT && json.version === 1
  if (legacy) {
    json.cases = []
    for (const name of casedCollections)
      if (Array.isArray(json[name]))
        json[name] = (json[name] as unknown[]).map((r) => (isObject(r) ? { ...r, caseId: LEGACY_CASE } : r))
  }

  const data: Partial<WorkspaceData> = {}
  for (const name of collectionNames) {
    const records = json[name] === undefined && optionalCollections.has(name) ? [] : json[name]
    if (!Array.isArray(records)) return { ok: false, error: `${name}: Expected a list of records.` }
    const schema = collectionSchemas[name]
    const parsed: unknown[] = []
    const seen = new Map<string, number>()
    for (const [index, record] of records.entries()) {
      const result = schema.safeParse(record)
      if (!result.success) {
        const issue = result.error.issues[0]!
        const path = fieldPath(issue.path)
        return {
          ok: false,
          error: `${recordLabel(name, index, record)}: ${path ? `${path}: ` : ''}${issue.message}`,
        }
      }
      const id = result.data.id
      const first = seen.get(id)
      if (first !== undefined)
        return {
          ok: false,
          error: `${recordLabel(name, index, record)}: id: The same id is already used by ${name}[${first}].`,
        }
      seen.set(id, index)
      parsed.push(result.data)
    }
    ;(data as Record<string, unknown[]>)[name] = parsed
  }
  const full = data as WorkspaceData
  const originals = parseOriginals(json.originals)
  if (typeof originals === 'string') return { ok: false, error: originals }
  if (originals) full.originals = originals
  if (format === CASE_FORMAT && full.cases.length !== 1)
    return {
      ok: false,
      error: `cases: A case file holds exactly one case; this one holds ${full.cases.length}.`,
    }
  if (!legacy) {
    const known = new Set<string>(full.cases.map((c) => c.id))
    for (const name of casedCollections)
      for (const [index, record] of full[name].entries())
        if (!known.has(record.caseId))
          return {
            ok: false,
            error: `${recordLabel(name, index, record)}: caseId: No case with this id is in the file.`,
          }
  }
  return { ok: true, data: { format, version: json.version, exportedAt: json.exportedAt, ...full } }
}

/** The file's originals, validated (their bytes are checked by readWorkspace); undefined when it has none. */
function parseOriginals(value: unknown): PackedOriginal[] | string | undefined {
  if (value === undefined) return undefined
  if (!Array.isArray(value)) return 'originals: Expected a list of original files.'
  const seen = new Map<string, number>()
  const parsed: PackedOriginal[] = []
  for (const [index, record] of value.entries()) {
    const result = packedOriginalSchema.safeParse(record)
    const label = `originals[${index}]`
    if (!result.success) {
      const issue = result.error.issues[0]!
      const path = fieldPath(issue.path)
      return `${label}: ${path ? `${path}: ` : ''}${issue.message}`
    }
    const first = seen.get(result.data.sha256)
    if (first !== undefined)
      return `${label}: sha256: The same original is already in the file as originals[${first}].`
    seen.set(result.data.sha256, index)
    parsed.push(result.data)
  }
  return parsed
}

/**
 * Checks what a record schema cannot see alone: every document's text hash is
 * recomputed (a forged hash would otherwise pass the document off as another
 * text, and block genuine imports for it), its block list has one entry per
 * line, and every selector in the file fits inside the text it points into.
 */
export async function checkTexts(data: WorkspaceData): Promise<string | null> {
  const lengths = new Map<string, number>()
  for (const [i, doc] of data.documents.entries()) {
    const label = `${recordLabel('documents', i, doc)} “${doc.title.slice(0, 80)}”`
    if ((await sha256Hex(doc.text)) !== doc.textHash)
      return `${label}: textHash: The hash does not match the document’s text, so the file is damaged or forged; nothing was imported.`
    const lines = doc.text.split('\n').length
    if (doc.blocks.length !== lines)
      return `${label}: blocks: ${doc.blocks.length} block kinds for ${lines} lines of text.`
    lengths.set(doc.id, doc.text.length)
  }
  const outside = (documentId: string, end: number) => {
    const length = lengths.get(documentId)
    return length !== undefined && end > length
  }
  for (const [i, a] of data.annotations.entries())
    if (outside(a.documentId, a.selectors.position.end))
      return `${recordLabel('annotations', i, a)}: selectors.position.end: Points past the end of its document’s text.`
  for (const [i, c] of data.claims.entries())
    for (const [j, anchor] of c.anchors.entries())
      if (outside(anchor.documentId, anchor.selectors.position.end))
        return `${recordLabel('claims', i, c)}: anchors[${j}].selectors.position.end: Points past the end of its document’s text.`
  return null
}

export type ReadWorkspaceResult =
  { ok: true; data: WorkspaceFile; originals: OriginalFile[] } | { ok: false; error: string }

/**
 * Parses and checks a workspace file: the records (parseWorkspace), their
 * texts and selectors (checkTexts), then its original files, each
 * decompressed and held to its size and SHA-256 (unpackOriginals), which come
 * back ready to store.
 */
export async function readWorkspace(text: string): Promise<ReadWorkspaceResult> {
  const parsed = parseWorkspace(text)
  if (!parsed.ok) return parsed
  const problem = await checkTexts(parsed.data)
  if (problem) return { ok: false, error: problem }
  const unpacked = await unpackOriginals(parsed.data.originals ?? [])
  if (!unpacked.ok) return unpacked
  return { ok: true, data: parsed.data, originals: unpacked.originals }
}
