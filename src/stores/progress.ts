import { acceptHMRUpdate, defineStore } from 'pinia'
import { computed, ref } from 'vue'
import {
  emptyProgress,
  mergeProgress,
  parseProgress,
  setLearned,
  type SavedProgress,
} from '../domain/progress'
import { browserStorage, readRecord, writeRecord } from '../domain/storage'

export const PROGRESS_KEY = 'kefu-course.progress'
export const PROGRESS_BACKUP_KEY = 'kefu-course.progress.backup'

/** Lesson progress, kept in localStorage and shared with other open tabs. */
export const useProgressStore = defineStore('progress', () => {
  const storage = browserStorage()
  const progress = ref<SavedProgress>(emptyProgress())
  /** Why saved data was set aside on start-up, in plain words; null when all was well. */
  const recoveryNotice = ref<string | null>(null)
  /** The raw text that was set aside, offered to the learner as a download. */
  const backupText = ref<string | null>(null)
  /** Why the last save failed; null once saving works. */
  const saveError = ref<string | null>(null)

  const learnedCount = computed(() => Object.keys(progress.value.learned).length)

  function storedCopy(): SavedProgress | null {
    const result = parseProgress(readRecord(storage, PROGRESS_KEY))
    return result.ok ? result.progress : null
  }

  function load(): void {
    const raw = readRecord(storage, PROGRESS_KEY)
    const result = parseProgress(raw)
    progress.value = result.progress
    if (!result.ok && raw !== null) {
      // Keep the unreadable text aside before anything new is written over it.
      backupText.value = raw
      const kept = writeRecord(storage, PROGRESS_BACKUP_KEY, raw)
      recoveryNotice.value = kept.ok
        ? `之前保存的学习进度无法读取（${result.problem})，课程已从头开始。原来的数据已另存为备份，可以下载保存。`
        : `之前保存的学习进度无法读取（${result.problem}）。原来的数据未被改动，请先下载备份。`
    }
  }

  function setLessonLearned(lessonId: string, learned: boolean): void {
    // Merge what another tab may have saved meanwhile, so neither tab loses the other's lessons.
    const stored = backupText.value === null ? storedCopy() : null
    const base = stored ? mergeProgress(progress.value, stored) : progress.value
    progress.value = setLearned(base, lessonId, learned, new Date())
    const result = writeRecord(storage, PROGRESS_KEY, JSON.stringify(progress.value))
    saveError.value = result.ok ? null : `${result.message}，进度只保留在本页面中，关闭前请不要刷新。`
    if (result.ok) backupText.value = null
  }

  function isLearned(lessonId: string): boolean {
    return lessonId in progress.value.learned
  }

  function dismissRecoveryNotice(): void {
    recoveryNotice.value = null
  }

  /** Another tab saved: take its lessons in. */
  function onStorageEvent(event: StorageEvent): void {
    if (event.key !== PROGRESS_KEY) return
    const stored = storedCopy()
    if (stored) progress.value = mergeProgress(progress.value, stored)
  }

  load()
  if (typeof window !== 'undefined') window.addEventListener('storage', onStorageEvent)

  return {
    progress,
    recoveryNotice,
    backupText,
    saveError,
    learnedCount,
    setLessonLearned,
    isLearned,
    dismissRecoveryNotice,
  }
})

if (import.meta.hot) import.meta.hot.accept(acceptHMRUpdate(useProgressStore, import.meta.hot))
