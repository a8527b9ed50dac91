import { computed } from 'vue'
import { acceptHMRUpdate, defineStore } from 'pinia'
import { learnerRecords } from './learnerRecords'
import {
  bestByTranscript,
  spottingOverview,
  spottingResult,
  SpottingResultSchema,
  type SpottingResult,
} from '../domain/spotting/results'
import type { SpottingScore } from '../domain/spotting/score'
import { now } from '../platform/clock'
import { newId } from '../platform/random'

/** The active learner's 找茬 results: each transcript's best, and the overall figure for 我的进度. */
export const useSpottingStore = defineStore('spotting', () => {
  const records = learnerRecords<SpottingResult>({
    kind: 'spotting',
    keyOf: (result) => result.id,
    schema: SpottingResultSchema,
    name: '找茬成绩',
  })
  /** Each transcript's best result and attempts, by transcript id. */
  const best = computed(() => bestByTranscript(records.items.value))
  /** Transcripts done, the mean of their best percents, attempts. */
  const overview = computed(() => spottingOverview(records.items.value))

  /** Keeps a scored attempt; resolves to a problem in Chinese, or null once saved. */
  function record(transcriptId: string, score: SpottingScore): Promise<string | null> {
    return records.add(spottingResult(transcriptId, score, now(), newId()))
  }

  return {
    results: records.items,
    loaded: records.loaded,
    saveError: records.saveError,
    ready: records.ready,
    best,
    overview,
    record,
  }
})

if (import.meta.hot) import.meta.hot.accept(acceptHMRUpdate(useSpottingStore, import.meta.hot))
