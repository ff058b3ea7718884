import { describe, expect, it } from 'vitest'
import { calendarDay, localDay } from './dates'

describe('calendarDay', () => {
  it('keeps the day a timestamp names in its own offset', () => {
    expect(calendarDay('2024-03-05T23:40:00-05:00')).toBe('2024-03-05')
    expect(calendarDay('2024-12-06T01:10:00+03:00')).toBe('2024-12-06')
    expect(calendarDay('2024-10-02T00:00:00Z')).toBe('2024-10-02')
    expect(calendarDay('2023-11-20')).toBe('2023-11-20')
  })

  it('reads RFC 2822, written and PDF dates', () => {
    expect(calendarDay('Thu, 11 Jan 2024 21:15:00 -0800')).toBe('2024-01-11')
    expect(calendarDay('March 5, 2024')).toBe('2024-03-05')
    expect(calendarDay('5th March 2024')).toBe('2024-03-05')
    expect(calendarDay("D:20240514090000+00'00'")).toBe('2024-05-14')
    expect(calendarDay('2024/03/05')).toBe('2024-03-05')
  })

  it('refuses what is not a calendar day', () => {
    expect(calendarDay('2024-02-31')).toBe('')
    expect(calendarDay('yesterday')).toBe('')
    expect(calendarDay('')).toBe('')
    expect(calendarDay(undefined)).toBe('')
  })

  it('reads a bare epoch as local time, never through UTC', () => {
    const late = new Date(2024, 2, 5, 23, 30)
    expect(calendarDay(String(late.getTime()))).toBe('2024-03-05')
    expect(localDay(late)).toBe('2024-03-05')
  })
})
