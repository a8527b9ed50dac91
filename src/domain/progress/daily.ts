/**
 * Today's share of the course: the review capped at a daily number, the daily
 * goal and how far today's work has gone towards it, and the streak of days with
 * study. Dates are the learner's local calendar days; the score trend by day is in
 * trend.ts.
 */
import type { SavedProgress } from './progress'
import type { AttemptHead, CardDues, ProgressGlance } from './summary'
import { dueCountOf } from '../review/queue'
import { localDate, localDayOf } from '../time/calendar'
import { REVIEW_QUIZ_ID } from '../quiz/catalog'

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

/** The attempts finished on `now`'s local day, of one quiz or of any. */
function finishedToday<T extends Pick<AttemptHead, 'quizId' | 'finishedAt'>>(
  attempts: readonly T[],
  now: Date,
  quizId?: string,
): T[] {
  const today = localDate(now)
  return attempts.filter(
    (attempt) => (quizId === undefined || attempt.quizId === quizId) && localDayOf(attempt.finishedAt) === today,
  )
}

/** Questions asked in quizzes finished today (attempts kept as a score alone count nothing). */
function answeredToday(attempts: readonly AttemptHead[], now: Date, quizId?: string): number {
  return finishedToday(attempts, now, quizId).reduce(
    (sum, attempt) => sum + (attempt.summaryOnly ? 0 : attempt.questionIds.length),
    0,
  )
}

/** The questions answered in 今日复习 today: not due again until another day. */
export function reviewedToday(
  attempts: readonly Pick<AttemptHead, 'quizId' | 'finishedAt' | 'questionIds'>[],
  now: Date,
): Set<string> {
  return new Set(finishedToday(attempts, now, REVIEW_QUIZ_ID).flatMap((attempt) => attempt.questionIds))
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
  progress: { reviewDue: Readonly<CardDues>; attempts: readonly AttemptHead[] },
  now: Date,
  cap: number,
): TodaysReview {
  const due = dueCountOf(progress.reviewDue, now, reviewedToday(progress.attempts, now))
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
  progress: Pick<SavedProgress, 'learned'> & { attempts: readonly AttemptHead[] },
  now: Date,
  goal: DailyGoal,
): GoalProgress {
  const today = localDate(now)
  const done =
    goal.kind === 'lessons'
      ? Object.values(progress.learned).filter((at) => localDayOf(at) === today).length
      : answeredToday(progress.attempts, now)
  return { ...goal, done, met: done >= goal.count }
}

/**
 * Days in a row, ending today (or yesterday, so the streak is not lost before today's study), with any activity.
 *
 * @example
 * streakDays(glanceWithActivityOnTheLastThreeDays, now) // 3
 */
export function streakDays(glance: Pick<ProgressGlance, 'learned' | 'activeDays'>, now: Date): number {
  const days = new Set<string | null>([...Object.values(glance.learned).map(localDayOf), ...glance.activeDays])
  const cursor = new Date(now)
  if (!days.has(localDate(cursor))) cursor.setDate(cursor.getDate() - 1)
  let streak = 0
  while (days.has(localDate(cursor))) {
    streak += 1
    cursor.setDate(cursor.getDate() - 1)
  }
  return streak
}
