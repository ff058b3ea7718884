// The search engine the worker runs: a MiniSearch index over every case,
// built in bulk, kept current one stored row at a time, and queried with a
// case filter. Sources are found by name or alias in a small index of their
// own first; their terms then stand in for the word in the main query, so a
// claim matches "the Observatory" when its source is known by that name.
import MiniSearch, { type Query, type SearchOptions, type SearchResult } from 'minisearch'
import type { DocumentId, SourceId } from '../domain/ids'
import { buildHit } from './hits'
import { IndexBuilder } from './index-builder'
import { MIN_PREFIX, fieldBoost, indexOptions, typoBudget, type StoredFields } from './index-options'
import { recordsOf, sourceNames, sourceTerm, type IndexRecord } from './records'
import { indexTerms, queryTerm, words } from './terms'
import type {
  HitKind,
  InputRef,
  SearchField,
  SearchGroup,
  SearchInput,
  SearchQuery,
  SearchResults,
  SourceInput,
} from './types'

const DEFAULT_LIMIT = 20

/** The names index: one entry per source, its name and aliases. */
interface NamesEntry {
  id: SourceId
  names: string
}
const namesOptions = {
  fields: ['names'],
  tokenize: words,
  processTerm: indexTerms,
  searchOptions: { tokenize: words, processTerm: queryTerm, combineWith: 'OR' },
} as const

const keyOf = (ref: InputRef): string => `${ref.kind.charAt(0)}:${ref.id}`

/** A build in progress: fed in batches, searchable only once finished. */
export class EngineBuild {
  private readonly builder = new IndexBuilder()
  private readonly records = new Map<string, IndexRecord>()
  private readonly sources = new Map<SourceId, SourceInput>()
  private readonly documentKeys = new Map<DocumentId, string[]>()
  /** Rows sent twice within a build: applied as changes once it is loaded. */
  private readonly repeats: SearchInput[] = []
  private inputs = 0

  constructor(private readonly engine: SearchEngine) {}

  /** Rows added so far. */
  get size(): number {
    return this.inputs
  }

  add(inputs: readonly SearchInput[]): void {
    for (const input of inputs) {
      this.inputs++
      const records = recordsOf(input)
      if (records.some((r) => this.builder.has(r.key))) {
        this.repeats.push(input)
        continue
      }
      for (const r of records) {
        this.builder.add(r)
        this.records.set(r.key, r)
      }
      if (input.kind === 'source') this.sources.set(input.record.id, slimSource(input.record))
      if (input.kind === 'document') this.documentKeys.set(input.record.id, records.map((r) => r.key))
    }
  }

  /** Loads the index and puts it in service; the engine's previous index is dropped. */
  finish(): void {
    this.engine.replaceWith(this.builder.finish(), this.records, this.sources, this.documentKeys)
    this.engine.upsert(this.repeats)
  }
}

/** Only the fields search shows: the store's rows carry more. */
const slimSource = (s: SourceInput): SourceInput => ({
  id: s.id,
  name: s.name,
  aliases: [...s.aliases],
  affiliation: s.affiliation,
  notes: s.notes,
})

export class SearchEngine {
  private index = new MiniSearch<IndexRecord>(indexOptions)
  private names = new MiniSearch<NamesEntry>(namesOptions)
  private records = new Map<string, IndexRecord>()
  private sources = new Map<SourceId, SourceInput>()
  private documentKeys = new Map<DocumentId, string[]>()

  /** Indexed records (a document counts once plus once per paragraph). */
  get size(): number {
    return this.records.size
  }

  /** Starts a bulk build; this engine keeps answering from its current index until the build finishes. */
  beginBuild(): EngineBuild {
    return new EngineBuild(this)
  }

  /** @internal Used by EngineBuild.finish. */
  replaceWith(
    index: MiniSearch<IndexRecord>,
    records: Map<string, IndexRecord>,
    sources: Map<SourceId, SourceInput>,
    documentKeys: Map<DocumentId, string[]>,
  ): void {
    this.index = index
    this.records = records
    this.sources = sources
    this.documentKeys = documentKeys
    this.names = new MiniSearch<NamesEntry>(namesOptions)
    this.names.addAll([...sources.values()].map((s) => ({ id: s.id, names: sourceNames(s) })))
  }

