import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import {
  describeInvisibles,
  findInvisibles,
  hasInvisibles,
  invisibleInfo,
  isolate,
  needsIsolation,
  segmentInvisibles,
  spelledOut,
  visibleSubstitute,
} from './invisible'

const spoof = 'pay \u202E0001$ now'
const every = [
  ...['\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069'],
  ...['\u200E', '\u200F', '\u061C', '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF'],
]

describe('finding hidden controls', () => {
  it('names each one by code point and Unicode name', () => {
    expect(findInvisibles(spoof)).toEqual([
      expect.objectContaining({
        index: 4,
        label: 'U+202E RIGHT-TO-LEFT OVERRIDE',
        abbr: 'RLO',
        kind: 'bidi',
      }),
    ])
    expect(invisibleInfo('\u2066')?.label).toBe('U+2066 LEFT-TO-RIGHT ISOLATE')
    expect(invisibleInfo('\u061C')?.label).toBe('U+061C ARABIC LETTER MARK')
    expect(invisibleInfo('\uFEFF')?.label).toBe('U+FEFF ZERO WIDTH NO-BREAK SPACE')
    expect(invisibleInfo('a')).toBeUndefined()
  })

  it('finds every bidi control, mark and zero-width character between Latin letters', () => {
    for (const ch of every) {
      expect(
        findInvisibles(`ab${ch}cd`).map((m) => m.index),
        `U+${ch.charCodeAt(0).toString(16)}`,
      ).toEqual([2])
    }
    expect(hasInvisibles('plain text, عربي, 👩‍👩‍👧')).toBe(false)
  })

  it('leaves joiners that are part of ordinary spelling and emoji unmarked', () => {
    // Persian "I want": ZWNJ between two Arabic-script letters.
    expect(findInvisibles('می\u200Cخواهم')).toEqual([])
    // Devanagari half-form with ZWJ.
    expect(findInvisibles('क्\u200Dष')).toEqual([])
    // An emoji family: ZWJ between pictographs, also after a skin tone.
    expect(findInvisibles('👩\u200D👩\u200D👧 and 👍🏽\u200D👍')).toEqual([])
    // But a joiner between Latin letters or at a word's edge hides something.
    expect(findInvisibles('pay\u200Cpal')).toHaveLength(1)
    expect(findInvisibles('\u200Dمی')).toHaveLength(1)
    expect(findInvisibles('👩\u200Dx')).toHaveLength(1)
  })
})

describe('showing them', () => {
  it('splits text into plain runs and single controls that join back to the text', () => {
    expect(segmentInvisibles(spoof)).toEqual([
      { kind: 'text', text: 'pay ' },
      { kind: 'control', text: '\u202E', info: expect.objectContaining({ abbr: 'RLO' }) },
      { kind: 'text', text: '0001$ now' },
    ])
    expect(segmentInvisibles('')).toEqual([{ kind: 'text', text: '' }])
    expect(segmentInvisibles('\u200B\u200B').map((s) => s.kind)).toEqual(['control', 'control'])
  })

  it('substitutes a visible glyph of the same length, so stored offsets still point at the same characters', () => {
    const shown = visibleSubstitute(spoof)
    expect(shown).toBe('pay ⇐0001$ now')
    expect(shown).toHaveLength(spoof.length)
    expect(hasInvisibles(shown)).toBe(false)
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom(...every), fc.string({ unit: 'grapheme' }))), (parts) => {
        const text = parts.join('')
        const out = visibleSubstitute(text)
        expect(out).toHaveLength(text.length)
        for (let i = 0; i < text.length; i++) {
          if (out[i] !== text[i]) expect(invisibleInfo(text[i]!)?.glyph).toBe(out[i])
        }
        expect(
          segmentInvisibles(text)
            .map((s) => s.text)
            .join(''),
        ).toBe(text)
      }),
    )
  })

  it('spells them out for tooltips, labels and plain-text exports', () => {
    expect(spelledOut(spoof)).toBe('pay [U+202E RIGHT-TO-LEFT OVERRIDE]0001$ now')
    expect(spelledOut('Agency \u202Efdp.exe')).not.toContain('\u202E')
    expect(spelledOut('plain')).toBe('plain')
  })

  it('isolates a field with FSI and PDI', () => {
    expect(isolate('مرحبا')).toBe('\u2068مرحبا\u2069')
    expect(needsIsolation('المرصد')).toBe(true)
    expect(needsIsolation('שלום')).toBe(true)
    expect(needsIsolation(spoof)).toBe(true)
    expect(needsIsolation('Reuters, 2024')).toBe(false)
  })
})

describe('describeInvisibles (the import warning)', () => {
  it('is null for clean text', () => {
    expect(describeInvisibles('Thousands fled Homs. آلاف الأشخاص')).toBeNull()
  })

  it('counts each kind, most frequent first, in one sentence', () => {
    const report = describeInvisibles(`${spoof} and \u202Eagain\u202C, with\u200Bspace`)
    expect(report?.count).toBe(4)
    expect(report?.kinds).toEqual([
      { label: 'U+202E RIGHT-TO-LEFT OVERRIDE', abbr: 'RLO', count: 2 },
      { label: 'U+200B ZERO WIDTH SPACE', abbr: 'ZWSP', count: 1 },
      { label: 'U+202C POP DIRECTIONAL FORMATTING', abbr: 'PDF', count: 1 },
    ])
    expect(report?.message).toBe(
      'This text contains 4 hidden characters that can reorder or hide what the text says: 2 × U+202E RIGHT-TO-LEFT OVERRIDE, 1 × U+200B ZERO WIDTH SPACE, 1 × U+202C POP DIRECTIONAL FORMATTING. They are kept as imported and shown marked wherever the text appears.',
    )
    expect(report?.message).not.toMatch(/[\u202A-\u202E\u200B]/)
  })

  it('says "cannot be seen" when only zero-width characters are present', () => {
    expect(describeInvisibles('a\u200Bb')?.message).toMatch(
      /^This text contains 1 hidden character that cannot be seen:/,
    )
  })
})
