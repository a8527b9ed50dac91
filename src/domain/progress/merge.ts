/**
 * Two copies of a learner's progress made one: an imported file, what an LMS kept, another device's.
 * Apart from progress.ts so the first page, which never merges, does not carry it.
 */
import type { QuizSession } from '../quiz/session'
import { PROGRESS_VERSION, type SavedProgress } from './progress'

/**
 * Combines two copies of progress (this tab's and another tab's) so neither
 * loses anything: lessons learned in either stay learned (earlier time wins),
 * quiz attempts and role-play runs are joined by id, and for each quiz the
 * more recently touched session is kept.
 */
export function mergeProgress(mine: SavedProgress, theirs: SavedProgress): SavedProgress {
  const learned = { ...theirs.learned }
  for (const [lessonId, at] of Object.entries(mine.learned)) {
    const other = learned[lessonId]
    learned[lessonId] = other && other < at ? other : at
  }
  const attempts = joinById(theirs.attempts, mine.attempts)
  const finished = new Set(attempts.map((attempt) => attempt.id))
  const sessions: Record<string, QuizSession> = {}
  for (const quizId of new Set([...Object.keys(mine.sessions), ...Object.keys(theirs.sessions)])) {
    const a = mine.sessions[quizId]
    const b = theirs.sessions[quizId]
    const newer = !a ? b : !b ? a : a.updatedAt >= b.updatedAt ? a : b
    // A session that either copy has already finished is not resumed again.
    if (newer && !finished.has(newer.id)) sessions[quizId] = newer
  }
  // For each question, the card reviewed more often carries the later schedule.
  const reviewCards = { ...theirs.reviewCards }
  for (const [questionId, card] of Object.entries(mine.reviewCards)) {
    const other = reviewCards[questionId]
    if (!other || card.reps > other.reps || (card.reps === other.reps && card.due > other.due))
      reviewCards[questionId] = card
  }
  return {
    version: PROGRESS_VERSION,
    learned,
    attempts,
    sessions,
    scenarioRuns: joinById(theirs.scenarioRuns, mine.scenarioRuns),
    reviewCards,
  }
}

/** Two lists of finished records joined by id, oldest first. */
function joinById<T extends { id: string; finishedAt: string }>(a: readonly T[], b: readonly T[]): T[] {
  const byId = new Map<string, T>()
  for (const item of [...a, ...b]) byId.set(item.id, item)
  return [...byId.values()].sort((x, y) => x.finishedAt.localeCompare(y.finishedAt))
}
