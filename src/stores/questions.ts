import { acceptHMRUpdate, defineStore } from 'pinia'
import { shallowReactive } from 'vue'
import { questionLoaders } from '../content/courseData'
import type { QuestionContent } from '../content/types'

export type BankState =
  | { status: 'loading' }
  | { status: 'ready'; questions: QuestionContent[] }
  | { status: 'error'; message: string }

/** The question banks, each fetched the first time a quiz needs it. */
export const useQuestionStore = defineStore('questions', () => {
  const banks = shallowReactive(new Map<string, BankState>())

  async function loadBank(moduleId: string): Promise<void> {
    const current = banks.get(moduleId)
    if (current?.status === 'ready' || current?.status === 'loading') return
    const loader = questionLoaders[moduleId]
    if (!loader) {
      banks.set(moduleId, { status: 'error', message: '没有这个模块的题库' })
      return
    }
    banks.set(moduleId, { status: 'loading' })
    try {
      banks.set(moduleId, { status: 'ready', questions: (await loader()).default })
    } catch {
      banks.set(moduleId, { status: 'error', message: '题库加载失败，请检查网络后重试' })
    }
  }

  /** Loads several banks; resolves when every one has settled. */
  async function loadBanks(moduleIds: readonly string[]): Promise<void> {
    await Promise.all(moduleIds.map((moduleId) => loadBank(moduleId)))
  }

  /** The questions of the given banks that are loaded, by module. */
  function questionsOf(moduleIds: readonly string[]): Record<string, QuestionContent[]> {
    const result: Record<string, QuestionContent[]> = {}
    for (const moduleId of moduleIds) {
      const state = banks.get(moduleId)
      if (state?.status === 'ready') result[moduleId] = state.questions
    }
    return result
  }

  /** The state of a set of banks together: loading until all are ready, or the first error. */
  function statusOf(moduleIds: readonly string[]): 'loading' | 'ready' | 'error' {
    const states = moduleIds.map((moduleId) => banks.get(moduleId)?.status ?? 'loading')
    if (states.includes('error')) return 'error'
    return states.every((status) => status === 'ready') ? 'ready' : 'loading'
  }

  return { banks, loadBank, loadBanks, questionsOf, statusOf }
})

if (import.meta.hot) import.meta.hot.accept(acceptHMRUpdate(useQuestionStore, import.meta.hot))
