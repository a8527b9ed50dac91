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

/** What the end of a lesson leads to. */
export interface LessonEnd {
  /** The next lesson of the same module, required or further reading; null at the module's last lesson. */
  nextInModule: { lessonId: string; title: string; optional: boolean } | null
  /**
   * True once no required lesson of the module follows this one: the module's reading is done, so
   * the next step is its quiz and role-plays, not the next module's first lesson.
   */
  moduleDone: boolean
  /** The module's other required lessons not yet learned, in course order: what to read before its quiz. */
  unlearned: { lessonId: string; title: string }[]
}

/**
 * Where a lesson's last page points: on to the next lesson of its module, or, at the module's
 * last required lesson, to the module's quiz and practice (further reading stays on offer), or
 * back to the required lessons skipped on the way.
 *
 * @example
 * lessonEnd({ lessons: [{ id: 'a', title: 'A' }, { id: 'b', title: 'B', optional: true }] }, 'a', () => false)
 * // { nextInModule: { lessonId: 'b', title: 'B', optional: true }, moduleDone: true, unlearned: [] }
 */
export function lessonEnd(
  module: { lessons: readonly { id: string; title: string; optional?: boolean }[] },
  lessonId: string,
  isLearned: (lessonId: string) => boolean,
): LessonEnd {
  const at = module.lessons.findIndex((lesson) => lesson.id === lessonId)
  if (at === -1) return { nextInModule: null, moduleDone: false, unlearned: [] }
  const next = module.lessons[at + 1]
  return {
    nextInModule: next ? { lessonId: next.id, title: next.title, optional: next.optional === true } : null,
    moduleDone: module.lessons.slice(at + 1).every((lesson) => lesson.optional === true),
    unlearned: module.lessons
      .filter((lesson) => lesson.id !== lessonId && lesson.optional !== true && !isLearned(lesson.id))
      .map((lesson) => ({ lessonId: lesson.id, title: lesson.title })),
  }
}
