// The inverted index the engine queries. Terms live in MiniSearch's
// SearchableMap (a radix tree with prefix and typo-tolerant lookup: the part
// worth taking from a library); postings live in typed arrays, scored with
// MiniSearch's own BM25+ and its prefix and typo weights, keeping only the
// best few per kind.
//
// Why not MiniSearch's index itself: on the benchmark case (150,000 records,
// 4 million words) its addAll took 18 s and its search, which builds a
// result object for every match and sorts them all, took 300 ms and more for
// a common word; here the same build takes a fraction and a query scans flat
// arrays. inverted-index.test.ts checks that the ranking and scores equal
// MiniSearch's on the same records; tests/bench/search-libraries.bench.ts
// shows the gain.
import SearchableMap from 'minisearch/SearchableMap'
import { foldToken, tokens } from './terms'
import { hitKinds, searchFields, type HitKind, type SearchField } from './types'
import type { IndexRecord } from './records'
import { processTerm, tokenize } from './index-options'
import { pushBounded } from './top-k'

const F = searchFields.length
/** A posting packs document and field in one int: doc << FIELD_BITS | field. */
const FIELD_BITS = 3
const ALL_CASES = -1
/** MiniSearch's defaults: BM25+ parameters and the weights of prefix and typo matches. */
const BM25 = { k: 1.2, b: 0.7, d: 0.5 }
export const PREFIX_WEIGHT = 0.375
export const FUZZY_WEIGHT = 0.45

/** One term the query looks up, with its weight, optionally in some fields only. */
export interface Expansion {
  term: string
  weight: number
  /** Bit f set: field f is searched. */
  fieldMask: number
}
export const ALL_FIELDS = (1 << F) - 1
export const fieldBit = (field: SearchField): number => 1 << searchFields.indexOf(field)

export interface Scored {
  key: string
  score: number
}
export interface KindTop {
  kind: HitKind
  total: number
  /** Best first. */
  top: Scored[]
}

class Postings {
  codes = new Int32Array(4)
  freqs = new Uint16Array(4)
  length = 0

  push(code: number, freq: number): void {
    if (this.length > 0 && this.codes[this.length - 1] === code) {
      // Two forms of one word in one field fold to the same term: one posting.
      this.freqs[this.length - 1] = Math.min(0xffff, this.freqs[this.length - 1]! + freq)
      return
    }
    if (this.length === this.codes.length) {
      const codes = new Int32Array(this.length * 2)
      codes.set(this.codes)
      this.codes = codes
      const freqs = new Uint16Array(this.length * 2)
      freqs.set(this.freqs)
      this.freqs = freqs
    }
    this.codes[this.length] = code
    this.freqs[this.length++] = freq
  }
}

const grow = <T extends Int32Array | Uint8Array | Float64Array>(array: T, size: number): T => {
  if (size <= array.length) return array
  const grown = new (array.constructor as new (n: number) => T)(Math.max(size, array.length * 2))
  grown.set(array)
  return grown
}

export class InvertedIndex {
  private readonly termIds = new SearchableMap<number>()
  private readonly postings: Postings[] = []
  /** Live documents per term and field: df[term * F + field]. */
  private df = new Int32Array(1024)
  private readonly docOf = new Map<string, number>()
  /** The record each document was added as: removing it takes its terms out again. */
  private added: (IndexRecord | undefined)[] = []
  private kinds = new Uint8Array(1024)
  private cases = new Int32Array(1024)
  private alive = new Uint8Array(1024)
  /** Distinct words per document and field, -1 where the field is absent. */
  private lengths = new Int32Array(1024 * F)
  /** MiniSearch's running average of field lengths, kept the same way so scores agree. */
  private readonly avgLength = new Float64Array(F)
  private readonly caseIds = new Map<string, number>()
  private live = 0
  private next = 0
  private postingCount = 0
  private deadPostings = 0
  // Interning, so that a word occurrence costs one Map lookup (see add).
  private readonly tokenWords = new Map<string, number>()
  private readonly multiWordTokens: number[][] = []
  private readonly wordIds = new Map<string, number>()
  private readonly wordTerms: number[][] = []
  // Scratch for counting words per field and for scoring queries.
  private stamp = new Int32Array(1024)
  private freq = new Int32Array(1024)
  private serial = 0
  private score = new Float64Array(1024)
  private mark = new Int32Array(1024)
  private query = 0

  /** Live records. */
  get size(): number {
    return this.live
  }

  has(key: string): boolean {
    return this.docOf.has(key)
  }

