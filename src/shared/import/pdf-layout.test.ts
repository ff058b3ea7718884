import { describe, expect, it } from 'vitest'
import { layoutPdf, type PdfPageText, type PdfTextRun } from './pdf-layout'

/** Lays out lines of text as runs on an A4 page: [x, y, size, text]. Each word is its own run. */
function page(n: number, lines: [number, number, number, string][]): PdfPageText {
  const runs: PdfTextRun[] = []
  for (const [x0, y, size, text] of lines) {
    let x = x0
    for (const word of text.split(' ')) {
      const width = word.length * size * 0.5
      runs.push({ str: word, x, y, width, size })
      x += width + size * 0.3
    }
  }
  return { page: n, width: 595, height: 842, runs }
}

const texts = (pages: PdfPageText[]) =>
  layoutPdf(pages).blocks.map((b) => [b.kind, b.page, b.reason ?? '', b.text])

describe('layoutPdf', () => {
  it('joins lines into paragraphs by spacing and indentation, and headings by size', () => {
    const p = page(1, [
      [50, 780, 20, 'Annual report'],
      [50, 740, 10, 'First paragraph runs over two'],
      [50, 728, 10, 'lines of text.'],
      [62, 716, 10, 'An indented line opens the second'],
      [50, 704, 10, 'paragraph here.'],
      [50, 680, 10, 'Spacing opens the third.'],
    ])
    expect(texts([p])).toEqual([
      ['h1', 1, '', 'Annual report'],
      ['p', 1, '', 'First paragraph runs over two lines of text.'],
      ['p', 1, '', 'An indented line opens the second paragraph here.'],
      ['p', 1, '', 'Spacing opens the third.'],
    ])
  })

  it('joins a word hyphenated at a line end, but keeps a word’s own hyphen', () => {
    const p = page(1, [
      [50, 740, 10, 'The gauges were equi‐'],
      [50, 728, 10, 'valent to the cloud-'],
      [50, 716, 10, 'free images of the basin.'],
    ])
    expect(texts([p])[0]![3]).toBe('The gauges were equivalent to the cloud-free images of the basin.')
  })

  it('reads two columns left then right, and carries a paragraph across the gutter', () => {
    const left = Array.from({ length: 4 }, (_, i): [number, number, number, string] => [
      50,
      700 - 12 * i,
      10,
      `left line number ${i + 1} of the text`,
    ])
    const right = Array.from({ length: 4 }, (_, i): [number, number, number, string] => [
      310,
      700 - 12 * i,
      10,
      `right line number ${i + 1} of the text${i === 3 ? '.' : ''}`,
    ])
    const p = page(1, [[50, 760, 20, 'A title across both columns'], ...left, ...right])
    const blocks = texts([p])
    expect(blocks).toHaveLength(2)
    expect(blocks[1]![3]).toMatch(
      /^left line number 1 .* left line number 4 of the text right line number 1 .* number 4 of the text\.$/,
    )
  })

  it('drops running headers and page numbers, and keeps a paragraph that runs onto the next page', () => {
    const first = ['The first page ends in the middle of a', 'sentence that the next page']
    const second = ['continues, and the paragraph ends on', 'page two.']
    const third = ['Page three opens a paragraph.', 'It ends here.']
    const pages = [first, second, third].map(([a, b], i) =>
      page(i + 1, [
        [50, 810, 8, 'Centre for Civilian Protection · Brief No. 12'],
        [50, 740, 10, a!],
        [50, 728, 10, b!],
        [280, 30, 8, `Page ${i + 1} of 3`],
      ]),
    )
    const blocks = layoutPdf(pages).blocks
    expect(blocks.filter((b) => !b.reason).map((b) => [b.page, b.text])).toEqual([
      [
        1,
        'The first page ends in the middle of a sentence that the next page continues, and the paragraph ends on page two.',
      ],
      [3, 'Page three opens a paragraph. It ends here.'],
    ])
    expect(blocks.filter((b) => b.reason === 'running header')).toHaveLength(3)
    expect(blocks.filter((b) => b.reason === 'page number').map((b) => b.text)).toEqual([
      'Page 1 of 3',
      'Page 2 of 3',
      'Page 3 of 3',
    ])
  })

  it('names pages without text', () => {
    expect(
      layoutPdf([page(1, [[50, 700, 10, 'Text.']]), { page: 2, width: 595, height: 842, runs: [] }])
        .emptyPages,
    ).toEqual([2])
  })
})
