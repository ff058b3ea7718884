import { describe, expect, it } from 'vitest'
import { chosenBlocks, documentMetaFrom, type ExtractedDocument } from './extracted'
import { documentMetaSchema } from '../domain/document'

const doc: ExtractedDocument = {
  format: 'pdf',
  source: { name: 'a.pdf', size: 1, type: 'application/pdf', sha256: '0'.repeat(64) },
  blocks: [
    { text: 'Title', kind: 'h1', kept: true, page: 1 },
    { text: 'Header', kind: 'p', kept: false, reason: 'running header', page: 1 },
    { text: 'Body', kind: 'p', kept: true, page: 2, dir: 'rtl' },
    { text: 'Secret', kind: 'p', kept: false, reason: 'hidden' },
  ],
  meta: {
    title: 'Title',
    outlet: '',
    author: '',
    url: '',
    published: '',
    modified: '',
    lang: '',
    dir: 'ltr',
  },
  extractor: { name: 'pdf.js', version: 'x' },
  warnings: [],
}

describe('chosenBlocks', () => {
  it('keeps the extractor’s choice, with pages and directions beside each line', () => {
    expect(chosenBlocks(doc)).toEqual({
      blocks: [
        { kind: 'h1', text: 'Title' },
        { kind: 'p', text: 'Body' },
      ],
      pages: [1, 2],
      dirs: ['ltr', 'rtl'],
    })
  })

  it('takes the whole page without hidden text, and the analyst’s overrides over both', () => {
    expect(chosenBlocks(doc, { mode: 'whole-page' }).blocks.map((b) => b.text)).toEqual([
      'Title',
      'Header',
      'Body',
    ])
    expect(
      chosenBlocks(doc, {
        mode: 'article',
        overrides: new Map([
          [0, false],
          [3, true],
        ]),
      }).blocks.map((b) => b.text),
    ).toEqual(['Body', 'Secret'])
    expect(
      chosenBlocks(doc, { mode: 'whole-page', overrides: { 1: false } }).blocks.map((b) => b.text),
    ).toEqual(['Title', 'Body'])
  })
})

describe('documentMetaFrom', () => {
  it('gives the details form valid values, the file’s saved day before today', () => {
    const meta = documentMetaFrom(
      { ...doc, meta: { ...doc.meta, title: 'T'.repeat(400), retrieved: '2024-03-05' } },
      '2026-11-30',
    )
    expect(meta.title).toHaveLength(300)
    expect(meta.retrieved).toBe('2024-03-05')
    expect(documentMetaSchema.safeParse(meta).success).toBe(true)
  })

  it('falls back to the file name for a title, and to today for retrieved', () => {
    const meta = documentMetaFrom(
      { ...doc, source: { ...doc.source, name: 'field_report-3.pdf' }, meta: { ...doc.meta, title: '' } },
      '2026-11-30',
    )
    expect(meta).toMatchObject({ title: 'field report 3', retrieved: '2026-11-30' })
  })
})
