import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { PDFDocument, PDFRawStream, decodePDFRawStream } from 'pdf-lib'
import { improveTextLayer } from './pdf-text-layer'

// A page Chromium printed with the bundled Noto Naskh Arabic: four Arabic
// lines (one with Latin and numbers, one with vowel marks) and a mixed line.
const printed = new Uint8Array(readFileSync('tests/fixtures/arabic-chromium.pdf'))

async function contentStreams(pdf: Uint8Array): Promise<string[]> {
  const doc = await PDFDocument.load(pdf)
  return doc.getPages().flatMap((p) => {
    const raw = p.node.Contents()
    const streams = raw && 'asArray' in raw ? raw.asArray().map((r) => doc.context.lookup(r)) : [raw]
    return streams
      .filter((s): s is PDFRawStream => s instanceof PDFRawStream)
      .map((s) => Buffer.from(decodePDFRawStream(s).decode()).toString('latin1'))
  })
}
const drawing = (s: string) =>
  s
    .split('\n')
    .filter((l) => !/^\/Span<<.*BDC$|^EMC$/.test(l.trim()))
    .join(' ')
    .split(/\s+/)
    .join(' ')

describe('improveTextLayer', () => {
  it('separates the marks of Arabic clusters and draws the same page', async () => {
    const improved = await improveTextLayer(printed)
    const [before] = await contentStreams(printed)
    const [after] = await contentStreams(improved)
    expect(after).not.toBe(before)
    expect((after!.match(/ActualText <FEFF> >>/g) ?? []).length).toBeGreaterThan(20)
    expect(drawing(after!)).toBe(drawing(before!))
    // A second pass finds nothing left to move.
    expect(await improveTextLayer(improved)).toBe(improved)
  })

  it('hands back anything it cannot read untouched', async () => {
    const notPdf = new TextEncoder().encode('%PDF-1.7 fake')
    expect(await improveTextLayer(notPdf)).toBe(notPdf)
  })
})
