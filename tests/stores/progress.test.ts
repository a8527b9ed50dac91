import { describe, expect, it, vi } from 'vitest'
import type { ReviewCard } from '../../src/domain/review/queue'
import { reviewCardDue } from '../fixtures/reviewCard'
import {
  numberedAttempts,
  openTab,
  quizAttempt,
  quizSession,
  refusingDatabase,
  row,
  rowKeysOf,
  rowsOf,
  savedProgress,
  scenarioRun,
  useFreshDeviceAt,
} from './helpers'

const NOW = '2026-03-10T09:00:00.000Z'

useFreshDeviceAt(NOW)

describe('a new learner', () => {
  it('starts with nothing learned or recorded, nothing reported, and no rows', async () => {
    const tab = await openTab()
    expect(tab.progress.progress).toEqual(savedProgress())
    expect(tab.progress.recoveryNotice).toBeNull()
    expect(tab.progress.saveError).toBeNull()
    expect(tab.saved.memoryOnly).toBeNull()
    expect(tab.saved.database.kind).toBe('indexeddb')
    expect(await rowsOf(tab)).toEqual([])
  })
})

describe('lessons learned', () => {
  it('saves a lesson marked learned as one row, with when, and a reload reads it back', async () => {
    const tab = await openTab()
    await tab.progress.setLessonLearned('basics-first', true)

    expect(tab.progress.isLearned('basics-first')).toBe(true)
    expect(tab.progress.isLearned('basics-second')).toBe(false)
    expect(await rowsOf(tab)).toEqual([row('lesson', 'basics-first', NOW)])

    const reloaded = await openTab()
    expect(reloaded.progress.isLearned('basics-first')).toBe(true)
    expect(reloaded.progress.progress.learned).toEqual({ 'basics-first': NOW })
  })

  it('keeps the first time a lesson was marked learned when it is marked again', async () => {
    const tab = await openTab()
    await tab.progress.setLessonLearned('basics-first', true)
    vi.setSystemTime(new Date('2026-03-11T09:00:00.000Z'))
    await tab.progress.setLessonLearned('basics-first', true)

    expect((await openTab()).progress.progress.learned).toEqual({ 'basics-first': NOW })
  })

  it('forgets a lesson unmarked, after a reload too', async () => {
    const tab = await openTab()
    void tab.progress.setLessonLearned('basics-first', true)
    void tab.progress.setLessonLearned('phone-rings', true)
    await tab.progress.setLessonLearned('basics-first', false)

    expect(tab.progress.isLearned('basics-first')).toBe(false)
    expect(await rowKeysOf(tab)).toEqual(['lesson:phone-rings'])
    expect((await openTab()).progress.progress.learned).toEqual({ 'phone-rings': NOW })
  })
})

describe('quiz sessions', () => {
  it('keeps a quiz under way across a reload, and forgets it once discarded', async () => {
    const session = quizSession('m-basics-s1')
    await (await openTab()).progress.saveSession(session)

    const reloaded = await openTab()
    expect(reloaded.progress.progress.sessions).toEqual({ 'm-basics': session })

    await reloaded.progress.discardSession('m-basics')
    expect(reloaded.progress.progress.sessions).toEqual({})
    expect((await openTab()).progress.progress.sessions).toEqual({})
  })

  it('replaces the earlier session of the same quiz and leaves other quizzes alone', async () => {
    const tab = await openTab()
    const mixed = quizSession('mixed-s1', { quizId: 'mixed', title: '综合测验' })
    const later = quizSession('m-basics-s1', { current: 0, updatedAt: '2026-03-05T09:08:00.000Z' })
    void tab.progress.saveSession(quizSession('m-basics-s1'))
    void tab.progress.saveSession(mixed)
    void tab.progress.saveSession(later)
    await tab.progress.discardSession('no-such-quiz')

    expect(await rowsOf(tab)).toEqual([row('session', 'm-basics', later), row('session', 'mixed', mixed)])
    expect((await openTab()).progress.progress.sessions).toEqual({ 'm-basics': later, mixed })
  })
})

