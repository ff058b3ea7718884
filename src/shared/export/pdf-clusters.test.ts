import { describe, expect, it } from 'vitest'
import { separateClusterMarks, type GlyphWidth } from './pdf-clusters'

// From a page Chromium printed (Noto Naskh Arabic as /F5): the word "من" in a
// right-to-left run. The nun is a dot mark (glyph 0x101, no advance) drawn
// 7.5 units above the baseline, then its base (0x4F); then the mim (0x4D).
const run = `BT
/ReversedChars BMC
/Span<</ActualText <FEFF0646> >> BDC
/F5 14.6599998 Tf
1 0 0 -1 391.32813 31 Tm
75.319504 -7.5498962 Td <0101> Tj
-2.9906311 7.5498962 Td <004F> Tj
EMC
/Span<</ActualText <FEFF0645> >> BDC
8.5739441 0 Td <004D> Tj
EMC
EMC
ET`
const widths: Record<string, Record<number, number>> = { F5: { 0x101: 0, 0x4f: 585, 0x4d: 400, 0x120: 0 } }
const widthOf: GlyphWidth = (font, glyph) => widths[font]?.[glyph]
/** The drawing alone: every operator but marked-content ones, whitespace folded. */
const drawing = (s: string) =>
  s
    .split('\n')
    .filter((l) => !/^\/Span<<.*BDC$|^EMC$/.test(l.trim()))
    .join(' ')
    .split(/\s+/)
    .join(' ')

describe('separateClusterMarks', () => {
  it('moves a leading mark out of its cluster, so the cluster’s text sits on its base letter', () => {
    expect(separateClusterMarks(run, widthOf)).toBe(`BT
/ReversedChars BMC
/Span<</ActualText <FEFF> >> BDC
/F5 14.6599998 Tf
1 0 0 -1 391.32813 31 Tm
75.319504 -7.5498962 Td
<0101> Tj
EMC
/Span<</ActualText <FEFF0646> >> BDC
-2.9906311 7.5498962 Td
<004F> Tj
EMC
/Span<</ActualText <FEFF0645> >> BDC
8.5739441 0 Td <004D> Tj
EMC
EMC
ET`)
  })

  it('draws exactly the same glyphs at the same places', () => {
    expect(drawing(separateClusterMarks(run, widthOf))).toBe(drawing(run))
  })

  it('moves trailing marks after the cluster and keeps marks between bases inside', () => {
    const span = `/Span<</ActualText <FEFF0634064E> >> BDC
1 0 Td <004F> Tj
2 0 Td <0101> Tj
3 0 Td <004D> Tj
4 -5 Td <0120> Tj
EMC`
    expect(separateClusterMarks(`BT\n/F5 12 Tf\n${span}\nET`, widthOf)).toBe(`BT
/F5 12 Tf
/Span<</ActualText <FEFF0634064E> >> BDC
1 0 Td
<004F> Tj
2 0 Td
<0101> Tj
3 0 Td
<004D> Tj
EMC
/Span<</ActualText <FEFF> >> BDC
4 -5 Td
<0120> Tj
EMC
ET`)
  })

  it('leaves alone what it cannot judge: unknown fonts, spans of marks only, other drawing, inline images', () => {
    const unknownFont = run.replace(/F5/g, 'F9')
    expect(separateClusterMarks(unknownFont, widthOf)).toBe(unknownFont)
    const marksOnly = `BT /F5 12 Tf /Span<</ActualText <FEFF064E> >> BDC 1 0 Td <0101> Tj 2 0 Td <0120> Tj EMC ET`
    expect(separateClusterMarks(marksOnly, widthOf)).toBe(marksOnly)
    const drawn = run.replace('<004F> Tj', '<004F> Tj 0 0 10 10 re f')
    expect(separateClusterMarks(drawn, widthOf)).toBe(drawn)
    const image = `${run}\nBI /W 1 /H 1 ID \u00ff\u0000 EI`
    expect(separateClusterMarks(image, widthOf)).toBe(image)
  })

  it('reads strings with parentheses and tagged content around the spans', () => {
    const tagged = `/P <</MCID 0 >>BDC\nBT\n/F5 12 Tf (a \\) b (c)) Tj\n${run.slice(3)}\nEMC`
    const out = separateClusterMarks(tagged, widthOf)
    expect(out.startsWith('/P <</MCID 0 >>BDC\nBT\n/F5 12 Tf (a \\) b (c)) Tj\n')).toBe(true)
    expect(out).toContain('/Span<</ActualText <FEFF> >> BDC\n/F5 14.6599998 Tf')
    expect(drawing(out)).toBe(drawing(tagged))
  })
})
