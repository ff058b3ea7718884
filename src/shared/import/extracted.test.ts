import { describe, expect, it } from 'vitest'
import { chosenBlocks, type ExtractedDocument } from './extracted'

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
