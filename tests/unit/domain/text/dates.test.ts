import { describe, expect, it } from 'vitest'
import { EARLIEST, LATEST, inSaneRange, isCalendarDate, isoInstant } from '../../../../src/domain/text/dates'

describe('isoInstant', () => {
  it.each<[string, number]>([
    ['2026-11-23T09:00:00.000Z', Date.UTC(2026, 10, 23, 9)],
    ['2026-11-23T09:00:00Z', Date.UTC(2026, 10, 23, 9)],
    ['2026-11-23T09:00Z', Date.UTC(2026, 10, 23, 9)],
    ['2026-11-23T17:00:00+08:00', Date.UTC(2026, 10, 23, 9)],
    ['2028-02-29T00:00:00Z', Date.UTC(2028, 1, 29)],
  ])('reads %s', (text, ms) => {
    expect(isoInstant(text)).toBe(ms)
  })

  it.each<[string, string]>([
    ['2026-02-30T00:00:00Z', 'a day February does not have'],
    ['2027-02-29T00:00:00Z', 'the 29th of February in a common year'],
    ['2026-13-01T00:00:00Z', 'a thirteenth month'],
    ['2026-11-23T24:00:00Z', 'hour 24'],
    ['2026-11-23T09:60:00Z', 'minute 60'],
    ['2026-11-23T09:00:61Z', 'second 61'],
    ['2026-11-23T09:00:00+15:00', 'an offset no place has'],
    ['2026-11-23T09:00:00', 'no time zone'],
    ['2026-11-23', 'a date alone'],
    ['Nov 23 2026', 'a non-ISO date Date.parse accepts'],
    ['+275760-09-13T00:00:00Z', 'an expanded year'],
    [' 2026-11-23T09:00:00Z', 'a leading space'],
  ])('refuses %s (%s)', (text) => {
    expect(isoInstant(text)).toBeNull()
  })

  it('keeps to the years 2000 to 2100', () => {
    expect(inSaneRange(EARLIEST)).toBe(true)
    expect(inSaneRange(LATEST)).toBe(true)
    expect(inSaneRange(isoInstant('1999-12-31T23:59:59Z')!)).toBe(false)
    expect(inSaneRange(isoInstant('2100-01-01T00:00:01Z')!)).toBe(false)
  })
})

describe('isCalendarDate', () => {
  it.each<[string, boolean]>([
    ['2026-03-01', true],
    ['2000-01-01', true],
    ['2100-01-01', true],
    ['2028-02-29', true],
    ['2026-02-29', false],
    ['2026-04-31', false],
    ['2026-00-10', false],
    ['9999-99-99', false],
    ['1999-12-31', false],
    ['2100-01-02', false],
    ['2026-3-1', false],
    ['2026-03-01T00:00', false],
  ])('%s → %s', (text, expected) => {
    expect(isCalendarDate(text)).toBe(expected)
  })
})
