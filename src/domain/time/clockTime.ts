/**
 * Times of day as a trainer reads them, on this device's clock. Apart from calendar.ts, which the
 * first page carries: only the trainer's pages show a time.
 */
import { localDate } from './calendar'

const pad = (value: number) => String(value).padStart(2, '0')

/**
 * `YYYY-MM-DD HH:mm` of an ISO instant on this device's clock, as a trainer reads a hand-in time;
 * the text as given when it is no instant. (Its first 16 characters are UTC: in China, eight hours early.)
 *
 * @example localDateTime('2026-03-01T23:30:00Z') // '2026-03-02 07:30' on a device in China
 */
export function localDateTime(iso: string): string {
  const instant = new Date(iso)
  if (Number.isNaN(instant.getTime())) return iso
  return `${localDate(instant)} ${pad(instant.getHours())}:${pad(instant.getMinutes())}`
}
