import { acceptHMRUpdate, defineStore } from 'pinia'
import { computed, watch } from 'vue'
import { SETTINGS_KEY } from '../platform/storageKeys'
import { deviceList, savedPairs } from './deviceList'
import { useSavedDataStore } from './savedData'
import {
  DEFAULT_DAILY_GOAL,
  DEFAULT_REVIEW_CAP,
  isDailyGoal,
  isReviewCap,
  type DailyGoal,
} from '../domain/progress/daily'

export const TEXT_SIZES = ['normal', 'large', 'xlarge'] as const
export type TextSize = (typeof TEXT_SIZES)[number]

type Setting =
  | { name: 'textSize'; value: TextSize }
  | { name: 'trainerView'; value: boolean }
  | { name: 'dailyReviewCap'; value: number }
  | { name: 'dailyGoal'; value: DailyGoal }

/** Reads saved settings: an earlier version kept `{ textSize }`; now each setting is a row. */
function checkSettings(text: string): Setting[] {
  return savedPairs(text, 'name', 'value').flatMap(([name, value]): Setting[] => {
    if (name === 'textSize' && TEXT_SIZES.includes(value as TextSize)) return [{ name, value: value as TextSize }]
    if (name === 'trainerView' && typeof value === 'boolean') return [{ name, value }]
    if (name === 'dailyReviewCap' && isReviewCap(value)) return [{ name, value }]
    if (name === 'dailyGoal' && isDailyGoal(value)) return [{ name, value: { kind: value.kind, count: value.count } }]
    return []
  })
}

/**
 * Preferences of this device: the text size, which every page follows, the
 * trainer's view (sources open, trainer notes shown), and the learner's daily
 * pace (how many review questions a day at most, and the daily goal).
 */
export const useSettingsStore = defineStore('settings', () => {
  const list = deviceList<Setting>(useSavedDataStore(), {
    kind: 'setting',
    keyOf: (setting) => setting.name,
    check: checkSettings,
    legacyKey: SETTINGS_KEY,
    name: '显示设置',
  })
  /** Saves one setting and keeps the others. */
  function put(setting: Setting): void {
    void list.save([...list.items.value.filter((saved) => saved.name !== setting.name), setting])
  }
  const textSize = computed<TextSize>({
    get: () => {
      const saved = list.items.value.find((setting) => setting.name === 'textSize')
      return saved?.name === 'textSize' ? saved.value : 'normal'
    },
    set: (value) => put({ name: 'textSize', value }),
  })
  /** A trainer reading the course sees every source open and the notes written for trainers. */
  const trainerView = computed<boolean>({
    get: () => list.items.value.find((setting) => setting.name === 'trainerView')?.value === true,
    set: (value) => put({ name: 'trainerView', value }),
  })
  /** At most this many review questions a day (domain/progress/daily.ts `todaysReview`). */
  const dailyReviewCap = computed<number>({
    get: () => {
      const saved = list.items.value.find((setting) => setting.name === 'dailyReviewCap')
      return saved?.name === 'dailyReviewCap' ? saved.value : DEFAULT_REVIEW_CAP
    },
    set: (value) => put({ name: 'dailyReviewCap', value }),
  })
  /** Lessons or questions a day the learner aims for. */
  const dailyGoal = computed<DailyGoal>({
    get: () => {
      const saved = list.items.value.find((setting) => setting.name === 'dailyGoal')
      return saved?.name === 'dailyGoal' ? saved.value : DEFAULT_DAILY_GOAL
    },
    set: (value) => put({ name: 'dailyGoal', value }),
  })
  watch(
    textSize,
    (size) => {
      // Every size in the stylesheet is in rem, so the root size scales the whole app.
      if (typeof document !== 'undefined') document.documentElement.dataset.textSize = size
    },
    { immediate: true },
  )
  return {
    textSize,
    trainerView,
    dailyReviewCap,
    dailyGoal,
    saveError: list.saveError,
    load: list.load,
    startFresh: list.startEmpty,
  }
})

if (import.meta.hot) import.meta.hot.accept(acceptHMRUpdate(useSettingsStore, import.meta.hot))
