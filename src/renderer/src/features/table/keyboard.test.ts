import { describe, expect, it } from 'vitest'
import { isShiftEvent, nextActiveIndex } from './keyboard'

describe('nextActiveIndex', () => {
  it('moves by one, by a page, and to either end, clamped', () => {
    expect(nextActiveIndex('ArrowDown', 3, 10, 4)).toBe(4)
    expect(nextActiveIndex('ArrowDown', 9, 10, 4)).toBe(9)
    expect(nextActiveIndex('ArrowUp', 0, 10, 4)).toBe(0)
    expect(nextActiveIndex('PageDown', 8, 10, 4)).toBe(9)
    expect(nextActiveIndex('PageUp', 2, 10, 4)).toBe(0)
    expect(nextActiveIndex('Home', 5, 10, 4)).toBe(0)
    expect(nextActiveIndex('End', 5, 10, 4)).toBe(9)
  })
  it('starts at the first row when none is active, and ignores other keys', () => {
    expect(nextActiveIndex('ArrowDown', -1, 10, 4)).toBe(0)
    expect(nextActiveIndex('ArrowUp', -1, 10, 4)).toBe(0)
    expect(nextActiveIndex('PageDown', -1, 10, 4)).toBe(4)
    expect(nextActiveIndex('x', 2, 10, 4)).toBeNull()
    expect(nextActiveIndex('ArrowDown', 0, 0, 4)).toBeNull()
  })
})

describe('isShiftEvent', () => {
  it('finds the Shift key on an event or the native event behind it', () => {
    expect(isShiftEvent({ shiftKey: true })).toBe(true)
    expect(isShiftEvent({ nativeEvent: { shiftKey: true } })).toBe(true)
    expect(isShiftEvent({ shiftKey: false })).toBe(false)
    expect(isShiftEvent(null)).toBe(false)
  })
})
