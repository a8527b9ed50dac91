/**
 * How each finished thing enters a learner's saved progress: a quiz attempt,
 * a role-play run, a quiz under way. Data in, data out; the store only saves the result.
 */
import type { QuizAttempt, QuizSession } from '../quiz/session'
import type { ScenarioRun } from '../scenario/runs'
import type { SavedProgress } from './progress'

/** Moves the review cards after an attempt; it comes from the quiz page so the scheduler loads with it. */
export type Reschedule = (cards: SavedProgress['reviewCards']) => SavedProgress['reviewCards']

/**
 * Adds a finished attempt and closes its session. Recording the same attempt twice
 * (a double click, a second tab) changes nothing, and the review cards move only once.
 * Moving the cards never blocks the attempt: if `reschedule` throws, the attempt is
 * recorded and the cards stay as they were.
 *
 * @example
 * withAttempt(progress, attempt, reschedule).attempts.at(-1) === attempt // true
 */
export function withAttempt(progress: SavedProgress, attempt: QuizAttempt, reschedule?: Reschedule): SavedProgress {
  const sessions = { ...progress.sessions }
  if (sessions[attempt.quizId]?.id === attempt.id) delete sessions[attempt.quizId]
  const isNew = !progress.attempts.some((existing) => existing.id === attempt.id)
  const attempts = isNew ? [...progress.attempts, attempt] : progress.attempts
  const reviewCards = reschedule && isNew ? safely(reschedule, progress.reviewCards) : progress.reviewCards
  return { ...progress, attempts, sessions, reviewCards }
}

/** The cards `reschedule` makes, or the cards as they were when it throws or returns no cards. */
function safely(reschedule: Reschedule, cards: SavedProgress['reviewCards']): SavedProgress['reviewCards'] {
  try {
    const next = reschedule(cards)
    return next && typeof next === 'object' ? next : cards
  } catch {
    return cards
  }
}

/** Adds a finished role-play once; the same run again changes nothing. */
export function withScenarioRun(progress: SavedProgress, run: ScenarioRun): SavedProgress {
  return progress.scenarioRuns.some((existing) => existing.id === run.id)
    ? progress
    : { ...progress, scenarioRuns: [...progress.scenarioRuns, run] }
}

/** Saves a quiz under way, replacing the earlier one of the same quiz. */
export function withSession(progress: SavedProgress, session: QuizSession): SavedProgress {
  return { ...progress, sessions: { ...progress.sessions, [session.quizId]: session } }
}

/**
 * The quiz under way for `quizId`, if any. Own keys only: a quiz id from a link such as
 * `constructor` has no session.
 *
 * @example sessionOf(progress, 'constructor') // undefined
 */
export function sessionOf(progress: Pick<SavedProgress, 'sessions'>, quizId: string): QuizSession | undefined {
  return Object.hasOwn(progress.sessions, quizId) ? progress.sessions[quizId] : undefined
}

/** Drops the quiz under way for `quizId`, if any. */
export function withoutSession(progress: SavedProgress, quizId: string): SavedProgress {
  if (!sessionOf(progress, quizId)) return progress
  const sessions = { ...progress.sessions }
  delete sessions[quizId]
  return { ...progress, sessions }
}
