import { describe, expect, it } from 'vitest'
import { claimCsvHeaders, claimsToCsv, csvField, toCsv, type ClaimCsvRow } from './csv'

/** A strict RFC 4180 reader: CRLF record ends, quoted fields with doubled quotes. */
function parseCsv(text: string): string[][] {
  const records: string[][] = []
  let record: string[] = []
  let i = 0
  while (i < text.length) {
    let field = ''
    if (text[i] === '"') {
      i++
      for (;;) {
        if (i >= text.length) throw new Error('unterminated quoted field')
        if (text[i] === '"') {
          if (text[i + 1] === '"') {
            field += '"'
            i += 2
          } else {
            i++
            break
          }
        } else field += text[i++]
      }
    } else {
      while (i < text.length && text[i] !== ',' && text[i] !== '\r') {
        if (text[i] === '\n' || text[i] === '"') throw new Error(`bare ${JSON.stringify(text[i])} at ${i}`)
        field += text[i++]
      }
    }
    record.push(field)
    if (text[i] === ',') i++
    else if (text.startsWith('\r\n', i)) {
      records.push(record)
      record = []
      i += 2
    } else if (i < text.length) throw new Error(`unexpected ${JSON.stringify(text[i])} at ${i}`)
  }
  if (record.length) records.push(record)
  return records
}

describe('toCsv', () => {
  it('ends every record with CRLF and quotes only what needs it', () => {
    expect(toCsv(['a', 'b'], [['1', 'x y']])).toBe('a,b\r\n1,x y\r\n')
    expect(csvField('a,b')).toBe('"a,b"')
    expect(csvField('say "hi"')).toBe('"say ""hi"""')
    expect(csvField('line\nbreak')).toBe('"line\nbreak"')
    expect(csvField('cr\rhere')).toBe('"cr\rhere"')
    expect(csvField(null)).toBe('')
    expect(csvField(true)).toBe('true')
  })

  it('defuses cells that a spreadsheet would run as a formula', () => {
    expect(csvField('=1+1')).toBe("'=1+1")
    expect(csvField('+31 20 555')).toBe("'+31 20 555")
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)")
    expect(csvField('\tx')).toBe("'\tx")
    expect(csvField('\rx')).toBe('"\'\rx"')
    expect(csvField('=HYPERLINK("http://x","y")')).toBe('"\'=HYPERLINK(""http://x"",""y"")"')
    // Text that looks like a negative number is defused too; real numbers are not.
    expect(csvField('-12')).toBe("'-12")
    expect(csvField(-12)).toBe('-12')
    expect(csvField('a=b')).toBe('a=b')
  })

  it('parses back to the same cells', () => {
    const rows = [
      ['plain', 'with, comma', 'with "quotes"', 'multi\r\nline\nand\rcr', ''],
      ['قال المرصد السوري', '"', ',', '""', ' spaced '],
    ]
    const parsed = parseCsv(toCsv(['h1', 'h2', 'h3', 'h4', 'h5'], rows))
    expect(parsed).toEqual([['h1', 'h2', 'h3', 'h4', 'h5'], ...rows])
  })

  it('adds a byte-order mark only when asked', () => {
    expect(toCsv(['a'], [], { bom: true })).toBe('\uFEFFa\r\n')
    expect(toCsv(['a'], [])).toBe('a\r\n')
  })
})

describe('claimsToCsv', () => {
  const row: ClaimCsvRow = {
    statement: '=cmd|" /C calc"!A0, said "X"',
    type: 'reported-fact',
    source: 'Syrian Observatory for Human Rights',
    via: 'Reuters',
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
    const [header, cells] = parseCsv(text.slice(1))
    expect(header).toEqual([...claimCsvHeaders])
    expect(Object.fromEntries(header!.map((h, i) => [h, cells![i]]))).toEqual({
      Statement: '\'=cmd|" /C calc"!A0, said "X"',
      Type: 'Reported fact',
      Source: 'Syrian Observatory for Human Rights',
      Via: 'Reuters',
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
