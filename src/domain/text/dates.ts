/**
 * Reading dates and instants written as text by someone else. `Date.parse`
 * is too forgiving for that: it takes 「Nov 23 2026」, rolls 2 月 30 日 over into
 * March and reads 24:00 as the next day. These accept only ISO 8601 as the
 * course writes it, with every field in range; dates from 2000 to 2100.
 */

/** The earliest and latest instant accepted: 2000-01-01 and 2100-01-01, UTC. */
export const EARLIEST = Date.UTC(2000, 0, 1)
export const LATEST = Date.UTC(2100, 0, 1)

const INSTANT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,3})?)?(?:Z|[+-](\d{2}):(\d{2}))$/
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/

function realDay(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= new Date(Date.UTC(year, month, 0)).getUTCDate()
}

/**
 * Milliseconds since 1970 for an ISO instant such as `2026-11-23T09:00:00.000Z`
 * (a time-zone offset is fine), or null if it is not a real instant. See `inSaneRange` for the years.
 *
 * @example
 * isoInstant('2026-11-23T09:00:00.000Z') // 1795424400000
 * isoInstant('2026-02-30T00:00:00Z') // null
 */
export function isoInstant(value: string): number | null {
  const match = INSTANT.exec(value)
  if (!match) return null
  const [year, month, day, hour, minute, second = '0', offsetHours = '0', offsetMinutes = '0'] = match.slice(1)
  if (!realDay(Number(year), Number(month), Number(day))) return null
  if (Number(hour) > 23 || Number(minute) > 59 || Number(second) > 59) return null
  if (Number(offsetHours) > 14 || Number(offsetMinutes) > 59) return null
  const ms = Date.parse(value)
  return Number.isFinite(ms) ? ms : null
}

/** Whether an instant lies between 2000-01-01 and 2100-01-01 (UTC), both included. */
export function inSaneRange(ms: number): boolean {
  return ms >= EARLIEST && ms <= LATEST
}

/**
 * Whether `value` is a real calendar date `YYYY-MM-DD` from 2000-01-01 to 2100-01-01.
 *
 * @example
 * isCalendarDate('2026-03-01') // true
 * isCalendarDate('2026-02-30') // false
 */
export function isCalendarDate(value: string): boolean {
  const match = DATE.exec(value)
  if (!match) return false
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number]
  return realDay(year, month, day) && value >= '2000-01-01' && value <= '2100-01-01'
}
