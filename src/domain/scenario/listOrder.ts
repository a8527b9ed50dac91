/**
 * The order of the role-play list for what the learner is here for: someone preparing for an
 * interview finds the interview's role-plays first, then those written for candidates too,
 * then the rest; everyone else sees the course's order.
 */
import { INTERVIEW_MODULE_ID } from '../progress/path'

/** The audience a role-play names when it is written for interview candidates. */
export const CANDIDATE_AUDIENCE = '面试求职者'

/**
 * @example
 * scenarioOrderFor([beijingMap, deskRush, interviewService], 'interview').map((s) => s.id)
 * // ['interview-service', 'beijing-map', 'desk-rush']
 */
export function scenarioOrderFor<T extends { modules: readonly string[]; audience: readonly string[] }>(
  list: readonly T[],
  purpose?: string,
): T[] {
  if (purpose !== 'interview') return [...list]
  const rank = (scenario: T) =>
    scenario.modules.includes(INTERVIEW_MODULE_ID) ? 0 : scenario.audience.includes(CANDIDATE_AUDIENCE) ? 1 : 2
  // Array sort is stable: within each rank the course's order stays.
  return [...list].sort((a, b) => rank(a) - rank(b))
}
