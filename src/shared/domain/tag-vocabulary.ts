// A case's tags as a vocabulary: every tag in use on its annotations and
// claims, with its category (the "actor:", "place:" … prefix), colour and
// counts, and the edits that keep the vocabulary tidy: rename a tag
// everywhere, merge one into another, move a tag to another category.
// Tags compare without regard to case ("Actor:HTS" is "actor:hts"), as
// normaliseTags already does within one list; the first spelling met names it.
import { normaliseTags } from './annotation'
import { categoryOf, tagCategories, type TagCategoryId } from './tags'

export interface TagEntry {
  /** The tag as first spelled. */
  tag: string
  /** The case-folded form tags are matched by. */
  key: string
  category: TagCategoryId
  /** The tag without its category prefix. */
  name: string
  slot: number
  annotations: number
  claims: number
}

export const tagKey = (tag: string) => tag.trim().replace(/\s+/g, ' ').toLowerCase()

/** The part after a known category prefix ("actor:HTS" → "HTS"); the whole tag otherwise. */
export function tagName(tag: string): string {
  const category = categoryOf(tag)
  if (category === 'general' || category === 'other') return tag.trim()
  return tag.slice(tag.indexOf(':') + 1).trim()
}

/** The vocabulary of the given records, ordered by category, then name. */
export function tagVocabulary(
  annotations: readonly { tags: readonly string[] }[],
  claims: readonly { tags: readonly string[] }[],
): TagEntry[] {
  const entries = new Map<string, TagEntry>()
  const count = (tags: readonly string[], field: 'annotations' | 'claims') => {
    for (const tag of new Set(tags.map(tagKey))) {
      const spelled = tags.find((t) => tagKey(t) === tag)!
      let entry = entries.get(tag)
      if (!entry) {
        const category = categoryOf(spelled)
        entry = {
          tag: spelled.trim(),
          key: tag,
          category,
          name: tagName(spelled),
          slot: tagCategories.find((c) => c.id === category)?.slot ?? 0,
          annotations: 0,
          claims: 0,
        }
        entries.set(tag, entry)
      }
      entry[field]++
    }
  }
  for (const a of annotations) count(a.tags, 'annotations')
  for (const c of claims) count(c.tags, 'claims')
  const rank = (c: TagCategoryId) => tagCategories.findIndex((t) => t.id === c)
  return [...entries.values()].sort(
    (a, b) =>
      rank(a.category) - rank(b.category) || a.name.localeCompare(b.name, undefined, { sensitivity: 'base' }),
  )
}

/**
 * The tag list with every tag matching `from` replaced by `to` (merging into
 * a tag the list already has), or null when the list does not use `from`.
 */
export function replaceTag(tags: readonly string[], from: string, to: string): string[] | null {
  const key = tagKey(from)
  if (!tags.some((t) => tagKey(t) === key)) return null
  return normaliseTags(tags.map((t) => (tagKey(t) === key ? to : t)))
}

/** The tag moved to another category: "HTS" → "actor:HTS", "place:Homs" → "Homs" for general. */
export function withCategory(tag: string, category: TagCategoryId): string {
  const name = tagName(tag)
  return category === 'general' || category === 'other' ? name : `${category}:${name}`
}

/** Checks a new tag name; a sentence saying what is wrong, or null. */
export function tagProblem(tag: string): string | null {
  const t = tag.trim()
  if (!t) return 'A tag cannot be empty.'
  if (t.length > 200) return 'Keep a tag under 200 characters.'
  if (t.includes(',')) return 'A tag cannot contain a comma: commas separate tags.'
  return null
}
