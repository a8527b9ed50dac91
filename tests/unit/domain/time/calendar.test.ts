import { describe, expect, it } from 'vitest'
import { calendarDate, localDate } from '../../../../src/domain/time/calendar'
import { localDateTime } from '../../../../src/domain/time/clockTime'

describe('calendarDate', () => {
  it.each([
    [2026, 3, 10, '2026-03-10'],
    [2026, 12, 33, '2027-01-02'],
    [2026, 3, 0, '2026-02-28'],
    [2028, 2, 29, '2028-02-29'],
    [2026, 14, 1, '2027-02-01'],
  ])('%i-%i-%i is %s, whatever the time zone', (year, month, day, expected) => {
    expect(calendarDate(year, month, day)).toBe(expected)
  })
})

describe('localDate', () => {
  it.each([
    ['07:30 on 2 March in Shanghai', '2026-03-01T23:30:00.000Z', 'Asia/Shanghai', '2026-03-02'],
    ['00:00 in Shanghai, the first minute of the day', '2026-03-01T16:00:00.000Z', 'Asia/Shanghai', '2026-03-02'],
    ['23:59 in Shanghai, the last minute of the day', '2026-03-01T15:59:00.000Z', 'Asia/Shanghai', '2026-03-01'],
    [
      'New Year in Shanghai while UTC is still in the old year',
      '2026-12-31T16:30:00.000Z',
      'Asia/Shanghai',
      '2027-01-01',
    ],
    ['the evening before in New York', '2026-03-01T23:30:00.000Z', 'America/New_York', '2026-03-01'],
    ['UTC itself', '2026-03-01T23:30:00.000Z', 'UTC', '2026-03-01'],
  ])('%s', (_name, instant, zone, expected) => {
    expect(localDate(new Date(instant), zone)).toBe(expected)
  })

  it("uses the device's own zone when none is given", () => {
    const instant = new Date('2026-03-01T23:30:00.000Z')
    const expected = `${instant.getFullYear()}-${String(instant.getMonth() + 1).padStart(2, '0')}-${String(instant.getDate()).padStart(2, '0')}`
    expect(localDate(instant)).toBe(expected)
  })
})

describe('localDateTime', () => {
  it("gives the date and the minute on the device's clock (the browser test in Shanghai checks the zone)", () => {
    const instant = new Date('2026-03-01T23:30:00.000Z')
    const hours = String(instant.getHours()).padStart(2, '0')
    expect(localDateTime(instant.toISOString())).toBe(`${localDate(instant)} ${hours}:30`)
  })

  it('shows text that is no instant as it is', () => {
    expect(localDateTime('昨天下午')).toBe('昨天下午')
  })
})
