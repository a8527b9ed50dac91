import { acceptHMRUpdate, defineStore } from 'pinia'
import { computed, ref } from 'vue'
import { courseIndex, moduleLoaders } from '../content/courseData'
import type { LessonContent, ModuleContent, ModuleSummary } from '../content/types'
import { lazyChunks } from './lazyChunks'
import { titleKey } from '../domain/course/learnerText'

/** The course: its index (always there) and each module's text, fetched when first opened. */
export const useCourseStore = defineStore('course', () => {
  const index = ref(courseIndex)
  const chunks = lazyChunks<ModuleContent>(moduleLoaders, {
    missing: '没有这个模块',
    failed: '模块内容加载失败，请检查网络后重试',
  })

  function findModule(moduleId: string): ModuleSummary | undefined {
    return index.value.modules.find((module) => module.id === moduleId)
  }

  function lessonOf(moduleId: string, lessonId: string): LessonContent | undefined {
    return chunks.valueOf(moduleId)?.lessons.find((lesson) => lesson.id === lessonId)
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

  return { index, modules: chunks.states, loadModule: chunks.load, findModule, lessonOf, lessonsByTitle }
})

if (import.meta.hot) import.meta.hot.accept(acceptHMRUpdate(useCourseStore, import.meta.hot))
