import { acceptHMRUpdate, defineStore } from 'pinia'
import { computed, ref, watch } from 'vue'
import {
  emptyProgress,
  mergeProgress,
  parseProgress,
  setLearned,
  type SavedProgress,
} from '../domain/progress/progress'
import { withAttempt, withScenarioRun, withSession, withoutSession, type Reschedule } from '../domain/progress/records'
import type { QuizAttempt, QuizSession } from '../domain/quiz/session'
import type { ScenarioRun } from '../domain/scenario/runs'
import { browserStorage, readRecord, writeRecord } from '../platform/storage'
import { useProfileStore } from './profiles'
import { now } from '../platform/clock'
import { PROGRESS_BACKUP_KEY, PROGRESS_KEY, backupKey as backupKeyOf } from '../platform/storageKeys'

export { PROGRESS_KEY, PROGRESS_BACKUP_KEY }

/** The active learner's saved progress (lessons, quizzes, role-plays), shared with other open tabs. */
export const useProgressStore = defineStore('progress', () => {
  const storage = browserStorage()
  const profiles = useProfileStore()
  const key = computed(() => profiles.progressKey)
  const backupKey = computed(() => backupKeyOf(key.value))
  const progress = ref<SavedProgress>(emptyProgress())
  /** Why saved data was set aside on start-up, in plain words; null when all was well. */
  const recoveryNotice = ref<string | null>(null)
  /** The raw text that was set aside, offered to the learner as a download. */
  const backupText = ref<string | null>(null)
  /** Why the last save failed; null once saving works. */
  const saveError = ref<string | null>(null)

  /** The text last read from or written to storage: unchanged text need not be parsed again. */
  let lastRaw: string | null = null

  /** What another tab saved since this tab last read or wrote; null when nothing changed. */
  function changedStoredCopy(): SavedProgress | null {
    const raw = readRecord(storage, key.value)
    if (raw === lastRaw) return null
    lastRaw = raw
    const result = parseProgress(raw)
    return result.ok ? result.progress : null
  }

  function load(): void {
    recoveryNotice.value = null
    backupText.value = null
    saveError.value = null
    const raw = readRecord(storage, key.value)
    lastRaw = raw
    const result = parseProgress(raw)
    progress.value = result.progress
    if (!result.ok && raw !== null) {
      // Keep the unreadable text aside before anything new is written over it.
      backupText.value = raw
      const kept = writeRecord(storage, backupKey.value, raw)
      recoveryNotice.value = kept.ok
        ? `之前保存的学习记录有部分无法读取（${result.problem}），能读取的部分已保留。原来的全部数据已另存为备份，可以下载保存。`
        : `之前保存的学习记录有部分无法读取（${result.problem}）。原来的数据未被改动，请先下载备份。`
    }
  }

  /**
   * Applies a change and saves it. What another tab saved meanwhile is merged
   * in first, so neither tab loses the other's work.
   */
  function update(change: (current: SavedProgress) => SavedProgress): void {
    const stored = backupText.value === null ? changedStoredCopy() : null
    const base = stored ? mergeProgress(progress.value, stored) : progress.value
    progress.value = change(base)
    const text = JSON.stringify(progress.value)
    const result = writeRecord(storage, key.value, text)
    if (result.ok) lastRaw = text
    saveError.value = result.ok ? null : `${result.message}，记录只保留在本页面中，请不要刷新或关闭页面。`
    if (result.ok) backupText.value = null
  }

  function setLessonLearned(lessonId: string, learned: boolean): void {
    update((current) => setLearned(current, lessonId, learned, now()))
  }

  function isLearned(lessonId: string): boolean {
    return lessonId in progress.value.learned
  }

  /** Saves a quiz in progress, so a reload or a visit days later resumes it. */
  function saveSession(session: QuizSession): void {
    update((current) => withSession(current, session))
  }

  function discardSession(quizId: string): void {
    update((current) => withoutSession(current, quizId))
  }

  /** Stores a finished quiz and closes its session; `reschedule` moves the review cards. */
  function recordAttempt(attempt: QuizAttempt, reschedule?: Reschedule): void {
    update((current) => withAttempt(current, attempt, reschedule))
  }

  /** Stores a finished role-play. */
  function recordScenarioRun(run: ScenarioRun): void {
    update((current) => withScenarioRun(current, run))
  }

  function dismissRecoveryNotice(): void {
    recoveryNotice.value = null
  }

  /** Another tab saved: take its work in. */
  function onStorageEvent(event: StorageEvent): void {
    if (event.key !== key.value) return
    const stored = changedStoredCopy()
    if (stored) progress.value = mergeProgress(progress.value, stored)
  }

  /** Adds what an imported file holds to this learner's progress; nothing already here is lost. */
  function importInto(imported: SavedProgress): void {
    update((current) => mergeProgress(current, imported))
  }

  load()
  // Another learner chosen: show their progress.
  watch(key, load)
  if (typeof window !== 'undefined') window.addEventListener('storage', onStorageEvent)

  return {
    progress,
    recoveryNotice,
    backupText,
    saveError,
    setLessonLearned,
    isLearned,
    saveSession,
    discardSession,
    recordAttempt,
    recordScenarioRun,
    importInto,
    dismissRecoveryNotice,
  }
})

if (import.meta.hot) import.meta.hot.accept(acceptHMRUpdate(useProgressStore, import.meta.hot))
