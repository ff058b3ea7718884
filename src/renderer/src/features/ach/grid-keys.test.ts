import { describe, expect, it } from 'vitest'
import { nextCell } from './grid-keys'

describe('nextCell', () => {
  const mid = { row: 1, col: 2 }
  it('moves one cell with the arrows and stops at the edges', () => {
    expect(nextCell('ArrowDown', false, mid, 3, 5)).toEqual({ row: 2, col: 2 })
    expect(nextCell('ArrowDown', false, { row: 2, col: 2 }, 3, 5)).toEqual({ row: 2, col: 2 })
    expect(nextCell('ArrowUp', false, { row: 0, col: 0 }, 3, 5)).toEqual({ row: 0, col: 0 })
    expect(nextCell('ArrowRight', false, { row: 0, col: 4 }, 3, 5)).toEqual({ row: 0, col: 4 })
    expect(nextCell('ArrowLeft', false, mid, 3, 5)).toEqual({ row: 1, col: 1 })
  })

  it('goes to the ends of the row with Home and End, of the grid with Ctrl', () => {
    expect(nextCell('Home', false, mid, 3, 5)).toEqual({ row: 1, col: 0 })
    expect(nextCell('End', false, mid, 3, 5)).toEqual({ row: 1, col: 4 })
    expect(nextCell('Home', true, mid, 3, 5)).toEqual({ row: 0, col: 0 })
    expect(nextCell('End', true, mid, 3, 5)).toEqual({ row: 2, col: 4 })
  })

  it('pages by ten rows; brings a cell left outside a shrunk grid back in', () => {
    expect(nextCell('PageDown', false, { row: 0, col: 1 }, 30, 4)).toEqual({ row: 10, col: 1 })
    expect(nextCell('PageUp', false, { row: 5, col: 1 }, 30, 4)).toEqual({ row: 0, col: 1 })
    expect(nextCell('ArrowLeft', false, { row: 7, col: 9 }, 3, 5)).toEqual({ row: 2, col: 3 })
  })

  it('ignores other keys and empty grids', () => {
    expect(nextCell('c', false, mid, 3, 5)).toBeNull()
    expect(nextCell('ArrowDown', false, mid, 0, 5)).toBeNull()
  })
})
