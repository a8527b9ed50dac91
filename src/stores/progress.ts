import { acceptHMRUpdate, defineStore } from 'pinia'
import { computed, ref } from 'vue'
import { emptyProgress, mergeProgress, parseProgress, setLearned, type SavedProgress } from '../domain/progress'
import type { QuizAttempt, QuizSession } from '../domain/quizSession'
import type { ScenarioRun } from '../domain/scenarioRuns'
import { browserStorage, readRecord, writeRecord } from '../domain/storage'

export const PROGRESS_KEY = 'kefu-course.progress'
export const PROGRESS_BACKUP_KEY = 'kefu-course.progress.backup'

/** The learner's saved progress (lessons, quiz attempts, quizzes in progress), shared with other open tabs. */
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
        ? `之前保存的学习记录有部分无法读取（${result.problem})，能读取的部分已保留。原来的全部数据已另存为备份，可以下载保存。`
        : `之前保存的学习记录有部分无法读取（${result.problem}）。原来的数据未被改动，请先下载备份。`
    }
  }

  /**
   * Applies a change and saves it. What another tab saved meanwhile is merged
   * in first, so neither tab loses the other's work.
   */
  function update(change: (current: SavedProgress) => SavedProgress): void {
    const stored = backupText.value === null ? storedCopy() : null
    const base = stored ? mergeProgress(progress.value, stored) : progress.value
    progress.value = change(base)
    const result = writeRecord(storage, PROGRESS_KEY, JSON.stringify(progress.value))
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

  /** Stores a finished quiz and closes its session. */
  function recordAttempt(attempt: QuizAttempt): void {
    update((current) => {
      const sessions = { ...current.sessions }
      if (sessions[attempt.quizId]?.id === attempt.id) delete sessions[attempt.quizId]
      const attempts = current.attempts.some((existing) => existing.id === attempt.id)
        ? current.attempts
        : [...current.attempts, attempt]
      return { ...current, attempts, sessions }
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
    saveSession,
    discardSession,
    recordAttempt,
    recordScenarioRun,
    dismissRecoveryNotice,
  }
})

if (import.meta.hot) import.meta.hot.accept(acceptHMRUpdate(useProgressStore, import.meta.hot))
