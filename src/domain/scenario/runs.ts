/**
 * Finished role-plays as kept in the learner's history, and what the lists
 * show of them.
 */
import { betterRun } from './rank'
import { ratePlay, type Dimension, type HistoryEntry, type Play, type Rating, type ScenarioDef } from './engine'

export interface ScenarioRun {
  id: string
  scenarioId: string
  title: string
  startedAt: string
  finishedAt: string
  endingId: string
  rating: Rating
  percent: number
  points: number
  max: number
  totals: Record<Dimension, number>
  history: HistoryEntry[]
}

/** Records a finished play; null while it has not reached an ending. */
export function finishRun(
  def: ScenarioDef,
  title: string,
  play: Play,
  startedAt: Date,
  now: Date,
  id: string,
): ScenarioRun | null {
  if (!play.endingId) return null
  const rated = ratePlay(def, play)
  return {
    id,
    scenarioId: def.id,
    title,
    startedAt: startedAt.toISOString(),
    finishedAt: now.toISOString(),
    endingId: play.endingId,
    rating: rated.rating,
    percent: rated.percent,
    points: rated.points,
    max: rated.max,
    totals: rated.totals,
    history: play.history,
  }
}

/**
 * The best run of a scenario (highest rating, then percent) and how many runs there were.
 *
 * @example
 * scenarioRecord(runs, 'beijing-map') // { best: { rating: 'excellent', percent: 100 }, count: 2 }
 */
export function scenarioRecord(
  runs: readonly Pick<ScenarioRun, 'scenarioId' | 'rating' | 'percent'>[],
  scenarioId: string,
): { best: { rating: Rating; percent: number }; count: number } | null {
  const mine = runs.filter((run) => run.scenarioId === scenarioId)
  if (mine.length === 0) return null
  const best = mine.reduce((a, b) => (betterRun(a, b) ? b : a))
  return { best: { rating: best.rating, percent: best.percent }, count: mine.length }
}
