/**
 * Which role-plays practise what a lesson teaches: those whose `modules` include
 * the lesson's module, so a lesson can end with 「练一练」.
 */

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
