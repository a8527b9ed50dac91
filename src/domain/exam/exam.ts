/**
 * The certification exam: drawing it with fixed weights per module (unseen
 * questions first on a retake), its deadline, which attempt counts, the score
 * per module, and the certificate number.
 */
import { seededRandom, shuffled } from '../quiz/random'
import type { QuizAttempt } from '../quiz/session'
import { checkCode } from '../trainer/checksum'

export const EXAM_QUIZ_ID = 'exam'

export interface ExamSettings {
  weights: Readonly<Record<string, number>>
  timeLimitMinutes: number
  passMark: number
  maxAttempts: number
  counting: 'highest' | 'latest'
  validityMonths: number
}

/**
 * Draws the exam: from each module its weight in questions, preferring ones
 * this learner has not been asked in an earlier exam.
 *
 * @example
 * drawExam({ a: [q1, q2, q3] }, { a: 2 }, new Set(['q1']), 7) // q2 and q3, in a seeded order
 */
export function drawExam<T extends { id: string }>(
  banks: Readonly<Record<string, readonly T[]>>,
  weights: Readonly<Record<string, number>>,
  seen: ReadonlySet<string>,
  seed: number,
): T[] {
  const random = seededRandom(seed)
  const drawn: T[] = []
  for (const moduleId of Object.keys(weights).sort()) {
    const pool = shuffled(banks[moduleId] ?? [], random)
    const fresh = pool.filter((question) => !seen.has(question.id))
    const again = pool.filter((question) => seen.has(question.id))
    drawn.push(...[...fresh, ...again].slice(0, weights[moduleId] ?? 0))
  }
  return drawn
}

/** Question ids asked in earlier exams. */
export function examQuestionsSeen(attempts: readonly QuizAttempt[]): Set<string> {
  return new Set(
    attempts.filter((attempt) => attempt.quizId === EXAM_QUIZ_ID).flatMap((attempt) => attempt.questionIds),
  )
}

/** @example examDeadline(new Date('2026-01-01T09:00:00Z'), 60) // '2026-01-01T10:00:00.000Z' */
export function examDeadline(startedAt: Date, minutes: number): string {
  return new Date(startedAt.getTime() + minutes * 60_000).toISOString()
}

/** Whole seconds left before the deadline, never below 0. */
export function secondsLeft(deadline: string, now: Date): number {
  return Math.max(0, Math.ceil((Date.parse(deadline) - now.getTime()) / 1000))
}

export interface ExamStanding {
  used: number
  left: number
  /** The attempt that counts under the rule (highest or latest), or null before any. */
  counted: QuizAttempt | null
  passed: boolean
}

/** Where a learner stands: attempts used and left, and the result that counts. */
export function examStanding(
  attempts: readonly QuizAttempt[],
  settings: Pick<ExamSettings, 'maxAttempts' | 'counting'>,
): ExamStanding {
  const exams = attempts
    .filter((attempt) => attempt.quizId === EXAM_QUIZ_ID)
    .sort((a, b) => a.finishedAt.localeCompare(b.finishedAt))
  const counted =
    exams.length === 0
      ? null
      : settings.counting === 'latest'
        ? exams[exams.length - 1]!
        : exams.reduce((best, attempt) => (attempt.score.percent > best.score.percent ? attempt : best))
  return {
    used: exams.length,
    left: Math.max(0, settings.maxAttempts - exams.length),
    counted,
    passed: counted?.score.passed ?? false,
  }
}

export interface ModuleScore {
  moduleId: string
  correct: number
  total: number
  percent: number
}

/** The score of one attempt broken down by module. */
export function scoreByModule(
  attempt: QuizAttempt,
  moduleOf: (questionId: string) => string | undefined,
): ModuleScore[] {
  const byModule = new Map<string, { correct: number; total: number }>()
  for (const questionId of attempt.questionIds) {
    const moduleId = moduleOf(questionId) ?? '?'
    const entry = byModule.get(moduleId) ?? { correct: 0, total: 0 }
    entry.total += 1
    if (attempt.points[questionId] === 1) entry.correct += 1
    byModule.set(moduleId, entry)
  }
  return [...byModule].map(([moduleId, { correct, total }]) => ({
    moduleId,
    correct,
    total,
    percent: Math.round((correct / total) * 100),
  }))
}

// ---- Certificates -------------------------------------------------------------------------

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
  return new Date(Date.UTC(year, month - 1 + months, Math.min(day, lastDay))).toISOString().slice(0, 10)
}
