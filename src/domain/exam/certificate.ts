/**
 * Certificates: what is printed on one, its number, and the check of a number
 * against its details. Dates are the learner's local calendar dates.
 */
import { checkCode } from '../trainer/checksum'
import { calendarDate, localDate, type CalendarDate } from '../time/calendar'
import type { ExamStanding } from './standing'
import type { QuizAttempt } from '../quiz/session'

export interface CertificateDetails {
  learner: string
  /** The day the exam was passed, YYYY-MM-DD. */
  passedOn: string
  /** Whole percent. */
  score: number
}

function canonical(details: CertificateDetails): string {
  return `${details.learner.trim()}|${details.passedOn}|${Math.round(details.score)}`
}

/**
 * The certificate number: the pass date and a fingerprint of name, date and
 * score, so a changed detail no longer matches its number.
 *
 * @example
 * certificateNumber({ learner: '王芳', passedOn: '2026-11-23', score: 92 }) // 'KF-20261123-XXXXXX'
 */
export function certificateNumber(details: CertificateDetails): string {
  return `KF-${details.passedOn.replaceAll('-', '')}-${checkCode(canonical(details))}`
}

export type CertificateCheck = 'consistent' | 'inconsistent' | 'malformed'

/**
 * Checks that a certificate number and its details belong together. It shows
 * a typing error or a changed name, date or score; it cannot prove the
 * certificate was issued by this course, since anyone can compute a number.
 */
export function checkCertificate(number: string, details: CertificateDetails): CertificateCheck {
  const normalised = number.trim().toUpperCase()
  if (!/^KF-\d{8}-[2-9A-HJ-NP-Z]{6}$/.test(normalised)) return 'malformed'
  if (!/^\d{4}-\d{2}-\d{2}$/.test(details.passedOn) || details.learner.trim() === '') return 'inconsistent'
  return certificateNumber(details) === normalised ? 'consistent' : 'inconsistent'
}

/**
 * The same day `months` later, or that month's last day when it is shorter.
 *
 * @example validUntil('2026-11-23', 24) // '2028-11-23'
 */
export function validUntil(passedOn: string, months: number): string {
  const [year, month, day] = passedOn.split('-').map(Number) as [number, number, number]
  const lastDay = new Date(Date.UTC(year, month - 1 + months + 1, 0)).getUTCDate()
  return calendarDate(year, month + months, Math.min(day, lastDay))
}

/** What the certificate page prints. */
export interface PrintedCertificate {
  /** The day the exam was passed on the learner's calendar, YYYY-MM-DD. */
  passedOn: CalendarDate
  /** Whole percent. */
  score: number
  number: string
  validUntil: CalendarDate
}

/**
 * The certificate for a learner's standing, or null until the exam is passed.
 * The pass date is the local calendar day of the hand-in: a learner in China who
 * passes at 07:30 gets that day's date, not the UTC day before.
 *
 * @example
 * certificateFor(standing, 24, '王芳', 'Asia/Shanghai')?.passedOn // '2026-03-02' for a 07:30 hand-in on 2 March
 */
export function certificateFor(
  standing: Pick<ExamStanding<Pick<QuizAttempt, 'finishedAt' | 'score'>>, 'passed' | 'counted'>,
  validityMonths: number,
  learner: string,
  timeZone?: string,
): PrintedCertificate | null {
  const counted = standing.counted
  if (!standing.passed || !counted) return null
  const finished = new Date(counted.finishedAt)
  if (Number.isNaN(finished.getTime())) return null
  const passedOn = localDate(finished, timeZone)
  const score = Math.round(counted.score.percent)
  return {
    passedOn,
    score,
    number: certificateNumber({ learner, passedOn, score }),
    validUntil: validUntil(passedOn, validityMonths),
  }
}
