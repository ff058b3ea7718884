// Makes the text layer of a Chromium PDF readable by text extractors that
// place an /ActualText span at its first glyph (poppler's pdftotext does).
//
// Chromium (Skia) writes each shaped cluster as a marked-content span whose
// /ActualText is the cluster's text. In right-to-left runs the glyphs come in
// visual order, so a cluster's zero-width marks (Noto Naskh draws the dots of
// ن, ق, ش… and the vowel signs as marks) come before its base letter. An
// extractor that takes the span's position from its first glyph then puts
// the letter at the mark's height: on another line, or split from its word.
// This moves zero-width glyphs at either end of such a span into spans of
// their own with an empty /ActualText. Nothing is drawn differently (only
// marked-content operators are added, never moved across drawing), and the
// text is the same for any reader that honours /ActualText: the cluster's
// text now sits on its base glyph.

/** The advance width of a glyph of a font resource (e.g. "F5"), or undefined when unknown. */
export type GlyphWidth = (font: string, glyph: number) => number | undefined

interface Token {
  kind: 'operand' | 'operator'
  text: string
  start: number
  end: number
}

const WS = /[\0\t\n\f\r ]/
const DELIM = /[()<>[\]{}/%]/

/**
 * Content-stream tokens (PDF 32000-1, 7.2): numbers, names, strings, hex
 * strings, arrays and dictionaries (as single operands), operators.
 * Returns null on anything it does not expect (an inline image), so the
 * caller leaves the stream alone.
 */
function tokenize(s: string): Token[] | null {
  const tokens: Token[] = []
  let i = 0
  const n = s.length
  const skipString = (j: number): number => {
    // j at "(": literal string with nested parentheses and backslash escapes.
    let depth = 0
    for (; j < n; j++) {
      const c = s[j]
      if (c === '\\') j++
      else if (c === '(') depth++
      else if (c === ')' && --depth === 0) return j + 1
    }
    return n
  }
  const skipNested = (j: number, open: string, close: string): number => {
    // Arrays and dictionaries as one operand; strings inside are skipped whole.
    let depth = 0
    while (j < n) {
      if (s.startsWith(open, j)) {
        depth++
        j += open.length
      } else if (s.startsWith(close, j)) {
        depth--
        j += close.length
        if (depth === 0) return j
      } else if (s[j] === '(') j = skipString(j)
      else if (open === '<<' && s[j] === '<')
        j = s.indexOf('>', j) + 1 || n // a hex string inside
      else j++
    }
    return n
  }
  while (i < n) {
    const c = s[i]!
    if (WS.test(c)) {
      i++
      continue
    }
    if (c === '%') {
      while (i < n && s[i] !== '\n' && s[i] !== '\r') i++
      continue
    }
    const start = i
    if (c === '(') i = skipString(i)
    else if (s.startsWith('<<', i)) i = skipNested(i, '<<', '>>')
    else if (c === '<') i = s.indexOf('>', i) + 1 || n
    else if (c === '[') i = skipNested(i, '[', ']')
    else if (c === '/') {
      i++
      while (i < n && !WS.test(s[i]!) && !DELIM.test(s[i]!)) i++
    } else {
      while (i < n && !WS.test(s[i]!) && !DELIM.test(s[i]!)) i++
      if (i === start) return null // a stray delimiter: not a stream we understand
      const text = s.slice(start, i)
      const numeric = /^[+-]?(\d+\.?\d*|\.\d+)$/.test(text)
      if (text === 'BI' || text === 'ID') return null // inline image data is binary
      tokens.push({
        kind: numeric || text === 'true' || text === 'false' || text === 'null' ? 'operand' : 'operator',
        text,
        start,
        end: i,
      })
      continue
    }
    tokens.push({ kind: 'operand', text: s.slice(start, i), start, end: i })
  }
  return tokens
}

interface Op {
  operator: string
  operands: string[]
  start: number
  end: number
}

