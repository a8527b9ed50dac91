// Apart from order.ts, whose rules home uses: this is the lesson page's alone, and loads with it.

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
