import { describe, expect, it } from 'vitest'
import { baseDirection, blockDirection, directionOfLanguage, strongCounts } from './direction'

describe('text direction', () => {
  it('counts strong letters only', () => {
    expect(strongCounts('UNHCR قالت 35 ألف!')).toEqual({ rtl: 7, ltr: 5 })
    expect(strongCounts('123 – !?')).toEqual({ rtl: 0, ltr: 0 })
  })

  it('keeps an Arabic paragraph that opens with a Latin name right to left', () => {
    expect(blockDirection('UNHCR قالت في بيان إن أكثر من 35 ألف شخص غادروا منازلهم', 'rtl')).toBe('rtl')
    expect(blockDirection('Reuters نقلت عن مصدر طبي', 'ltr')).toBe('rtl')
    expect(blockDirection('Mixed line: the Observatory (المرصد) said thousands fled', 'rtl')).toBe('ltr')
    expect(blockDirection('2024 – 15:30', 'rtl')).toBe('rtl')
  })

  it('takes the base from dir, then lang, then the text', () => {
    expect(baseDirection({ dir: 'RTL', lang: 'en' }, ['Hello'])).toBe('rtl')
    expect(baseDirection({ lang: 'ar-EG' }, ['Hello'])).toBe('rtl')
    expect(baseDirection({ lang: 'en' }, ['مرحبا بالعالم'])).toBe('ltr')
    expect(baseDirection({}, ['مرحبا بالعالم', 'Hi'])).toBe('rtl')
    expect(directionOfLanguage('ku-Arab')).toBe('rtl')
    expect(directionOfLanguage('fa_IR')).toBe('rtl')
    expect(directionOfLanguage('de')).toBe('ltr')
    expect(directionOfLanguage('')).toBeUndefined()
  })
})
