import { describe, expect, it, vi } from 'vitest'
import { watch } from 'vue'
import { summarise } from '../../src/domain/progress/summary'
import { readSummary } from '../../src/domain/progress/summaryCheck'
import { memoryDatabase } from '../../src/platform/database'
import { loadSavedData } from '../../src/stores/loadSavedData'
import { useProgressStore } from '../../src/stores/progress'
import { afterNextPaint, nextTask } from '../../src/platform/afterPaint'
import { reviewCardDue } from '../fixtures/reviewCard'
import {
  glanceRowOf,
  numberedAttempts,
  openFirstScreen,
  openPage,
  openTab,
  quizAttempt,
  quizSession,
  row,
  savedProgress,
  scenarioRun,
  useFreshDeviceAt,
} from './helpers'

const NOW = '2026-03-10T09:00:00.000Z'

useFreshDeviceAt(NOW)

/** A learner with 300 attempts, two cards, a run, a lesson and a quiz under way, saved by this version. */
async function learnerWithHistory() {
  const tab = await openTab()
  for (const attempt of numberedAttempts(300)) await tab.progress.recordAttempt(attempt)
  await tab.progress.recordAttempt(quizAttempt('best', { score: { ...quizAttempt('x').score, percent: 100 } }), () => ({
    'basics-q001': reviewCardDue('2026-03-09T00:00:00.000Z'),
    'basics-q002': reviewCardDue('2026-04-01T00:00:00.000Z'),
  }))
  await tab.progress.recordScenarioRun(scenarioRun('r1', { rating: 'excellent' }))
  await tab.progress.setLessonLearned('phone-rings', true)
  await tab.progress.saveSession(quizSession('s1', { quizId: 'm-phone' }))
  await tab.progress.settled()
  return tab
}

