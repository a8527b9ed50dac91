import { acceptHMRUpdate, defineStore } from 'pinia'
import { computed, ref, shallowRef, watch } from 'vue'
import { emptyProgress, setLearned, type SavedProgress } from '../domain/progress/progress'
import { withAttempt, withScenarioRun, withSession, withoutSession, type Reschedule } from '../domain/progress/records'
import { FIRST_SCREEN_KINDS, HISTORY_KINDS } from '../domain/progress/rowKinds'
import type { ProgressRow, RowChanges, RowKey } from '../domain/progress/rows'
import type { DroppedRow } from '../domain/progress/rowChecks'
import { SUMMARY_ROW, emptySummary, glanceOf } from '../domain/progress/glance'
import type { ProgressSummary } from '../domain/progress/summary'
import type { QuizAttempt, QuizSession } from '../domain/quiz/session'
import type { ScenarioRun } from '../domain/scenario/runs'
import { DatabaseDownloadError, readProblem, writeProblem, type StoredRow } from '../platform/database'
import { openChangeChannel } from '../platform/broadcast'
import { now } from '../platform/clock'
import { afterNextPaint, inBackground } from '../platform/afterPaint'
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

/** How a learner's progress is read: see `load`. */
export interface LoadOptions {
  wholeHistoryFirst?: boolean
  historyOnDemand?: boolean
  behindFirstPage?: Promise<void>
}

/**
 * Rows read per step of the history: each step (reading and checking them) is a short task, under
 * 50 ms on a phone 4× slower than a desktop, so taps are answered while it loads.
 */
const HISTORY_PAGE = 150

/**
 * The checks of rows as read back (and of the glance): they load only where there are records to
 * read, so a first visit, which has none, does not download them.
 */
function rowChecks() {
  return import('../domain/progress/rowChecks')
}

/** rows.ts and summary.ts: progress as rows, and the glance made and kept up to date. */
type RowCode = typeof import('../domain/progress/rows') & typeof import('../domain/progress/summary')

/** The row code once it has loaded: a change then turns into rows in the same task. */
let rowCode: RowCode | null = null

/**
 * The code that turns progress into saved rows and keeps the glance up to date. A first visit's
 * home changes nothing, so it is not on that page: it loads with the reading where something is
 * saved, at the learner's first tap or key press (`prepareChanges`), or at the first change.
 */
