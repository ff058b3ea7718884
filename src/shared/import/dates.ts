// Dates as calendar days (YYYY-MM-DD) from whatever a source writes. A
// timestamp that states its own offset ("2024-03-05T23:30:00-05:00") keeps the
// day it names: converting it to UTC first would move a late-evening story to
// the next day. Only a date with no day of its own is read as local time.

const months = [
  ['jan', 'january', 'janvier', 'enero'],
  ['feb', 'february', 'février', 'febrero'],
  ['mar', 'march', 'mars', 'marzo'],
  ['apr', 'april', 'avril', 'abril'],
  ['may', 'mai', 'mayo'],
  ['jun', 'june', 'juin', 'junio'],
  ['jul', 'july', 'juillet', 'julio'],
  ['aug', 'august', 'août', 'agosto'],
  ['sep', 'sept', 'september', 'septembre', 'septiembre'],
  ['oct', 'october', 'octobre', 'octubre'],
  ['nov', 'november', 'novembre', 'noviembre'],
  ['dec', 'december', 'décembre', 'diciembre'],
]

function monthOf(word: string): number | undefined {
  const w = word.toLowerCase().replace(/\.$/, '')
  const i = months.findIndex((names) => names.includes(w))
  return i === -1 ? undefined : i + 1
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0')

function day(y: number, m: number, d: number): string {
  // Reject 2024-02-31 and friends: a day that the calendar does not have.
  const probe = new Date(y, m - 1, d)
  if (probe.getFullYear() !== y || probe.getMonth() !== m - 1 || probe.getDate() !== d) return ''
  return `${pad(y, 4)}-${pad(m)}-${pad(d)}`
}

/** The local calendar day of a Date (never via toISOString, which is UTC). */
export function localDay(date: Date): string {
  return day(date.getFullYear(), date.getMonth() + 1, date.getDate())
}

/** A calendar day, YYYY-MM-DD, from an ISO 8601, RFC 2822 or written date; '' when there is none. */
export function calendarDay(value: string | null | undefined): string {
  const s = (value ?? '').trim()
  if (!s) return ''
  // ISO 8601 and W3CDTF: the date part is the day the timestamp names, whatever its offset.
  let m = /^(\d{4})-?(\d{2})-?(\d{2})(?=$|[T\s])/.exec(s)
  if (m) return day(Number(m[1]), Number(m[2]), Number(m[3]))
  // PDF dates: "D:20240305233000-05'00'".
  m = /^D:(\d{4})(\d{2})(\d{2})/.exec(s)
  if (m) return day(Number(m[1]), Number(m[2]), Number(m[3]))
  // "Tue, 5 Mar 2024 23:30:00 -0500", "5 March 2024"
  m = /\b(\d{1,2})(?:st|nd|rd|th)?\.?\s+([A-Za-zéû]+\.?),?\s+(\d{4})\b/.exec(s)
  if (m && monthOf(m[2]!)) return day(Number(m[3]), monthOf(m[2]!)!, Number(m[1]))
  // "March 5, 2024", "Mar. 5 2024"
  m = /\b([A-Za-zéû]+\.?)\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b/.exec(s)
  if (m && monthOf(m[1]!)) return day(Number(m[3]), monthOf(m[1]!)!, Number(m[2]))
  // "2024/03/05"
  m = /^(\d{4})[/.](\d{1,2})[/.](\d{1,2})\b/.exec(s)
  if (m) return day(Number(m[1]), Number(m[2]), Number(m[3]))
  // A bare epoch (seconds or milliseconds) has no calendar of its own: read it locally.
  if (/^\d{10}(\d{3})?$/.test(s)) return localDay(new Date(Number(s) * (s.length === 10 ? 1000 : 1)))
  return ''
}