describe('start-up with a long history', () => {
  it('shows the first page from the lessons, quizzes under way and the glance, then reads the rest', async () => {
    await learnerWithHistory()
    const rowsRead = vi.spyOn(IDBObjectStore.prototype, 'getAll')

    const tab = await openFirstScreen()

    // Before the first paint: no attempt, card or run has been read, the figures come from the glance.
    expect(tab.progress.historyLoaded).toBe(false)
    expect(tab.progress.progress.attempts).toEqual([])
    expect(Object.keys(tab.progress.progress.learned)).toEqual(['phone-rings'])
    expect(Object.keys(tab.progress.progress.sessions)).toEqual(['m-phone'])
    expect(tab.progress.glance.attempts.map((head) => head.id)).toContain('best')
    expect([...tab.progress.glance.reviewDue.ids].sort()).toEqual(['basics-q001', 'basics-q002'])
    expect(tab.progress.glance.scenarioRuns.map((run) => run.id)).toEqual(['r1'])
    expect(rowsRead.mock.calls.flatMap((call) => call.slice(0, 1)).some(isHistoryRange)).toBe(false)

    await tab.progress.whenHistoryLoaded()

    expect(tab.progress.historyLoaded).toBe(true)
    expect(tab.progress.progress.attempts).toHaveLength(301)
    expect(Object.keys(tab.progress.progress.reviewCards)).toHaveLength(2)
    expect(tab.progress.progress.scenarioRuns.map((run) => run.id)).toEqual(['r1'])
    expect(rowsRead.mock.calls.flatMap((call) => call.slice(0, 1)).some(isHistoryRange)).toBe(true)
    rowsRead.mockRestore()
  })

  it.each([
    ['home: reads the history behind the first page', false],
    ['a quiz or a role-play: leaves it until a page or a change needs it', true],
  ])('opening on %s', async (_, historyOnDemand) => {
    await learnerWithHistory()
    const rowsRead = vi.spyOn(IDBObjectStore.prototype, 'getAll')
    const historyRead = () => rowsRead.mock.calls.flatMap((call) => call.slice(0, 1)).some(isHistoryRange)

    const counted = vi.spyOn(IDBObjectStore.prototype, 'count')
    const tab = await openFirstScreen(undefined, { historyOnDemand })
    // The first paint and the task after it: where the read behind home begins.
    await new Promise<void>((resolve) => afterNextPaint(resolve))
    await nextTask()
    expect(historyRead()).toBe(!historyOnDemand)
    // The glance is checked against the row counts only where the history is not read anyway.
    await vi.waitFor(() => expect(counted.mock.calls.length > 0).toBe(historyOnDemand))
    counted.mockRestore()

    // A role-play finished meanwhile is saved without waiting, and kept with the history read later.
    await tab.progress.recordScenarioRun(scenarioRun('r2', { finishedAt: '2026-03-10T08:30:00.000Z' }))
    expect(historyRead()).toBe(!historyOnDemand)
    await tab.progress.whenHistoryLoaded()
    expect(historyRead()).toBe(true)
    expect(tab.progress.progress.attempts).toHaveLength(301)
    expect(tab.progress.progress.scenarioRuns.map((run) => run.id)).toEqual(['r1', 'r2'])
    rowsRead.mockRestore()

    const reloaded = await openTab()
    await reloaded.progress.whenHistoryLoaded()
    expect(reloaded.progress.progress.scenarioRuns.map((run) => run.id)).toEqual(['r1', 'r2'])
    expect(reloaded.progress.glance.scenarioRuns.map((run) => run.id)).toContain('r2')
  })

  it('holds the history behind home at the start of the course until home is in place and painted', async () => {
    await learnerWithHistory()
    const rowsRead = vi.spyOn(IDBObjectStore.prototype, 'getAll')
    const historyRead = () => rowsRead.mock.calls.flatMap((call) => call.slice(0, 1)).some(isHistoryRange)
    let homePainted = () => {}
    const behindFirstPage = new Promise<void>((resolve) => (homePainted = resolve))

    const tab = await openFirstScreen(undefined, { behindFirstPage })
    // Paints of the shell while home is built off the document: the history's reading would hold up home's own tasks.
    await new Promise<void>((resolve) => afterNextPaint(resolve))
    await nextTask()
    expect(historyRead()).toBe(false)

    homePainted()
    await tab.progress.whenHistoryLoaded()
    expect(historyRead()).toBe(true)
    expect(tab.progress.progress.attempts).toHaveLength(301)
    rowsRead.mockRestore()
  })

  it('saves the glance with every hand-in, so the next start shows it at once', async () => {
    const tab = await learnerWithHistory()
    await tab.progress.recordAttempt(
      quizAttempt('latest', { quizId: 'm-phone', finishedAt: '2026-03-10T08:00:00.000Z' }),
    )

    const saved = readSummary(await glanceRowOf(tab))
    expect(saved?.attempts.map((head) => head.id)).toContain('latest')
    const reloaded = await openFirstScreen()
    expect(reloaded.progress.glance.attempts.map((head) => head.id)).toContain('latest')
  })

  it('writes nothing more than the lesson row when a lesson is marked learned', async () => {
    const tab = await learnerWithHistory()
    const before = await glanceRowOf(tab)
    const write = vi.spyOn(tab.saved.database, 'write')

    await tab.progress.setLessonLearned('hold-music', true)
    await tab.progress.settled()

    expect(write.mock.calls.map(([batch]) => batch.put?.map((put) => put.kind))).toEqual([['lesson']])
    expect(await glanceRowOf(tab)).toEqual(before)
  })

  it('reads everything before the first page for a learner saved before the glance existed, then saves one', async () => {
    const database = memoryDatabase()
    await database.write({
      put: [
        row('attempt', 'a1', quizAttempt('a1')),
        row('card', 'basics-q001', reviewCardDue('2026-03-09T00:00:00.000Z')),
        row('lesson', 'phone-rings', '2026-03-05T09:00:00.000Z'),
      ],
    })

    const tab = await openFirstScreen(database)

    expect(tab.progress.historyLoaded).toBe(true)
    expect(tab.progress.progress).toEqual(
      savedProgress({
        learned: { 'phone-rings': '2026-03-05T09:00:00.000Z' },
        attempts: [quizAttempt('a1')],
        reviewCards: { 'basics-q001': reviewCardDue('2026-03-09T00:00:00.000Z') },
      }),
    )
    expect(readSummary(await glanceRowOf(tab))).toEqual(summarise(tab.progress.progress, new Date(NOW)))
  })

  it('reads everything again when the saved glance is damaged, and saves a good one', async () => {
    const database = memoryDatabase()
    await database.write({
      put: [row('attempt', 'a1', quizAttempt('a1')), row('summary', 'progress', { version: 1, attempts: 'oops' })],
    })

    const tab = await openFirstScreen(database)

    expect(tab.progress.progress.attempts).toEqual([quizAttempt('a1')])
    expect(tab.progress.recoveryNotice).toBeNull()
    expect(readSummary(await glanceRowOf(tab))?.attempts.map((head) => head.id)).toEqual(['a1'])
  })

  it('puts right a glance that missed a record (two tabs handing in at the same instant) once the history is read', async () => {
    const tab = await learnerWithHistory()
    // A glance saved without the attempt another tab wrote in the same instant.
    const stale = summarise(savedProgress(), new Date(NOW))
    await tab.saved.database.write({ put: [row('summary', 'progress', stale)] })

    const reloaded = await openFirstScreen()
    expect(reloaded.progress.glance.attempts).toEqual([])
    await reloaded.progress.whenHistoryLoaded()

    expect(reloaded.progress.glance.attempts.map((head) => head.id)).toContain('best')
    expect(readSummary(await glanceRowOf(reloaded))?.attempts.map((head) => head.id)).toContain('best')
  })

  it('keeps a role-play finished while the glance is being made from the history, on screen and saved', async () => {
    await learnerWithHistory()
    const tab = await openFirstScreen()
    // Just after the history is in memory, while its glance is being made, the learner finishes a role-play.
    const stop = watch(
      () => tab.progress.progress.attempts.length,
      (count) => {
        if (count > 0 && !tab.progress.historyLoaded)
          void Promise.resolve().then(() => tab.progress.recordScenarioRun(scenarioRun('r2')))
      },
      { flush: 'sync' },
    )
    await tab.progress.whenHistoryLoaded()
    await tab.progress.settled()
    stop()

    expect(tab.progress.glance.scenarioRuns.map((run) => run.id).sort()).toEqual(['r1', 'r2'])
    expect(tab.progress.glance.figures.runs).toBe(2)
    expect(tab.progress.glance.figures.attempts).toBe(301)
    const saved = readSummary(await glanceRowOf(tab))
    expect(saved?.runs.map((run) => run.id).sort()).toEqual(['r1', 'r2'])
    expect(saved?.figures.runs).toBe(2)
  })

  it('opens a page asked for before anything was read (the first page of a visit) once the history is read', async () => {
    await learnerWithHistory()
    const pinia = openPage()
    const progress = useProgressStore(pinia)

    // The router asks as it is installed, before main.ts has started reading.
    const opened = progress.openWithHistory()
    await loadSavedData(pinia)

    expect(await opened).toBe(true)
    expect(progress.progress.attempts).toHaveLength(301)
  })

  it('starts one read when the router creates the store before the learners are read', async () => {
    // A second learner, active: reading the learners moves the store from 'default' to them.
    const first = await openTab()
    await first.profiles.create('李明')
    await first.progress.recordAttempt(quizAttempt('best'))
    await first.progress.settled()
    const database = first.saved.database
    const pinia = openPage()
    const progress = useProgressStore(pinia) // as the router's guard does on a visit's first page
    const reads = vi.spyOn(database, 'rowsOfKind')

    await loadSavedData(pinia, database, { wholeHistoryFirst: true })

    // Each read of a learner's progress starts by asking for their glance: one read, not two.
    expect(reads.mock.calls.filter(([, kind]) => kind === 'summary')).toHaveLength(1)
    expect(progress.progress.attempts.map((attempt) => attempt.id)).toEqual(['best'])
  })

  it('reads the whole history before the first page when the visit opens on a page that shows it', async () => {
    const saved = await learnerWithHistory()
    const glanceBefore = await glanceRowOf(saved)
    const pinia = openPage()

    await loadSavedData(pinia, undefined, { wholeHistoryFirst: true })

    const progress = useProgressStore(pinia)
    expect(progress.historyLoaded).toBe(true)
    expect(progress.progress.attempts).toHaveLength(301)
    await progress.settled()
    expect(await glanceRowOf({ ...saved, progress })).toEqual(glanceBefore)
  })

  it('hands in a quiz started before the history was read only once it is read, keeping the cards already saved', async () => {
    await learnerWithHistory()
    const tab = await openFirstScreen()
    expect(tab.progress.historyLoaded).toBe(false)

    // The reschedule sees the saved cards: it moves one and keeps the other.
    await tab.progress.recordAttempt(quizAttempt('new'), (cards) => ({
      ...cards,
      'basics-q003': reviewCardDue('2026-03-11T00:00:00.000Z'),
    }))

    const reloaded = await openTab()
    expect(Object.keys(reloaded.progress.progress.reviewCards).sort()).toEqual([
      'basics-q001',
      'basics-q002',
      'basics-q003',
    ])
    expect(reloaded.progress.progress.attempts).toHaveLength(302)
  })
})

