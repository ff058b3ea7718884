// Trojan Source defence: bidirectional controls and zero-width characters
// that make stored text read as something it is not ("pay \u202E0001$ now"
// shows as "pay won $1000"). Stored text is never changed (selectors point
// into it); this module finds those characters, names them, splits text
// around them and gives the forms every view and export shows instead.
// https://trojansource.codes/ and Unicode UTS #55 list the characters.

export type InvisibleKind = 'bidi' | 'zero-width'

export interface InvisibleInfo {
  /** "U+202E" */
  codePoint: string
  /** Short name, as code editors show it: "RLO". */
  abbr: string
  /** Unicode name: "RIGHT-TO-LEFT OVERRIDE". */
  name: string
  /** "U+202E RIGHT-TO-LEFT OVERRIDE": what a tooltip or screen reader says. */
  label: string
  kind: InvisibleKind
  /** One visible UTF-16 code unit that stands in for it in the reader. */
  glyph: string
}

// The glyphs are arrows by direction so the reader still hints at what the
// control does; every one is a single BMP code unit, so substituting it keeps
// each stored offset (selectors, highlights, selections) pointing at the same
// character. None of them is a bidi control or a strong character itself.
const table: readonly [number, string, string, InvisibleKind, string][] = [
  [0x202a, 'LRE', 'LEFT-TO-RIGHT EMBEDDING', 'bidi', '⇒'],
  [0x202b, 'RLE', 'RIGHT-TO-LEFT EMBEDDING', 'bidi', '⇐'],
  [0x202c, 'PDF', 'POP DIRECTIONAL FORMATTING', 'bidi', '⊣'],
  [0x202d, 'LRO', 'LEFT-TO-RIGHT OVERRIDE', 'bidi', '⇒'],
  [0x202e, 'RLO', 'RIGHT-TO-LEFT OVERRIDE', 'bidi', '⇐'],
  [0x2066, 'LRI', 'LEFT-TO-RIGHT ISOLATE', 'bidi', '⇒'],
  [0x2067, 'RLI', 'RIGHT-TO-LEFT ISOLATE', 'bidi', '⇐'],
  [0x2068, 'FSI', 'FIRST STRONG ISOLATE', 'bidi', '⇔'],
  [0x2069, 'PDI', 'POP DIRECTIONAL ISOLATE', 'bidi', '⊣'],
  [0x200e, 'LRM', 'LEFT-TO-RIGHT MARK', 'bidi', '⇒'],
  [0x200f, 'RLM', 'RIGHT-TO-LEFT MARK', 'bidi', '⇐'],
  [0x061c, 'ALM', 'ARABIC LETTER MARK', 'bidi', '⇐'],
  [0x200b, 'ZWSP', 'ZERO WIDTH SPACE', 'zero-width', '◌'],
  [0x200c, 'ZWNJ', 'ZERO WIDTH NON-JOINER', 'zero-width', '◌'],
  [0x200d, 'ZWJ', 'ZERO WIDTH JOINER', 'zero-width', '◌'],
  [0x2060, 'WJ', 'WORD JOINER', 'zero-width', '◌'],
  [0xfeff, 'ZWNBSP', 'ZERO WIDTH NO-BREAK SPACE', 'zero-width', '◌'],
]

const infoByChar = new Map<string, InvisibleInfo>(
  table.map(([code, abbr, name, kind, glyph]) => {
    const codePoint = `U+${code.toString(16).toUpperCase().padStart(4, '0')}`
    return [String.fromCharCode(code), { codePoint, abbr, name, label: `${codePoint} ${name}`, kind, glyph }]
  }),
)

const candidates = /[\u061c\u200b-\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff]/g
const anyCandidate = /[\u061c\u200b-\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff]/

// Joiners are part of ordinary writing in two places, where they change how
// visible characters join and hide nothing: ZWNJ/ZWJ between letters of the
// scripts whose spelling uses them (Persian "می‌خواهم", Devanagari conjuncts),
// and ZWJ inside an emoji sequence (👩‍👩‍👧). Marking those would litter
// genuine Persian text and break emoji apart; anywhere else (between Latin
// letters, at a word's edge) a joiner is hidden and is marked.
const joiningScript =
  /^[\p{Script_Extensions=Arabic}\p{Script_Extensions=Syriac}\p{Script_Extensions=Nko}\p{Script_Extensions=Mongolian}\p{Script_Extensions=Devanagari}\p{Script_Extensions=Bengali}\p{Script_Extensions=Gurmukhi}\p{Script_Extensions=Gujarati}\p{Script_Extensions=Oriya}\p{Script_Extensions=Tamil}\p{Script_Extensions=Telugu}\p{Script_Extensions=Kannada}\p{Script_Extensions=Malayalam}\p{Script_Extensions=Sinhala}]$/u
const letterOrMark = /^[\p{L}\p{M}]$/u
const pictographic = /^[\p{Extended_Pictographic}\p{Emoji_Modifier}\uFE0F]$/u

/** The code point ending just before `i`, and the one starting just after it. */
function neighbours(text: string, i: number): [string, string] {
  const before = text.codePointAt(i - 1)
  const lowBefore = before !== undefined && before >= 0xdc00 && before <= 0xdfff
  const prev = lowBefore && i >= 2 ? String.fromCodePoint(text.codePointAt(i - 2)!) : (text[i - 1] ?? '')
  const nextCode = text.codePointAt(i + 1)
  return [prev, nextCode === undefined ? '' : String.fromCodePoint(nextCode)]
}