describe('finished quizzes', () => {
  const earlier: Record<string, ReviewCard> = { 'basics-q002': reviewCardDue('2026-03-09T09:00:00.000Z') }
  const rescheduled: Record<string, ReviewCard> = { 'basics-q003': reviewCardDue('2026-03-10T09:10:00.000Z') }

  it('adds the attempt, closes its session and saves the rescheduled review cards', async () => {
    const first = await openTab()
    await first.saved.database.write({ put: [row('card', 'basics-q002', earlier['basics-q002'])] })
    const tab = await openTab()
    const attempt = quizAttempt('m-basics-s1')
    const reschedule = vi.fn((cards: Record<string, ReviewCard>) => ({ ...cards, ...rescheduled }))
    void tab.progress.saveSession(quizSession('m-basics-s1'))

    await tab.progress.recordAttempt(attempt, reschedule)

    expect(reschedule).toHaveBeenCalledTimes(1)
    expect(reschedule).toHaveBeenCalledWith(earlier)
    expect(await rowKeysOf(tab)).toEqual(['attempt:m-basics-s1', 'card:basics-q002', 'card:basics-q003'])
    const reloaded = (await openTab()).progress.progress
    expect(reloaded.attempts).toEqual([attempt])
    expect(reloaded.sessions).toEqual({})
    expect(reloaded.reviewCards).toEqual({ ...earlier, ...rescheduled })
  })

  it('records the same attempt only once and moves the review cards only once (a double click)', async () => {
    const tab = await openTab()
    const attempt = quizAttempt('m-basics-s1')
    const reschedule = vi.fn(() => rescheduled)

    await Promise.all([
      tab.progress.recordAttempt(attempt, reschedule),
      tab.progress.recordAttempt(attempt, reschedule),
    ])

    expect(reschedule).toHaveBeenCalledTimes(1)
    const reloaded = (await openTab()).progress.progress
    expect(reloaded.attempts).toEqual([attempt])
    expect(reloaded.reviewCards).toEqual(rescheduled)
  })

  it('keeps the review cards as they were when no reschedule is given', async () => {
    const tab = await openTab()
    const cards = { 'basics-q001': reviewCardDue('2026-03-09T09:00:00.000Z') }
    await tab.progress.importInto(savedProgress({ reviewCards: cards }))
    await tab.progress.recordAttempt(quizAttempt('m-basics-s1'))

    expect((await openTab()).progress.progress.reviewCards).toEqual(cards)
  })

  it('leaves a newer session of the same quiz open when an older attempt is recorded', async () => {
    const tab = await openTab()
    const newer = quizSession('m-basics-s2')
    void tab.progress.saveSession(newer)
    await tab.progress.recordAttempt(quizAttempt('m-basics-s1'))

    expect((await openTab()).progress.progress.sessions).toEqual({ 'm-basics': newer })
  })

  it('keeps every answer of 600 attempts after a reload: there is no cap on detailed attempts', async () => {
    const tab = await openTab()
    const attempts = numberedAttempts(600)
    // Handed in one after another without waiting, as a fast tab would; then every save is waited for.
    await Promise.all(attempts.map((attempt) => tab.progress.recordAttempt(attempt)))
    await tab.progress.settled()

    const reloaded = (await openTab()).progress.progress.attempts
    expect(reloaded).toHaveLength(600)
    expect(reloaded.filter((attempt) => attempt.summaryOnly)).toEqual([])
    expect(reloaded).toEqual(attempts)
  })
})

describe('role-play runs', () => {
  it('keeps each finished run once, in the order they were recorded, across a reload', async () => {
    const tab = await openTab()
    const first = scenarioRun('silent-call-r1')
    const second = scenarioRun('silent-call-r2', { rating: 'excellent', percent: 100, points: 8 })

    void tab.progress.recordScenarioRun(first)
    void tab.progress.recordScenarioRun(second)
    await tab.progress.recordScenarioRun(first)

    expect(tab.progress.progress.scenarioRuns).toEqual([first, second])
    expect(await rowsOf(tab)).toEqual([row('run', first.id, first), row('run', second.id, second)])
    expect((await openTab()).progress.progress.scenarioRuns).toEqual([first, second])
  })
})

describe('importing a progress file', () => {
  it('adds what the file holds and keeps everything already here', async () => {
    const tab = await openTab()
    void tab.progress.setLessonLearned('basics-first', true)
    const run = scenarioRun('silent-call-r1')
    const attempt = quizAttempt('m-basics-s1')

    await tab.progress.importInto(
      savedProgress({
        learned: { 'basics-first': '2026-03-01T08:00:00.000Z', 'phone-rings': '2026-03-02T08:00:00.000Z' },
        attempts: [attempt],
        scenarioRuns: [run],
      }),
    )

    const reloaded = (await openTab()).progress.progress
    // The earlier of two times a lesson was learned is kept.
    expect(reloaded.learned).toEqual({
      'basics-first': '2026-03-01T08:00:00.000Z',
      'phone-rings': '2026-03-02T08:00:00.000Z',
    })
    expect(reloaded.attempts).toEqual([attempt])
    expect(reloaded.scenarioRuns).toEqual([run])
  })
})

