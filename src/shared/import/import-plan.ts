// Planning the import of an annotation file onto a chosen document, without
// writing anything: for every record, what will happen to it (anchors exactly,
// anchors moved, anchors with small differences, will need review, is already
// here, is skipped, or cannot be read and why), and the records to write when
// the analyst confirms, as one step.
//
// Identity: an annotation restored onto the very text it was made on keeps its
// id; onto another text, or from another tool, it gets a new id and keeps the
// original's id (`via`) and where it was made (`derivedFrom`). Importing the
// same file twice onto the same document adds nothing the second time; only the
// target's own annotations are compared, never other documents'.
import { anchor, describeRange, foldString, wordDiff, type DiffPart, type TextSelectors } from '../anchoring'
import type { AnnotationRecord } from '../domain/annotation'
import { newAnnotationId, type AnnotationId, type CaseId, type DocumentId } from '../domain/ids'
import type { AnnotationFile, ForeignAnnotation } from './annotation-file'
import type { TargetDocument } from './import-targets'

export type PreviewKind = 'exact' | 'moved' | 'changed' | 'review' | 'duplicate' | 'skipped' | 'unreadable'

export interface PreviewItem {
  /** 1-based number of the record in the file. */
  record: number
  /** Its id in the file. */
  originalId: string | null
  kind: PreviewKind
  /** Where it sits on the target: for exact, moved and changed, and a duplicate found anchored. */
  range: { start: number; end: number } | null
  /** The quote as the file has it. */
  oldText: string | null
  /** The target's words where it lands (they differ from oldText when kind is 'changed'). */
  newText: string | null
  /** oldText against newText, word by word, for 'changed'. */
  diff: DiffPart[] | null
  /** A 'changed' item whose words are the same, only typography differs. */
  typographyOnly: boolean
  /** Why it needs review, is a duplicate, is skipped or cannot be read. */
  reason: string | null
  /** What was worked around while reading it. */
  warnings: string[]
  note: string
  tags: string[]
  /** The annotation to write when the analyst confirms; null when nothing is written. */
  write: AnnotationRecord | null
}

export interface ImportPlan {
  targetId: DocumentId
  /** One per record of the file, in file order (unreadable records included). */
  items: PreviewItem[]
  counts: Record<PreviewKind, number>
  /** Every annotation to add, in text order: the whole import as one step. */
  writes: AnnotationRecord[]
}

export interface PlanOptions {
  file: AnnotationFile
  /** The chosen document; new annotations join its case. */
  target: TargetDocument & { caseId: CaseId }
  /** Annotations already on the target document: duplicates are looked for among these only. */
  existing: readonly AnnotationRecord[]
  /** Annotation ids in use anywhere in the workspace, so that a kept id never collides. */
  takenIds?: ReadonlySet<string>
  /** ISO time of the import (created/modified fallback, provenance). */
  now?: string
  newId?: () => AnnotationId
}

export type PlanProgress = { done: number; total: number }

