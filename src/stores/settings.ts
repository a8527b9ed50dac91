import { acceptHMRUpdate, defineStore } from 'pinia'
import { ref, watchEffect } from 'vue'
import { browserStorage, readRecord, writeRecord } from '../platform/storage'

import { SETTINGS_KEY } from '../platform/storageKeys'

export const TEXT_SIZES = ['normal', 'large', 'xlarge'] as const
export type TextSize = (typeof TEXT_SIZES)[number]

function savedTextSize(raw: string | null): TextSize {
  try {
    const value = raw ? (JSON.parse(raw) as { textSize?: unknown }).textSize : undefined
    return TEXT_SIZES.includes(value as TextSize) ? (value as TextSize) : 'normal'
  } catch {
    return 'normal'
  }
}

/** Display preferences of this device: the text size, which every page follows. */
export const useSettingsStore = defineStore('settings', () => {
  const storage = browserStorage()
  const textSize = ref<TextSize>(savedTextSize(readRecord(storage, SETTINGS_KEY)))
  watchEffect(() => {
    // Every size in the stylesheet is in rem, so the root size scales the whole app.
    if (typeof document !== 'undefined') document.documentElement.dataset.textSize = textSize.value
    writeRecord(storage, SETTINGS_KEY, JSON.stringify({ textSize: textSize.value }))
  })
  return { textSize }
})

if (import.meta.hot) import.meta.hot.accept(acceptHMRUpdate(useSettingsStore, import.meta.hot))