  /** Adds or replaces stored rows. A changed document replaces all its paragraphs. */
  upsert(inputs: readonly SearchInput[]): void {
    for (const input of inputs) {
      const records = recordsOf(input)
      if (input.kind === 'document') {
        const keys = new Set(records.map((r) => r.key))
        for (const old of this.documentKeys.get(input.record.id) ?? []) if (!keys.has(old)) this.discard(old)
        this.documentKeys.set(input.record.id, [...keys])
      }
      for (const record of records) {
        if (this.index.has(record.key)) this.index.replace(record)
        else this.index.add(record)
        this.records.set(record.key, record)
      }
      if (input.kind === 'source') {
        const source = slimSource(input.record)
        const entry = { id: source.id, names: sourceNames(source) }
        if (this.names.has(source.id)) this.names.replace(entry)
        else this.names.add(entry)
        this.sources.set(source.id, source)
      }
    }
  }

  /** Removes stored rows; a document takes its paragraphs with it. Unknown rows are ignored. */
  remove(refs: readonly InputRef[]): void {
    for (const ref of refs) {
      if (ref.kind === 'document') {
        for (const key of this.documentKeys.get(ref.id as DocumentId) ?? []) this.discard(key)
        this.documentKeys.delete(ref.id as DocumentId)
      }
      if (ref.kind === 'source') {
        if (this.names.has(ref.id)) this.names.discard(ref.id)
        this.sources.delete(ref.id as SourceId)
      }
      this.discard(keyOf(ref))
    }
  }

  private discard(key: string): void {
    if (this.index.has(key)) this.index.discard(key)
    this.records.delete(key)
  }

  search(query: SearchQuery): SearchResults {
    const typed = query.text
    const terms = words(typed)
      .map(queryTerm)
      .filter((t): t is string => t !== null)
    if (terms.length === 0) return { query: typed, groups: [], total: 0 }
    // The last word is still being typed unless a space follows it: match it as a prefix.
    const open = !/\s$/u.test(typed)
    const sourceTerms = new Map<SourceId, Set<string>>()
    const queries = terms.map((term, i): Query => {
      const prefix = open && i === terms.length - 1 && term.length >= MIN_PREFIX
      const fuzzy = typoBudget(term)
      const own: Query = { queries: [term], prefix, fuzzy }
      const named = this.names.search(term, { prefix, fuzzy })
      if (named.length === 0) return own
      for (const s of named) {
        const seen = sourceTerms.get(s.id) ?? new Set<string>()
        for (const t of s.terms) seen.add(t)
        sourceTerms.set(s.id, seen)
      }
      const bySource: Query = {
        queries: [named.map((s) => sourceTerm(s.id)).join('\n')],
        fields: ['source'],
        tokenize: (text) => text.split('\n'),
        processTerm: (t) => t,
        prefix: false,
        fuzzy: false,
        combineWith: 'OR',
      }
      return { combineWith: 'OR', queries: [own, bySource] }
    })
    const kinds = query.kinds ? new Set<HitKind>(query.kinds) : null
    const caseId = query.caseId
    const options: SearchOptions = {
      boost: fieldBoost,
      // A falsy boost leaves a record out before it is scored: the cheapest filter MiniSearch offers.
      boostDocument: (_id, _term, stored) => {
        const { kind, caseId: recordCase } = stored as unknown as StoredFields
        if (kinds && !kinds.has(kind)) return 0
        return caseId === null || recordCase === null || recordCase === caseId ? 1 : 0
      },
    }
    const results = this.index.search({ combineWith: 'AND', queries }, options)
    return this.group(typed, results, query.limit ?? DEFAULT_LIMIT, sourceTerms)
  }

  private group(
    typed: string,
    results: readonly SearchResult[],
    limit: number,
    sourceTerms: ReadonlyMap<SourceId, ReadonlySet<string>>,
  ): SearchResults {
    const groups = new Map<HitKind, SearchGroup>()
    for (const result of results) {
      const kind = (result as unknown as StoredFields).kind
      let group = groups.get(kind)
      if (!group) {
        group = { kind, total: 0, hits: [] }
        groups.set(kind, group)
      }
      group.total++
      if (group.hits.length >= limit) continue
      const record = this.records.get(result.id as string)
      if (!record) continue
      const fields = [...new Set(Object.values(result.match).flat())] as SearchField[]
      group.hits.push(
        buildHit(record, {
          terms: new Set(result.terms),
          fields,
          score: result.score,
          sourceOf: (id) => this.sources.get(id),
          sourceTerms,
        }),
      )
    }
    // Results arrive best first, so each group's first hit is its best.
    const ordered = [...groups.values()].sort((a, b) => (b.hits[0]?.score ?? 0) - (a.hits[0]?.score ?? 0))
    return { query: typed, groups: ordered, total: results.length }
  }
}
