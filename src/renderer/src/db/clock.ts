// Record timestamps that never repeat or go back within this window, so an
// audit trail sorted by time keeps changes made in the same millisecond in
// the order they were made.
let last = 0

/** The current time as an ISO string, strictly later than the previous call's. */
export function now(): string {
  last = Math.max(Date.now(), last + 1)
  return new Date(last).toISOString()
}
