// Builds a MiniSearch index in bulk. MiniSearch's own `addAll` walks its radix
// tree once per word occurrence (about 4 million on the benchmark case) and
// took 18 s there; this builder counts occurrences with interned word ids in
// flat arrays and hands MiniSearch the finished index through its documented
// `loadJS` (the format `toJSON` writes), so the tree is walked once per
// distinct term. A test checks that the result equals MiniSearch's own
// `addAll` on the same records; tests/bench/search-libraries.bench.ts shows
// the gain.
import MiniSearch, { type AsPlainObject } from 'minisearch'
import { extractField, indexOptions, processTerm, tokenize } from './index-options'
import type { IndexRecord } from './records'
import { foldToken, tokens } from './terms'
import { searchFields, type SearchField } from './types'

export class IndexBuilder {
  private readonly documentIds: Record<number, string> = {}
  private readonly storedFields: Record<number, { kind: string; caseId: string | null }> = {}
  private readonly fieldLength: Record<number, number[]> = {}
  private readonly averageFieldLength: number[] = []
  private readonly keys = new Set<string>()
  private count = 0

  // Interning: each distinct raw token, folded word and index term is hashed
  // once; after that a word occurrence costs one Map lookup and array writes.
  private readonly tokenWords = new Map<string, readonly number[]>()
  private readonly wordIds = new Map<string, number>()
  /** Per word id: the ids of the index terms it puts in a text field (none for a stop word). */
  private readonly wordTerms: number[][] = []
  private readonly termIds = new Map<string, number>()
  private readonly terms: string[] = []
  /**
   * Per term id: postings as flat triples (field id, short document id,
   * occurrences), in the order added. Far less for the garbage collector than
   * a Map per term and field, which cost seconds on the benchmark case.
   */
  private readonly postings: number[][] = []
  // Per-field scratch: occurrences per word id, valid where `stamp` equals the field's serial.
  private stamp = new Int32Array(1024)
  private freq = new Int32Array(1024)
  private serial = 0

  /** How many records have been added. */
  get size(): number {
    return this.count
  }

  has(key: string): boolean {
    return this.keys.has(key)
  }

  /** Adds one record, exactly as MiniSearch's `add` would. Keys must be unique. */
  add(record: IndexRecord): void {
    if (this.keys.has(record.key)) throw new Error(`Duplicate search record ${record.key}`)
    this.keys.add(record.key)
    const shortId = this.count++
    this.documentIds[shortId] = record.key
    this.storedFields[shortId] = { kind: record.kind, caseId: record.caseId }
    const lengths: number[] = []
    this.fieldLength[shortId] = lengths
    for (let fieldId = 0; fieldId < searchFields.length; fieldId++) {
      const field = searchFields[fieldId]!
      const value = extractField(record, field)
      if (value == null) continue
      const distinct = this.countWords(value, field)
      lengths[fieldId] = distinct.length
      // The same running average, in the same order, as MiniSearch's addFieldLength.
      const average = this.averageFieldLength[fieldId] || 0
      this.averageFieldLength[fieldId] = (average * shortId + distinct.length) / (shortId + 1)
      for (const word of distinct) {
        const count = this.freq[word]!
        for (const term of this.wordTerms[word]!) this.post(term, fieldId, shortId, count)
      }
    }
  }

  /** The distinct word ids of a field value, with their occurrences left in `freq`. */
  private countWords(value: string, field: SearchField): number[] {
    const serial = ++this.serial
    const distinct: number[] = []
    const count = (word: number) => {
      if (this.stamp[word] === serial) this.freq[word]!++
      else {
        this.stamp[word] = serial
        this.freq[word] = 1
        distinct.push(word)
      }
    }
    if (field === 'source') {
      for (const term of tokenize(value, field)) count(this.wordId(term, field))
      return distinct
    }
    for (const token of tokens(value)) {
      let ids = this.tokenWords.get(token)
      if (ids === undefined) {
        ids = foldToken(token).map((w) => this.wordId(w, field))
        this.tokenWords.set(token, ids)
      }
      for (const id of ids) count(id)
    }
    return distinct
  }

  private wordId(word: string, field: SearchField): number {
    // Source terms ("#id") never collide with text words, which hold no "#".
    let id = this.wordIds.get(word)
    if (id === undefined) {
      id = this.wordTerms.length
      this.wordIds.set(word, id)
      const processed = processTerm(word, field)
      const terms = processed === null ? [] : typeof processed === 'string' ? [processed] : processed
      this.wordTerms.push(terms.map((t) => this.termId(t)))
      if (id >= this.stamp.length) {
        const stamp = new Int32Array(this.stamp.length * 2)
        stamp.set(this.stamp)
        this.stamp = stamp
        const freq = new Int32Array(this.freq.length * 2)
        freq.set(this.freq)
        this.freq = freq
      }
    }
    return id
  }

  private termId(term: string): number {
    let id = this.termIds.get(term)
    if (id === undefined) {
      id = this.terms.length
      this.termIds.set(term, id)
      this.terms.push(term)
      this.postings.push([])
    }
    return id
  }

  private post(term: number, fieldId: number, shortId: number, count: number): void {
    const entry = this.postings[term]!
    // All postings of one field of one record arrive together, so a repeat
    // (two Arabic forms folding to one term) can only be the last triple.
    const n = entry.length
    if (n > 0 && entry[n - 3] === fieldId && entry[n - 2] === shortId) entry[n - 1]! += count
    else entry.push(fieldId, shortId, count)
  }

  /** The index in MiniSearch's serialised form. */
  toJS(): AsPlainObject {
    const index: AsPlainObject['index'] = []
    this.terms.forEach((term, id) => {
      const triples = this.postings[id]!
      if (triples.length === 0) return
      const data: Record<number, Record<number, number>> = {}
      for (let i = 0; i < triples.length; i += 3) (data[triples[i]!] ??= {})[triples[i + 1]!] = triples[i + 2]!
      index.push([term, data])
    })
    return {
      documentCount: this.count,
      nextId: this.count,
      documentIds: this.documentIds,
      fieldIds: Object.fromEntries(searchFields.map((f, i) => [f, i])),
      fieldLength: this.fieldLength,
      averageFieldLength: this.averageFieldLength,
      storedFields: this.storedFields,
      dirtCount: 0,
      index,
      serializationVersion: 2,
    }
  }

  /** The finished, searchable index; the builder should not be used afterwards. */
  finish(): MiniSearch<IndexRecord> {
    return MiniSearch.loadJS<IndexRecord>(this.toJS(), indexOptions)
  }
}