  /** Adds a record; its key must not be in the index. */
  add(record: IndexRecord): void {
    if (this.docOf.has(record.key)) throw new Error(`Duplicate search record ${record.key}`)
    const doc = this.next++
    this.ensureDocs(this.next)
    this.docOf.set(record.key, doc)
    this.added[doc] = record
    this.kinds[doc] = hitKinds.indexOf(record.kind)
    this.cases[doc] = record.caseId === null ? ALL_CASES : this.caseId(record.caseId)
    this.alive[doc] = 1
    this.live++
    for (let f = 0; f < F; f++) {
      const value = record.fields[searchFields[f]!]
      if (value == null) {
        this.lengths[doc * F + f] = -1
        continue
      }
      const distinct = this.countWords(value, searchFields[f]!)
      this.lengths[doc * F + f] = distinct.length
      // MiniSearch's addFieldLength: an average over every document so far.
      this.avgLength[f] = ((this.avgLength[f] || 0) * (this.live - 1) + distinct.length) / this.live
      const code = (doc << FIELD_BITS) | f
      const { freq, wordTerms, postings, df } = this
      for (const word of distinct) {
        const count = freq[word]!
        for (const term of wordTerms[word]!) {
          const p = postings[term]!
          const before = p.length
          p.push(code, count)
          if (p.length > before) {
            df[term * F + f]!++
            this.postingCount++
          }
        }
      }
    }
  }

  /** Removes a record by key; false if there was none. */
  remove(key: string): boolean {
    const doc = this.docOf.get(key)
    if (doc === undefined) return false
    const record = this.added[doc]!
    for (let f = 0; f < F; f++) {
      const length = this.lengths[doc * F + f]!
      if (length < 0) continue
      // MiniSearch's removeFieldLength.
      this.avgLength[f] = this.live === 1 ? NaN : (this.avgLength[f]! * this.live - length) / (this.live - 1)
      const terms = new Set<number>()
      for (const word of this.countWords(record.fields[searchFields[f]!] ?? '', searchFields[f]!)) {
        for (const term of this.wordTerms[word]!) terms.add(term)
      }
      for (const term of terms) this.df[term * F + f]!--
      this.deadPostings += terms.size
    }
    this.docOf.delete(key)
    this.added[doc] = undefined
    this.alive[doc] = 0
    this.live--
    if (this.deadPostings > 50_000 && this.deadPostings > this.postingCount / 4) this.compact()
    return true
  }

  /** Drops the postings of removed records. */
  private compact(): void {
    for (const p of this.postings) {
      let kept = 0
      for (let i = 0; i < p.length; i++) {
        if (this.alive[p.codes[i]! >>> FIELD_BITS]) {
          p.codes[kept] = p.codes[i]!
          p.freqs[kept++] = p.freqs[i]!
        }
      }
      p.length = kept
    }
    this.postingCount -= this.deadPostings
    this.deadPostings = 0
  }

  /** Whether a live record holds `term`: a word the index knows needs no typo search. */
  hasTerm(term: string): boolean {
    const id = this.termIds.get(term)
    if (id === undefined) return false
    for (let f = 0; f < F; f++) if (this.df[id * F + f]! > 0) return true
    return false
  }

  /**
   * The terms a query word looks up: itself, the longer terms it begins
   * (when `prefix`) and terms within `fuzzy` edits, weighted as MiniSearch does.
   */
  expand(word: string, prefix: boolean, fuzzy: number | false): Expansion[] {
    const out: Expansion[] = [{ term: word, weight: 1, fieldMask: ALL_FIELDS }]
    const seen = new Set([word])
    if (prefix) {
      for (const term of this.termIds.atPrefix(word).keys()) {
        if (seen.has(term)) continue
        seen.add(term)
        const distance = term.length - word.length
        out.push({
          term,
          weight: (PREFIX_WEIGHT * term.length) / (term.length + 0.3 * distance),
          fieldMask: ALL_FIELDS,
        })
      }
    }
    if (fuzzy) {
      for (const [term, [, distance]] of this.termIds.fuzzyGet(word, fuzzy)) {
        if (seen.has(term)) continue
        seen.add(term)
        out.push({
          term,
          weight: (FUZZY_WEIGHT * term.length) / (term.length + distance),
          fieldMask: ALL_FIELDS,
        })
      }
    }
    return out
  }

