import { acceptHMRUpdate, defineStore } from 'pinia'
import { computed, ref, watch } from 'vue'
import {
  emptyProgress,
  keepRecentDetails,
  mergeProgress,
  parseProgress,
  setLearned,
  type SavedProgress,
} from '../domain/progress/progress'
import type { QuizAttempt, QuizSession } from '../domain/quiz/session'
import type { ScenarioRun } from '../domain/scenario/runs'
import { browserStorage, readRecord, writeRecord } from '../domain/progress/storage'
import { useProfileStore } from './profiles'

/** The first learner's progress key; every other learner has a key of their own. */
export const PROGRESS_KEY = 'kefu-course.progress'
export const PROGRESS_BACKUP_KEY = 'kefu-course.progress.backup'

/** The active learner's saved progress (lessons, quizzes, role-plays), shared with other open tabs. */
export const useProgressStore = defineStore('progress', () => {
  const storage = browserStorage()
  const profiles = useProfileStore()
  const key = computed(() => profiles.progressKey)
  const backupKey = computed(() => `${key.value}.backup`)
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
    update((current) => setLearned(current, lessonId, learned, new Date()))
  }

  function isLearned(lessonId: string): boolean {
    return lessonId in progress.value.learned
  }

  /** Saves a quiz in progress, so a reload or a visit days later resumes it. */
  function saveSession(session: QuizSession): void {
    update((current) => ({ ...current, sessions: { ...current.sessions, [session.quizId]: session } }))
  }

  function discardSession(quizId: string): void {
    update((current) => {
      const sessions = { ...current.sessions }
      delete sessions[quizId]
      return { ...current, sessions }
    })
  }

  /**
   * Stores a finished quiz and closes its session. `reschedule` moves the
   * review cards; it comes from the quiz page, so the scheduler loads with it.
   */
  function recordAttempt(
    attempt: QuizAttempt,
    reschedule?: (cards: SavedProgress['reviewCards']) => SavedProgress['reviewCards'],
  ): void {
    update((current) => {
      const sessions = { ...current.sessions }
      if (sessions[attempt.quizId]?.id === attempt.id) delete sessions[attempt.quizId]
      const attempts = current.attempts.some((existing) => existing.id === attempt.id)
        ? current.attempts
        : keepRecentDetails([...current.attempts, attempt])
      const reviewCards =
        reschedule && attempts !== current.attempts ? reschedule(current.reviewCards) : current.reviewCards
      return { ...current, attempts, sessions, reviewCards }
    })
  }

  /** Stores a finished role-play. */
  function recordScenarioRun(run: ScenarioRun): void {
    update((current) =>
      current.scenarioRuns.some((existing) => existing.id === run.id)
        ? current
        : { ...current, scenarioRuns: [...current.scenarioRuns, run] },
    )
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
