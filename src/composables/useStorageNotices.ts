import { computed } from 'vue'
import { storeToRefs } from 'pinia'
import { useProgressStore } from '../stores/progress'
import { useProfileStore } from '../stores/profiles'
import { useSavedDataStore } from '../stores/savedData'

/**
 * What the app has to tell the learner about the saved data: records that could not be read, a save
 * that failed, a browser that keeps nothing, another window that switched the learner. `shown` is all
 * the first page needs; the notice's own code (and its dismissal) loads only when there is something to say.
 */
export function useStorageNotices() {
  const progressStore = useProgressStore()
  const profileStore = useProfileStore()
  const savedData = useSavedDataStore()
  const { recoveryNotice, saveError } = storeToRefs(progressStore)
  const { memoryOnly, migrationNotice } = storeToRefs(savedData)
  const { notice: profilesNotice, saveError: profilesSaveError, switchedTo } = storeToRefs(profileStore)

  /** What could not be read, from any part of the saved data. */
  const recovered = computed(() =>
    [migrationNotice.value, profilesNotice.value, recoveryNotice.value].filter((text): text is string => !!text),
  )
  // Said once, plainly: a memory-only browser is not an error on every save.
  const writeError = computed(() => (memoryOnly.value ? null : (saveError.value ?? profilesSaveError.value)))
  const shown = computed(
    () => recovered.value.length > 0 || writeError.value !== null || !!memoryOnly.value || !!switchedTo.value,
  )

  return { recovered, writeError, memoryOnly, shown }
}
