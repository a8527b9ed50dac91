/**
 * What a role-play practises: the modules it names, and the lesson that tells
 * its story, so a learner can go from one to the other.
 */
import { titleKey } from '../course/learnerText'

interface LessonRef {
  id: string
  title: string
}
interface ModuleRef {
  id: string
  title: string
  lessons: readonly LessonRef[]
}

export interface PractisedLessons {
  /** The modules the role-play names, in the course's order; unknown ids are left out. */
  modules: { id: string; title: string }[]
  /** Lessons in those modules whose title names the role-play (its case lesson). */
  lessons: { moduleId: string; lessonId: string; title: string }[]
}

/**
 * The modules a role-play practises, and its case lessons: a lesson in one of
 * those modules whose title contains the role-play's title (ignoring
 * punctuation), as 「案例导入：一张北京地图」 does for 「北京地图」.
 *
 * @example
 * practisedLessons({ title: '北京地图', modules: ['qualities'] }, course.modules)
 * // { modules: [{ id: 'qualities', title: '客服人员的职业素质' }],
 * //   lessons: [{ moduleId: 'qualities', lessonId: 'beijing-map-case', title: '案例导入：一张北京地图' }] }
 */
export function practisedLessons(
  scenario: { title: string; modules: readonly string[] },
  modules: readonly ModuleRef[],
): PractisedLessons {
  const named = modules.filter((module) => scenario.modules.includes(module.id))
  const key = titleKey(scenario.title)
  return {
    modules: named.map((module) => ({ id: module.id, title: module.title })),
    lessons: named.flatMap((module) =>
      key === ''
        ? []
        : module.lessons
            .filter((lesson) => titleKey(lesson.title).includes(key))
            .map((lesson) => ({ moduleId: module.id, lessonId: lesson.id, title: lesson.title })),
    ),
  }
}
