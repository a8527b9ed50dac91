import { describe, expect, it, vi } from 'vitest'
import type { StoredRow } from '../../src/platform/database'
import {
  backupsOf,
  openFirstScreen,
  openTab,
  quizAttempt,
  row,
  rowKeysOf,
  savedProgress,
  scenarioRun,
  useFreshDeviceAt,
} from './helpers'

const NOW = '2026-03-10T09:00:00.000Z'

useFreshDeviceAt(NOW)

const goodAttempt = quizAttempt('m-basics-s1')
const goodRun = scenarioRun('silent-call-r1')
/** A learner's good rows, kept whatever else is damaged. */
const goodRows = [
  row('lesson', 'basics-first', NOW),
  row('attempt', goodAttempt.id, goodAttempt),
  row('run', goodRun.id, goodRun),
]
const goodProgress = savedProgress({
  learned: { 'basics-first': NOW },
  attempts: [goodAttempt],
  scenarioRuns: [goodRun],
})

/** The notice for rows set aside on reading. */
function recoveryNotice(count: number, problems: string): string {
  return `有 ${count} 条学习记录无法读取（${problems}），其余记录都已保留。无法读取的原文已另存为备份，可在“学员”页面下载。`
}

/** Rows written by some earlier tab (or damaged on disk) next to 学员 1's good ones. */
async function savedWith(...damaged: StoredRow[]): Promise<void> {
  const earlier = await openTab()
  await earlier.saved.database.write({ put: [...goodRows, ...damaged] })
}

const score = quizAttempt('x').score

describe('one bad row among good ones', () => {
  it.each([
    [
      'a lesson learned at a time that is not a time',
      row('lesson', 'basics-second', 'Jan 2 2026'),
      '已学课程「basics-second」无法读取（时间格式不对）',
    ],
    [
      'a lesson learned in the year 2150',
      row('lesson', 'basics-second', '2150-01-01T00:00:00.000Z'),
      '已学课程「basics-second」无法读取（时间无效）',
    ],
    [
      'a quiz scored Infinity (1e999)',
      row('attempt', 'm-basics-bad', quizAttempt('m-basics-bad', { score: { ...score, points: 1e999 } })),
      '测验记录「m-basics-bad」无法读取（score.points:数值无效）',
    ],
    [
      'a quiz finished on "Jan 2 2026"',
      row('attempt', 'm-basics-bad', quizAttempt('m-basics-bad', { finishedAt: 'Jan 2 2026' })),
      '测验记录「m-basics-bad」无法读取（finishedAt:时间格式不对）',
    ],
    [
      'a quiz finished in the year 275760',
      row('attempt', 'm-basics-bad', quizAttempt('m-basics-bad', { finishedAt: '+275760-09-13T00:00:00.000Z' })),
      '测验记录「m-basics-bad」无法读取（finishedAt:时间格式不对）',
    ],
    [
      'a quiz saved under another quiz’s id',
      row('attempt', 'm-basics-other', quizAttempt('m-basics-bad')),
      '测验记录「m-basics-other」的编号与内容不符',
    ],
  ])('drops only %s, keeps its original as a backup and says so', async (_, bad, problem) => {
    await savedWith(bad)

    const tab = await openTab()

    expect(tab.progress.progress).toEqual(goodProgress)
    expect(tab.progress.recoveryNotice).toBe(recoveryNotice(1, problem))
    expect(backupsOf(tab)).toEqual([{ owner: 'default', reason: problem, items: [bad] }])
    // The bad row leaves the learner's rows (its original is in the backup); the next reload is quiet.
    expect(await rowKeysOf(tab)).toEqual(['attempt:m-basics-s1', 'lesson:basics-first', 'run:silent-call-r1'])
    const reloaded = await openTab()
    expect(reloaded.progress.progress).toEqual(goodProgress)
    expect(reloaded.progress.recoveryNotice).toBeNull()
    expect(backupsOf(reloaded)).toEqual([{ owner: 'default', reason: problem, items: [bad] }])
  })

  it('names the first three problems of many, and keeps all the bad rows in one backup', async () => {
    const bad = ['a', 'b', 'c', 'd'].map((key) => row('lesson', `bad-${key}`, 'Jan 2 2026'))
    await savedWith(...bad)

    const tab = await openTab()

    const problems = ['a', 'b', 'c', 'd'].map((key) => `已学课程「bad-${key}」无法读取（时间格式不对）`)
    expect(tab.progress.recoveryNotice).toBe(recoveryNotice(4, `${problems.slice(0, 3).join('；')}……`))
    expect(backupsOf(tab)).toEqual([{ owner: 'default', reason: problems.join('；'), items: bad }])
    expect(tab.progress.progress).toEqual(goodProgress)
  })

  it('keeps the learner’s new work next to what was kept, and hides the notice when dismissed', async () => {
    await savedWith(row('lesson', 'basics-second', 'Jan 2 2026'))
    const tab = await openTab()

    await tab.progress.setLessonLearned('phone-rings', true)
    tab.progress.dismissRecoveryNotice()

    expect(tab.progress.recoveryNotice).toBeNull()
    expect((await openTab()).progress.progress.learned).toEqual({ 'basics-first': NOW, 'phone-rings': NOW })
  })

  it('keeps ten backups at most, the newest first', async () => {
    for (let i = 0; i < 12; i++) {
      await savedWith(row('lesson', `bad-${i}`, 'Jan 2 2026'))
      await openTab()
    }

    const tab = await openTab()

    expect(backupsOf(tab).map((backup) => backup.items)).toEqual(
      Array.from({ length: 10 }, (_, i) => [row('lesson', `bad-${11 - i}`, 'Jan 2 2026')]),
    )
  })
})

describe('a bad lesson on a page that leaves the history for later (a quiz, a role-play)', () => {
  it('is set aside and told at once, before the history is read', async () => {
    const earlier = await openTab()
    await earlier.progress.setLessonLearned('basics-first', true)
    await earlier.progress.recordAttempt(goodAttempt)
    await earlier.progress.settled()
    const bad = row('lesson', 'basics-second', 'Jan 2 2026')
    await earlier.saved.database.write({ put: [bad] })

    const tab = await openFirstScreen(undefined, { historyOnDemand: true })

    const problem = '已学课程「basics-second」无法读取（时间格式不对）'
    await vi.waitFor(() => expect(tab.progress.recoveryNotice).toBe(recoveryNotice(1, problem)))
    expect(tab.progress.historyLoaded).toBe(false)
    expect(backupsOf(tab)).toEqual([{ owner: 'default', reason: problem, items: [bad] }])
    expect(tab.progress.progress.learned).toEqual({ 'basics-first': NOW })
  })
})
