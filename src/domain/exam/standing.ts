/**
 * Where a learner stands with the certification exam: its id and settings, its size, the attempts
 * used and left, the result that counts and the score per module. Kept apart from drawing the exam
 * (exam.ts), so the home page can show the standing without the quiz session code.
 */
import type { QuizAttempt } from '../quiz/session'

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
 * How many questions the exam asks: the sum of its per-module weights.
 *
 * @example examSize({ basics: 10, phone: 5 }) // 15
 */
export function examSize(weights: Readonly<Record<string, number>>): number {
  return Object.values(weights).reduce((sum, count) => sum + count, 0)
}

export interface ExamStanding<T = QuizAttempt> {
  used: number
  left: number
  /** The attempt that counts under the rule (highest or latest), or null before any. */
  counted: T | null
  passed: boolean
}

/** Where a learner stands: attempts used and left, and the result that counts. */
export function examStanding<T extends Pick<QuizAttempt, 'quizId' | 'finishedAt' | 'score'>>(
  attempts: readonly T[],
  settings: Pick<ExamSettings, 'maxAttempts' | 'counting'>,
): ExamStanding<T> {
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

/**
 * Attempts the learner will still have once the exam under way is handed in: it counts
 * as one of `left` (examStanding counts finished attempts only).
 *
 * @example attemptsLeftAfterHandIn({ left: 3 }) // 2
 */
export function attemptsLeftAfterHandIn(standing: Pick<ExamStanding, 'left'>): number {
  return Math.max(0, standing.left - 1)
}

export interface ModuleScore {
  moduleId: string
  correct: number
  total: number
  percent: number
}

/**
 * The score of one attempt broken down by module, in the course's order (`moduleOrder`, module ids
 * as the course lists them); a module it does not list, and '?' for questions no longer in the
 * course, come last.
 */
export function scoreByModule(
  attempt: QuizAttempt,
  moduleOf: (questionId: string) => string | undefined,
  moduleOrder: readonly string[] = [],
): ModuleScore[] {
  const byModule = new Map<string, { correct: number; total: number }>()
  for (const questionId of attempt.questionIds) {
    const moduleId = moduleOf(questionId) ?? '?'
    const entry = byModule.get(moduleId) ?? { correct: 0, total: 0 }
    entry.total += 1
    if (attempt.points[questionId] === 1) entry.correct += 1
    byModule.set(moduleId, entry)
  }
  const place = (moduleId: string) => {
    const at = moduleOrder.indexOf(moduleId)
    return at === -1 ? moduleOrder.length : at
  }
  return [...byModule]
    .map(([moduleId, { correct, total }]) => ({
      moduleId,
      correct,
      total,
      percent: Math.round((correct / total) * 100),
    }))
    .sort((a, b) => place(a.moduleId) - place(b.moduleId))
}

/**
 * The modules to study after a failed exam: those scored below the pass mark, weakest
 * first; of two as weak, the one that lost more questions (more to gain), then the order
 * `rows` come in (the course's, from scoreByModule); at most `limit`.
 *
 * @example
 * weakestModules([{ moduleId: 'a', correct: 2, total: 5, percent: 40 }, { moduleId: 'b', correct: 5, total: 5, percent: 100 }], 60)
 * // [{ moduleId: 'a', … }]
 */
export function weakestModules(rows: readonly ModuleScore[], passMark: number, limit = 3): ModuleScore[] {
  return (
    rows
      // '?' gathers questions no longer in the course: there is nothing to study for them.
      .filter((row) => row.percent < passMark && row.moduleId !== '?')
      .sort((a, b) => a.percent - b.percent || b.total - b.correct - (a.total - a.correct))
      .slice(0, limit)
  )
}
