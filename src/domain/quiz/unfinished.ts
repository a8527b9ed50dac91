/**
 * Quizzes left unfinished, as 练习 and home's 「上次没做完」 offer them. Apart from the catalog: only
 * those pages' code (downloaded when there is something unfinished) needs it.
 */
import { resumedFromHome } from './catalog'
import { hasAnswer } from './answered'
import type { GivenAnswer } from './scoring'

/**
 * The quizzes left unfinished that home and 练习 offer to resume, the one touched last first.
 *
 * @example unfinishedToResume({ a: { quizId: 'm-a', updatedAt: '…01' }, b: { quizId: 'm-b', updatedAt: '…02' } })
 * // [b, a]
 */
export function unfinishedToResume<T extends { quizId: string; updatedAt: string }>(
  sessions: Readonly<Record<string, T>>,
): T[] {
  return Object.values(sessions)
    .filter((session) => resumedFromHome(session.quizId))
    .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))
}

/**
 * The unfinished quizzes home's 「上次没做完」 offers. A 错题本 opened and left with nothing answered is
 * left out: it starts the moment it is opened, so it is a look at the list, not a quiz begun.
 *
 * @example unfinishedForHome({ m: { quizId: 'mistakes', updatedAt: '…', answers: {} } }) // []
 */
export function unfinishedForHome<
  T extends { quizId: string; updatedAt: string; answers: Readonly<Record<string, GivenAnswer>> },
>(sessions: Readonly<Record<string, T>>): T[] {
  return unfinishedToResume(sessions).filter(
    (session) => session.quizId !== 'mistakes' || Object.values(session.answers).some(hasAnswer),
  )
}
