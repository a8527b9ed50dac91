import { describe, expect, it } from 'vitest'
import {
  certificateFor,
  certificateNumber,
  checkCertificate,
  validUntil,
} from '../../../../src/domain/exam/certificate'
import type { QuizAttempt } from '../../../../src/domain/quiz/session'

describe('certificateNumber, checkCertificate and validUntil', () => {
  const details = { learner: '王芳', passedOn: '2026-11-23', score: 92 }
  const number = certificateNumber(details)

  it('still accepts certificates issued before the name came from the profile: the numbering never changes', () => {
    expect(checkCertificate('KF-20261123-TPH7W5', details)).toBe('consistent')
    expect(checkCertificate('KF-20260302-HZTW3Y', { learner: '学员 1', passedOn: '2026-03-02', score: 100 })).toBe(
      'consistent',
    )
  })

  it('numbers a certificate from its pass date and details', () => {
    expect(number).toMatch(/^KF-20261123-[2-9A-HJ-NP-Z]{6}$/)
    expect(certificateNumber(details)).toBe(number)
  })

  it.each<[string, string, typeof details, string]>([
    ['the right details', number, details, 'consistent'],
    ['a lower-case number with spaces', ` ${number.toLowerCase()} `, details, 'consistent'],
    ['a changed name', number, { ...details, learner: '王方' }, 'inconsistent'],
    ['a changed score', number, { ...details, score: 98 }, 'inconsistent'],
    ['a changed date', number, { ...details, passedOn: '2026-11-24' }, 'inconsistent'],
    ['a made-up number', 'KF-20261123-AAAAAA', details, 'inconsistent'],
    ['a number of the wrong form', 'CERT-1', details, 'malformed'],
    ['letters that are never used (0, O, 1, I)', 'KF-20261123-O0I1AB', details, 'malformed'],
  ])('checks %s', (_name, value, given, expected) => {
    expect(checkCertificate(value, given)).toBe(expected)
  })

  it.each([
    ['2026-11-23', 24, '2028-11-23'],
    ['2026-01-31', 1, '2026-02-28'],
    ['2028-02-29', 12, '2029-02-28'],
  ])('is valid from %s for %i months until %s', (from, months, until) => {
    expect(validUntil(from, months)).toBe(until)
  })
})

describe('certificateFor', () => {
  const passedAt = (finishedAt: string, percent = 91.6) =>
    ({
      passed: true,
      counted: { finishedAt, score: { percent, passed: true } } as unknown as QuizAttempt,
    }) as const

  it.each([
    ['07:30 in Shanghai is still the day before in UTC', '2026-03-01T23:30:00.000Z', 'Asia/Shanghai', '2026-03-02'],
    ['just before midnight in Shanghai', '2026-03-02T15:59:00.000Z', 'Asia/Shanghai', '2026-03-02'],
    ['the same instant in New York', '2026-03-01T23:30:00.000Z', 'America/New_York', '2026-03-01'],
  ])('dates the certificate on the local calendar: %s', (_name, finishedAt, zone, passedOn) => {
    const certificate = certificateFor(passedAt(finishedAt), 24, '王芳', zone)
    expect(certificate?.passedOn).toBe(passedOn)
    expect(certificate?.number).toBe(certificateNumber({ learner: '王芳', passedOn, score: 92 }))
    expect(certificate?.validUntil).toBe(validUntil(passedOn, 24))
  })

  it('rounds the score to a whole percent', () => {
    expect(certificateFor(passedAt('2026-03-01T02:00:00.000Z', 91.4), 24, '王芳', 'UTC')?.score).toBe(91)
  })

  it.each([
    ['before any exam', { passed: false, counted: null }],
    ['after a failed exam', { ...passedAt('2026-03-01T02:00:00.000Z'), passed: false }],
    ['for an attempt with an unreadable date', passedAt('Jan 2 26 xx')],
  ])('gives no certificate %s', (_name, standing) => {
    expect(certificateFor(standing, 24, '王芳', 'Asia/Shanghai')).toBeNull()
  })
})
