import { acceptHMRUpdate, defineStore } from 'pinia'
import { questionLoaders } from '../content/courseLoaders'
import type { QuestionContent } from '../content/types'
import { lazyChunks } from './lazyChunks'

/** The question banks, each fetched the first time a quiz needs it. */
export const useQuestionStore = defineStore('questions', () => {
  const chunks = lazyChunks<QuestionContent[]>(questionLoaders, {
    missing: '没有这个模块的题库',
    failed: '题库加载失败，请检查网络后重试',
  })

  /** Loads several banks; resolves when every one has settled. */
  async function loadBanks(moduleIds: readonly string[]): Promise<void> {
    await Promise.all(moduleIds.map((moduleId) => chunks.load(moduleId)))
  }

  /** The questions of the given banks that are loaded, by module. */
  function questionsOf(moduleIds: readonly string[]): Record<string, QuestionContent[]> {
    const result: Record<string, QuestionContent[]> = {}
    for (const moduleId of moduleIds) {
      const questions = chunks.valueOf(moduleId)
      if (questions) result[moduleId] = questions
    }
    return result
  }

  /** The state of a set of banks together: loading until all are ready, or the first error. */
  function statusOf(moduleIds: readonly string[]): 'loading' | 'ready' | 'error' {
    const states = moduleIds.map((moduleId) => chunks.states.get(moduleId)?.status ?? 'loading')
    if (states.includes('error')) return 'error'
    return states.every((status) => status === 'ready') ? 'ready' : 'loading'
  }

  return { banks: chunks.states, loadBank: chunks.load, loadBanks, questionsOf, statusOf }
})

if (import.meta.hot) import.meta.hot.accept(acceptHMRUpdate(useQuestionStore, import.meta.hot))
