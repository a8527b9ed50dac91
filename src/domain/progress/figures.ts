/**
 * 我的进度's figures over a learner's whole history, kept in the glance (summary.ts) and brought up
 * to date as each record is added, so the page opens without reading 10,000 attempts: how many
 * quizzes and role-plays, the time they took, the count per quiz and per role-play, each question's
 * tally (for the weakest topics, whatever the questions are tagged today), and the last days' scores
 * for the chart (quizzes that measure, not the weak-point drills). Adding records one by one gives
 * the figures of the history with those records.
 */
import type { QuizAttempt } from '../quiz/session'
import type { ScenarioRun } from '../scenario/runs'
import { localDayOf } from '../time/calendar'
import { isWeakPointPractice } from '../quiz/catalog'
import type { DayTotal, HistoryFigures } from './glance'

/** Days with quizzes the chart shows. */
export const TREND_DAYS = 14
/** A quiz left open over lunch is not three hours of study: one sitting counts for at most this long. */
const MAX_SITTING_MS = 90 * 60_000

/** What the figures read of an attempt. */
export type FiguredAttempt = Pick<QuizAttempt, 'quizId' | 'startedAt' | 'finishedAt' | 'questionIds' | 'points'> & {
  score: Pick<QuizAttempt['score'], 'percent'>
}
/** What the figures read of a run. */
export type FiguredRun = Pick<ScenarioRun, 'scenarioId' | 'startedAt' | 'finishedAt'>

export { emptyFigures, type DayTotal, type HistoryFigures } from './glance'

/**
 * How long a quiz or role-play took, at most 90 minutes; 0 for times that cannot be read.
 *
 * @example sittingMs({ startedAt: '2026-01-01T09:00:00Z', finishedAt: '2026-01-01T09:12:00Z' }) // 720000
 */
export function sittingMs(record: { startedAt: string; finishedAt: string }): number {
  const raw = Date.parse(record.finishedAt) - Date.parse(record.startedAt)
  return Number.isFinite(raw) ? Math.min(Math.max(raw, 0), MAX_SITTING_MS) : 0
}

// Maps, not objects, while counting: an id such as `__proto__` stays an ordinary key.
const counted = (record: Record<string, number>) => new Map(Object.entries(record))
const add = (counts: Map<string, number>, key: string) => counts.set(key, (counts.get(key) ?? 0) + 1)

/**
 * The figures with some finished attempts and runs added; the same object when there are none.
 *
 * @example
 * withRecords(emptyFigures(), [attempt], []).attempts // 1
 */
export function withRecords(
  figures: HistoryFigures,
  attempts: readonly FiguredAttempt[],
  runs: readonly FiguredRun[],
): HistoryFigures {
  if (attempts.length + runs.length === 0) return figures
  const quizCounts = counted(figures.quizCounts)
  const scenarioCounts = counted(figures.scenarioCounts)
  const questions = new Map(Object.entries(figures.questions))
  const days = new Map(figures.days.map((day) => [day.date, { ...day }]))
  let sitting = figures.sittingMs
  for (const attempt of attempts) {
    add(quizCounts, attempt.quizId)
    sitting += sittingMs(attempt)
    for (const questionId of attempt.questionIds) {
      const [asked, right] = questions.get(questionId) ?? [0, 0]
      questions.set(questionId, [asked + 1, right + (attempt.points[questionId] === 1 ? 1 : 0)])
    }
    const date = localDayOf(attempt.finishedAt)
    // 今日复习 and 错题练习 ask only what went wrong before: their low scores are the point, not a decline.
    if (date === null || isWeakPointPractice(attempt.quizId)) continue
    const day = days.get(date) ?? { date, sum: 0, quizzes: 0 }
    day.sum += attempt.score.percent
    day.quizzes += 1
    days.set(date, day)
  }
  for (const run of runs) {
    add(scenarioCounts, run.scenarioId)
    sitting += sittingMs(run)
  }
  return {
    attempts: figures.attempts + attempts.length,
    runs: figures.runs + runs.length,
    sittingMs: sitting,
    quizCounts: Object.fromEntries(quizCounts),
    scenarioCounts: Object.fromEntries(scenarioCounts),
    questions: Object.fromEntries(questions),
    // A day older than the last TREND_DAYS with quizzes can never come back into the chart.
    days: [...days.values()].sort((a, b) => a.date.localeCompare(b.date)).slice(-TREND_DAYS),
  }
}

/**
 * How many times a quiz (or role-play) was finished, from a count record.
 *
 * @example countOf({ 'm-a': 3 }, 'm-a') // 3
 */
export function countOf(counts: Readonly<Record<string, number>>, id: string): number {
  return Object.hasOwn(counts, id) ? counts[id]! : 0
}

/**
 * Whether two sets of figures say the same, whatever order their records were added in.
 *
 * @example sameFigures(emptyFigures(), emptyFigures()) // true
 */
export function sameFigures(a: HistoryFigures, b: HistoryFigures): boolean {
  const sorted = (record: Record<string, unknown>) =>
    JSON.stringify(Object.entries(record).sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0)))
  return (
    a.attempts === b.attempts &&
    a.runs === b.runs &&
    a.sittingMs === b.sittingMs &&
    sorted(a.quizCounts) === sorted(b.quizCounts) &&
    sorted(a.scenarioCounts) === sorted(b.scenarioCounts) &&
    sorted(a.questions) === sorted(b.questions) &&
    a.days.length === b.days.length &&
    a.days.every((day, i) => sameDay(day, b.days[i]!))
  )
}

/**
 * A day's sum of percents depends on the order they were added in its last bits (33.3 + 33.3 + 100
 * is 166.6, 100 + 33.3 + 33.3 is 166.60000000000002), and percents have one decimal: sums that close are the same.
 */
const sameDay = (a: DayTotal, b: DayTotal) =>
  a.date === b.date && a.quizzes === b.quizzes && Math.abs(a.sum - b.sum) < 1e-6
