/** Reading order: modules by id, the lesson before another, the lessons a module requires. */

/** The module with this id in the course's list; undefined for an id no module has. */
export function findModule<M extends { id: string }>(modules: readonly M[], moduleId: string): M | undefined {
  return modules.find((module) => module.id === moduleId)
}

export interface OrderedLesson {
  moduleId: string
  lessonId: string
  title: string
}

/**
 * The lesson before this one in its module; null for a module's first lesson (or one not found).
 * The way back stays in the module, as the way on does: after a module's last lesson comes its quiz.
 *
 * @example
 * previousLesson([{ id: 'm', lessons: [{ id: 'a', title: 'A' }, { id: 'b', title: 'B' }] }], 'm', 'b')
 * // { moduleId: 'm', lessonId: 'a', title: 'A' }
 */
export function previousLesson(
  modules: readonly { id: string; lessons: readonly { id: string; title: string }[] }[],
  moduleId: string,
  lessonId: string,
): OrderedLesson | null {
  const lessons = findModule(modules, moduleId)?.lessons ?? []
  const before = lessons[lessons.findIndex((lesson) => lesson.id === lessonId) - 1]
  return before ? { moduleId, lessonId: before.id, title: before.title } : null
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
