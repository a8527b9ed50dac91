/**
 * Which role-plays practise what a lesson teaches: those whose `modules` include
 * the lesson's module, so a lesson can end with 「练一练」; and the lessons whose answers
 * are said aloud in the voice lab.
 */

/**
 * The lessons that teach the four interview answers (the lesson and its practice sheet, which asks
 * for them said aloud and recorded): their 「练一练」 opens the voice lab on the first answer. Named
 * here, not taken from the voice lab's texts, so a lesson loads none of the lab's code; a unit test
 * checks they are the lab's script and the course's lessons.
 */
export const INTERVIEW_ANSWER_LESSONS: readonly string[] = ['interview-classic-questions', 'interview-practice-sheet']
/** The voice lab's script of the first interview answer. */
export const FIRST_INTERVIEW_ANSWER_ID = 'interview-1'

/** A role-play as far as choosing practice needs it. */
export interface PracticeScenario {
  id: string
  title: string
  modules: readonly string[]
}

/**
 * The role-plays that practise `moduleId`, in course order: those made for this
 * module alone first, then those that also practise other modules.
 *
 * @example
 * practiceFor([{ id: 'x', title: 'X', modules: ['a', 'b'] }, { id: 'y', title: 'Y', modules: ['a'] }], 'a')
 * // [{ id: 'y', … }, { id: 'x', … }]
 */
export function practiceFor<T extends PracticeScenario>(scenarios: readonly T[], moduleId: string): T[] {
  const practising = scenarios.filter((scenario) => scenario.modules.includes(moduleId))
  const own = practising.filter((scenario) => scenario.modules.length === 1)
  return [...own, ...practising.filter((scenario) => scenario.modules.length > 1)]
}
