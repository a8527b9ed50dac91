/**
 * When the app may offer a new version of the course. Reloading onto it is
 * the learner's choice, but the offer itself waits while a timed quiz (the
 * exam, a timed assignment) is under way: a notice and a reload in the middle
 * of the clock would only distract. It appears after hand-in.
 */
import type { QuizSession } from '../quiz/session'
import { secondsLeft } from '../quiz/deadline'

/**
 * Whether a timed quiz is under way: a saved session with a deadline still
 * ahead. A session whose deadline has passed is handed in as soon as it is
 * opened, so it no longer holds the offer back.
 *
 * @example
 * timedQuizUnderWay({ exam: { ...session, deadline: '2026-01-01T10:00:00.000Z' } }, new Date('2026-01-01T09:30:00Z')) // true
 */
export function timedQuizUnderWay(sessions: Record<string, QuizSession>, now: Date): boolean {
  return Object.values(sessions).some(
    (session) => session.deadline !== undefined && secondsLeft(session.deadline, now) > 0,
  )
}

/** Whether the 「有新版本」 notice may be shown now: a new version is ready and no timed quiz is under way. */
export function mayOfferUpdate(updateReady: boolean, sessions: Record<string, QuizSession>, now: Date): boolean {
  return updateReady && !timedQuizUnderWay(sessions, now)
}
