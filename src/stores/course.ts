import { acceptHMRUpdate, defineStore } from 'pinia'
import { ref } from 'vue'
import { courseIndex, moduleLoaders } from '../content/courseData'
import type { LessonContent, ModuleContent, ModuleSummary } from '../content/types'
import { lazyChunks } from './lazyChunks'

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

  return { index, modules: chunks.states, loadModule: chunks.load, findModule, lessonOf }
})

if (import.meta.hot) import.meta.hot.accept(acceptHMRUpdate(useCourseStore, import.meta.hot))
