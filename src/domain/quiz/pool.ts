/**
 * Which questions a course quiz draws from and how many it asks: the rules
 * behind the quiz start page.
 */
import type { QuizKind } from './catalog'
import { seededRandom, shuffled } from './random'
import { mistakenQuestionIds, pickQuestions, type QuizAttempt } from './session'
import { dueQuestionIds, type ReviewCard } from '../review/queue'
import { reviewedToday } from '../progress/daily'

/** The pass mark of practice quizzes and tests, in percent (the exam and assignments set their own). */
export const PRACTICE_PASS_MARK = 60

/** The shorter lengths a learner may choose, besides "all questions". */
export const QUIZ_LENGTHS = [10, 20] as const

/** What a learner's history contributes to choosing the questions. */
export interface PoolHistory {
  attempts: readonly QuizAttempt[]
  reviewCards: Readonly<Record<string, ReviewCard>>
}

/**
 * The questions a quiz may draw from: everything loaded, or for 错题本 the questions
 * last answered wrong, or for 今日复习 the questions due for review by the end of today,
 * most overdue first, at most `reviewCap` of them (the learner's daily cap), so a backlog
 * after days away comes back a day's worth at a time.
 *
 * @example
 * quizPool('mistakes', all, { attempts, reviewCards: {} }, now) // the ones last answered wrong
 * quizPool('review', all, history, now, { reviewCap: 20 }) // the 20 most overdue
 */
export function quizPool<T extends { id: string }>(
  kind: QuizKind,
  questions: readonly T[],
  history: PoolHistory,
  now: Date,
  options: { reviewCap?: number } = {},
): T[] {
  if (kind === 'review') {
    const byId = new Map(questions.map((question) => [question.id, question]))
    // Questions no longer in the course are skipped before capping, so the cap is of questions asked.
    const due = dueQuestionIds(history.reviewCards, now, reviewedToday(history.attempts, now)).flatMap((id) => {
      const question = byId.get(id)
      return question ? [question] : []
    })
    return options.reviewCap === undefined ? due : due.slice(0, Math.max(0, options.reviewCap))
  }
  if (kind === 'mistakes') {
    const wrong = new Set(mistakenQuestionIds(history.attempts))
    return questions.filter((question) => wrong.has(question.id))
  }
  return [...questions]
}

/**
 * The lengths to offer besides "all": only those shorter than the pool.
 *
 * @example lengthChoices(15) // [10]
 */
export function lengthChoices(poolSize: number): number[] {
  return QUIZ_LENGTHS.filter((length) => length < poolSize)
}

/**
 * How many questions to ask: the chosen length when it is offered, otherwise the whole pool.
 *
 * @example questionCount(20, 15) // 15
 */
export function questionCount(requested: number, poolSize: number): number {
  return lengthChoices(poolSize).includes(requested) ? requested : poolSize
}

/**
 * Draws the questions for a new quiz from a seed. The mixed quiz takes from each
 * module in turn, so no module crowds out the others; every other quiz draws from its pool.
 */
export function drawQuiz<T extends { id: string }>(
  kind: QuizKind,
  banks: Readonly<Record<string, readonly T[]>>,
  pool: readonly T[],
  count: number,
  seed: number,
): T[] {
  return kind === 'mixed' ? drawAcrossModules(banks, count, seed) : pickQuestions(pool, count, seed)
}

/**
 * Draws `count` questions spread across modules: each module's bank is
 * shuffled, then questions are taken from the modules in turn, so no module
 * crowds out the others.
 *
 * @example
 * drawAcrossModules({ a: ['a1', 'a2'], b: ['b1'] }, 2, 1) // one from a, one from b
 */
export function drawAcrossModules<T>(banks: Readonly<Record<string, readonly T[]>>, count: number, seed: number): T[] {
  const random = seededRandom(seed)
  const queues = Object.keys(banks)
    .sort()
    .map((moduleId) => shuffled(banks[moduleId] ?? [], random))
  const drawn: T[] = []
  while (drawn.length < count && queues.some((queue) => queue.length > 0)) {
    for (const queue of queues) {
      const next = queue.shift()
      if (next !== undefined && drawn.length < count) drawn.push(next)
    }
  }
  return drawn
}