/** A key range over a learner's attempts, cards or runs (the first screen reads none of them). */
function isHistoryRange(query: unknown): boolean {
  if (!(query instanceof IDBKeyRange)) return false
  const lower = query.lower as unknown[]
  return Array.isArray(lower) && ['attempt', 'card', 'run'].includes(String(lower[1]))
}

describe('another learner chosen on a page that left the history for later', () => {
  it('has their own history read, and a wait begun for the first learner settles', async () => {
    await learnerWithHistory()
    const tab = await openFirstScreen(undefined, { historyOnDemand: true })
    const first = tab.progress.whenHistoryLoaded()
    expect(await tab.profiles.create('李娜')).toBeNull()
    await first
    await tab.progress.whenHistoryLoaded()
    expect(tab.progress.historyLoaded).toBe(true)
    expect(tab.progress.progress.attempts).toEqual([])
  })
})

describe('a glance that misses records another tab saved at the same moment', () => {
  it('is found out by counting the rows, and made again from the history, on a page that left it for later', async () => {
    const earlier = await learnerWithHistory()
    // Another tab's hand-in: its attempt row is saved, the glance written last is this tab's, without it.
    const other = quizAttempt('from-another-tab', { finishedAt: '2026-03-10T08:59:00.000Z' })
    await earlier.saved.database.write({ put: [row('attempt', other.id, other)] })

    const tab = await openFirstScreen(undefined, { historyOnDemand: true })
    expect(tab.progress.glance.figures.attempts).toBe(301)

    await vi.waitFor(() => expect(tab.progress.historyLoaded).toBe(true))
    expect(tab.progress.glance.figures.attempts).toBe(302)
    expect(tab.progress.glance.figures.quizCounts[other.quizId]).toBeGreaterThan(0)
    // The glance saved again holds it: the next start needs no history to count it.
    expect(readSummary(await glanceRowOf(tab))?.figures.attempts).toBe(302)
  })
})
