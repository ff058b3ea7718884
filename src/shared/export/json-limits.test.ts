import { describe, expect, it } from 'vitest'
import { checkJsonShape } from './json-limits'

describe('checkJsonShape', () => {
  it('refuses a value nested 5,000 deep by where it goes too deep, without overflowing', () => {
    const deep = JSON.parse(`{"audit":[{"changes":[{"before":${'['.repeat(5000)}${']'.repeat(5000)}}]}]}`)
    expect(checkJsonShape(deep, { maxDepth: 32, maxString: 100 })).toBe(
      'audit[0].changes[0].before[0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0]: values are nested deeper than the 32 levels a workbench file ever uses; the file was not read.',
    )
  })

  it('refuses an over-long text and accepts an ordinary record', () => {
    expect(checkJsonShape({ notes: 'x'.repeat(101) }, { maxDepth: 32, maxString: 100 })).toBe(
      'notes: a text of 101 characters is longer than the 100 allowed.',
    )
    expect(checkJsonShape({ a: [{ b: 'ok' }] }, { maxDepth: 32, maxString: 100 })).toBeNull()
  })
})
