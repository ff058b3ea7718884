import { describe, expect, it } from 'vitest'
import { replaceTag, tagProblem, tagVocabulary, withCategory } from './tag-vocabulary'

describe('tag vocabulary', () => {
  it('counts each tag once per record, case-insensitively, ordered by category then name', () => {
    const vocabulary = tagVocabulary(
      [{ tags: ['place:Homs', 'displacement'] }, { tags: ['Place:HOMS', 'actor:HTS'] }],
      [{ tags: ['place:homs'] }, { tags: ['actor:SOHR', 'displacement'] }],
    )
    expect(vocabulary.map((t) => [t.tag, t.category, t.name, t.annotations, t.claims])).toEqual([
      ['displacement', 'general', 'displacement', 1, 1],
      ['actor:HTS', 'actor', 'HTS', 1, 0],
      ['actor:SOHR', 'actor', 'SOHR', 0, 1],
      ['place:Homs', 'place', 'Homs', 2, 1],
    ])
  })

  it('renames and merges within a list, whatever the spelling', () => {
    expect(replaceTag(['Place:HOMS', 'x'], 'place:homs', 'place:Homs city')).toEqual(['place:Homs city', 'x'])
    // Merging into a tag the list already carries leaves one of it.
    expect(replaceTag(['refugees', 'displacement'], 'refugees', 'Displacement')).toEqual(['Displacement'])
    expect(replaceTag(['x'], 'y', 'z')).toBeNull()
  })

  it('moves a tag between categories and refuses empty or comma tags', () => {
    expect(withCategory('HTS', 'actor')).toBe('actor:HTS')
    expect(withCategory('place:Homs', 'event')).toBe('event:Homs')
    expect(withCategory('place:Homs', 'general')).toBe('Homs')
    expect(tagProblem(' ')).toBe('A tag cannot be empty.')
    expect(tagProblem('a,b')).toMatch(/comma/)
    expect(tagProblem('place:Homs')).toBeNull()
  })
})
