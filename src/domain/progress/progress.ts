/**
 * The saved learning progress: its versioned shape and the rules that read it
 * (its migrations and checks as read back are in progressParse.ts). Pure data in, data out; the Pinia
 * store does the storing.
 */
import type { QuizAttempt, QuizSession } from '../quiz/session'
import type { ScenarioRun } from '../scenario/runs'
import type { ReviewCard } from '../review/queue'

export const PROGRESS_VERSION = 2

/**
 * What is kept per learner.
 * - `learned`: lesson id → when it was marked learned (ISO time)
 * - `attempts`: every finished quiz, oldest first
 * - `sessions`: the quiz in progress per quiz id
 * - `scenarioRuns`: every finished role-play, oldest first
 * - `reviewCards`: the spaced-review schedule of each question once missed
 */
export interface SavedProgress {
  version: typeof PROGRESS_VERSION
  learned: Record<string, string>
  attempts: QuizAttempt[]
  sessions: Record<string, QuizSession>
  scenarioRuns: ScenarioRun[]
  reviewCards: Record<string, ReviewCard>
}

/** @example emptyProgress().attempts // [] */
export function emptyProgress(): SavedProgress {
  return { version: PROGRESS_VERSION, learned: {}, attempts: [], sessions: {}, scenarioRuns: [], reviewCards: {} }
}

/**
 * Marks a lesson learned (or not), returning a new progress object.
 *
 * @example
 * setLearned(emptyProgress(), 'l1', true, new Date(0)).learned // { l1: '1970-01-01T00:00:00.000Z' }
 */
export function setLearned(progress: SavedProgress, lessonId: string, learned: boolean, at: Date): SavedProgress {
  const next = { ...progress.learned }
  if (learned) next[lessonId] = next[lessonId] ?? at.toISOString()
  else delete next[lessonId]
  return { ...progress, learned: next }
}

export interface Completion {
  done: number
  total: number
  /** Whole percent, 0 when there is nothing to do. */
  percent: number
}

/** @example completion({ ...emptyProgress(), learned: { a: '…' } }, ['a', 'b']) // { done: 1, total: 2, percent: 50 } */
export function completion(progress: Pick<SavedProgress, 'learned'>, lessonIds: readonly string[]): Completion {
  const done = lessonIds.filter((lessonId) => lessonId in progress.learned).length
  const total = lessonIds.length
  return { done, total, percent: total === 0 ? 0 : Math.round((done / total) * 100) }
}

export interface LessonRef {
  moduleId: string
  lessonId: string
}

/**
 * The first lesson, in course order, that is not learned yet; null when all are.
 *
 * @example
 * nextUnlearned([{ id: 'm', lessons: [{ id: 'a' }, { id: 'b' }] }], { learned: { a: '…' } })
 * // { moduleId: 'm', lessonId: 'b' }
 */
export function nextUnlearned(
  modules: readonly { id: string; lessons: readonly { id: string; optional?: boolean }[] }[],
  progress: Pick<SavedProgress, 'learned'>,
): LessonRef | null {
  for (const module of modules) {
    // Further reading is never the next step.
    const lesson = module.lessons.find((candidate) => !candidate.optional && !(candidate.id in progress.learned))
    if (lesson) return { moduleId: module.id, lessonId: lesson.id }
  }
  return null
}
