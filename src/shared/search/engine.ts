// The search engine the worker runs: one index over every case, built in
// bulk, kept current one stored row at a time, and queried with a case
// filter. Sources are found by name or alias in a small MiniSearch index of
// their own first; their terms then stand in for the word in the main query,
// so a claim matches "the Observatory" when its source is known by that name.
import MiniSearch, { type Options } from 'minisearch'
import type { DocumentId, SourceId } from '../domain/ids'
import { buildHit, matchedFields } from './hits'
import { MIN_PREFIX, fieldBoost, typoBudget } from './index-options'
import { InvertedIndex, fieldBit, type Expansion, type KindTop } from './inverted-index'
import { recordsOf, sourceNames, sourceTerm, type IndexRecord } from './records'
import { indexTerms, queryTerm, words } from './terms'
import type {
  HitKind,
  InputRef,
  SearchGroup,
  SearchInput,
  SearchQuery,
  SearchResults,
  SourceInput,
} from './types'

const DEFAULT_LIMIT = 10
const MAX_WORDS = 32

/** The names index: one entry per source, its name and aliases. */
interface NamesEntry {
  id: SourceId
  names: string
}
const namesOptions: Options<NamesEntry> = {
  fields: ['names'],
  tokenize: words,
  processTerm: indexTerms,
  searchOptions: { tokenize: words, processTerm: queryTerm, combineWith: 'OR' },
}

const keyOf = (ref: InputRef): string => `${ref.kind.charAt(0)}:${ref.id}`

/** A build in progress: fed in batches, searchable only once finished. */
export class EngineBuild {
  private readonly index = new InvertedIndex()
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
      if (records.some((r) => this.index.has(r.key))) {
        this.repeats.push(input)
        continue
      }
      for (const r of records) {
        this.index.add(r)
        this.records.set(r.key, r)
      }
      if (input.kind === 'source') this.sources.set(input.record.id, slimSource(input.record))
      if (input.kind === 'document')
        this.documentKeys.set(
          input.record.id,
          records.map((r) => r.key),
        )
    }
  }

  /** Puts the new index in service; the engine's previous index is dropped. */
  finish(): void {
    this.engine.replaceWith(this.index, this.records, this.sources, this.documentKeys)
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
  private index = new InvertedIndex()
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
    index: InvertedIndex,
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
        this.index.remove(record.key)
        this.index.add(record)
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
    this.index.remove(key)
    this.records.delete(key)
  }

  search(query: SearchQuery): SearchResults {
    const typed = query.text
    const terms = words(typed)
      .map(queryTerm)
      .filter((t): t is string => t !== null)
      // A pasted paragraph is not a query: its first words are.
      .slice(0, MAX_WORDS)
    if (terms.length === 0) return { query: typed, groups: [], total: 0 }
    // The last word is still being typed unless a space follows it: match it as a prefix.
    const open = !/\s$/u.test(typed)
    const sourceTerms = new Map<SourceId, Set<string>>()
    const expansions = terms.map((term, i): Expansion[] => {
      const prefix = open && i === terms.length - 1 && term.length >= MIN_PREFIX
      // A typo search for a word the index knows would cost more than it finds (and slowed
      // common words most): only unknown words are looked up with a typo budget.
      const fuzzy = this.index.hasTerm(term) ? false : typoBudget(term)
      const own = this.index.expand(term, prefix, fuzzy)
      for (const s of this.names.search(term, { prefix, fuzzy })) {
        const seen = sourceTerms.get(s.id) ?? new Set<string>()
        for (const t of s.terms) seen.add(t)
        sourceTerms.set(s.id, seen)
        own.push({ term: sourceTerm(s.id), weight: 1, fieldMask: fieldBit('source') })
      }
      return own
    })
    const groups = this.index.search(expansions, {
      caseId: query.caseId,
      kinds: query.kinds ? new Set<HitKind>(query.kinds) : null,
      boost: fieldBoost,
      limit: query.limit ?? DEFAULT_LIMIT,
    })
    const matched = new Set(expansions.flat().map((e) => e.term))
    return this.present(typed, groups, matched, sourceTerms)
  }

  private present(
    typed: string,
    groups: readonly KindTop[],
    terms: ReadonlySet<string>,
    sourceTerms: ReadonlyMap<SourceId, ReadonlySet<string>>,
  ): SearchResults {
    const out: SearchGroup[] = []
    for (const group of groups) {
      const hits = group.top.flatMap(({ key, score }) => {
        const record = this.records.get(key)
        if (!record) return []
        const sourceOf = (id: SourceId) => this.sources.get(id)
        return [
          buildHit(record, { terms, fields: matchedFields(record, terms), score, sourceOf, sourceTerms }),
        ]
      })
      out.push({ kind: group.kind, total: group.total, hits })
    }
    // The group with the best hit first.
    out.sort((a, b) => (b.hits[0]?.score ?? 0) - (a.hits[0]?.score ?? 0))
    return { query: typed, groups: out, total: groups.reduce((n, g) => n + g.total, 0) }
  }
}
