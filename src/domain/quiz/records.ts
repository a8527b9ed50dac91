/**
 * A learner's record at each quiz, read from their finished attempts: grouped once per attempts
 * list, so the home page and 我的进度 stay quick with a long history. No quiz-running code here:
 * the home page imports it.
 */
import type { QuizAttempt } from './session'

/** Each attempts list grouped by quiz, once: lists are replaced when they change, never edited in place. */
const attemptsByQuiz = new WeakMap<readonly Pick<QuizAttempt, 'quizId'>[], Map<string, unknown[]>>()

/**
 * The attempts at one quiz, in the order they were saved. Grouped once per attempts list, so nine
 * module cards over 10,000 attempts cost one pass, not nine.
 */
export function attemptsOfQuiz<T extends Pick<QuizAttempt, 'quizId'>>(
  attempts: readonly T[],
  quizId: string,
): readonly T[] {
  let grouped = attemptsByQuiz.get(attempts) as Map<string, T[]> | undefined
  if (!grouped) {
    grouped = new Map<string, T[]>()
    for (const attempt of attempts) {
      const list = grouped.get(attempt.quizId)
      if (list) list.push(attempt)
      else grouped.set(attempt.quizId, [attempt])
    }
    attemptsByQuiz.set(attempts, grouped)
  }
  return grouped.get(quizId) ?? []
}

/** The latest finished attempt at one quiz, or null when it has never been finished. */
export function latestAttempt<T extends Pick<QuizAttempt, 'quizId' | 'finishedAt'>>(
  attempts: readonly T[],
  quizId: string,
): T | null {
  let latest: T | null = null
  // ISO instants sort as text; a tie keeps the later saved.
  for (const attempt of attemptsOfQuiz(attempts, quizId))
    if (!latest || attempt.finishedAt >= latest.finishedAt) latest = attempt
  return latest
}

/** Best and latest percent for one quiz, or null when it has never been finished. */
export function quizRecord(
  attempts: readonly Pick<QuizAttempt, 'quizId' | 'finishedAt' | 'score'>[],
  quizId: string,
): { best: number; latest: number; count: number } | null {
  const latest = latestAttempt(attempts, quizId)
  if (!latest) return null
  const mine = attemptsOfQuiz(attempts, quizId)
  let best = -Infinity
  for (const attempt of mine) best = Math.max(best, attempt.score.percent)
  return { best, latest: latest.score.percent, count: mine.length }
}
