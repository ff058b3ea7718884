// Calendar days in the analyst's own time zone. `toISOString().slice(0, 10)`
// gives the UTC day, which is yesterday's date for a morning in Auckland and
// tomorrow's for an evening in Los Angeles; a publication time converted to
// UTC can move an article to another day than the one it was printed on.

const pad = (n: number, width = 2) => String(n).padStart(width, '0')

/** YYYY-MM-DD of a moment, on this machine's clock and time zone. */
export function localDay(at: Date | number): string {
  const d = typeof at === 'number' ? new Date(at) : at
  return `${pad(d.getFullYear(), 4)}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`
}

/** Today's date here, YYYY-MM-DD. */
export function today(): string {
  return localDay(Date.now())
}

/** Whether y-m-d names a day that exists (2024-02-30 does not). */
function isRealDay(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate()
  return d <= days
}

// The zone names RFC 2822 dates may still carry (obsolete but common in feeds).
const namedZones: Readonly<Record<string, number>> = {
  UT: 0,
  UTC: 0,
  GMT: 0,
  Z: 0,
  EST: -300,
  EDT: -240,
  CST: -360,
  CDT: -300,
  MST: -420,
  MDT: -360,
  PST: -480,
  PDT: -420,
}

/** The offset from UTC, in minutes, that a date string states at its end, or null when it states none. */
function statedOffset(value: string): number | null {
  const numeric = /(?:GMT|UTC)?\s*([+-])(\d{2}):?(\d{2})(?:\s*\([^)]*\))?$/i.exec(value)
  if (numeric) {
    const minutes = Number(numeric[2]) * 60 + Number(numeric[3])
    return numeric[1] === '-' ? -minutes : minutes
  }
  const named = /\b([A-Z]{1,3}T?)(?:\s*\([^)]*\))?$/i.exec(value)
  const zone = named?.[1]?.toUpperCase()
  return zone !== undefined && zone in namedZones ? namedZones[zone]! : null
}

/**
 * The calendar day a published time names, YYYY-MM-DD, or '' when it cannot
 * be read. A time that carries its own offset keeps its own day: an article
 * stamped 2024-12-06T23:30:00-05:00 was published on 6 December wherever it
 * is read. An ISO date or date-time keeps the day it spells (with or without
 * an offset, that is the writer's day); another format with an offset, such
 * as "Fri, 06 Dec 2024 23:30:00 -0500", is read on the writer's clock; one
 * with no zone at all is read as local time, as a person would read it.
 */
export function publishedDay(value: string): string {
  const text = value.trim()
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?=$|[T\s])/.exec(text)
  if (iso) {
    const [y, m, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])]
    return isRealDay(y, m, d) ? `${iso[1]}-${iso[2]}-${iso[3]}` : ''
  }
  const parsed = Date.parse(text)
  if (Number.isNaN(parsed)) return ''
  const offset = statedOffset(text)
  if (offset === null) return localDay(parsed)
  // Shift the moment onto the writer's wall clock, then read that clock's
  // date with the UTC getters (which apply no further offset).
  const wall = new Date(parsed + offset * 60_000)
  return `${pad(wall.getUTCFullYear(), 4)}-${pad(wall.getUTCMonth() + 1)}-${pad(wall.getUTCDate())}`
}
