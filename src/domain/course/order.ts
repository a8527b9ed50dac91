/**
 * Reading order across the whole course: the lesson before and after a given
 * one, crossing module boundaries so "next" at the end of a module leads on.
 */

/** The module with this id in the course's list; undefined for an id no module has. */
export function findModule<M extends { id: string }>(modules: readonly M[], moduleId: string): M | undefined {
  return modules.find((module) => module.id === moduleId)
}

export interface OrderedLesson {
  moduleId: string
  lessonId: string
  title: string
}

export interface Neighbours {
  previous: OrderedLesson | null
  next: OrderedLesson | null
}

/**
 * @example
 * neighbours([{ id: 'm', lessons: [{ id: 'a', title: 'A' }, { id: 'b', title: 'B' }] }], 'm', 'b')
 * // { previous: { moduleId: 'm', lessonId: 'a', title: 'A' }, next: null }
 */
export function neighbours(
  modules: readonly { id: string; lessons: readonly { id: string; title: string }[] }[],
  moduleId: string,
  lessonId: string,
): Neighbours {
  const order: OrderedLesson[] = modules.flatMap((module) =>
    module.lessons.map((lesson) => ({ moduleId: module.id, lessonId: lesson.id, title: lesson.title })),
  )
  const at = order.findIndex((entry) => entry.moduleId === moduleId && entry.lessonId === lessonId)
  if (at === -1) return { previous: null, next: null }
  return { previous: order[at - 1] ?? null, next: order[at + 1] ?? null }
}

/**
 * The lessons a learner is expected to finish: further reading (延伸阅读) is
 * offered but counts towards nothing.
 *
 * @example
 * requiredLessonIds({ lessons: [{ id: 'a', optional: false }, { id: 'b', optional: true }] }) // ['a']
 */
export function requiredLessonIds(module: { lessons: readonly { id: string; optional?: boolean }[] }): string[] {
  return module.lessons.flatMap((lesson) => (lesson.optional ? [] : [lesson.id]))
}
