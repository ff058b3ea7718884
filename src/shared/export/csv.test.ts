import Papa from 'papaparse'
import { describe, expect, it } from 'vitest'
import { claimCsvHeaders, claimsToCsv, csvField, toCsv, type ClaimCsvRow } from './csv'

/** What a spreadsheet would read: the CSV parsed back by papaparse with the given list separator. */
function parseCsv(text: string, delimiter = ','): string[][] {
  const result = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), {
    delimiter,
    newline: '\r\n',
    skipEmptyLines: true,
  })
  if (delimiter === ',') expect(result.errors).toEqual([])
  return result.data
}

/** A cell a spreadsheet would evaluate: it starts (after any white space) with a formula character. */
const liveFormula = (cell: string) => /^\s*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]/.test(cell)

describe('toCsv', () => {
  it('ends every record with CRLF and quotes every text field', () => {
    expect(toCsv(['a', 'b'], [['1', 'x y']])).toBe('"a","b"\r\n"1","x y"\r\n')
    expect(csvField('plain')).toBe('"plain"')
    expect(csvField('a,b')).toBe('"a,b"')
    expect(csvField('say "hi"')).toBe('"say ""hi"""')
    expect(csvField('line\nbreak')).toBe('"line\nbreak"')
    expect(csvField('')).toBe('""')
    expect(csvField(null)).toBe('')
    expect(csvField(true)).toBe('true')
    expect(csvField(-12)).toBe('-12')
  })

  it('defuses cells that a spreadsheet would run as a formula', () => {
    const cells = [
      '=1+1',
      '+31 20 555',
      '@SUM(A1)',
      '\tx',
      '\rx',
      '=HYPERLINK("http://x","y")',
      '-12',
      ' =1+1',
      '\u3000=1+1',
      '\u00A0 @SUM(A1)',
      '＝1+1',
      '＋1',
      '－1',
      '＠SUM(A1)',
      ' ＝1+1',
    ]
    const [parsed] = parseCsv(toCsv(cells, []))
    expect(parsed).toEqual(cells.map((c) => `'${c}`))
    for (const cell of parsed!) expect(liveFormula(cell)).toBe(false)
    // Text that only contains a formula character further in is left alone.
    expect(parseCsv(toCsv(['a=b', 'x - y'], []))[0]).toEqual(['a=b', 'x - y'])
  })

  it('keeps a field with ";" whole for spreadsheets whose list separator is ";"', () => {
    const attack = "x;=cmd|' /C calc'!A0"
    for (const row of [[attack], ['first', attack, 'last']]) {
      const text = toCsv(['h'], [row])
      expect(parseCsv(text)[1]).toEqual(row)
      // Read with ";" the quotes keep the whole record in one cell: no cell starts a formula.
      const asSemicolon = parseCsv(text, ';')
      for (const cells of asSemicolon) for (const cell of cells) expect(liveFormula(cell), cell).toBe(false)
      expect(asSemicolon[1]).toHaveLength(1)
    }
  })

  it('parses back to the same cells', () => {
    const rows = [
      ['plain', 'with, comma', 'with "quotes"', 'multi\r\nline\nand\rcr', ''],
      ['Reuters', '"', ',', '""', ' spaced '],
    ]
    const parsed = parseCsv(toCsv(['h1', 'h2', 'h3', 'h4', 'h5'], rows))
    expect(parsed).toEqual([['h1', 'h2', 'h3', 'h4', 'h5'], ...rows])
  })

  it('writes hidden bidi and zero-width characters out by name and isolates the field', () => {
    const [cells] = parseCsv(toCsv(['pay \u202E0001$ now', 'Agency \u202Efdp.exe', 'a\u200Bb'], []))
    expect(cells).toEqual([
      '\u2068pay [U+202E RIGHT-TO-LEFT OVERRIDE]0001$ now\u2069',
      '\u2068Agency [U+202E RIGHT-TO-LEFT OVERRIDE]fdp.exe\u2069',
      '\u2068a[U+200B ZERO WIDTH SPACE]b\u2069',
    ])
  })

  it('isolates right-to-left text so its direction cannot spill into the next cell', () => {
    const [cells] = parseCsv(toCsv(['قال المرصد السوري', 'Reuters'], []))
    expect(cells).toEqual(['\u2068قال المرصد السوري\u2069', 'Reuters'])
  })

  it('defuses a formula behind the isolate; a control written out in front leaves no formula start', () => {
    const [cells] = parseCsv(toCsv(['=مرحبا', '\u202E=1+1'], []))
    expect(cells).toEqual(["'\u2068=مرحبا\u2069", '\u2068[U+202E RIGHT-TO-LEFT OVERRIDE]=1+1\u2069'])
  })

  it('adds a byte-order mark only when asked', () => {
    expect(toCsv(['a'], [], { bom: true })).toBe('\uFEFF"a"\r\n')
    expect(toCsv(['a'], [])).toBe('"a"\r\n')
  })
})

describe('claimsToCsv', () => {
  const row: ClaimCsvRow = {
    statement: '=cmd|" /C calc"!A0, said "X"',
    type: 'reported-fact',
    source: 'Syrian Observatory for Human Rights',
    via: "x;=cmd|' /C calc'!A0",
    grade: 'B2',
    reliability: 'B',
    credibility: '2',
    status: 'corroborated',
    likelihood: 'likely',
    confidence: 'moderate',
    occurred: '2024-12-06',
    reported: '2024-12-06',
    places: ['Homs', 'Hama'],
    tags: ['displacement'],
    notes: 'Line one\nline two',
  }

  it('writes the claims columns with likelihood and confidence apart', () => {
    const text = claimsToCsv([row])
    expect(text.startsWith('\uFEFF')).toBe(true)
    const [header, cells] = parseCsv(text)
    expect(header).toEqual([...claimCsvHeaders])
    expect(Object.fromEntries(header!.map((h, i) => [h, cells![i]]))).toEqual({
      Statement: '\'=cmd|" /C calc"!A0, said "X"',
      Type: 'Reported fact',
      Source: 'Syrian Observatory for Human Rights',
      Via: "x;=cmd|' /C calc'!A0",
      Grade: 'B2',
      Reliability: 'B',
      Credibility: '2',
      Status: 'Corroborated',
      Likelihood: 'likely',
      Confidence: 'Moderate',
      Occurred: '2024-12-06',
      Reported: '2024-12-06',
      Places: 'Homs; Hama',
      Tags: 'displacement',
      Notes: 'Line one\nline two',
    })
    for (const cells of parseCsv(text, ';')) for (const cell of cells) expect(liveFormula(cell)).toBe(false)
  })

  it('leaves empty grades and assessments empty', () => {
    const [, cells] = parseCsv(
      claimsToCsv([{ ...row, reliability: null, credibility: null, likelihood: '', confidence: null }], {
        bom: false,
      }),
    )
    expect([cells![5], cells![6], cells![8], cells![9]]).toEqual(['', '', '', ''])
  })
})