function isOrthographicJoiner(text: string, i: number): boolean {
  const ch = text[i]
  if (ch !== '\u200c' && ch !== '\u200d') return false
  const [prev, next] = neighbours(text, i)
  const inWord = (c: string) => letterOrMark.test(c) && joiningScript.test(c)
  if (inWord(prev) && inWord(next)) return true
  return ch === '\u200d' && pictographic.test(prev) && /^\p{Extended_Pictographic}$/u.test(next)
}

/** What the character is, if it is one of those this module guards against (regardless of context). */
export function invisibleInfo(ch: string): InvisibleInfo | undefined {
  return infoByChar.get(ch)
}

export interface InvisibleMatch extends InvisibleInfo {
  /** UTF-16 offset in the text. */
  index: number
}

/** Every hidden control in the text, in order. */
export function findInvisibles(text: string): InvisibleMatch[] {
  if (!anyCandidate.test(text)) return []
  const found: InvisibleMatch[] = []
  for (const m of text.matchAll(candidates)) {
    if (isOrthographicJoiner(text, m.index)) continue
    found.push({ ...infoByChar.get(m[0])!, index: m.index })
  }
  return found
}

export function hasInvisibles(text: string): boolean {
  return anyCandidate.test(text) && findInvisibles(text).length > 0
}

export type TextSegment =
  { kind: 'text'; text: string } | { kind: 'control'; text: string; info: InvisibleInfo }

/** The text cut into plain runs and single hidden controls; joining the pieces gives the text back. */
export function segmentInvisibles(text: string): TextSegment[] {
  const segments: TextSegment[] = []
  let at = 0
  for (const m of findInvisibles(text)) {
    if (m.index > at) segments.push({ kind: 'text', text: text.slice(at, m.index) })
    segments.push({ kind: 'control', text: text[m.index]!, info: m })
    at = m.index + 1
  }
  if (at < text.length || segments.length === 0) segments.push({ kind: 'text', text: text.slice(at) })
  return segments
}

/**
 * The same text with each hidden control replaced by its visible glyph: the
 * same length, so every offset into the stored text is an offset into this.
 */
export function visibleSubstitute(
  text: string,
  found: readonly InvisibleMatch[] = findInvisibles(text),
): string {
  if (found.length === 0) return text
  const chars = text.split('')
  for (const m of found) chars[m.index] = m.glyph
  return chars.join('')
}

/**
 * The text with each hidden control written out in brackets, for places that
 * can only hold plain text and must not obey the control: tooltips, labels
 * read by screen readers, exports. "pay [U+202E RIGHT-TO-LEFT OVERRIDE]0001$".
 */
export function spelledOut(text: string): string {
  return segmentInvisibles(text)
    .map((s) => (s.kind === 'control' ? `[${s.info.label}]` : s.text))
    .join('')
}

const firstStrongIsolate = '\u2068'
const popDirectionalIsolate = '\u2069'

/** Wraps text in FSI…PDI so its direction cannot leak into what surrounds it (exports). */
export function isolate(text: string): string {
  return `${firstStrongIsolate}${text}${popDirectionalIsolate}`
}

const rightToLeft =
  /[\p{Script_Extensions=Arabic}\p{Script_Extensions=Hebrew}\p{Script_Extensions=Syriac}\p{Script_Extensions=Thaana}\p{Script_Extensions=Nko}\u07c0-\u085f\ufb1d-\ufdff\ufe70-\ufefe]/u

/** Whether a field needs isolating in an export: it holds right-to-left letters or a hidden control. */
export function needsIsolation(text: string): boolean {
  return rightToLeft.test(text) || anyCandidate.test(text)
}

export interface InvisiblesReport {
  /** How many hidden controls the text holds. */
  count: number
  /** Each kind of character found, with how often it occurs, most frequent first. */
  kinds: { label: string; abbr: string; count: number }[]
  /** One sentence for a warning: "This text contains 3 hidden characters that …: 2 × U+202E …, 1 × …". */
  message: string
}

/**
 * A warning for an import dialog, or null when the text is clean. Counts each
 * kind so the analyst sees what is there without the characters acting.
 */
export function describeInvisibles(text: string): InvisiblesReport | null {
  const found = findInvisibles(text)
  if (found.length === 0) return null
  const counts = new Map<string, { label: string; abbr: string; count: number }>()
  for (const m of found) {
    const entry = counts.get(m.label) ?? { label: m.label, abbr: m.abbr, count: 0 }
    entry.count++
    counts.set(m.label, entry)
  }
  const kinds = [...counts.values()].sort((a, b) => b.count - a.count || a.label.localeCompare(b.label))
  const what = found.some((m) => m.kind === 'bidi')
    ? 'that can reorder or hide what the text says'
    : 'that cannot be seen'
  const plural = found.length === 1 ? 'character' : 'characters'
  const list = kinds.map((k) => `${k.count} × ${k.label}`).join(', ')
  return {
    count: found.length,
    kinds,
    message: `This text contains ${found.length} hidden ${plural} ${what}: ${list}. They are kept as imported and shown marked wherever the text appears.`,
  }
}

/**
 * Text as an export carries it (Markdown, the briefing's HTML and PDF):
 * hidden controls written out by name so they neither act nor hide, and a
 * field holding right-to-left text isolated with FSI…PDI so its direction
 * cannot reorder what surrounds it.
 */
export function forExport(text: string): string {
  const shown = spelledOut(text)
  return needsIsolation(shown) ? isolate(shown) : shown
}
