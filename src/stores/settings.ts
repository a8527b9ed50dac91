import { acceptHMRUpdate, defineStore } from 'pinia'
import { computed, watch } from 'vue'
import { SETTINGS_KEY } from '../platform/storageKeys'
import { deviceList, savedPairs } from './deviceList'
import { useSavedDataStore } from './savedData'

export const TEXT_SIZES = ['normal', 'large', 'xlarge'] as const
export type TextSize = (typeof TEXT_SIZES)[number]

interface Setting {
  name: 'textSize'
  value: TextSize
}

/** Reads saved settings: an earlier version kept `{ textSize }`; now each setting is a row. */
function checkSettings(text: string): Setting[] {
  return savedPairs(text, 'name', 'value').flatMap(([name, value]) =>
    name === 'textSize' && TEXT_SIZES.includes(value as TextSize) ? [{ name, value: value as TextSize }] : [],
  )
}

/** Display preferences of this device: the text size, which every page follows. */
export const useSettingsStore = defineStore('settings', () => {
  const list = deviceList<Setting>(useSavedDataStore(), {
    kind: 'setting',
    keyOf: (setting) => setting.name,
    check: checkSettings,
    legacyKey: SETTINGS_KEY,
    name: '显示设置',
  })
  const textSize = computed<TextSize>({
    get: () => list.items.value.find((setting) => setting.name === 'textSize')?.value ?? 'normal',
    set: (value) => void list.save([{ name: 'textSize', value }]),
  })
  watch(
    textSize,
    (size) => {
      // Every size in the stylesheet is in rem, so the root size scales the whole app.
      if (typeof document !== 'undefined') document.documentElement.dataset.textSize = size
    },
    { immediate: true },
  )
  return { textSize, saveError: list.saveError, load: list.load }
})

if (import.meta.hot) import.meta.hot.accept(acceptHMRUpdate(useSettingsStore, import.meta.hot))
