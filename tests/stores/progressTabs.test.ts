import { describe, expect, it, vi } from 'vitest'
import type { QuizAttempt } from '../../src/domain/quiz/session'
import { numberedAttempts, openTab, quizAttempt, quizSession, rowKeysOf, useFreshDeviceAt, type Tab } from './helpers'

const NOW = '2026-03-10T09:00:00.000Z'

useFreshDeviceAt(NOW)

/** Every tab's quizzes, one per round, finishing a few seconds apart so the order after a reload is known. */
function quizzesOf(tabs: number, rounds: number): QuizAttempt[][] {
  return Array.from({ length: tabs }, (_, tab) =>
    numberedAttempts(rounds, `t${tab}-`, new Date(Date.parse('2026-03-01T08:00:00.000Z') + tab * 1000).toISOString()),
  )
}

/** Round by round, every tab hands in its quiz at the same instant. */
async function handInTogether(tabs: Tab[], quizzes: QuizAttempt[][]): Promise<void> {
  for (let round = 0; round < quizzes[0]!.length; round++) {
    await Promise.all(tabs.map((tab, index) => tab.progress.recordAttempt(quizzes[index]![round]!)))
  }
}

/** All quizzes of all tabs, oldest first (round by round, tab by tab). */
function oldestFirst(quizzes: QuizAttempt[][]): QuizAttempt[] {
  return quizzes[0]!.flatMap((_, round) => quizzes.map((ofTab) => ofTab[round]!))
}

describe('tabs saving at the same instant', () => {
  it.each([2, 3])('keeps every quiz %i tabs hand in together, 20 times over, after a reload', async (count) => {
    const tabs: Tab[] = []
    for (let i = 0; i < count; i++) tabs.push(await openTab())
    const quizzes = quizzesOf(count, 20)

    await handInTogether(tabs, quizzes)

    const expected = oldestFirst(quizzes)
    expect(expected).toHaveLength(count * 20)
    expect((await openTab()).progress.progress.attempts).toEqual(expected)
    // Each tab was told of the others' quizzes and shows them all.
    for (const tab of tabs) await vi.waitFor(() => expect(tab.progress.progress.attempts).toEqual(expected))
  })

  it('keeps both tabs’ different kinds of work saved at the same instant', async () => {
    const [a, b] = [await openTab(), await openTab()]

    await Promise.all([
      a.progress.setLessonLearned('basics-first', true),
      b.progress.setLessonLearned('phone-rings', true),
      a.progress.saveSession(quizSession('mixed-s1', { quizId: 'mixed', title: '综合测验' })),
      b.progress.recordAttempt(quizAttempt('m-basics-s1')),
    ])

    expect(await rowKeysOf(await openTab())).toEqual([
      'attempt:m-basics-s1',
      'lesson:basics-first',
      'lesson:phone-rings',
      'session:mixed',
    ])
  })
})

describe('what another tab saved', () => {
  it('shows at once in this tab: a lesson learned, then unmarked', async () => {
    const [mine, theirs] = [await openTab(), await openTab()]

    await theirs.progress.setLessonLearned('basics-first', true)
    await vi.waitFor(() => expect(mine.progress.progress.learned).toEqual({ 'basics-first': NOW }))

    await theirs.progress.setLessonLearned('basics-first', false)
    await vi.waitFor(() => expect(mine.progress.progress.learned).toEqual({}))
  })

  it('stops offering a quiz for resuming once the other tab has handed it in', async () => {
    const mine = await openTab()
    await mine.progress.saveSession(quizSession('m-basics-s1'))
    const theirs = await openTab()
    expect(theirs.progress.progress.sessions).toEqual({ 'm-basics': quizSession('m-basics-s1') })

    await theirs.progress.recordAttempt(quizAttempt('m-basics-s1'))

    await vi.waitFor(() => expect(mine.progress.progress.sessions).toEqual({}))
    expect(mine.progress.progress.attempts).toEqual([quizAttempt('m-basics-s1')])
  })

  it('is kept when this tab saves next: this tab writes only its own rows', async () => {
    const [mine, theirs] = [await openTab(), await openTab()]
    await theirs.progress.recordAttempt(quizAttempt('m-basics-s1'))

    await mine.progress.setLessonLearned('basics-first', true)

    const reloaded = (await openTab()).progress.progress
    expect(reloaded.attempts).toEqual([quizAttempt('m-basics-s1')])
    expect(reloaded.learned).toEqual({ 'basics-first': NOW })
  })
})
