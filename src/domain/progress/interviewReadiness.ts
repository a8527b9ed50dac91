/**
 * A candidate's answer to "am I ready for the interview?": the interview module's lessons, each
 * interview role-play, the typing test and the reading test, each done or not, and what is left.
 * Pure: the page brings the figures (lessons learned, best ratings, best typing and voice results).
 */
import type { Rating } from '../scenario/engine'
import { verdictOf } from '../voice/bands'

/** The module a candidate prepares the interview with (content/modules/09-interview). */
export const INTERVIEW_MODULE = 'interview'

export type ReadinessItem =
  | { kind: 'lessons'; done: boolean; learned: number; total: number }
  | { kind: 'scenario'; done: boolean; scenarioId: string; title: string; best: Rating | null }
  | { kind: 'typing'; done: boolean; netSpeed: number | null; target: number }
  | { kind: 'voice'; done: boolean; rate: number | null; band: { min: number; max: number } }

export interface InterviewReadiness {
  items: ReadinessItem[]
  /** How many are not done yet. */
  left: number
}

export interface ReadinessFigures {
  lessons: { done: number; total: number }
  /** The interview role-plays with their best rating, null for none run yet. */
  scenarios: readonly { id: string; title: string; best: Rating | null }[]
  /** The best typing test's net speed (字/分), null for none taken; and the interview's target. */
  typing: { netSpeed: number | null; target: number }
  /** The reading rate nearest the target (字/分), null for none measured; and the target band. */
  voice: { rate: number | null; band: { min: number; max: number } }
}

/**
 * Each part of a candidate's preparation, done or not: every lesson learned, each role-play at 合格
 * or better, the typing test at its target, a reading at a pace within the band.
 *
 * @example
 * interviewReadiness({ lessons: { done: 5, total: 5 }, scenarios: [], typing: { netSpeed: 48, target: 60 },
 *   voice: { rate: 135, band: { min: 120, max: 150 } } }).left // 1: the typing test
 */
export function interviewReadiness(figures: ReadinessFigures): InterviewReadiness {
  const { lessons, typing, voice } = figures
  const items: ReadinessItem[] = [
    {
      kind: 'lessons',
      done: lessons.total > 0 && lessons.done >= lessons.total,
      learned: lessons.done,
      total: lessons.total,
    },
    ...figures.scenarios.map((scenario) => ({
      kind: 'scenario' as const,
      done: scenario.best === 'pass' || scenario.best === 'excellent',
      scenarioId: scenario.id,
      title: scenario.title,
      best: scenario.best,
    })),
    { kind: 'typing', done: typing.netSpeed !== null && typing.netSpeed >= typing.target, ...typing },
    {
      kind: 'voice',
      done: voice.rate !== null && verdictOf(voice.rate, voice.band) === 'ok',
      ...voice,
    },
  ]
  return { items, left: items.filter((item) => !item.done).length }
}
