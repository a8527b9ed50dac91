import { describe, expect, it } from 'vitest'
import { clockText, deadlineAfter, secondsLeft } from '../../../../src/domain/quiz/deadline'

describe('deadlineAfter and secondsLeft', () => {
  it('saves the deadline as a time, so a reload keeps counting down', () => {
    const deadline = deadlineAfter(new Date('2026-05-01T09:00:00Z'), 60)
    expect(deadline).toBe('2026-05-01T10:00:00.000Z')
    expect(secondsLeft(deadline, new Date('2026-05-01T09:59:30Z'))).toBe(30)
    expect(secondsLeft(deadline, new Date('2026-05-01T09:59:29.500Z'))).toBe(31)
    expect(secondsLeft(deadline, new Date('2026-05-01T10:05:00Z'))).toBe(0)
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
