import { acceptHMRUpdate, defineStore } from 'pinia'
import { computed, shallowRef } from 'vue'
import { courseIndex } from '../content/courseData'
import { lessonLoaders, moduleLoaders } from '../content/courseLoaders'
import type { LessonContent, ModuleOutline, ModuleSummary } from '../content/types'
import { lazyChunks } from './lazyChunks'
import { titleKey } from '../domain/course/learnerText'
import { findModule as findModuleIn } from '../domain/course/order'

const lessonKey = (moduleId: string, lessonId: string) => `${moduleId}/${lessonId}`

/**
 * The course: its index (always there), each module's outline (its description and lesson
 * summaries) and each lesson's text, fetched when first opened: a deep link loads its lesson only.
 */
export const useCourseStore = defineStore('course', () => {
  // Replaced whole, never changed in place: held without a reactive proxy for each of its modules and
  // lessons, which pages such as 我的进度 walk on every render.
  const index = shallowRef(courseIndex)
  const outlines = lazyChunks<ModuleOutline>(moduleLoaders, {
    missing: '没有这个模块',
    failed: '模块内容加载失败，请检查网络后重试',
  })
  // Keyed `module/lesson`, as the table of lessons is: a lesson needs nothing of its module's outline.
  const lessons = lazyChunks<LessonContent>(lessonLoaders, {
    missing: '没有这一课',
    failed: '课程内容加载失败，请检查网络后重试',
  })

  function findModule(moduleId: string): ModuleSummary | undefined {
    return findModuleIn(index.value.modules, moduleId)
  }

  /** A module's description, which comes with its outline. */
  function descriptionOf(moduleId: string): string | undefined {
    return outlines.valueOf(moduleId)?.description
  }

  /** A lesson's one-line summary, from its module's outline. */
  function summaryOf(moduleId: string, lessonId: string): string | undefined {
    return outlines.valueOf(moduleId)?.summaries[lessonId]
  }

  function loadLesson(moduleId: string, lessonId: string): Promise<void> {
    return lessons.load(lessonKey(moduleId, lessonId))
  }

  /** Loading, ready or failed, for the lesson's page. */
  function lessonState(moduleId: string, lessonId: string) {
    return lessons.states.get(lessonKey(moduleId, lessonId))
  }

  function lessonOf(moduleId: string, lessonId: string): LessonContent | undefined {
    return lessons.valueOf(lessonKey(moduleId, lessonId))
  }

  /** Every lesson by its title, so text that names a lesson in 《》 can link to it. */
  const lessonsByTitle = computed(
    () =>
      new Map(
        index.value.modules.flatMap((module) =>
          module.lessons.map(
            (lesson) => [titleKey(lesson.title), { moduleId: module.id, lessonId: lesson.id }] as const,
          ),
        ),
      ),
  )

  return {
    index,
    modules: outlines.states,
    loadModule: outlines.load,
    loadLesson,
    lessonState,
    findModule,
    descriptionOf,
    summaryOf,
    lessonOf,
    lessonsByTitle,
  }
})

if (import.meta.hot) import.meta.hot.accept(acceptHMRUpdate(useCourseStore, import.meta.hot))