function loadRowCode(): Promise<RowCode> {
  return Promise.all([import('../domain/progress/rows'), import('../domain/progress/summary')]).then(
    ([rows, summary]) => (rowCode = { ...rows, ...summary }),
  )
}

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
  /** Changes made while a learner's first rows were still loading, applied again on top of them. */
  let pending: Change[] | null = null
  /** The progress before the first change whose row code could not be downloaded; null when none is waiting. */
  let unsavedSince: SavedProgress | null = null
  /** Changes waiting for the row code to load before they are written, one after another (see `update`). */
  let waitingForCode: Promise<void> = Promise.resolve()
  let queuedForCode = 0
  /** Writes go one after another, in the order they were made. */
  let writing: Promise<void> = Promise.resolve()

  /**
   * The glance of the long lists (summary.ts): what the first screen reads. Read with the lessons
   * before the first page; kept up to date with every change.
   */
  const summary = shallowRef<ProgressSummary>(emptySummary())
  /** Lessons in full, attempts, cards and runs as their glance: for home and the figures on every page. */
  const glance = computed(() => glanceOf(progress.value.learned, summary.value))
  /** False while the attempts, cards and runs are still being read (after the first page). */
  const historyLoaded = ref(false)
  /** True while a page waits for the history to be read. */
  const waitingForHistory = ref(false)
  /** Why the history could not be read, in plain words; null while all is well. */
  const historyError = ref<string | null>(null)
  /** The reading of the current learner's progress; until the first starts, a promise the first read settles. */
  let firstRead = () => {}
  /** Whether a read has begun: until then a change of learner has nothing to replace. */
  let started = false
  let history = new Promise<void>((resolve) => (firstRead = resolve))
  /** Why each record set aside while reading the current learner could not be read. */
  let droppedSoFar: string[] = []
  /** Lets a read that waits for the history to be wanted go on (see `load`'s `historyOnDemand`). */
  let releaseHistory = () => {}
  /** Whether the current learner's history is to be read (at once, or since a page or change asked). */
  let historyWanted = false
  /** The glance as saved, to write it again only when it differs from the history's. */
  let savedSummary: ProgressSummary | null = null

  /** Other tabs' rows, applied one message after another once their checks have loaded. */
  let arriving: Promise<void> = Promise.resolve()
  const channel = openChangeChannel<ProgressMessage>((message) => {
    if (message.type !== 'progress' || message.owner !== owner) return
    arriving = arriving
      .then(async () => {
        const [{ applyRowChanges }, code] = await Promise.all([rowChecks(), loadRowCode()])
        if (message.owner !== owner) return
        const before = progress.value
        progress.value = applyRowChanges(before, message)
        followChanges(code, code.progressChanges(before, progress.value, owner))
      })
      // The checks could not be downloaded: the other tab saved its rows, and this one shows them after a reload.
      .catch(() => {})
  })

  /**
   * Reads a learner's lessons, quizzes under way and glance, enough for the first page; the
   * attempts, cards and runs follow after it has painted. Without a readable glance (a learner
   * from before it existed, or a damaged one) everything is read now and the glance written.
   * Unreadable rows go to a backup and leave the rows; every good one is kept.
   * `wholeHistoryFirst` (a visit that opens on a page showing the history) reads it all before
   * the first page, in one go: that page waits for it anyway, and one read is quicker than many.
   * `historyOnDemand` (a visit that opens on a quiz, a role-play or a lesson) reads it only once a
   * page or a change needs it (`requestHistory`): reading 10,000 attempts would otherwise hold up
   * the taps of a page that never shows them.
   * `behindFirstPage` (the start of the course) holds the history's reading until it resolves, the
   * first page in place and painted: the pages of 10,000 attempts are read and checked in tasks that
   * would otherwise run between the first page's own and hold it up. Otherwise it waits for the next paint.
   */
  function load(
    profileId = profiles.activeId,
    { wholeHistoryFirst = false, historyOnDemand = false, behindFirstPage }: LoadOptions = {},
  ): Promise<void> {
    startLearner(profileId)
    historyLoaded.value = false
    pending = []
    let showFirstScreen = () => {}
    const firstScreen = new Promise<void>((resolve) => (showFirstScreen = resolve))
    const wanted = new Promise<void>((resolve) => (releaseHistory = resolve))
    historyWanted = false
    if (!historyOnDemand) requestHistory()
    history = readProgress(profileId, showFirstScreen, wholeHistoryFirst, wanted, behindFirstPage)
      .catch((error: unknown) => {
        if (owner === profileId) historyError.value = `${readProblem(error)}，学习记录没有读完，请刷新页面再试`
      })
      .finally(showFirstScreen)
    firstRead()
    return firstScreen
  }

  /** Empties what is in memory for a learner about to be read (or, on a new device, to start empty). */
  function startLearner(profileId: string): void {
    started = true
    owner = profileId
    progress.value = emptyProgress()
    unsavedSince = null
    summary.value = emptySummary()
    savedSummary = null
    historyError.value = null
    recoveryNotice.value = null
    droppedSoFar = []
    // A read of another learner still waiting for its history goes on, finds the learner changed and ends.
    releaseHistory()
  }

  /**
   * A device that has saved nothing yet: an empty record, read in full, with nothing to read
   * later. What the learner does is saved as usual; the database opens with the first save.
   */
  function startFresh(profileId = profiles.activeId): void {
    startLearner(profileId)
    writtenSummary = null
    historyLoaded.value = true
    pending = null
    historyWanted = true
    history = Promise.resolve()
    firstRead()
  }

  /**
   * Reads the first screen's rows (then calls `showFirstScreen`) and the rest once `behindFirstPage`
   * resolves, or else after the next paint.
   */
  async function readProgress(
    profileId: string,
    showFirstScreen: () => void,
    wholeHistoryFirst: boolean,
    wanted: Promise<void>,
    behindFirstPage: Promise<void> | undefined,
  ): Promise<void> {
    const database = saved.database
    const [{ checkRows }, { readSummary }, { progressOfRows }, summaryRows, ...kindRows] = await Promise.all([
      rowChecks(),
      import('../domain/progress/summaryCheck'),
      loadRowCode(),
      database.rowsOfKind(profileId, SUMMARY_ROW.kind),
      ...FIRST_SCREEN_KINDS.map((kind) => database.rowsOfKind(profileId, kind)),
    ])
    if (owner !== profileId) return // another learner was chosen meanwhile
    savedSummary = readSummary(summaryRows.find((row) => row.key === SUMMARY_ROW.key)?.value)
    writtenSummary = savedSummary
    const first = checkRows(kindRows.flat())
    if (savedSummary && !wholeHistoryFirst) {
      summary.value = savedSummary
      progress.value = replayPending(progressOfRows(first.checked))
      showFirstScreen()
      await (behindFirstPage ?? new Promise<void>((resolve) => afterNextPaint(resolve)))
      // A damaged lesson or quiz under way is set aside and told now, whenever the history is read.
      if (first.dropped.length > 0) await setAside(profileId, first.dropped)
      // Another tab saving at the same moment can leave a glance that misses its records: where the
      // history is not read anyway, counted without reading them, and if they differ read now.
      if (!historyWanted && !(await glanceHoldsAll(profileId, savedSummary))) requestHistory()
      await wanted
      if (owner !== profileId) return
      return loadHistory(profileId, [])
    }
    const rest = await Promise.all(HISTORY_KINDS.map((kind) => database.rowsOfKind(profileId, kind)))
    if (owner !== profileId) return
    const all = checkRows(rest.flat())
    await finishLoading(profileId, [...first.checked, ...all.checked], [...first.dropped, ...all.dropped])
  }

  /** Whether the saved glance counts as many attempts, runs and cards as the learner's rows. */
  async function glanceHoldsAll(profileId: string, glance: ProgressSummary): Promise<boolean> {
    const [attempts, runs, cards] = await Promise.all(
      (['attempt', 'run', 'card'] as const).map((kind) => saved.database.countOfKind(profileId, kind)),
    )
    return attempts === glance.figures.attempts && runs === glance.figures.runs && cards === glance.reviewDue.ids.length
  }

  /** The progress read with the changes made while it was read on top (they touch lessons and quizzes under way). */
  function replayPending(read: SavedProgress): SavedProgress {
    const changes = pending ?? []
    pending = null
    return changes.reduce((current, change) => change(current), read)
  }

  /**
   * Reads the attempts, cards and runs a page at a time, each page a short task of its own, run when
   * nothing more urgent waits: a tap on home meanwhile opens its page first.
   */
  async function loadHistory(profileId: string, dropped: DroppedRow[]): Promise<void> {
    const { checkRows } = await rowChecks()
    const checked: ProgressRow[] = []
    for (const kind of HISTORY_KINDS) {
      let after: string | null = null
      for (;;) {
        const page = await saved.database.rowsOfKindAfter(profileId, kind, after, HISTORY_PAGE)
        if (owner !== profileId) return
        const read = checkRows(page)
        checked.push(...read.checked)
        dropped.push(...read.dropped)
        if (page.length < HISTORY_PAGE) break
        after = (page[page.length - 1] as StoredRow).key
        await inBackground()
      }
    }
    await finishLoading(profileId, checked, dropped)
  }

  /**
   * The whole progress is in memory: the glance is made from it, saved if it differs, and bad rows
   * set aside. Each step is a task of its own, and the glance is made a thousand attempts at a time:
   * on a slow phone, all of it at once held the page (and any tap on it) for a third of a second.
   */
  async function finishLoading(profileId: string, checked: ProgressRow[], dropped: DroppedRow[]): Promise<void> {
    const code = rowCode ?? (await loadRowCode())
    await inBackground()
    if (owner !== profileId) return
    const read = code.progressOfRows(checked)
    await inBackground()
    if (owner !== profileId) return
    progress.value = pending ? replayPending(read) : code.withHistory(progress.value, read)
    const whole = progress.value
    const made = await code.summariseInSteps(whole, now(), inBackground)
    if (owner !== profileId) return
    summary.value = made
    historyLoaded.value = true
    // What changed meanwhile (a tap here, another tab's rows) was followed on the glance as it was
    // read; it is followed on the one just made too, which the history alone gave.
    if (progress.value !== whole) followChanges(code, code.progressChanges(whole, progress.value, owner))
    const hasRecords = checked.length > 0
    if (savedSummary && code.sameSummary(savedSummary, summary.value)) writtenSummary = summary.value
    else if (hasRecords) void persist({ put: [], remove: [] })
    if (dropped.length > 0) await setAside(profileId, dropped)
  }

  async function setAside(profileId: string, dropped: DroppedRow[]): Promise<void> {
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
    if (owner !== profileId) return
    // The first screen's rows and the history's are set aside apart: the notice counts them all.
    droppedSoFar.push(...dropped.map((item) => item.problem))
    const problems = droppedSoFar.slice(0, 3)
    recoveryNotice.value = `有 ${droppedSoFar.length} 条学习记录无法读取（${problems.join('；')}${droppedSoFar.length > 3 ? '……' : ''}），其余记录都已保留。无法读取的原文已另存为备份，可在“学员”页面下载。`
  }

  /** Starts reading the attempts, cards and runs if the first page left them for later; else nothing. */
  function requestHistory(): void {
    historyWanted = true
    releaseHistory()
  }

  /** Resolves once the attempts, cards and runs are in memory (reading them if not yet begun): changes to them wait for it. */
  async function whenHistoryLoaded(): Promise<void> {
    while (!historyLoaded.value) {
      requestHistory()
      const reading = history
      await reading
      if (!historyLoaded.value && reading === history) throw new Error(historyError.value ?? 'history not loaded')
    }
  }

  /**
   * For a page that shows the history: resolves true once it is read (the shell says it is being
   * read meanwhile), or false when it cannot be, with why in `historyError`.
   */
  async function openWithHistory(): Promise<boolean> {
    if (historyLoaded.value) return true
    waitingForHistory.value = true
    try {
      await whenHistoryLoaded()
      return true
    } catch {
      return false
    } finally {
      waitingForHistory.value = false
    }
  }

  /** The glance after rows changed; made again from the history when it cannot follow. */
  function followChanges(code: RowCode, changes: RowChanges): void {
    const next = code.withRows(summary.value, changes, now())
    if (next) summary.value = next
    else if (historyLoaded.value) summary.value = code.summarise(progress.value, now())
  }

  /** Rows whose write failed: written again with the next change, so a later success does not hide them. */
  let unsaved: RowChanges = { put: [], remove: [] }

  /** The glance as last written (or read): a change that leaves it as it is does not write it again. */
  let writtenSummary: ProgressSummary | null = null

  /**
   * Writes the rows a change touched, with the glance when it changed, in one transaction; a
   * failure is told to the learner, the change stays on screen and is retried.
   */
  function persist(changes: RowChanges, learner = owner): Promise<void> {
    const batch = withUnsaved(changes)
    // The glance in memory is the current learner's: a change of another (made before a switch) is saved without it.
    const glanceRow =
      learner !== owner || summary.value === writtenSummary
        ? []
        : [{ owner: learner, ...SUMMARY_ROW, value: summary.value }]
    if (batch.put.length === 0 && batch.remove.length === 0 && glanceRow.length === 0) return writing
    const {
      plain: { put, remove },
      note,
    } = journaledBatch(saved.database, { put: [...batch.put, ...glanceRow] as StoredRow[], remove: batch.remove })
    if (glanceRow.length > 0) writtenSummary = summary.value
    writing = writing.then(async () => {
      try {
        await saved.database.write({ put, remove })
        clearPendingWrite(note)
        unsaved = { put: [], remove: [] }
        // Saved, but only in memory when the browser gives no storage: the notice says so once.
        saveError.value = saved.memoryOnly
        // Other tabs follow the rows and keep their own glance.
        const rows = put.filter((row) => row.kind !== SUMMARY_ROW.kind)
        if (rows.length + remove.length > 0) channel.post({ type: 'progress', owner: learner, put: rows, remove })
      } catch (error) {
        unsaved = batch
        if (owner === learner) writtenSummary = null
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

  /**
   * Applies a change in memory at once and saves the rows it touched, with the glance brought up to
   * date; both in the same task once the row code has loaded (see `loadRowCode`), as it has after the
   * learner's first tap.
   */
  function update(change: Change): Promise<void> {
    const before = progress.value
    const after = change(before)
    progress.value = after
    pending?.push(change)
    const learner = owner
    const save = (code: RowCode) => {
      // After a change the code could not be downloaded for, every change since is written now.
      const from = unsavedSince && learner === owner ? unsavedSince : before
      if (learner === owner) unsavedSince = null
      const changes = code.progressChanges(from, after, learner)
      if (learner === owner) followChanges(code, changes)
      return persist(changes, learner)
    }
    const notDownloaded = (error: unknown) => {
      if (learner !== owner) return
      unsavedSince ??= before
      saveError.value = `${writeProblem(new DatabaseDownloadError(String(error)))}，刚才的学习记录没有保存，请不要关闭页面，可先在“学员”页面导出`
    }
    // Changes waiting for the code are written in the order they were made, and a later one waits behind them.
    if (rowCode && queuedForCode === 0) return save(rowCode)
    queuedForCode += 1
    const queued = waitingForCode
      .then(loadRowCode)
      .then(save, notDownloaded)
      .finally(() => (queuedForCode -= 1))
    waitingForCode = queued
    return queued
  }

  /** Loads the row code ahead of the first change (at the learner's first tap or key press); never rejects. */
  function prepareChanges(): Promise<void> {
    return loadRowCode().then(
      () => {},
      () => {},
    )
  }

  /** A change to the attempts, cards or runs, made once they are all in memory. */
  async function updateHistory(change: Change): Promise<void> {
    await whenHistoryLoaded()
    return update(change)
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
    return updateHistory((current) => withAttempt(current, attempt, reschedule))
  }

  /**
   * Stores a finished role-play. A run is only ever added, so it does not wait for the history: the
   * runs read later are joined with it (see `finishLoading`).
   */
  function recordScenarioRun(run: ScenarioRun): Promise<void> {
    return update((current) => withScenarioRun(current, run))
  }

  /** Adds what an imported file holds to this learner's progress; nothing already here is lost. */
  async function importInto(imported: SavedProgress): Promise<void> {
    // Rare (a file, an LMS's copy): the merge loads with it, not with the first page.
    const { mergeProgress } = await import('../domain/progress/merge')
    return updateHistory((current) => mergeProgress(current, imported))
  }

  function dismissRecoveryNotice(): void {
    recoveryNotice.value = null
  }

  /** Resolves when every change made so far is written (or has failed and been reported). */
  function settled(): Promise<void> {
    return waitingForCode.then(() => writing)
  }

  // Another learner chosen: show their progress. Before the first read (the router may create this
  // store while the learners are still being read) there is nothing to replace: that read follows.
  watch(
    () => profiles.activeId,
    (id) => {
      if (started) void load(id)
    },
    { flush: 'sync' },
  )

  return {
    progress,
    glance,
    historyLoaded,
    waitingForHistory,
    historyError,
    whenHistoryLoaded,
    requestHistory,
    openWithHistory,
    recoveryNotice,
    saveError,
    load,
    startFresh,
    prepareChanges,
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
