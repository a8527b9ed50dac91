import { acceptHMRUpdate, defineStore } from 'pinia'
import { computed } from 'vue'
import { personalBest, scoreTyping, TypingResultSchema, type TypingResult } from '../domain/typing/scoring'
import { learnerRecords } from './learnerRecords'

/**
 * The active learner's typing tests (打字测试): their history, newest first, and their personal best
 * (the highest net speed, see src/domain/typing/scoring.ts), which 我的进度 shows too.
 */
export const useTypingStore = defineStore('typing', () => {
  const records = learnerRecords<TypingResult>({
    kind: 'typing',
    keyOf: (result) => result.id,
    schema: TypingResultSchema,
    name: '打字成绩',
  })
  const history = computed(() => [...records.items.value].reverse())
  const best = computed(() => personalBest(records.items.value))
  /** The best's net speed in whole 字/分, as 我的进度 shows it; null with no history. */
  const bestNetSpeed = computed(() => (best.value ? Math.round(scoreTyping(best.value).netSpeed) : null))

  return {
    history,
    best,
    bestNetSpeed,
    loaded: records.loaded,
    saveError: records.saveError,
    /** Reads the active learner's history once; later calls wait for the same read. */
    ready: records.ready,
    /** Saves a finished test; resolves to a problem in plain Chinese, or null once saved. */
    add: records.add,
  }
})

if (import.meta.hot) import.meta.hot.accept(acceptHMRUpdate(useTypingStore, import.meta.hot))
