// Whether two table rows hold the same values, field by field (arrays element
// by element): a fresh copy of an unchanged row (every answer from a worker is
// one) is not a change, so nothing re-keys or re-renders for it.
export function sameRow(a: object | undefined, b: object): boolean {
  if (a === b) return true
  if (!a) return false
  const x = a as Record<string, unknown>
  const y = b as Record<string, unknown>
  const keys = Object.keys(y)
  if (Object.keys(x).length !== keys.length) return false
  return keys.every((k) => {
    const u = x[k]
    const v = y[k]
    if (Array.isArray(u) && Array.isArray(v)) return u.length === v.length && u.every((e, i) => e === v[i])
    return u === v
  })
}
