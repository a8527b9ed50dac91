import { computed, watch, type ComputedRef, type MaybeRefOrGetter, toValue } from 'vue'
import { spottingLoaders, spottingRules } from '../content/spotting'
import type { SpottingRuleView, SpottingTranscriptContent } from '../content/spottingTypes'
import { lazyChunks } from '../stores/lazyChunks'

// One download per transcript for the whole visit, shared by every page that opens it.
const chunks = lazyChunks<SpottingTranscriptContent>(spottingLoaders, {
  missing: '没有这通电话。',
  failed: '这通电话加载失败，请检查网络后重试。',
})
const rulesById = new Map(spottingRules.map((rule) => [rule.id, rule]))

export interface UseSpottingTranscriptReturn {
  /** True when the course has a transcript with this id (a mistyped link is not found, not failed). */
  exists: ComputedRef<boolean>
  /** The transcript once it has downloaded. */
  transcript: ComputedRef<SpottingTranscriptContent | undefined>
  /** Loading, ready, or failed with a message. */
  status: ComputedRef<'loading' | 'ready' | 'error'>
  /** Why it failed, in Chinese. */
  failed: ComputedRef<string | undefined>
  /** Downloads it again after a failure. */
  retry: () => Promise<void>
  /** Every rule of the course, by id. */
  rules: ReadonlyMap<string, SpottingRuleView>
}

/** Loads the 找茬 transcript `transcriptId` (again whenever the id changes). */
export function useSpottingTranscript(transcriptId: MaybeRefOrGetter<string>): UseSpottingTranscriptReturn {
  const state = computed(() => chunks.states.get(toValue(transcriptId)))
  watch(
    () => toValue(transcriptId),
    (id) => void chunks.load(id),
    { immediate: true },
  )
  return {
    exists: computed(() => Object.hasOwn(spottingLoaders, toValue(transcriptId))),
    transcript: computed(() => chunks.valueOf(toValue(transcriptId))),
    status: computed(() => (state.value?.status === 'ready' ? 'ready' : (state.value?.status ?? 'loading'))),
    failed: computed(() => (state.value?.status === 'error' ? state.value.message : undefined)),
    retry: () => chunks.load(toValue(transcriptId)),
    rules: rulesById,
  }
}
