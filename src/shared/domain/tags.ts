// Tag categories and their colours. A tag may name its category as a prefix,
// "actor:HTS" or "place:Homs"; an annotation takes the colour of its first
// categorised tag. The painter has one Highlight per colour slot, so the set
// is small and fixed.
export const tagCategories = [
  { id: 'general', label: 'General', slot: 0 },
  { id: 'actor', label: 'Actor', slot: 1 },
  { id: 'place', label: 'Place', slot: 2 },
  { id: 'event', label: 'Event', slot: 3 },
  { id: 'source', label: 'Source', slot: 4 },
  { id: 'time', label: 'Time', slot: 5 },
  { id: 'claim', label: 'Claim', slot: 6 },
  { id: 'other', label: 'Other category', slot: 7 },
] as const
export type TagCategoryId = (typeof tagCategories)[number]['id']
export const colourSlotCount = tagCategories.length

/** "actor:HTS" → "actor"; a tag with no prefix is "general"; unknown prefixes are "other". */
export function categoryOf(tag: string): TagCategoryId {
  const colon = tag.indexOf(':')
  if (colon <= 0) return 'general'
  const prefix = tag.slice(0, colon).trim().toLowerCase()
  return tagCategories.find((c) => c.id === prefix)?.id ?? 'other'
}

export function colourSlotOf(tags: readonly string[]): number {
  const categorised = tags.map(categoryOf).find((c) => c !== 'general') ?? 'general'
  return tagCategories.find((c) => c.id === categorised)?.slot ?? 0
}

export function categoryLabel(id: TagCategoryId): string {
  return tagCategories.find((c) => c.id === id)?.label ?? id
}
