// How records are indexed and queried: our folding and Arabic forms on the
// way in, the words as typed (folded) on the way out, every word required,
// the last one matched as a prefix while the analyst types, longer words
// forgiven a typo. The same settings as MiniSearch options, so tests and the
// benchmark can compare our index with MiniSearch's own on the same records.
import type { Options } from 'minisearch'
import type { IndexRecord } from './records'
import { indexTerms, queryTerm, words } from './terms'
import { searchFields, type SearchField } from './types'

/** Field weights: a name or title outranks a mention in running text. */
export const fieldBoost: Readonly<Record<SearchField, number>> = {
  title: 3,
  source: 2,
  tags: 1.5,
  places: 1.5,
  text: 1,
  notes: 1,
}

/**
 * Prefix matching from the second letter of the word being typed (the last
 * one, unless a space follows it).
 */
export const MIN_PREFIX = 2

/** Edit distance allowed for a word: one typo from five letters, two from nine. */
export function typoBudget(word: string): number | false {
  if (word.length >= 9) return 2
  if (word.length >= 5) return 1
  return false
}

/** A claim's `source` field holds source terms, one a line (records.ts); every other field holds text. */
export function tokenize(text: string, field?: string): string[] {
  return field === 'source' ? text.split('\n').filter(Boolean) : words(text)
}
export function processTerm(term: string, field?: string): string | string[] | null {
  return field === 'source' ? term : indexTerms(term)
}

/** The same indexing as MiniSearch options: for comparing with MiniSearch's own index. */
export const miniSearchOptions: Options<IndexRecord> = {
  idField: 'key',
  fields: [...searchFields],
  storeFields: ['kind', 'caseId'],
  extractField: (record, field) =>
    field === 'key' || field === 'kind' || field === 'caseId'
      ? record[field]
      : record.fields[field as SearchField],
  tokenize,
  processTerm,
  searchOptions: {
    tokenize: words,
    processTerm: queryTerm,
    combineWith: 'AND',
    boost: fieldBoost,
    fuzzy: typoBudget,
  },
}
