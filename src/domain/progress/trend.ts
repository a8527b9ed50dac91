/**
 * The score trend by day for the 我的进度 chart, and how its dates are written.
 * Dates are the learner's local calendar days.
 */
import type { DayTotal } from './figures'

export interface DayScore {
  /** The local calendar day, `YYYY-MM-DD`. */
  date: string
  /** The day's average quiz score, whole percent. */
  percent: number
  /** Quizzes finished that day. */
  quizzes: number
}

/**
 * The quiz score per day with quizzes, oldest first: the chart's points, one per date, so its
 * time axis reads as dates. The days are the glance's last ones with quizzes (figures.ts).
 *
 * @example
 * dailyScores([{ date: '2026-03-01', sum: 120, quizzes: 2 }]) // [{ date: '2026-03-01', percent: 60, quizzes: 2 }]
 */
export function dailyScores(days: readonly DayTotal[]): DayScore[] {
  return days.map(({ date, sum, quizzes }) => ({ date, percent: Math.round(sum / quizzes), quizzes }))
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
