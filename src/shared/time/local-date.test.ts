// Run in two real time zones: Node re-reads process.env.TZ when it is set,
// so each case switches the zone of this very process (and checks that it
// did). A helper that used the UTC day would fail in each zone below.
import { afterEach, describe, expect, it, vi } from 'vitest'
import { localDay, publishedDay, today } from './local-date'

const originalZone = process.env.TZ
afterEach(() => {
  if (originalZone === undefined) delete process.env.TZ
  else process.env.TZ = originalZone
  vi.useRealTimers()
})

/** Switches this process to a zone and proves the switch took, by its offset in December. */
function useZone(zone: 'Pacific/Auckland' | 'America/Los_Angeles') {
  process.env.TZ = zone
  const decemberOffset = new Date(Date.UTC(2024, 11, 6, 12)).getTimezoneOffset()
  expect(decemberOffset, `time zone ${zone} not applied`).toBe(zone === 'Pacific/Auckland' ? -780 : 480)
}

// 20:00 UTC on 6 December is 09:00 on the 7th in Auckland (UTC+13 in summer)
// and 12:00 on the 6th in Los Angeles; 03:00 UTC on the 6th is 16:00 on the
// 6th in Auckland and 19:00 on the 5th in Los Angeles.
const eveningUtc = Date.UTC(2024, 11, 6, 20)
const earlyUtc = Date.UTC(2024, 11, 6, 3)

describe('in Auckland', () => {
  it('gives the local calendar day of a moment and of today', () => {
    useZone('Pacific/Auckland')
    expect(localDay(eveningUtc)).toBe('2024-12-07')
    expect(localDay(new Date(earlyUtc))).toBe('2024-12-06')
    vi.useFakeTimers({ now: eveningUtc })
    expect(today()).toBe('2024-12-07')
  })

  it('keeps the day a published time names when it carries its own offset', () => {
    useZone('Pacific/Auckland')
    expect(publishedDay('2024-12-06T23:30:00-05:00')).toBe('2024-12-06')
    expect(publishedDay('2024-12-06T18:00:00Z')).toBe('2024-12-06')
    expect(publishedDay('Fri, 06 Dec 2024 23:30:00 -0500')).toBe('2024-12-06')
    expect(publishedDay('Fri, 06 Dec 2024 23:30:00 EST')).toBe('2024-12-06')
    expect(publishedDay('Fri, 06 Dec 2024 20:00:00 GMT')).toBe('2024-12-06')
    // No zone at all: read as local time, as the person reading it would.
    expect(publishedDay('December 6, 2024 22:00')).toBe('2024-12-06')
  })
})

describe('in Los Angeles', () => {
  it('gives the local calendar day of a moment and of today', () => {
    useZone('America/Los_Angeles')
    expect(localDay(eveningUtc)).toBe('2024-12-06')
    expect(localDay(earlyUtc)).toBe('2024-12-05')
    vi.useFakeTimers({ now: earlyUtc })
    expect(today()).toBe('2024-12-05')
  })

  it('keeps the day a published time names when it carries its own offset', () => {
    useZone('America/Los_Angeles')
    expect(publishedDay('2024-12-07T08:00:00+13:00')).toBe('2024-12-07')
    expect(publishedDay('2024-12-06T02:00:00Z')).toBe('2024-12-06')
    expect(publishedDay('Sat, 07 Dec 2024 08:00:00 +1300')).toBe('2024-12-07')
    expect(publishedDay('Sat, 07 Dec 2024 08:00:00 GMT+13:00')).toBe('2024-12-07')
    expect(publishedDay('December 6, 2024 22:00')).toBe('2024-12-06')
  })
})

describe('publishedDay', () => {
  it('reads a bare date as the day it spells and refuses what is not a date', () => {
    expect(publishedDay(' 2024-12-06 ')).toBe('2024-12-06')
    expect(publishedDay('2024-02-30')).toBe('')
    expect(publishedDay('yesterday')).toBe('')
    expect(publishedDay('')).toBe('')
  })
})
