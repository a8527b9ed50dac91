/**
 * The certification exam: drawing it with fixed weights per module (unseen
 * questions first on a retake), its deadline, which attempt counts, the score
 * per module. Certificates are in certificate.ts.
 */
import { seededRandom, shuffled } from '../quiz/random'
import { startSession, type QuizAttempt, type QuizSession, type SessionQuestion } from '../quiz/session'

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

/**
 * How many questions the exam asks: the sum of its per-module weights.
 *
 * @example examSize({ basics: 10, phone: 5 }) // 15
 */
export function examSize(weights: Readonly<Record<string, number>>): number {
  return Object.values(weights).reduce((sum, count) => sum + count, 0)
}

/**
 * An exam under way whose saved question list was cut (fewer different questions of
 * the course than the exam asks, say by editing the saved data) is put back as it
 * was drawn: the draw is repeated from the session's saved seed, with the same
 * weights and the same earlier exams, which gives the same questions in the same
 * order. Answers already given are kept (a question the draw no longer gives, say
 * one whose seed was edited too, stays, and the list is topped up to the exam's
 * size); the start, the deadline and the time used stay, so nothing is gained by
 * cutting the list. A whole list, another quiz, or banks that cannot give more
 * questions leave the session as it is.
 *
 * @example
 * repairExamSession({ …exam, questionIds: ['q1'] }, banks, weights, attempts).questionIds.length // examSize(weights)
 */
export function repairExamSession(
  session: QuizSession,
  banks: Readonly<Record<string, readonly SessionQuestion[]>>,
  weights: Readonly<Record<string, number>>,
  attempts: readonly QuizAttempt[],
): QuizSession {
  if (session.quizId !== EXAM_QUIZ_ID) return session
  const size = examSize(weights)
  const known = new Set(
    Object.values(banks)
      .flat()
      .map((question) => question.id),
  )
  // The different questions of the course the saved list asks, in its order.
  const kept = [...new Set(session.questionIds.filter((id) => known.has(id)))]
  const clean = kept.length === session.questionIds.length
  if (clean && kept.length >= size) return session
  const drawn = startSession(
    session,
    drawExam(banks, weights, examQuestionsSeen(attempts), session.seed),
    session.seed,
    new Date(session.startedAt),
    session.id,
  )
  const questionIds = kept.every((id) => drawn.questionIds.includes(id))
    ? drawn.questionIds
    : [...kept, ...drawn.questionIds.filter((id) => !kept.includes(id))].slice(0, Math.max(size, kept.length))
  if (questionIds.length === 0 || (clean && questionIds.length <= kept.length)) return session
  const shown = session.questionIds[session.current]
  const inList = (id: string) => questionIds.includes(id)
  return {
    ...session,
    questionIds,
    optionOrder: Object.fromEntries(
      questionIds.flatMap((id) => {
        const order = session.optionOrder[id] ?? drawn.optionOrder[id]
        return order ? [[id, order]] : []
      }),
    ),
    answers: Object.fromEntries(Object.entries(session.answers).filter(([id]) => inList(id))),
    revealed: session.revealed.filter(inList),
    current:
      shown !== undefined && inList(shown)
        ? questionIds.indexOf(shown)
        : Math.min(session.current, questionIds.length - 1),
  }
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

/**
 * Attempts the learner will still have once the exam under way is handed in: it counts
 * as one of `left` (examStanding counts finished attempts only).
 *
 * @example attemptsLeftAfterHandIn({ left: 3 }) // 2
 */
export function attemptsLeftAfterHandIn(standing: Pick<ExamStanding, 'left'>): number {
  return Math.max(0, standing.left - 1)
}

/**
 * The modules to study after a failed exam: those scored below the pass mark, weakest
 * first (ties by fewest right, then by id, for a stable order), at most `limit`.
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
      .sort((a, b) => a.percent - b.percent || a.correct - b.correct || a.moduleId.localeCompare(b.moduleId))
      .slice(0, limit)
  )
}
