import { describe, expect, it } from 'vitest'
import {
  MAX_TIME_LIMIT_MINUTES,
  clockText,
  deadlineAfter,
  effectiveDeadline,
  elapsedMs,
  handInTime,
  secondsLeft,
  timeLeftMs,
  withTimeSaved,
  type SessionTime,
} from '../../../../src/domain/quiz/deadline'

const MINUTE = 60_000
const start = '2026-05-01T09:00:00.000Z'
const at = (minutes: number) => new Date(Date.parse(start) + minutes * MINUTE)
/** The exam as started at 09:00 with a 60-minute limit. */
const exam: SessionTime = { startedAt: start, deadline: deadlineAfter(new Date(start), 60) }

describe('deadlineAfter and secondsLeft', () => {
  it('saves the deadline as a time, so a reload keeps counting down', () => {
    const deadline = deadlineAfter(new Date('2026-05-01T09:00:00Z'), 60)
    expect(deadline).toBe('2026-05-01T10:00:00.000Z')
    expect(secondsLeft(deadline, new Date('2026-05-01T09:59:30Z'))).toBe(30)
    expect(secondsLeft(deadline, new Date('2026-05-01T09:59:29.500Z'))).toBe(31)
    expect(secondsLeft(deadline, new Date('2026-05-01T10:05:00Z'))).toBe(0)
  })
})

describe('effectiveDeadline', () => {
  it.each([
    ['the saved deadline', exam, 60, at(60)],
    ['a deadline edited a year out: start + limit', { ...exam, deadline: '2027-05-01T10:00:00.000Z' }, 60, at(60)],
    ['a deleted deadline: start + limit', { startedAt: start }, 60, at(60)],
    ['an earlier saved deadline stays', { ...exam, deadline: at(30).toISOString() }, 60, at(30)],
    ['an unknown limit: the saved deadline', exam, null, at(60)],
    [
      'an unknown limit and a deadline a year out: capped at the longest limit',
      { ...exam, deadline: '2027-05-01T10:00:00.000Z' },
      null,
      at(MAX_TIME_LIMIT_MINUTES),
    ],
  ] as const)('%s', (_, session, limit, expected) => {
    expect(effectiveDeadline(session, limit)).toBe(expected.getTime())
  })

  it('is null for a quiz without a time limit', () => {
    expect(effectiveDeadline({ startedAt: start }, null)).toBeNull()
    expect(effectiveDeadline({ startedAt: start }, undefined)).toBeNull()
    expect(timeLeftMs({ startedAt: start }, null, at(5))).toBeNull()
  })
})

describe('timeLeftMs: the time fixed at the start cannot be extended', () => {
  // `running` is what the page measured with its monotonic clock (saved elapsed time + time since the page loaded).
  it.each([
    ['minute 10, nothing odd', exam, at(10), 10, 50],
    ['clock set back 50 minutes at minute 55', exam, at(5), 55, 5],
    ['clock set back 50 minutes at minute 55, then a reload', { ...exam, elapsedMs: 55 * MINUTE }, at(5), 55, 5],
    ['clock set back at minute 55, a reload, 2 more minutes', { ...exam, elapsedMs: 55 * MINUTE }, at(7), 57, 3],
    ['clock set back a day', { ...exam, elapsedMs: 20 * MINUTE }, new Date(Date.parse(start) - 86_400_000), 20, 40],
    ['deadline edited a year out, at minute 30', { ...exam, deadline: '2027-05-01T10:00:00.000Z' }, at(30), 30, 30],
    ['deadline edited a year out, at minute 61', { ...exam, deadline: '2027-05-01T10:00:00.000Z' }, at(61), 0, 0],
    ['deadline deleted, at minute 59', { startedAt: start }, at(59), 0, 1],
    ['deadline deleted, at minute 61', { startedAt: start }, at(61), 0, 0],
    [
      'page closed from minute 10 to minute 40 (the wall clock counts)',
      { ...exam, elapsedMs: 10 * MINUTE },
      at(40),
      10,
      20,
    ],
    ['clock set ahead 2 hours: time is up', exam, at(130), 10, 0],
    ['saved elapsed time larger than the wall clock', { ...exam, elapsedMs: 45 * MINUTE }, at(20), 0, 15],
  ] as const)('%s', (_, session, now, runningMinutes, leftMinutes) => {
    expect(timeLeftMs(session, 60, now, runningMinutes * MINUTE)).toBe(leftMinutes * MINUTE)
  })

  it('never trusts an elapsed time that is not a finite positive number', () => {
    expect(elapsedMs({ ...exam, elapsedMs: Number.NaN }, at(10), Number.NaN)).toBe(10 * MINUTE)
    expect(elapsedMs({ ...exam, elapsedMs: -5 * MINUTE }, at(10), -Infinity)).toBe(10 * MINUTE)
    expect(elapsedMs(exam, at(-10))).toBe(0)
  })
})

describe('withTimeSaved', () => {
  it('saves the elapsed time and the deadline that holds', () => {
    const saved = withTimeSaved({ ...exam, deadline: '2027-05-01T10:00:00.000Z', elapsedMs: 3 }, 60, at(5), 55 * MINUTE)
    expect(saved).toEqual({ startedAt: start, deadline: at(60).toISOString(), elapsedMs: 55 * MINUTE })
    // A deleted deadline is written back.
    expect(withTimeSaved<SessionTime>({ startedAt: start }, 60, at(1)).deadline).toBe(at(60).toISOString())
  })

  it('leaves a quiz without a time limit as it was', () => {
    const untimed = { startedAt: start }
    expect(withTimeSaved(untimed, null, at(5), MINUTE)).toBe(untimed)
  })
})

describe('handInTime', () => {
  it('is the deadline for a quiz left open past it, and now otherwise', () => {
    expect(handInTime(exam, 60, at(600)).toISOString()).toBe(at(60).toISOString())
    expect(handInTime(exam, 60, at(30)).toISOString()).toBe(at(30).toISOString())
    // The clock set back: handed in now, which is before the deadline.
    expect(handInTime(exam, 60, at(5)).toISOString()).toBe(at(5).toISOString())
    expect(handInTime({ startedAt: start }, null, at(600)).toISOString()).toBe(at(600).toISOString())
  })
})

describe('clockText', () => {
  it.each([
    [0, '0:00'],
    [9, '0:09'],
    [125, '2:05'],
    [5400, '90:00'],
  ])('%i seconds read %s', (seconds, text) => {
    expect(clockText(seconds)).toBe(text)
  })
})
