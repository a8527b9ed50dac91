/**
 * What the 我的进度 page shows, computed from saved progress: time spent,
 * weakest topics, the score trend, and the one next step (the streak is in daily.ts).
 */
import type { SavedProgress } from './progress'
import type { QuizAttempt } from '../quiz/session'
import { DEFAULT_REVIEW_CAP, todaysReview } from './daily'
import { nextUnlearned, type LessonRef } from './progress'

const MINUTE = 60_000
/** A quiz left open over lunch is not three hours of study: one sitting counts for at most this long. */
const MAX_SITTING_MINUTES = 90

/** Each saved sitting's minutes, worked out once: records are replaced when they change, never edited. */
const sittingMinutes = new WeakMap<object, number>()

function minutesOf(record: { startedAt: string; finishedAt: string }): number {
  let minutes = sittingMinutes.get(record)
  if (minutes === undefined) {
    const raw = (Date.parse(record.finishedAt) - Date.parse(record.startedAt)) / MINUTE
    minutes = Number.isFinite(raw) ? Math.min(Math.max(raw, 0), MAX_SITTING_MINUTES) : 0
    sittingMinutes.set(record, minutes)
  }
  return minutes
}

/**
 * Estimated minutes of study: reading time of learned lessons plus the time of each quiz and role-play.
 *
 * @example
 * timeSpentMinutes(progress, { 'beijing-map-case': 4 }) // 4 + quiz and role-play minutes
 */
export function timeSpentMinutes(progress: SavedProgress, readingMinutes: Readonly<Record<string, number>>): number {
  let minutes = 0
  for (const lessonId of Object.keys(progress.learned)) minutes += readingMinutes[lessonId] ?? 0
  for (const attempt of progress.attempts) minutes += minutesOf(attempt)
  for (const run of progress.scenarioRuns) minutes += minutesOf(run)
  return Math.round(minutes)
}

export interface TagStat {
  tag: string
  answered: number
  correct: number
  /** Share answered fully right, 0–100. */
  percent: number
}

/**
 * Per topic tag, how often its questions were answered right; weakest first.
 * Tags with fewer than `minAnswered` answers are left out as too little to judge.
 */
export function tagStats(
  attempts: readonly QuizAttempt[],
  tagsOf: (questionId: string) => readonly string[] | undefined,
  minAnswered = 3,
): TagStat[] {
  const stats = new Map<string, { answered: number; correct: number }>()
  for (const attempt of attempts) {
    for (const [tag, answered, correct] of tagTallies(attempt, tagsOf)) {
      const stat = stats.get(tag) ?? { answered: 0, correct: 0 }
      stat.answered += answered
      stat.correct += correct
      stats.set(tag, stat)
    }
  }
  return [...stats]
    .filter(([, stat]) => stat.answered >= minAnswered)
    .map(([tag, stat]) => ({ tag, ...stat, percent: Math.round((stat.correct / stat.answered) * 100) }))
    .sort((a, b) => a.percent - b.percent || b.answered - a.answered)
}

type TagTally = [tag: string, answered: number, correct: number]
/** Each attempt's tally per tag, once per way of reading tags (a finished attempt never changes). */
const talliesByReader = new WeakMap<(questionId: string) => unknown, WeakMap<QuizAttempt, TagTally[]>>()

function tagTallies(attempt: QuizAttempt, tagsOf: (questionId: string) => readonly string[] | undefined): TagTally[] {
  let tallies = talliesByReader.get(tagsOf)
  if (!tallies) talliesByReader.set(tagsOf, (tallies = new WeakMap()))
  let tally = tallies.get(attempt)
  if (!tally) {
    const byTag = new Map<string, TagTally>()
    for (const questionId of attempt.questionIds) {
      for (const tag of tagsOf(questionId) ?? []) {
        const entry = byTag.get(tag) ?? [tag, 0, 0]
        entry[1] += 1
        if (attempt.points[questionId] === 1) entry[2] += 1
        byTag.set(tag, entry)
      }
    }
    tally = [...byTag.values()]
    tallies.set(attempt, tally)
  }
  return tally
}

export interface TrendPoint {
  finishedAt: string
  percent: number
  title: string
}

/** The most recent quiz scores, oldest first, for the trend chart. */
export function scoreTrend(attempts: readonly QuizAttempt[], limit = 30): TrendPoint[] {
  return [...attempts]
    .sort((a, b) => a.finishedAt.localeCompare(b.finishedAt))
    .slice(-limit)
    .map((attempt) => ({ finishedAt: attempt.finishedAt, percent: attempt.score.percent, title: attempt.title }))
}

export type NextStep =
  | { kind: 'lesson'; lesson: LessonRef }
  | { kind: 'review'; count: number }
  | { kind: 'quiz'; moduleId: string }
  | { kind: 'scenario'; scenarioId: string }
  | { kind: 'done' }

/**
 * The single most useful thing to do next, in the same order as the home page
 * offers it: the next unread lesson, then today's review (at most what is left of
 * the daily cap, never the whole backlog), then a module quiz not yet passed,
 * then a role-play not yet rated 优秀.
 *
 * @example
 * nextStep(progressWith57Due, course, now, 20) // { kind: 'lesson', … } while lessons are left, else { kind: 'review', count: 20 }
 */
export function nextStep(
  progress: SavedProgress,
  course: { modules: readonly { id: string; lessons: readonly { id: string }[] }[]; scenarioIds: readonly string[] },
  now: Date,
  reviewCap = DEFAULT_REVIEW_CAP,
): NextStep {
  const lesson = nextUnlearned(course.modules, progress)
  if (lesson) return { kind: 'lesson', lesson }
  const review = todaysReview(progress, now, reviewCap).left
  if (review > 0) return { kind: 'review', count: review }
  const passed = new Set(progress.attempts.filter((attempt) => attempt.score.passed).map((attempt) => attempt.quizId))
  const module = course.modules.find((candidate) => !passed.has(`m-${candidate.id}`))
  if (module) return { kind: 'quiz', moduleId: module.id }
  const excellent = new Set(
    progress.scenarioRuns.filter((run) => run.rating === 'excellent').map((run) => run.scenarioId),
  )
  const scenarioId = course.scenarioIds.find((id) => !excellent.has(id))
  if (scenarioId) return { kind: 'scenario', scenarioId }
  return { kind: 'done' }
}
