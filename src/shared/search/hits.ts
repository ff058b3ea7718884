// Turns a matched index record into what the results list shows: a title and
// a snippet with the matched words marked, the fields that matched, and the
// place to open (for a passage, the first matched word in the document).
import type { SourceId } from '../domain/ids'
import { excerpt, markWords, marked, matchesWord, oneLine, snippet } from './snippet'
import { words } from './terms'
import type { IndexRecord } from './records'
import { sourceNames, sourceTerm } from './records'
import { searchFields, type MarkedText, type SearchField, type SearchHit, type SourceInput } from './types'

/** What a hit needs besides its record. */
export interface HitContext {
  /** Index terms the record matched (after prefix and typo expansion). */
  terms: ReadonlySet<string>
  fields: SearchField[]
  score: number
  sourceOf: (id: SourceId) => SourceInput | undefined
  /** Per source that matched the query by name or alias: the name terms it matched. */
  sourceTerms: ReadonlyMap<SourceId, ReadonlySet<string>>
}

const empty: MarkedText = { text: '', marks: [] }

/** The fields of `record` in which one of the looked-up `terms` occurs. */
export function matchedFields(record: IndexRecord, terms: ReadonlySet<string>): SearchField[] {
  return searchFields.filter((field) => {
    const value = record.fields[field]
    if (!value) return false
    if (field === 'source') return value.split('\n').some((t) => terms.has(t))
    return words(value).some((w) => matchesWord(w, terms))
  })
}

/** The first of `texts` with a marked word, windowed; else '' . */
function firstMarked(texts: readonly (string | undefined)[], terms: ReadonlySet<string>): MarkedText | null {
  for (const text of texts) {
    if (!text) continue
    const shown = snippet(oneLine(text), terms)
    if (shown.marks.length > 0) return shown
  }
  return null
}

/** The sources a claim rests on, as their terms in its `source` field. */
function claimSources(record: IndexRecord): SourceId[] {
  return (record.fields.source ?? '')
    .split('\n')
    .filter(Boolean)
    .map((t) => t.slice(1) as SourceId)
}

function claimSnippet(record: IndexRecord, ctx: HitContext): MarkedText {
  const own = firstMarked([record.fields.places, record.fields.tags, record.fields.notes], ctx.terms)
  if (own) return own
  const sources = claimSources(record)
  // A claim found through its source's name or alias shows that source, marked.
  const matched = sources.find((id) => ctx.terms.has(sourceTerm(id)) && ctx.sourceTerms.has(id))
  const id = matched ?? sources[0]
  const shown = id === undefined ? undefined : ctx.sourceOf(id)
  if (!shown) return empty
  return snippet(oneLine(sourceNames(shown)), matched ? ctx.sourceTerms.get(matched)! : new Set())
}

export function buildHit(record: IndexRecord, ctx: HitContext): SearchHit {
  const { terms } = ctx
  const base = {
    key: record.key,
    kind: record.kind,
    caseId: record.caseId,
    score: ctx.score,
    fields: ctx.fields,
  }
  const f = record.fields
  switch (record.kind) {
    case 'passage': {
      const text = f.text ?? ''
      const marks = markWords(text, terms)
      const { text: shown, marks: shownMarks } = excerpt(text, marks)
      const target = record.target
      if (target.kind !== 'passage') throw new Error(`Passage ${record.key} has a ${target.kind} target`)
      const first = marks[0]
      const focus = first
        ? { start: target.start + first.start, end: target.start + first.end }
        : target.focus
      return {
        ...base,
        title: marked(record.heading ?? '', terms),
        snippet: { text: shown, marks: shownMarks },
        target: { ...target, focus },
      }
    }
    case 'document':
      return {
        ...base,
        title: marked(f.title ?? '', terms),
        snippet: marked(f.text ?? '', terms),
        target: record.target,
      }
    case 'annotation':
      return {
        ...base,
        title: snippet(record.heading ?? '', terms, 120),
        snippet: firstMarked([f.text, f.tags], terms) ?? snippet(f.text || oneLine(f.tags ?? ''), terms),
        target: record.target,
      }
    case 'claim':
      return {
        ...base,
        title: snippet(f.text ?? '', terms, 240),
        snippet: claimSnippet(record, ctx),
        target: record.target,
      }
    case 'source': {
      const [name = '', ...aliases] = (f.title ?? '').split('\n')
      return {
        ...base,
        title: marked(name, terms),
        snippet: firstMarked([aliases.join('\n'), f.notes], terms) ?? marked(aliases.join(' · '), terms),
        target: record.target,
      }
    }
    case 'briefing':
      return {
        ...base,
        title: marked(f.title ?? '', terms),
        snippet: snippet(oneLine(f.text ?? ''), terms),
        target: record.target,
      }
  }
}
