/**
 * Today's share of the course: the review capped at a daily number, the daily
 * goal and how far today's work has gone towards it, and the score trend by day
 * for the 我的进度 chart. Dates are the learner's local calendar days.
 */
import type { SavedProgress } from './progress'
import type { QuizAttempt } from '../quiz/session'
import { dueQuestionIds } from '../review/queue'
import { localDate } from '../time/calendar'

/** The review quiz's id (see quiz/catalog.ts). */
const REVIEW_QUIZ_ID = 'review'

/** How many review questions a day are offered unless the learner chooses otherwise. */
export const DEFAULT_REVIEW_CAP = 20
/** The daily review caps a learner may choose. */
export const REVIEW_CAPS = [10, 20, 30, 50] as const

/** A daily goal: a number of lessons or of answered questions. */
export interface DailyGoal {
  kind: 'lessons' | 'questions'
  count: number
}

/** The goals a learner may choose; the first is the default. */
export const DAILY_GOALS: readonly DailyGoal[] = [
  { kind: 'lessons', count: 1 },
  { kind: 'lessons', count: 2 },
  { kind: 'questions', count: 10 },
  { kind: 'questions', count: 20 },
]

export const DEFAULT_DAILY_GOAL: DailyGoal = DAILY_GOALS[0]!

/**
 * Whether a saved value is a review cap this app offers (a damaged or edited value is not).
 *
 * @example isReviewCap(20) // true
 * @example isReviewCap(-1) // false
 */
export function isReviewCap(value: unknown): value is number {
  return typeof value === 'number' && (REVIEW_CAPS as readonly number[]).includes(value)
}

/**
 * Whether a saved value is one of the offered daily goals.
 *
 * @example isDailyGoal({ kind: 'questions', count: 10 }) // true
 */
export function isDailyGoal(value: unknown): value is DailyGoal {
  if (!value || typeof value !== 'object') return false
  const goal = value as Partial<DailyGoal>
  return DAILY_GOALS.some((offered) => offered.kind === goal.kind && offered.count === goal.count)
}

/** True when `iso` falls on the same local day as `now`. */
function isToday(iso: string, now: Date): boolean {
  const time = Date.parse(iso)
  return Number.isFinite(time) && localDate(new Date(time)) === localDate(now)
}

/** Questions asked in quizzes finished today (attempts kept as a score alone count nothing). */
function answeredToday(attempts: readonly QuizAttempt[], now: Date, quizId?: string): number {
  return attempts
    .filter((attempt) => (quizId === undefined || attempt.quizId === quizId) && isToday(attempt.finishedAt, now))
    .reduce((sum, attempt) => sum + (attempt.summaryOnly ? 0 : attempt.questionIds.length), 0)
}

export interface TodaysReview {
  /** Questions due for review by the end of today. */
  due: number
  /** Review questions already answered today. */
  done: number
  /** What is offered now: the due questions, at most what is left of today's cap. */
  left: number
  cap: number
}

/**
 * Today's review under a daily cap: a learner back after a week sees at most `cap`
 * questions a day, never the whole backlog. The review quiz draws `left` questions.
 *
 * @example
 * todaysReview(progressWith57Due, now, 20) // { due: 57, done: 0, left: 20, cap: 20 }
 * todaysReview(sameAfterAnswering20, now, 20).left // 0
 */
export function todaysReview(
  progress: Pick<SavedProgress, 'reviewCards' | 'attempts'>,
  now: Date,
  cap: number,
): TodaysReview {
  const due = dueQuestionIds(progress.reviewCards, now).length
  const done = answeredToday(progress.attempts, now, REVIEW_QUIZ_ID)
  return { due, done, left: Math.min(due, Math.max(0, cap - done)), cap }
}

export interface GoalProgress extends DailyGoal {
  /** Lessons learned or questions answered today. */
  done: number
  met: boolean
}

/**
 * How far today's work has gone towards the daily goal.
 *
 * @example
 * goalProgress(progressWithOneLessonToday, now, { kind: 'lessons', count: 1 }) // { …, done: 1, met: true }
 */
export function goalProgress(
  progress: Pick<SavedProgress, 'learned' | 'attempts'>,
  now: Date,
  goal: DailyGoal,
): GoalProgress {
  const done =
    goal.kind === 'lessons'
      ? Object.values(progress.learned).filter((at) => isToday(at, now)).length
      : answeredToday(progress.attempts, now)
  return { ...goal, done, met: done >= goal.count }
}

export interface DayScore {
  /** The local calendar day, `YYYY-MM-DD`. */
  date: string
  /** The day's average quiz score, whole percent. */
  percent: number
  /** Quizzes finished that day. */
  quizzes: number
}

/**
 * The quiz score per day with quizzes, oldest first, the last `limit` such days: the
 * chart's points, one per date, so its time axis reads as dates.
 *
 * @example
 * dailyScores([attempt('2026-03-01', 50), attempt('2026-03-01', 70)]) // [{ date: '2026-03-01', percent: 60, quizzes: 2 }]
 */
export function dailyScores(attempts: readonly QuizAttempt[], limit = 14): DayScore[] {
  const byDay = new Map<string, number[]>()
  for (const attempt of attempts) {
    const time = Date.parse(attempt.finishedAt)
    if (!Number.isFinite(time)) continue
    const day = localDate(new Date(time))
    byDay.set(day, [...(byDay.get(day) ?? []), attempt.score.percent])
  }
  return [...byDay]
    .sort(([a], [b]) => a.localeCompare(b))
    .slice(-limit)
    .map(([date, scores]) => ({
      date,
      percent: Math.round(scores.reduce((sum, score) => sum + score, 0) / scores.length),
      quizzes: scores.length,
    }))
}

/**
 * A calendar day as the chart's axis writes it.
 *
 * @example shortDate('2026-03-07') // '3/7'
 */
export function shortDate(date: string): string {
  const [, month, day] = date.split('-')
  return `${Number(month)}/${Number(day)}`
}

/**
 * A calendar day as a sentence says it.
 *
 * @example chineseDate('2026-03-07') // '3 月 7 日'
 */
export function chineseDate(date: string): string {
  const [, month, day] = date.split('-')
  return `${Number(month)} 月 ${Number(day)} 日`
}

/**
 * Which of `count` points carry a date label, so labels never crowd a narrow chart:
 * the first, the last, and evenly spaced ones between, at most `max` in all.
 *
 * @example labelledIndices(10, 4) // [0, 3, 6, 9]
 */
export function labelledIndices(count: number, max: number): number[] {
  if (count <= 0) return []
  if (count <= max) return [...Array(count).keys()]
  const step = (count - 1) / (max - 1)
  return [...new Set([...Array(max).keys()].map((index) => Math.round(index * step)))]
}