const UUID = /^(?:urn:uuid:)?([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/i
const emptyCounts = (): Record<PreviewKind, number> => ({
  exact: 0,
  moved: 0,
  changed: 0,
  review: 0,
  duplicate: 0,
  skipped: 0,
  unreadable: 0,
})

const isoOr = (value: string | null, fallback: string): string => {
  const t = value === null ? Number.NaN : Date.parse(value)
  return Number.isNaN(t) ? fallback : new Date(t).toISOString()
}

/** Keys under which an annotation counts as "already here": its passage and note, or its quote and note. */
const passageKey = (start: number, end: number, note: string) => `at:${start}:${end}:${note.trim()}`
const quoteKey = (exact: string, note: string) => `quote:${foldString(exact)}:${note.trim()}`

/**
 * The plan, computed in chunks: yields progress after every `chunk` records so a
 * worker can report it and stop between chunks; returns the plan.
 */
export function* planImportSteps(options: PlanOptions, chunk = 200): Generator<PlanProgress, ImportPlan> {
  const { file, target, existing } = options
  const now = options.now ?? new Date().toISOString()
  const newId = options.newId ?? newAnnotationId
  const taken = options.takenIds ?? new Set<string>()
  const total = file.annotations.length + file.unreadable.length
  const items: PreviewItem[] = []
  const counts = emptyCounts()

  // What is on the target already, by id, by original id, and by passage.
  const ids = new Map<string, AnnotationId>()
  const keys = new Map<string, AnnotationId>()
  for (const e of existing) {
    ids.set(e.id, e.id)
    if (e.via) ids.set(e.via, e.id)
    const r = anchor(target.text, e.selectors)
    if (r.status !== 'orphaned') keys.set(passageKey(r.start, r.end, e.note), e.id)
    else keys.set(quoteKey(e.selectors.quote.exact, e.note), e.id)
  }
  const seenInFile = new Map<string, number>()

  const base = (a: { record: number; id: string | null }) => ({
    record: a.record,
    originalId: a.id,
    range: null,
    oldText: null,
    newText: null,
    diff: null,
    typographyOnly: false,
    reason: null,
    warnings: [],
    note: '',
    tags: [],
    write: null,
  })
  const push = (item: PreviewItem) => {
    items.push(item)
    counts[item.kind]++
  }

  for (const u of file.unreadable) push({ ...base(u), kind: 'unreadable', reason: u.reason })
  for (const [i, a] of file.annotations.entries()) {
    push(planOne(a))
    if ((i + 1) % chunk === 0) yield { done: file.unreadable.length + i + 1, total }
  }

  function planOne(a: ForeignAnnotation): PreviewItem {
    const item = { ...base(a), warnings: [...a.warnings], note: a.note, tags: a.tags }
    if (a.isClaim)
      return {
        ...item,
        kind: 'skipped',
        reason: 'is a claim exported by the workbench; claims come back with the workspace file.',
      }
    const sameText = a.sourceHash !== null && a.sourceHash === target.textHash.toLowerCase()
    const selectors = selectorsFor(a, sameText, target.text)
    if ('reason' in selectors) return { ...item, kind: 'unreadable', reason: selectors.reason }
    const exact = selectors.quote.exact
    if (a.position && a.position.end > target.text.length && a.quote)
      item.warnings.push('its position is past the end of this text; it is placed by its quote.')
    const found = anchor(target.text, selectors)
    const landed = found.status === 'orphaned' ? null : found
    const newText = landed ? target.text.slice(landed.start, landed.end) : null

    const original = a.id ? (UUID.exec(a.id)?.[1]?.toLowerCase() ?? null) : null
    const key = landed ? passageKey(landed.start, landed.end, a.note) : quoteKey(exact, a.note)
    const existingId = (original && ids.get(original)) || (a.id && ids.get(a.id)) || keys.get(key)
    const range = landed ? { start: landed.start, end: landed.end } : null
    if (existingId)
      return {
        ...item,
        kind: 'duplicate',
        range,
        oldText: exact,
        newText,
        reason: 'is already on this document.',
      }
    // Within the file, only the same record twice is a duplicate: two records on
    // copies of a repeated passage are two annotations.
    const recordKey = a.id
      ? `id:${a.id}`
      : `${JSON.stringify(a.quote)}|${JSON.stringify(a.position)}|${a.note.trim()}`
    const twin = seenInFile.get(recordKey)
    if (twin !== undefined)
      return { ...item, kind: 'duplicate', range, oldText: exact, newText, reason: `repeats record ${twin}.` }
    seenInFile.set(recordKey, a.record)

    const keepId = sameText && original !== null && !taken.has(original)
    const write: AnnotationRecord = {
      id: keepId ? (original as AnnotationId) : newId(),
      documentId: target.id,
      caseId: target.caseId,
      // Anchored: selectors rebuilt on this text, so it re-anchors exactly from now on.
      selectors: landed ? describeRange(target.text, landed.start, landed.end) : selectors,
      note: a.note,
      tags: a.tags,
      created: isoOr(a.created, now),
      modified: isoOr(a.modified ?? a.created, now),
    }
    if (!keepId) {
      if (a.id) write.via = a.id
      write.derivedFrom = {
        format: a.format,
        source: a.source,
        sourceTitle: a.sourceTitle,
        quote: newText === exact ? null : exact,
        importedAt: now,
      }
    }
    if (!landed)
      return {
        ...item,
        kind: 'review',
        oldText: exact,
        reason:
          'its words were not found in this text with enough certainty; it will be listed under “Needs review”.',
        write,
      }
    const verbatim = newText === exact
    // A position says where the passage was only on a text the workbench knows
    // (named by its hash); Hypothesis and Recogito count from a web page's text.
    const inPlace = !a.position || a.sourceHash === null || found.status === 'exact'
    if (verbatim) return { ...item, kind: inPlace ? 'exact' : 'moved', range, oldText: exact, newText, write }
    return {
      ...item,
      kind: 'changed',
      range,
      oldText: exact,
      newText,
      diff: wordDiff(exact, newText!),
      typographyOnly: foldString(exact) === foldString(newText!),
      write,
    }
  }

  items.sort((x, y) => x.record - y.record)
  return { targetId: target.id, items, counts, writes: writesOf(items) }
}

/** The annotations a plan's items will add, in text order. */
export function writesOf(items: readonly PreviewItem[]): AnnotationRecord[] {
  const start = (r: AnnotationRecord) => r.selectors.position.start
  return items.flatMap((i) => (i.write ? [i.write] : [])).sort((x, y) => start(x) - start(y))
}

/** The plan in one go (tests, small files); the worker uses planImportSteps. */
export function planImport(options: PlanOptions): ImportPlan {
  const steps = planImportSteps(options, Number.MAX_SAFE_INTEGER)
  for (;;) {
    const next = steps.next()
    if (next.done) return next.value
  }
}

/**
 * Selectors to anchor the record by. A record with only a position can be
 * placed only on the exact text it was made on, where the position is the passage.
 */
function selectorsFor(
  a: ForeignAnnotation,
  sameText: boolean,
  text: string,
): TextSelectors | { reason: string } {
  if (a.quote) {
    const start = a.position?.start ?? 0
    return {
      quote: { type: 'TextQuoteSelector', ...a.quote },
      position: { type: 'TextPositionSelector', start, end: a.position?.end ?? start + a.quote.exact.length },
    }
  }
  const p = a.position!
  if (!sameText)
    return {
      reason:
        'has a position but no quote, and was made on another text: nothing says which words it was on.',
    }
  if (p.end > text.length)
    return {
      reason: `its position (${p.start}–${p.end}) is past the end of this text (${text.length} characters).`,
    }
  return describeRange(text, p.start, p.end)
}

const phrases: Record<PreviewKind, [string, string]> = {
  exact: ['anchors exactly', 'anchor exactly'],
  moved: ['anchors where its passage moved', 'anchor where their passages moved'],
  changed: ['anchors with small differences', 'anchor with small differences'],
  review: ['will need review', 'will need review'],
  duplicate: ['is already here', 'are already here'],
  skipped: ['is skipped (a claim)', 'are skipped (claims)'],
  unreadable: ['cannot be read', 'cannot be read'],
}

/** "12 anchor exactly, 1 anchors with small differences, 2 cannot be read": the counts as a sentence. */
export function describePlan(counts: Record<PreviewKind, number>): string {
  const parts = (Object.keys(phrases) as PreviewKind[])
    .filter((k) => counts[k] > 0)
    .map((k) => `${counts[k].toLocaleString('en-GB')} ${phrases[k][counts[k] === 1 ? 0 : 1]}`)
  return parts.length ? parts.join(', ') : 'Nothing to import'
}
