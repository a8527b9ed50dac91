import { describe, expect, it, vi } from 'vitest'
import type { SavedProgress } from '../../src/domain/progress/progress'
import type { ReviewCard } from '../../src/domain/review/queue'
import { useProfileStore } from '../../src/stores/profiles'
import { useProgressStore } from '../../src/stores/progress'
import { reviewCardDue } from '../fixtures/reviewCard'
import savedV1 from '../fixtures/saved/v1.json'
import savedV2 from '../fixtures/saved/v2.json'
import {
  PROGRESS_BACKUP_KEY,
  PROGRESS_KEY,
  SETTINGS_KEY,
  openPage,
  otherTabSaves,
  quizAttempt,
  quizSession,
  savedProgress,
  scenarioRun,
  stored,
  useFreshDeviceAt,
} from './helpers'

const NOW = '2026-03-10T09:00:00.000Z'

/** The app opened (or reloaded) on this device: a fresh Pinia reading what storage holds. */
function openProgress() {
  openPage()
  return useProgressStore()
}

function saved(): SavedProgress | null {
  return stored<SavedProgress>(PROGRESS_KEY)
}

/** The notice shown when damaged saved progress was set aside and its backup written. */
function recoveryNotice(problem: string): string {
  return `之前保存的学习记录有部分无法读取（${problem}），能读取的部分已保留。原来的全部数据已另存为备份，可以下载保存。`
}

useFreshDeviceAt(NOW)

describe('a new learner', () => {
  it('starts with nothing learned or recorded, nothing reported, and writes nothing', () => {
    const progress = useProgressStore()
    expect(progress.progress).toEqual(savedProgress())
    expect(progress.recoveryNotice).toBeNull()
    expect(progress.backupText).toBeNull()
    expect(progress.saveError).toBeNull()
    expect(localStorage.getItem(PROGRESS_KEY)).toBeNull()
  })
})

describe('lessons learned', () => {
  it('saves a lesson marked learned, with when, and a reload reads it back', () => {
    const progress = useProgressStore()
    progress.setLessonLearned('basics-first', true)

    expect(progress.isLearned('basics-first')).toBe(true)
    expect(progress.isLearned('basics-second')).toBe(false)
    expect(saved()?.learned).toEqual({ 'basics-first': NOW })

    const reloaded = openProgress()
    expect(reloaded.isLearned('basics-first')).toBe(true)
    expect(reloaded.progress.learned).toEqual({ 'basics-first': NOW })
  })

  it('keeps the first time a lesson was marked learned when it is marked again', () => {
    const progress = useProgressStore()
    progress.setLessonLearned('basics-first', true)
    vi.setSystemTime(new Date('2026-03-11T09:00:00.000Z'))
    progress.setLessonLearned('basics-first', true)

    expect(openProgress().progress.learned).toEqual({ 'basics-first': NOW })
  })

  it('forgets a lesson unmarked, after a reload too', () => {
    const progress = useProgressStore()
    progress.setLessonLearned('basics-first', true)
    progress.setLessonLearned('phone-rings', true)
    progress.setLessonLearned('basics-first', false)

    expect(progress.isLearned('basics-first')).toBe(false)
    const reloaded = openProgress()
    expect(reloaded.isLearned('basics-first')).toBe(false)
    expect(reloaded.progress.learned).toEqual({ 'phone-rings': NOW })
  })
})

describe('quiz sessions', () => {
  it('keeps a quiz under way across a reload, and forgets it once discarded', () => {
    const session = quizSession('m-basics-s1')
    useProgressStore().saveSession(session)

    const reloaded = openProgress()
    expect(reloaded.progress.sessions).toEqual({ 'm-basics': session })

    reloaded.discardSession('m-basics')
    expect(reloaded.progress.sessions).toEqual({})
    expect(openProgress().progress.sessions).toEqual({})
  })

  it('replaces the earlier session of the same quiz and leaves other quizzes alone', () => {
    const progress = useProgressStore()
    const mixed = quizSession('mixed-s1', { quizId: 'mixed', title: '综合测验' })
    const later = quizSession('m-basics-s1', { current: 0, updatedAt: '2026-03-05T09:08:00.000Z' })
    progress.saveSession(quizSession('m-basics-s1'))
    progress.saveSession(mixed)
    progress.saveSession(later)
    progress.discardSession('no-such-quiz')

    expect(openProgress().progress.sessions).toEqual({ 'm-basics': later, mixed })
  })
})

