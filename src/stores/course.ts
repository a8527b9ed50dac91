import { acceptHMRUpdate, defineStore } from 'pinia'
import { ref, shallowReactive } from 'vue'
import { courseIndex, moduleLoaders } from '../content/courseData'
import type { LessonContent, ModuleContent, ModuleSummary } from '../content/types'

export type ModuleLoadState =
  | { status: 'loading' }
  | { status: 'ready'; content: ModuleContent }
  | { status: 'error'; message: string }

/** The course: its index (always there) and each module's text, fetched when first opened. */
export const useCourseStore = defineStore('course', () => {
  const index = ref(courseIndex)
  const modules = shallowReactive(new Map<string, ModuleLoadState>())

  function findModule(moduleId: string): ModuleSummary | undefined {
    return index.value.modules.find((module) => module.id === moduleId)
  }

  async function loadModule(moduleId: string): Promise<void> {
    const current = modules.get(moduleId)
    if (current?.status === 'ready' || current?.status === 'loading') return
    const loader = moduleLoaders[moduleId]
    if (!loader) {
      modules.set(moduleId, { status: 'error', message: '没有这个模块' })
      return
    }
    modules.set(moduleId, { status: 'loading' })
    try {
      const loaded = await loader()
      modules.set(moduleId, { status: 'ready', content: loaded.default })
    } catch {
      // Usually a dropped connection while the module's file was downloading.
      modules.set(moduleId, { status: 'error', message: '模块内容加载失败，请检查网络后重试' })
    }
  }

  function lessonOf(moduleId: string, lessonId: string): LessonContent | undefined {
    const state = modules.get(moduleId)
    return state?.status === 'ready' ? state.content.lessons.find((lesson) => lesson.id === lessonId) : undefined
  }

  return { index, modules, findModule, loadModule, lessonOf }
})

if (import.meta.hot) import.meta.hot.accept(acceptHMRUpdate(useCourseStore, import.meta.hot))
