import { acceptHMRUpdate, defineStore } from 'pinia'
import { ref, shallowRef, watch } from 'vue'
import { emptyProgress, mergeProgress, setLearned, type SavedProgress } from '../domain/progress/progress'
import { withAttempt, withScenarioRun, withSession, withoutSession, type Reschedule } from '../domain/progress/records'
import {
  PROGRESS_KINDS,
  applyRowChanges,
  progressChanges,
  progressFromRows,
  type RowChanges,
  type RowKey,
} from '../domain/progress/rows'
import type { QuizAttempt, QuizSession } from '../domain/quiz/session'
import type { ScenarioRun } from '../domain/scenario/runs'
import { writeProblem, type StoredRow } from '../platform/database'
import { openChangeChannel } from '../platform/broadcast'
import { now } from '../platform/clock'
import { clearPendingWrite, journaledBatch } from '../platform/writeJournal'
import { useProfileStore } from './profiles'
import { useSavedDataStore } from './savedData'

/** What a tab tells the others after saving a learner's rows. */
interface ProgressMessage {
  type: 'progress'
  owner: string
  put: unknown[]
  remove: RowKey[]
}

type Change = (current: SavedProgress) => SavedProgress

/**
 * The active learner's saved progress (lessons, quizzes, role-plays, review cards).
 * Held in memory for the pages; every change is written as the rows it touched, in
 * one transaction, and told to the other open tabs.
 */
export const useProgressStore = defineStore('progress', () => {
  const saved = useSavedDataStore()
  const profiles = useProfileStore()
  // Shallow: progress is replaced whole on every change, and its records go to IndexedDB and other tabs as plain data.
  const progress = shallowRef<SavedProgress>(emptyProgress())
  /** Why saved records were set aside when read, in plain words; null when all was well. */
  const recoveryNotice = ref<string | null>(null)
  /** Why the last save failed; null once saving works. */
  const saveError = ref<string | null>(null)

  /** Whose progress is in memory. */
  let owner = profiles.activeId
  /** Changes made while a learner's rows were still loading, applied again on top of them. */
  let pending: Change[] | null = null
  /** Writes go one after another, in the order they were made. */
  let writing: Promise<void> = Promise.resolve()

  const channel = openChangeChannel<ProgressMessage>((message) => {
    if (message.type !== 'progress' || message.owner !== owner) return
    progress.value = applyRowChanges(progress.value, message)
  })

  /** Reads a learner's rows; unreadable ones go to a backup and leave the rows, every good one is kept. */
  async function load(profileId = profiles.activeId): Promise<void> {
    owner = profileId
    progress.value = emptyProgress()
    pending = []
    recoveryNotice.value = null
    const rows = (await saved.database.rowsOf(profileId)).filter((row) =>
      (PROGRESS_KINDS as readonly string[]).includes(row.kind),
    )
    if (owner !== profileId) return // another learner was chosen meanwhile
    const { progress: read, dropped } = progressFromRows(rows)
    progress.value = pending.reduce((current, change) => change(current), read)
    pending = null
    if (dropped.length > 0) {
      await saved.setAside(
        profileId,
        dropped.map((item) => item.problem).join('；'),
        dropped.map((item) => item.row),
      )
      // The dropped rows came from the database, so each has its key; they now live in the backup.
      const keys = dropped.map(({ row }) => {
        const { owner: rowOwner, kind, key } = row as StoredRow
        return { owner: rowOwner, kind, key } as RowKey
      })
      void persist({ put: [], remove: keys })
      const problems = dropped.slice(0, 3).map((item) => item.problem)
      recoveryNotice.value = `有 ${dropped.length} 条学习记录无法读取（${problems.join('；')}${dropped.length > 3 ? '……' : ''}），其余记录都已保留。无法读取的原文已另存为备份，可在“学员”页面下载。`
    }
  }

  /** Rows whose write failed: written again with the next change, so a later success does not hide them. */
  let unsaved: RowChanges = { put: [], remove: [] }

  /** Writes the rows a change touched; a failure is told to the learner, the change stays on screen and is retried. */
  function persist(changes: RowChanges): Promise<void> {
    const learner = owner
    const batch = withUnsaved(changes)
    if (batch.put.length === 0 && batch.remove.length === 0) return writing
    const {
      plain: { put, remove },
      note,
    } = journaledBatch(saved.database, batch)
    writing = writing.then(async () => {
      try {
        await saved.database.write({ put, remove })
        clearPendingWrite(note)
        unsaved = { put: [], remove: [] }
        // Saved, but only in memory when the browser gives no storage: the notice says so once.
        saveError.value = saved.memoryOnly
        channel.post({ type: 'progress', owner: learner, put, remove })
      } catch (error) {
        unsaved = batch
        saveError.value = `${writeProblem(error)}，刚才的学习记录没有保存，请不要关闭页面，可先在“学员”页面导出`
      }
    })
    return writing
  }

  /** The new changes with those still unsaved, the newest of each row winning. */
  function withUnsaved(changes: RowChanges): RowChanges {
    if (unsaved.put.length === 0 && unsaved.remove.length === 0) return changes
    const id = (row: RowKey) => `${row.owner}\u0000${row.kind}\u0000${row.key}`
    const touched = new Set([...changes.put, ...changes.remove].map(id))
    return {
      put: [...unsaved.put.filter((row) => !touched.has(id(row))), ...changes.put],
      remove: [...unsaved.remove.filter((row) => !touched.has(id(row))), ...changes.remove],
    }
  }

  /** Applies a change in memory at once and saves the rows it touched. */
  function update(change: Change): Promise<void> {
    const before = progress.value
    const after = change(before)
    progress.value = after
    pending?.push(change)
    return persist(progressChanges(before, after, owner))
  }

  function setLessonLearned(lessonId: string, learned: boolean): Promise<void> {
    return update((current) => setLearned(current, lessonId, learned, now()))
  }

  function isLearned(lessonId: string): boolean {
    return lessonId in progress.value.learned
  }

  /** Saves a quiz in progress, so a reload or a visit days later resumes it. */
  function saveSession(session: QuizSession): Promise<void> {
    return update((current) => withSession(current, session))
  }

  function discardSession(quizId: string): Promise<void> {
    return update((current) => withoutSession(current, quizId))
  }

  /** Stores a finished quiz and closes its session; `reschedule` moves the review cards. */
  function recordAttempt(attempt: QuizAttempt, reschedule?: Reschedule): Promise<void> {
    return update((current) => withAttempt(current, attempt, reschedule))
  }

  /** Stores a finished role-play. */
  function recordScenarioRun(run: ScenarioRun): Promise<void> {
    return update((current) => withScenarioRun(current, run))
  }

  /** Adds what an imported file holds to this learner's progress; nothing already here is lost. */
  function importInto(imported: SavedProgress): Promise<void> {
    return update((current) => mergeProgress(current, imported))
  }

  function dismissRecoveryNotice(): void {
    recoveryNotice.value = null
  }

  /** Resolves when every change made so far is written (or has failed and been reported). */
  function settled(): Promise<void> {
    return writing
  }

  // Another learner chosen: show their progress.
  watch(
    () => profiles.activeId,
    (id) => void load(id),
    { flush: 'sync' },
  )

  return {
    progress,
    recoveryNotice,
    saveError,
    load,
    setLessonLearned,
    isLearned,
    saveSession,
    discardSession,
    recordAttempt,
    recordScenarioRun,
    importInto,
    dismissRecoveryNotice,
    settled,
  }
})

if (import.meta.hot) import.meta.hot.accept(acceptHMRUpdate(useProgressStore, import.meta.hot))
