import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import {
  blocksFromPlainText,
  canonicalise,
  documentMetaSchema,
  emptyMeta,
  fallbackTitle,
  lineStarts,
} from './document'

const sample = readFileSync(new URL('../../../resources/sample-article.txt', import.meta.url), 'utf8')

describe('canonical text', () => {
  it('leaves the sample article byte for byte as it is', () => {
    const { text, blocks } = canonicalise(blocksFromPlainText(sample))
    expect(text).toBe(sample)
    expect(blocks).toHaveLength(9)
  })

  it('drops blank lines, tolerates CRLF and a BOM, collapses runs of spaces', () => {
    expect(canonicalise(blocksFromPlainText('\uFEFFone\r\n\r\n  two   words \r\nthree')).text).toBe(
      'one\ntwo words\nthree',
    )
  })

  it('knows where each line starts', () => {
    expect(lineStarts('ab\nc\n\nd')).toEqual([0, 3, 5, 6])
  })

  it('makes a title from a file name or the first words', () => {
    expect(fallbackTitle('x', 'homs-report_draft.txt')).toBe('homs report draft')
    expect(fallbackTitle('one two three four five six seven eight nine ten eleven twelve thirteen')).toBe(
      'one two three four five six seven eight nine ten eleven twelve…',
    )
  })
})

describe('document metadata', () => {
  it('requires a title and names the bad field', () => {
    const result = documentMetaSchema.safeParse({
      ...emptyMeta,
      url: 'javascript:alert(1)',
      published: '6 Dec',
    })
    expect(result.success).toBe(false)
    const fields = result.error?.issues.map((i) => i.path[0])
    expect(fields).toEqual(expect.arrayContaining(['title', 'url', 'published']))
  })

  it('accepts a complete record', () => {
    const meta = { ...emptyMeta, title: 'Homs', url: 'https://example.org/a', published: '2024-12-06' }
    expect(documentMetaSchema.parse(meta)).toEqual(meta)
  })
})
