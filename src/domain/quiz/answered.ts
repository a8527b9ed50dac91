/**
 * What counts as an answer given: one place for the quiz, the hand-in's count, review and home's
 * 「上次没做完」. Apart from the session's code, which home's lists do not need.
 */
import type { GivenAnswer } from './scoring'

/** True when something has been chosen (an empty set of options is no answer). */
export function hasAnswer(given: GivenAnswer): boolean {
  return given !== null && !(Array.isArray(given) && given.length === 0)
}