  /**
   * Records matching every word (each word: any of its expansions), limited
   * to one case (null: all) and to `kinds`, scored with BM25+ and grouped by
   * kind with the best `limit` of each.
   */
  search(
    words: readonly (readonly Expansion[])[],
    options: {
      caseId: string | null
      kinds: ReadonlySet<HitKind> | null
      boost: Readonly<Record<SearchField, number>>
      limit: number
    },
  ): KindTop[] {
    const m = words.length
    // Per-query marks count words in 6 bits (base = query * 64).
    if (m === 0 || m > 63) throw new RangeError(`A query needs 1 to 63 words, not ${m}`)
    const base = ++this.query * 64
    const caseFilter = options.caseId === null ? null : (this.caseIds.get(options.caseId) ?? -2)
    let kindMask = 0
    hitKinds.forEach((k, i) => {
      if (!options.kinds || options.kinds.has(k)) kindMask |= 1 << i
    })
    const boost = searchFields.map((f) => options.boost[f] ?? 1)
    const touched: number[] = []
    const { alive, mark, score, lengths, cases, kinds } = this
    for (let j = 0; j < m; j++) {
      for (const expansion of words[j]!) {
        const term = this.termIds.get(expansion.term)
        if (term === undefined) continue
        const p = this.postings[term]!
        const idf = searchFields.map((_, f) => {
          const n = this.df[term * F + f]!
          return Math.log(1 + (this.live - n + 0.5) / (n + 0.5))
        })
        for (let i = 0; i < p.length; i++) {
          const code = p.codes[i]!
          const doc = code >>> FIELD_BITS
          const f = code & 7
          if (!alive[doc] || !(expansion.fieldMask & (1 << f))) continue
          const state = mark[doc]!
          if (j === 0) {
            if (state !== base) {
              const c = cases[doc]!
              if (caseFilter !== null && c !== ALL_CASES && c !== caseFilter) continue
              if (!(kindMask & (1 << kinds[doc]!))) continue
              mark[doc] = base
              score[doc] = 0
              touched.push(doc)
            }
          } else if (state === base + j - 1) mark[doc] = base + j
          else if (state !== base + j) continue
          const tf = p.freqs[i]!
          const norm = 1 - BM25.b + (BM25.b * lengths[doc * F + f]!) / this.avgLength[f]!
          score[doc]! +=
            expansion.weight * boost[f]! * idf[f]! * (BM25.d + (tf * (BM25.k + 1)) / (tf + BM25.k * norm))
        }
      }
    }
    return this.top(touched, base + m - 1, m, options.limit)
  }

  private top(touched: readonly number[], done: number, m: number, limit: number): KindTop[] {
    const groups = new Map<number, { total: number; heap: number[] }>()
    const { mark, score, kinds } = this
    for (const doc of touched) {
      if (mark[doc] !== done) continue
      const kind = kinds[doc]!
      let g = groups.get(kind)
      if (!g) groups.set(kind, (g = { total: 0, heap: [] }))
      g.total++
      pushBounded(g.heap, doc, score, limit)
    }
    return [...groups].map(([kind, g]) => ({
      kind: hitKinds[kind]!,
      total: g.total,
      // MiniSearch multiplies by the number of query words matched: every word, with AND.
      top: g.heap
        .sort((a, b) => score[b]! - score[a]!)
        .map((doc) => ({ key: this.added[doc]!.key, score: score[doc]! * m })),
    }))
  }

  private caseId(caseId: string): number {
    let id = this.caseIds.get(caseId)
    if (id === undefined) {
      id = this.caseIds.size
      this.caseIds.set(caseId, id)
    }
    return id
  }

  private ensureDocs(n: number): void {
    this.kinds = grow(this.kinds, n)
    this.cases = grow(this.cases, n)
    this.alive = grow(this.alive, n)
    this.score = grow(this.score, n)
    this.mark = grow(this.mark, n)
    this.lengths = grow(this.lengths, n * F)
  }

  /** The distinct word ids of a field value, with their occurrences left in `freq`. */
  private countWords(value: string, field: SearchField): number[] {
    const serial = ++this.serial
    const distinct: number[] = []
    if (field === 'source') {
      for (const term of tokenize(value, field)) this.tally(this.wordId(term, field), serial, distinct)
      return distinct
    }
    for (const token of tokens(value)) {
      let id = this.tokenWords.get(token)
      if (id === undefined) id = this.learnToken(token, field)
      // Almost every token is one word: its id is stored directly, several words as -(index + 1).
      if (id >= 0) this.tally(id, serial, distinct)
      else for (const word of this.multiWordTokens[-id - 1]!) this.tally(word, serial, distinct)
    }
    return distinct
  }

  private tally(word: number, serial: number, distinct: number[]): void {
    if (this.stamp[word] === serial) this.freq[word]!++
    else {
      this.stamp[word] = serial
      this.freq[word] = 1
      distinct.push(word)
    }
  }

  private learnToken(token: string, field: SearchField): number {
    const words = foldToken(token).map((w) => this.wordId(w, field))
    let id: number
    if (words.length === 1) id = words[0]!
    else {
      this.multiWordTokens.push(words)
      id = -this.multiWordTokens.length
    }
    this.tokenWords.set(token, id)
    return id
  }

  private wordId(word: string, field: SearchField): number {
    // A word's terms do not depend on its field, except for source terms ("#id"), which no text word can be.
    let id = this.wordIds.get(word)
    if (id === undefined) {
      id = this.wordTerms.length
      this.wordIds.set(word, id)
      const processed = processTerm(word, field)
      const terms = processed === null ? [] : typeof processed === 'string' ? [processed] : processed
      this.wordTerms.push(terms.map((t) => this.termId(t)))
      this.stamp = grow(this.stamp, id + 1)
      this.freq = grow(this.freq, id + 1)
    }
    return id
  }

  private termId(term: string): number {
    let id = this.termIds.get(term)
    if (id === undefined) {
      id = this.postings.length
      this.termIds.set(term, id)
      this.postings.push(new Postings())
      this.df = grow(this.df, (id + 1) * F)
    }
    return id
  }
}