describe('when the browser refuses to save', () => {
  it.each([
    ['its storage is full', new DOMException('full', 'QuotaExceededError'), '浏览器的存储空间已满'],
    ['it blocks storage', new DOMException('denied', 'SecurityError'), '浏览器拒绝保存数据'],
  ])(
    'says so when %s, keeps the work on the page, and clears the error once a save works',
    async (_, error, reason) => {
      const { database, refuse } = refusingDatabase(error)
      const tab = await openTab(database)
      refuse(true)

      await tab.progress.setLessonLearned('basics-first', true)

      expect(tab.progress.saveError).toBe(`${reason}，刚才的学习记录没有保存，请不要关闭页面，可先在“学员”页面导出`)
      expect(tab.progress.isLearned('basics-first')).toBe(true)
      expect(await database.rowsOf('default')).toEqual([])

      refuse(false)
      await tab.progress.setLessonLearned('phone-rings', true)

      expect(tab.progress.saveError).toBeNull()
      expect(tab.progress.progress.learned).toEqual({ 'basics-first': NOW, 'phone-rings': NOW })
    },
  )

  it('saves what a refused write left unsaved with the next write that works, so a reload loses nothing', async () => {
    const { database, refuse } = refusingDatabase(new DOMException('full', 'QuotaExceededError'))
    const tab = await openTab(database)
    refuse(true)
    await tab.progress.setLessonLearned('basics-first', true)
    refuse(false)
    await tab.progress.setLessonLearned('phone-rings', true)

    // The error is gone, so the learner takes both lessons as saved.
    expect(tab.progress.saveError).toBeNull()
    expect((await openTab(database)).progress.progress.learned).toEqual({ 'basics-first': NOW, 'phone-rings': NOW })
  })

  it('still opens a device that refuses every write, and says so on the first save', async () => {
    const { database, refuse } = refusingDatabase(new DOMException('full', 'QuotaExceededError'))
    refuse(true)
    const tab = await openTab(database)

    expect(tab.profiles.active.name).toBe('学员 1')
    await tab.progress.setLessonLearned('basics-first', true)
    expect(tab.progress.isLearned('basics-first')).toBe(true)
    expect(tab.progress.saveError).toBe(
      '浏览器的存储空间已满，刚才的学习记录没有保存，请不要关闭页面，可先在“学员”页面导出',
    )
  })

  it.each([
    [
      'has no IndexedDB',
      () => void (globalThis.indexedDB = undefined as unknown as IDBFactory),
      '这个浏览器不支持本地保存',
    ],
    [
      'will not open it (a private mode)',
      () =>
        vi.spyOn(indexedDB, 'open').mockImplementation(() => {
          throw new DOMException('denied', 'SecurityError')
        }),
      '浏览器不允许保存数据（可能处于隐私模式）',
    ],
  ])('keeps everything in memory when the browser %s, and says so once', async (_, breakIndexedDb, problem) => {
    breakIndexedDb()
    const tab = await openTab()
    // A browser with IndexedDB opens it only to save the first thing (nothing is saved yet): it says so then.
    await tab.progress.setLessonLearned('basics-first', true)
    expect(tab.saved.memoryOnly).toBe(problem)
    expect(tab.saved.database.kind).toBe('memory')

    await tab.progress.recordAttempt(quizAttempt('m-basics-s1'))

    expect(tab.progress.progress).toEqual(
      savedProgress({ learned: { 'basics-first': NOW }, attempts: [quizAttempt('m-basics-s1')] }),
    )
    expect(await rowKeysOf(tab)).toEqual(['attempt:m-basics-s1', 'lesson:basics-first'])
    // Not an error on every save: the page already says nothing outlives it.
    expect(tab.progress.saveError).toBe(problem)
  })
})

describe('the active learner', () => {
  it('reads and writes the progress of whichever learner is active', async () => {
    const tab = await openTab()
    await tab.progress.setLessonLearned('basics-first', true)
    expect(await tab.profiles.create('小李')).toBeNull()
    const li = tab.profiles.activeId
    await vi.waitFor(() => expect(tab.progress.progress).toEqual(savedProgress()))
    // vi.waitFor moves the faked clock on while it waits.
    vi.setSystemTime(new Date(NOW))

    await tab.progress.setLessonLearned('phone-rings', true)

    expect(await rowsOf(tab, li)).toEqual([row('lesson', 'phone-rings', NOW, li)])
    expect(await rowsOf(tab, 'default')).toEqual([row('lesson', 'basics-first', NOW)])
    expect((await openTab()).progress.progress.learned).toEqual({ 'phone-rings': NOW })
  })
})