function operations(tokens: Token[]): Op[] {
  const ops: Op[] = []
  let operands: Token[] = []
  for (const t of tokens) {
    if (t.kind === 'operand') operands.push(t)
    else {
      ops.push({
        operator: t.text,
        operands: operands.map((o) => o.text),
        start: operands[0]?.start ?? t.start,
        end: t.end,
      })
      operands = []
    }
  }
  return ops
}

/** Glyph ids of a show operation with two-byte (Identity-H) hex strings; null when not of that form. */
function glyphsOf(op: Op): number[] | null {
  const strings =
    op.operator === 'Tj'
      ? op.operands
      : op.operator === 'TJ'
        ? (op.operands[0]?.match(/<[0-9A-Fa-f\s]*>/g) ?? [])
        : null
  if (!strings?.length) return null
  const glyphs: number[] = []
  for (const s of strings) {
    const hex = s.replace(/[<>\s]/g, '')
    if (!/^<[0-9A-Fa-f\s]*>$/.test(s) || hex.length % 4) return null
    for (let k = 0; k < hex.length; k += 4) glyphs.push(parseInt(hex.slice(k, k + 4), 16))
  }
  return glyphs
}

const EMPTY_SPAN = '/Span<</ActualText <FEFF> >> BDC\n'

/**
 * Rewrites one decoded content stream; returns it unchanged when there is
 * nothing to move or anything it does not understand.
 */
export function separateClusterMarks(content: string, widthOf: GlyphWidth): string {
  const tokens = tokenize(content)
  if (!tokens) return content
  const ops = operations(tokens)
  const edits: { start: number; end: number; text: string }[] = []
  let font = ''
  for (let i = 0; i < ops.length; i++) {
    const op = ops[i]!
    if (op.operator === 'Tf') font = op.operands[0]?.slice(1) ?? font
    if (op.operator !== 'BDC' || op.operands[0] !== '/Span' || !/\/ActualText\s*</.test(op.operands[1] ?? ''))
      continue
    // The span's operations up to its EMC; a nested span or drawing of another kind: leave it.
    let j = i + 1
    let spanFont = font
    const units: { ops: Op[]; zero: boolean }[] = []
    let pending: Op[] = []
    let plain = true
    for (; j < ops.length && ops[j]!.operator !== 'EMC'; j++) {
      const inner = ops[j]!
      if (inner.operator === 'BDC' || inner.operator === 'BMC') plain = false
      if (inner.operator === 'Tf') spanFont = inner.operands[0]?.slice(1) ?? spanFont
      pending.push(inner)
      const glyphs = glyphsOf(inner)
      if (glyphs) {
        const widths = glyphs.map((g) => widthOf(spanFont, g))
        if (widths.some((w) => w === undefined)) plain = false
        units.push({ ops: pending, zero: widths.every((w) => w === 0) })
        pending = []
      } else if (!['Td', 'TD', 'Tm', 'Tf', 'Tc', 'Tw', 'Tz', 'TL', 'Ts', 'Tr', 'T*'].includes(inner.operator))
        plain = false
    }
    font = spanFont
    const emc = ops[j]
    if (!emc || !plain || pending.length || units.length < 2) continue
    const first = units.findIndex((u) => !u.zero)
    const last = units.length - 1 - [...units].reverse().findIndex((u) => !u.zero)
    if (first < 0 || (first === 0 && last === units.length - 1)) continue
    const text = (us: typeof units) =>
      us.flatMap((u) => u.ops.map((o) => content.slice(o.start, o.end))).join('\n')
    const header = content.slice(op.start, op.end)
    const lead = units.slice(0, first)
    const trail = units.slice(last + 1)
    edits.push({
      start: op.start,
      end: emc.end,
      text: [
        lead.length ? `${EMPTY_SPAN}${text(lead)}\nEMC\n` : '',
        `${header}\n${text(units.slice(first, last + 1))}\nEMC`,
        trail.length ? `\n${EMPTY_SPAN}${text(trail)}\nEMC` : '',
      ].join(''),
    })
    i = j
  }
  if (!edits.length) return content
  let out = ''
  let at = 0
  for (const e of edits) {
    out += content.slice(at, e.start) + e.text
    at = e.end
  }
  return out + content.slice(at)
}
