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
import { spottingDraft, SpottingDraftSchema, type SpottingDraft } from '../domain/spotting/draft'
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
  /** Marks made but not handed in, one per transcript, so a reload finds them. */
  const drafts = learnerRecords<SpottingDraft>({
    kind: 'spottingDraft',
    keyOf: (draft) => draft.transcriptId,
    schema: SpottingDraftSchema,
    name: '未提交的找茬标记',
  })
  /** Each transcript's best result and attempts, by transcript id. */
  const best = computed(() => bestByTranscript(records.items.value))
  /** Transcripts done, the mean of their best percents, attempts. */
  const overview = computed(() => spottingOverview(records.items.value))

  /** Keeps a scored attempt, and forgets its draft; resolves to a problem in Chinese, or null once saved. */
  async function record(transcriptId: string, score: SpottingScore): Promise<string | null> {
    const problem = await records.add(spottingResult(transcriptId, score, now(), newId()))
    if (!problem && draftOf(transcriptId)) await drafts.remove(transcriptId)
    return problem
  }

  /** The marks left on a transcript, once drafts are read (see `ready`). */
  function draftOf(transcriptId: string): SpottingDraft | undefined {
    return drafts.items.value.find((draft) => draft.transcriptId === transcriptId)
  }

  /** Keeps the marks on screen; no marks left means no draft. A problem in Chinese, or null. */
  function keepDraft(transcriptId: string, marks: ReadonlyMap<number, string>): Promise<string | null> {
    if (marks.size === 0) return draftOf(transcriptId) ? drafts.remove(transcriptId) : Promise.resolve(null)
    return drafts.add(spottingDraft(transcriptId, marks, now()))
  }

  return {
    results: records.items,
    loaded: records.loaded,
    saveError: records.saveError,
    ready: () => Promise.all([records.ready(), drafts.ready()]).then(() => {}),
    draftOf,
    keepDraft,
    draftSaveError: drafts.saveError,
    best,
    overview,
    record,
  }
})

if (import.meta.hot) import.meta.hot.accept(acceptHMRUpdate(useSpottingStore, import.meta.hot))
