import { describe, expect, it } from 'vitest'
import { strongDirection, textDirection } from './text-direction'

describe('textDirection', () => {
  it('follows the first letter, as dir="auto" does', () => {
    expect(textDirection('قال المرصد (SOHR)')).toBe('rtl')
    expect(textDirection('SOHR (المرصد) said')).toBe('ltr')
    expect(textDirection('40,000 شخص نزحوا')).toBe('rtl')
    expect(textDirection('“בית” is Hebrew')).toBe('rtl')
  })

  it('reads past digits and punctuation, and calls text without letters ltr', () => {
    expect(strongDirection('12, 3 — ')).toBeNull()
    expect(textDirection('12, 3 — ')).toBe('ltr')
    expect(textDirection('')).toBe('ltr')
  })
})
