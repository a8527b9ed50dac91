/**
 * Calendar dates as the learner reads them: in the device's time zone, not UTC.
 * The first ten characters of an ISO timestamp give the UTC date, which in China is yesterday until 08:00.
 */

/** A calendar date, `YYYY-MM-DD`. */
export type CalendarDate = string

/**
 * The calendar date of `instant` in `timeZone` (the device's own zone when omitted).
 *
 * @example
 * localDate(new Date('2026-03-01T23:30:00Z'), 'Asia/Shanghai') // '2026-03-02'
 */
export function localDate(instant: Date, timeZone?: string): CalendarDate {
  // The device's own zone: the Date getters already read it, and cost nothing (the streak reads thousands).
  if (timeZone === undefined) {
    return `${instant.getFullYear()}-${pad(instant.getMonth() + 1)}-${pad(instant.getDate())}`
  }
  const parts = formatterFor(timeZone).formatToParts(instant)
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? ''
  return `${part('year')}-${part('month')}-${part('day')}`
}

const pad = (value: number) => String(value).padStart(2, '0')

/**
 * The calendar date `year`-`month`-`day`, where a day or month past the end runs on as `Date.UTC`
 * lets it (day 0 is the month before's last day): arithmetic on calendar dates, done in UTC so
 * that no time zone moves the day.
 *
 * @example calendarDate(2026, 12, 33) // '2027-01-02'
 */
export function calendarDate(year: number, month: number, day: number): CalendarDate {
  const date = new Date(Date.UTC(year, month - 1, day))
  return `${String(date.getUTCFullYear()).padStart(4, '0')}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`
}

/** One formatter per zone: building an Intl.DateTimeFormat is far slower than using one. */
const formatters = new Map<string, Intl.DateTimeFormat>()
function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone)
  if (!formatter) {
    // en-CA formats as YYYY-MM-DD; formatToParts keeps us independent of that detail anyway.
    formatter = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' })
    formatters.set(timeZone, formatter)
  }
  return formatter
}

/** Local days of saved instants already worked out: a long history asks for the same ones on every page. */
const daysOfInstants = new Map<string, CalendarDate | null>()

/**
 * The device's local calendar day of a saved ISO instant; null when it is not a date.
 * Remembered per instant, so 10,000 attempts cost a lookup each after the first time.
 *
 * @example localDayOf('2026-03-07T10:00:00.000Z') // '2026-03-07' (in Beijing, say)
 */
export function localDayOf(iso: string): CalendarDate | null {
  let day = daysOfInstants.get(iso)
  if (day === undefined) {
    const time = Date.parse(iso)
    day = Number.isFinite(time) ? localDate(new Date(time)) : null
    // Bounded: a page open across midnight of a time-zone change re-reads the rest.
    if (daysOfInstants.size > 100_000) daysOfInstants.clear()
    daysOfInstants.set(iso, day)
  }
  return day
}
