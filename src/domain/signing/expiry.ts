/**
 * Dates of signed certificates: issue and expiry, those a trainer should renew soon, and the
 * learner's reminder to recertify. Dates are calendar dates, YYYY-MM-DD, compared as text.
 */
import { calendarDate, type CalendarDate } from '../time/calendar'

/**
 * `date` moved by `days` calendar days.
 *
 * @example addDays('2026-12-30', 3) // '2027-01-02'
 */
export function addDays(date: CalendarDate, days: number): CalendarDate {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number]
  return calendarDate(year, month, day + days)
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: CalendarDate, to: CalendarDate): number {
  const utc = (date: CalendarDate) => {
    const [year, month, day] = date.split('-').map(Number) as [number, number, number]
    return Date.UTC(year, month - 1, day)
  }
  return Math.round((utc(to) - utc(from)) / 86_400_000)
}

/**
 * The items whose `validUntil` falls from today up to `days` days ahead, soonest first.
 *
 * @example expiringWithin([{ validUntil: '2027-01-10' }], '2026-12-01', 60) // [{ validUntil: '2027-01-10' }]
 */
export function expiringWithin<T extends { validUntil: CalendarDate }>(
  items: readonly T[],
  today: CalendarDate,
  days: number,
): T[] {
  const last = addDays(today, days)
  return items
    .filter((item) => item.validUntil >= today && item.validUntil <= last)
    .sort((a, b) => a.validUntil.localeCompare(b.validUntil))
}

/** How many days are left before recertifying; shown from `daysBefore` days before expiry on. */
export type Recertify =
  { kind: 'soon'; daysLeft: number; validUntil: CalendarDate } | { kind: 'expired'; validUntil: CalendarDate }

/**
 * The learner's reminder: null until `daysBefore` days before `validUntil`, then the days left,
 * then 'expired' once the last valid day has passed.
 *
 * @example recertifyReminder('2027-01-10', '2026-12-20', 30) // { kind: 'soon', daysLeft: 21, validUntil: '2027-01-10' }
 */
export function recertifyReminder(validUntil: CalendarDate, today: CalendarDate, daysBefore = 30): Recertify | null {
  const left = daysBetween(today, validUntil)
  if (left < 0) return { kind: 'expired', validUntil }
  if (left <= daysBefore) return { kind: 'soon', daysLeft: left, validUntil }
  return null
}