describe('finished quizzes', () => {
  const rescheduled: Record<string, ReviewCard> = { 'basics-q003': reviewCardDue('2026-03-10T09:10:00.000Z') }

  it('adds the attempt, closes its session and saves the rescheduled review cards', () => {
    const earlier = { 'basics-q002': reviewCardDue('2026-03-09T09:00:00.000Z') }
    localStorage.setItem(PROGRESS_KEY, JSON.stringify(savedProgress({ reviewCards: earlier })))
    const progress = openProgress()
    const attempt = quizAttempt('m-basics-s1')
    const reschedule = vi.fn((cards: Record<string, ReviewCard>) => ({ ...cards, ...rescheduled }))
    progress.saveSession(quizSession('m-basics-s1'))

    progress.recordAttempt(attempt, reschedule)

    expect(reschedule).toHaveBeenCalledTimes(1)
    expect(reschedule).toHaveBeenCalledWith(earlier)
    const reloaded = openProgress()
    expect(reloaded.progress.attempts).toEqual([attempt])
    expect(reloaded.progress.sessions).toEqual({})
    expect(reloaded.progress.reviewCards).toEqual({ ...earlier, ...rescheduled })
  })

  it('records the same attempt only once and moves the review cards only once (a double click)', () => {
    const progress = useProgressStore()
    const attempt = quizAttempt('m-basics-s1')
    const reschedule = vi.fn(() => rescheduled)

    progress.recordAttempt(attempt, reschedule)
    progress.recordAttempt(attempt, reschedule)

    expect(reschedule).toHaveBeenCalledTimes(1)
    expect(openProgress().progress.attempts).toEqual([attempt])
  })

  it('keeps the review cards as they were when no reschedule is given', () => {
    const cards = { 'basics-q001': reviewCardDue('2026-03-09T09:00:00.000Z') }
    localStorage.setItem(PROGRESS_KEY, JSON.stringify(savedProgress({ reviewCards: cards })))
    openProgress().recordAttempt(quizAttempt('m-basics-s1'))

    expect(openProgress().progress.reviewCards).toEqual(cards)
  })

  it('leaves a newer session of the same quiz open when an older attempt is recorded', () => {
    const progress = useProgressStore()
    const newer = quizSession('m-basics-s2')
    progress.saveSession(newer)

    progress.recordAttempt(quizAttempt('m-basics-s1'))

    expect(openProgress().progress.sessions).toEqual({ 'm-basics': newer })
  })

  it('keeps the answers of the 500 most recent attempts and only the score of older ones', () => {
    const attempts = Array.from({ length: 500 }, (_, i) =>
      quizAttempt(`a${String(i).padStart(3, '0')}`, {
        finishedAt: new Date(Date.parse('2026-01-01T00:00:00.000Z') + i * 60_000).toISOString(),
      }),
    )
    localStorage.setItem(PROGRESS_KEY, JSON.stringify(savedProgress({ attempts })))
    const progress = openProgress()

    progress.recordAttempt(quizAttempt('latest'))

    const kept = openProgress().progress.attempts
    expect(kept).toHaveLength(501)
    expect(kept[0]).toEqual({
      ...attempts[0],
      questionIds: [],
      optionOrder: {},
      answers: {},
      points: {},
      summaryOnly: true,
    })
    expect(kept[1]).toEqual(attempts[1])
    expect(kept[500]).toEqual(quizAttempt('latest'))
  })
})

describe('role-play runs', () => {
  it('keeps each finished run once, in the order they were recorded, across a reload', () => {
    const progress = useProgressStore()
    const first = scenarioRun('silent-call-r1')
    const second = scenarioRun('silent-call-r2', { rating: 'excellent', percent: 100, points: 8 })

    progress.recordScenarioRun(first)
    progress.recordScenarioRun(second)
    progress.recordScenarioRun(first)

    expect(progress.progress.scenarioRuns).toEqual([first, second])
    expect(openProgress().progress.scenarioRuns).toEqual([first, second])
  })
})

describe('importing a progress file', () => {
  it('adds what the file holds and keeps everything already here', () => {
    const progress = useProgressStore()
    progress.setLessonLearned('basics-first', true)
    const run = scenarioRun('silent-call-r1')
    const attempt = quizAttempt('m-basics-s1')

    progress.importInto(
      savedProgress({
        learned: { 'basics-first': '2026-03-01T08:00:00.000Z', 'phone-rings': '2026-03-02T08:00:00.000Z' },
        attempts: [attempt],
        scenarioRuns: [run],
      }),
    )

    const reloaded = openProgress().progress
    // The earlier of two times a lesson was learned is kept.
    expect(reloaded.learned).toEqual({
      'basics-first': '2026-03-01T08:00:00.000Z',
      'phone-rings': '2026-03-02T08:00:00.000Z',
    })
    expect(reloaded.attempts).toEqual([attempt])
    expect(reloaded.scenarioRuns).toEqual([run])
  })
})

