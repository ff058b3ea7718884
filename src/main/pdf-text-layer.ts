// After Chromium prints a briefing: rewrites the page content streams so
// their text reads back (see separateClusterMarks for what and why). pdf-lib
// parses and writes the file; only content streams change, and any PDF it
// cannot handle comes back exactly as it went in.
import {
  PDFArray,
  PDFDict,
  PDFDocument,
  PDFName,
  PDFNumber,
  PDFRawStream,
  PDFRef,
  decodePDFRawStream,
} from 'pdf-lib'
import { separateClusterMarks, type GlyphWidth } from '../shared/export/pdf-clusters'

/** Glyph widths of a composite (Type0) font from its descendant's /W and /DW. */
function cidWidths(font: PDFDict): ((glyph: number) => number) | undefined {
  if (font.lookupMaybe(PDFName.of('Subtype'), PDFName)?.asString() !== '/Type0') return undefined
  const descendant = font.lookup(PDFName.of('DescendantFonts'), PDFArray).lookup(0, PDFDict)
  const fallback = descendant.lookupMaybe(PDFName.of('DW'), PDFNumber)?.asNumber() ?? 1000
  const widths = new Map<number, number>()
  const w = descendant.lookupMaybe(PDFName.of('W'), PDFArray)
  // /W is [c [w1 w2 …] …] or [c_first c_last w …], mixed.
  for (let i = 0; w && i < w.size();) {
    const first = w.lookup(i, PDFNumber).asNumber()
    const next = w.lookup(i + 1)
    if (next instanceof PDFArray) {
      for (let k = 0; k < next.size(); k++) widths.set(first + k, next.lookup(k, PDFNumber).asNumber())
      i += 2
    } else {
      const last = w.lookup(i + 1, PDFNumber).asNumber()
      const width = w.lookup(i + 2, PDFNumber).asNumber()
      for (let c = first; c <= last; c++) widths.set(c, width)
      i += 3
    }
  }
  return (glyph) => widths.get(glyph) ?? fallback
}

const latin1 = (bytes: Uint8Array) => Buffer.from(bytes).toString('latin1')

export async function improveTextLayer(pdf: Uint8Array): Promise<Uint8Array> {
  try {
    const doc = await PDFDocument.load(pdf, { updateMetadata: false })
    let changed = false
    for (const page of doc.getPages()) {
      const fonts = page.node.Resources()?.lookupMaybe(PDFName.of('Font'), PDFDict)
      const byName = new Map<string, (glyph: number) => number>()
      for (const [name, ref] of fonts?.entries() ?? []) {
        const font = doc.context.lookup(ref)
        const widths = font instanceof PDFDict ? cidWidths(font) : undefined
        if (widths) byName.set(name.asString().slice(1), widths)
      }
      const widthOf: GlyphWidth = (font, glyph) => byName.get(font)?.(glyph)
      const contents = page.node.get(PDFName.of('Contents'))
      const refs =
        contents instanceof PDFRef
          ? [contents]
          : contents instanceof PDFArray
            ? contents.asArray().filter((r): r is PDFRef => r instanceof PDFRef)
            : []
      for (const ref of refs) {
        const stream = doc.context.lookup(ref)
        if (!(stream instanceof PDFRawStream)) continue
        const before = latin1(decodePDFRawStream(stream).decode())
        const after = separateClusterMarks(before, widthOf)
        if (after === before) continue
        doc.context.assign(ref, doc.context.flateStream(Buffer.from(after, 'latin1')))
        changed = true
      }
    }
    return changed ? await doc.save({ useObjectStreams: false, updateFieldAppearances: false }) : pdf
  } catch {
    // A PDF this cannot read is still a good PDF: hand it on untouched.
    return pdf
  }
}
