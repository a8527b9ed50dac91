import { acceptHMRUpdate, defineStore } from 'pinia'
import { scenarioLoaders } from '../content/courseLoaders'
import type { ScenarioContent } from '../content/types'
import { lazyChunks } from './lazyChunks'

/** Role-play scenarios, each fetched when a learner opens it. */
export const useScenarioStore = defineStore('scenarios', () => {
  const chunks = lazyChunks<ScenarioContent>(scenarioLoaders, {
    missing: '没有这个情景',
    failed: '情景内容加载失败，请检查网络后重试',
  })
  return { scenarios: chunks.states, loadScenario: chunks.load, scenarioOf: chunks.valueOf }
})

if (import.meta.hot) import.meta.hot.accept(acceptHMRUpdate(useScenarioStore, import.meta.hot))
