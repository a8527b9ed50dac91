import { onBeforeUnmount, ref, type Ref } from 'vue'
import { hasChineseVoice, onVoicesChanged, speak, stopSpeaking } from '../platform/speech'

export interface UseReadAloudReturn {
  /** True where the device has an offline Chinese voice; voices often arrive after the page. */
  available: Ref<boolean>
  speaking: Ref<boolean>
  /** The last reading could not start or broke off. */
  failed: Ref<boolean>
  /** Reads the text aloud, or stops the reading under way. */
  toggle: () => void
}

/** 朗读 through the device's own Chinese voice, stopped when the component goes away. */
export function useReadAloud(text: () => string, rate?: () => number | undefined): UseReadAloudReturn {
  const available = ref(hasChineseVoice())
  const stopWatching = onVoicesChanged(() => (available.value = hasChineseVoice()))
  const speaking = ref(false)
  const failed = ref(false)

  function toggle(): void {
    failed.value = false
    if (speaking.value) {
      stopSpeaking()
      speaking.value = false
      return
    }
    speaking.value = speak(text(), {
      rate: rate?.(),
      onEnd: () => (speaking.value = false),
      onError: () => {
        speaking.value = false
        failed.value = true
      },
    })
    failed.value = !speaking.value
  }
  onBeforeUnmount(() => {
    stopWatching()
    if (speaking.value) stopSpeaking()
  })
  return { available, speaking, failed, toggle }
}