describe('progress saved by earlier versions', () => {
  it.each([
    ['version 1 (lessons only)', savedV1, { ...savedProgress(), learned: savedV1.learned }],
    ['version 2', savedV2, savedV2],
  ])('reads %s without a notice', (_, file, expected) => {
    localStorage.setItem(PROGRESS_KEY, JSON.stringify(file))
    const progress = openProgress()

    expect(progress.progress).toEqual(expected)
    expect(progress.recoveryNotice).toBeNull()
    expect(progress.backupText).toBeNull()
  })
})

describe('two tabs open', () => {
  it('takes in what the other tab saved when it says so, and saves both tabs’ work on the next change', () => {
    const progress = useProgressStore()
    progress.setLessonLearned('basics-first', true)
    const theirs = {
      ...(saved() as SavedProgress),
      learned: { 'basics-first': NOW, 'phone-rings': '2026-03-10T09:05:00.000Z' },
      scenarioRuns: [scenarioRun('silent-call-r1')],
    }

    otherTabSaves(PROGRESS_KEY, JSON.stringify(theirs))

    expect(progress.isLearned('phone-rings')).toBe(true)
    expect(progress.progress.scenarioRuns).toEqual([scenarioRun('silent-call-r1')])

    progress.setLessonLearned('basics-second', true)
    expect(saved()?.learned).toEqual({
      'basics-first': NOW,
      'basics-second': NOW,
      'phone-rings': '2026-03-10T09:05:00.000Z',
    })
    expect(saved()?.scenarioRuns).toEqual([scenarioRun('silent-call-r1')])
  })

  it('merges rather than overwrites when the other tab saved and no event has arrived yet', () => {
    const progress = useProgressStore()
    const attempt = quizAttempt('m-basics-s1')
    localStorage.setItem(PROGRESS_KEY, JSON.stringify(savedProgress({ attempts: [attempt] })))

    progress.setLessonLearned('basics-first', true)

    expect(saved()).toEqual(savedProgress({ learned: { 'basics-first': NOW }, attempts: [attempt] }))
  })

  it('stops offering a quiz for resuming once the other tab has handed it in', () => {
    const progress = useProgressStore()
    progress.saveSession(quizSession('m-basics-s1'))
    const attempt = quizAttempt('m-basics-s1')

    otherTabSaves(PROGRESS_KEY, JSON.stringify(savedProgress({ attempts: [attempt] })))

    expect(progress.progress.sessions).toEqual({})
    expect(progress.progress.attempts).toEqual([attempt])
  })

  it.each([
    ['another learner’s progress', `${PROGRESS_KEY}.p-other`],
    ['the display settings', SETTINGS_KEY],
  ])('ignores a save of %s', (_, key) => {
    const progress = useProgressStore()
    progress.setLessonLearned('basics-first', true)

    otherTabSaves(key, JSON.stringify(savedProgress({ learned: { 'phone-rings': NOW } })))

    expect(progress.progress.learned).toEqual({ 'basics-first': NOW })
  })

  it('keeps its own work when the other tab’s saved value cannot be read', () => {
    const progress = useProgressStore()
    progress.setLessonLearned('basics-first', true)

    otherTabSaves(PROGRESS_KEY, '{not json')

    expect(progress.progress.learned).toEqual({ 'basics-first': NOW })
    expect(progress.recoveryNotice).toBeNull()
  })
})

