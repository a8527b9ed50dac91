/**
 * 找茬 results as kept in a learner's history, and the figures the list and 我的进度 show.
 */
import * as v from 'valibot'
// The saved-data schema's own time check: one way to read a saved moment across the course.
import { isoTime } from '../progress/savedData'
import type { SpottingScore } from './score'

/** One scored attempt at a transcript. */
export interface SpottingResult {
  /** The ISO time it was scored, then a random suffix: results sort by time. */
  id: string
  transcriptId: string
  /** ISO time. */
  at: string
  points: number
  max: number
  percent: number
  found: number
  wrongRule: number
  missed: number
  wronglyMarked: number
}

const count = v.pipe(v.number(), v.integer(), v.minValue(0))

/** A saved result, checked when read. */
export const SpottingResultSchema = v.object({
  id: v.pipe(v.string(), v.minLength(1)),
  transcriptId: v.pipe(v.string(), v.minLength(1)),
  at: isoTime,
  points: v.pipe(v.number(), v.minValue(0)),
  max: count,
  percent: v.pipe(v.number(), v.minValue(0), v.maxValue(100)),
  found: count,
  wrongRule: count,
  missed: count,
  wronglyMarked: count,
})

/**
 * The result to keep for a scored attempt.
 *
 * @example
 * spottingResult('silent-call', score, new Date('2026-01-02T03:04:05Z'), 'ab12')
 * // { id: '2026-01-02T03:04:05.000Z-ab12', transcriptId: 'silent-call', percent: …, … }
 */
export function spottingResult(transcriptId: string, score: SpottingScore, at: Date, suffix: string): SpottingResult {
  const time = at.toISOString()
  return {
    id: `${time}-${suffix}`,
    transcriptId,
    at: time,
    points: score.points,
    max: score.max,
    percent: score.percent,
    ...score.counts,
  }
}

/** A transcript's best result and how many times it was done. */
export interface SpottingBest {
  percent: number
  points: number
  max: number
  count: number
}

/**
 * Each transcript's best result (highest percent; the earliest of equals) and its attempts.
 *
 * @example
 * bestByTranscript(results).get('silent-call') // { percent: 75, points: 3, max: 4, count: 2 }
 */
export function bestByTranscript(results: readonly SpottingResult[]): Map<string, SpottingBest> {
  const best = new Map<string, SpottingBest>()
  for (const result of results) {
    const previous = best.get(result.transcriptId)
    const count = (previous?.count ?? 0) + 1
    best.set(
      result.transcriptId,
      !previous || result.percent > previous.percent
        ? { percent: result.percent, points: result.points, max: result.max, count }
        : { ...previous, count },
    )
  }
  return best
}

/** The overall 找茬 figure for 我的进度. */
export interface SpottingOverview {
  /** Transcripts done at least once. */
  attempted: number
  /** The mean of their best percents, rounded; null before the first. */
  averageBest: number | null
  /** Every attempt. */
  attempts: number
}

/**
 * @example
 * spottingOverview(results) // { attempted: 2, averageBest: 80, attempts: 3 }
 */
export function spottingOverview(results: readonly SpottingResult[]): SpottingOverview {
  const best = [...bestByTranscript(results).values()]
  return {
    attempted: best.length,
    averageBest:
      best.length === 0 ? null : Math.round(best.reduce((sum, entry) => sum + entry.percent, 0) / best.length),
    attempts: results.length,
  }
}
