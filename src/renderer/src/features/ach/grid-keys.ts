// Where the active cell of the ACH grid goes for a navigation key. Pure, so
// the rules (clamping at the edges, Home and End within a row, Ctrl+Home and
// Ctrl+End across the grid) are tested on their own.

export interface CellPosition {
  row: number
  col: number
}

export function nextCell(
  key: string,
  ctrl: boolean,
  from: CellPosition,
  rows: number,
  cols: number,
): CellPosition | null {
  if (rows === 0 || cols === 0) return null
  const clamp = (n: number, count: number) => Math.max(0, Math.min(count - 1, n))
  const at = { row: clamp(from.row, rows), col: clamp(from.col, cols) }
  switch (key) {
    case 'ArrowDown':
      return { ...at, row: clamp(at.row + 1, rows) }
    case 'ArrowUp':
      return { ...at, row: clamp(at.row - 1, rows) }
    case 'ArrowRight':
      return { ...at, col: clamp(at.col + 1, cols) }
    case 'ArrowLeft':
      return { ...at, col: clamp(at.col - 1, cols) }
    case 'Home':
      return ctrl ? { row: 0, col: 0 } : { ...at, col: 0 }
    case 'End':
      return ctrl ? { row: rows - 1, col: cols - 1 } : { ...at, col: cols - 1 }
    case 'PageDown':
      return { ...at, row: clamp(at.row + 10, rows) }
    case 'PageUp':
      return { ...at, row: clamp(at.row - 10, rows) }
    default:
      return null
  }
}
