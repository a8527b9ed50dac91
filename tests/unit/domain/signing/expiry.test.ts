import { describe, expect, it } from 'vitest'
import { addDays, daysBetween, expiringWithin, recertifyReminder } from '../../../../src/domain/signing/expiry'

describe('addDays and daysBetween', () => {
  it.each([
    ['2026-12-30', 3, '2027-01-02'],
    ['2028-02-28', 1, '2028-02-29'],
    ['2026-03-01', -1, '2026-02-28'],
  ])('%s + %i = %s', (date, days, expected) => {
    expect(addDays(date, days)).toBe(expected)
    expect(daysBetween(date, expected)).toBe(days)
  })
})

describe('expiringWithin', () => {
  it('keeps those from today to 60 days ahead, soonest first', () => {
    const items = [
      { id: 'later', validUntil: '2027-01-31' },
      { id: 'gone', validUntil: '2026-11-30' },
      { id: 'today', validUntil: '2026-12-01' },
      { id: 'far', validUntil: '2027-02-01' },
    ]
    expect(expiringWithin(items, '2026-12-01', 61).map((item) => item.id)).toEqual(['today', 'later'])
    expect(expiringWithin(items, '2026-12-01', 60).map((item) => item.id)).toEqual(['today'])
  })
})

describe('recertifyReminder', () => {
  it.each([
    ['2026-12-09', null],
    ['2026-12-10', { kind: 'soon', daysLeft: 30, validUntil: '2027-01-09' }],
    ['2027-01-09', { kind: 'soon', daysLeft: 0, validUntil: '2027-01-09' }],
    ['2027-01-10', { kind: 'expired', validUntil: '2027-01-09' }],
  ])('on %s: %o', (today, expected) => {
    expect(recertifyReminder('2027-01-09', today, 30)).toEqual(expected)
  })
})