describe('damaged saved progress', () => {
  const goodAttempt = quizAttempt('m-basics-s1')
  it.each([
    ['text that is not JSON', '{"version":2,"learned":{', '保存的数据不是有效的 JSON', savedProgress()],
    ['a list instead of an object', '[1,2,3]', '保存的数据不是一个对象', savedProgress()],
    ['a version from the future', '{"version":9,"learned":{}}', '不认识的数据版本：9', savedProgress()],
    [
      'one bad attempt among good records',
      JSON.stringify({
        ...savedProgress({ learned: { 'basics-first': NOW } }),
        attempts: [goodAttempt, { id: 'broken' }],
      }),
      '1 条测验记录无法读取',
      savedProgress({ learned: { 'basics-first': NOW }, attempts: [goodAttempt] }),
    ],
  ])('reports %s, keeps what it can read and sets the original aside', (_, raw, problem, salvaged) => {
    localStorage.setItem(PROGRESS_KEY, raw)
    const progress = openProgress()

    expect(progress.recoveryNotice).toBe(recoveryNotice(problem))
    expect(progress.progress).toEqual(salvaged)
    expect(progress.backupText).toBe(raw)
    expect(localStorage.getItem(PROGRESS_BACKUP_KEY)).toBe(raw)
    // Nothing is written over the original until the learner changes something.
    expect(localStorage.getItem(PROGRESS_KEY)).toBe(raw)
  })

  it('saves the salvaged progress with the next change and keeps the backup', () => {
    const raw = JSON.stringify({ ...savedProgress({ learned: { 'basics-first': NOW } }), attempts: 'lost' })
    localStorage.setItem(PROGRESS_KEY, raw)
    const progress = openProgress()
    expect(progress.recoveryNotice).toBe(recoveryNotice('测验记录不是列表'))

    progress.setLessonLearned('phone-rings', true)

    expect(progress.backupText).toBeNull()
    expect(saved()).toEqual(savedProgress({ learned: { 'basics-first': NOW, 'phone-rings': NOW } }))
    expect(localStorage.getItem(PROGRESS_BACKUP_KEY)).toBe(raw)
    const reloaded = openProgress()
    expect(reloaded.recoveryNotice).toBeNull()
    expect(reloaded.progress.learned).toEqual({ 'basics-first': NOW, 'phone-rings': NOW })
  })

  it('hides the notice when dismissed, and shows it again after a reload while nothing was saved', () => {
    localStorage.setItem(PROGRESS_KEY, '{oops')
    const progress = openProgress()

    progress.dismissRecoveryNotice()

    expect(progress.recoveryNotice).toBeNull()
    expect(progress.backupText).toBe('{oops')
    expect(openProgress().recoveryNotice).toBe(recoveryNotice('保存的数据不是有效的 JSON'))
  })

  it('says the original was left untouched when even the backup cannot be written', () => {
    localStorage.setItem(PROGRESS_KEY, '{oops')
    const setItem = Storage.prototype.setItem
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(function (this: Storage, key: string, value: string) {
      if (key === PROGRESS_BACKUP_KEY) throw new DOMException('full', 'QuotaExceededError')
      setItem.call(this, key, value)
    })

    const progress = openProgress()

    expect(progress.recoveryNotice).toBe(
      '之前保存的学习记录有部分无法读取（保存的数据不是有效的 JSON）。原来的数据未被改动，请先下载备份。',
    )
    expect(progress.backupText).toBe('{oops')
    expect(localStorage.getItem(PROGRESS_BACKUP_KEY)).toBeNull()
    expect(localStorage.getItem(PROGRESS_KEY)).toBe('{oops')
  })
})

describe('when the browser refuses to save', () => {
  it.each([
    ['its storage is full', new DOMException('full', 'QuotaExceededError'), '浏览器的存储空间已满'],
    ['it blocks storage', new DOMException('denied', 'SecurityError'), '浏览器拒绝保存数据'],
  ])('says so when %s, keeps the work on the page, and clears the error once a save works', (_, error, reason) => {
    const progress = useProgressStore()
    const refuse = vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw error
    })

    progress.setLessonLearned('basics-first', true)

    expect(progress.saveError).toBe(`${reason}，记录只保留在本页面中，请不要刷新或关闭页面。`)
    expect(progress.isLearned('basics-first')).toBe(true)
    expect(localStorage.getItem(PROGRESS_KEY)).toBeNull()

    refuse.mockRestore()
    progress.setLessonLearned('phone-rings', true)

    expect(progress.saveError).toBeNull()
    expect(saved()?.learned).toEqual({ 'basics-first': NOW, 'phone-rings': NOW })
  })
})

describe('the active learner', () => {
  it('reads and writes the progress of whichever learner is active', async () => {
    const profiles = useProfileStore()
    const progress = useProgressStore()
    progress.setLessonLearned('basics-first', true)
    profiles.create('小李')
    const key = profiles.progressKey
    await vi.waitFor(() => expect(progress.progress).toEqual(savedProgress()))
    // vi.waitFor moves the faked clock on while it waits.
    vi.setSystemTime(new Date(NOW))

    progress.setLessonLearned('phone-rings', true)

    expect(stored<SavedProgress>(key)?.learned).toEqual({ 'phone-rings': NOW })
    expect(saved()?.learned).toEqual({ 'basics-first': NOW })
  })
})
