// Where the active row goes for a navigation key in the grid. Pure, so the
// rules (clamping, paging, starting from no active row) are tested directly.

export function nextActiveIndex(
  key: string,
  current: number,
  count: number,
  pageSize: number,
): number | null {
  if (count === 0) return null
  const last = count - 1
  const from = current < 0 ? -1 : Math.min(current, last)
  switch (key) {
    case 'ArrowDown':
      return Math.min(last, from + 1)
    case 'ArrowUp':
      return from < 0 ? 0 : Math.max(0, from - 1)
    case 'PageDown':
      return Math.min(last, Math.max(0, from) + pageSize)
    case 'PageUp':
      return Math.max(0, from - pageSize)
    case 'Home':
      return 0
    case 'End':
      return last
    default:
      return null
  }
}

/** Whether a checkbox change came from a Shift+click (React passes the click as nativeEvent). */
export function isShiftEvent(e: unknown): boolean {
  if (typeof e !== 'object' || e === null) return false
  if ('shiftKey' in e && e.shiftKey === true) return true
  return 'nativeEvent' in e && isShiftEvent(e.nativeEvent)
}
