import { describe, expect, it } from 'vitest'
import {
  DEFAULT_DAILY_GOAL,
  goalProgress,
  isDailyGoal,
  isReviewCap,
  todaysReview,
} from '../../../../src/domain/progress/daily'
import { chineseDate, dailyScores, labelledIndices, shortDate } from '../../../../src/domain/progress/trend'
import { TREND_DAYS, emptyFigures, withRecords } from '../../../../src/domain/progress/figures'
import { emptyProgress } from '../../../../src/domain/progress/progress'
import { finishSession, startSession, type QuizAttempt } from '../../../../src/domain/quiz/session'
import { fixtureQuestions } from '../../../fixtures/quiz'
import { reviewCardDue } from '../../../fixtures/reviewCard'
import { cardDuesOf } from '../../../../src/domain/progress/summary'

// Times half an hour past the UTC hour, and "now" a few minutes later: the same local day in every zone.
const NOW = new Date('2026-05-03T12:40:00Z')
const TODAY = '2026-05-03T12:30:00Z'
const YESTERDAY = '2026-05-02T00:30:00Z'

/** A finished quiz of the three fixture questions, with `right` of them answered right. */
function attempt(id: string, finished: string, quizId = 'review', right = 0): QuizAttempt {
  const session = startSession(
    { quizId, title: id, mode: 'practice', rule: 'all-or-nothing', passMark: 60 },
    fixtureQuestions,
    1,
    new Date(Date.parse(finished) - 60_000),
    id,
  )
  const answers: QuizAttempt['answers'] = right > 0 ? { 'q-tf': true } : {}
  return finishSession({ ...session, answers }, fixtureQuestions, new Date(finished), id)
}

const due = (count: number) =>
  Object.fromEntries([...Array(count).keys()].map((index) => [`q${index}`, reviewCardDue('2026-05-01T00:00:00Z')]))

describe('todaysReview', () => {
  it.each([
    ['nothing due', 0, [], 20, { due: 0, done: 0, left: 0, cap: 20 }],
    ['fewer due than the cap: all of them', 7, [], 20, { due: 7, done: 0, left: 7, cap: 20 }],
    ['a backlog: at most the cap', 57, [], 20, { due: 57, done: 0, left: 20, cap: 20 }],
    ['the learner’s own cap', 57, [], 10, { due: 57, done: 0, left: 10, cap: 10 }],
    ['answered today count against the cap', 57, [attempt('a', TODAY)], 20, { due: 57, done: 3, left: 17, cap: 20 }],
    [
      'the cap used up: nothing more today',
      57,
      [...Array(7).keys()].map((index) => attempt(`a${index}`, TODAY)),
      20,
      { due: 57, done: 21, left: 0, cap: 20 },
    ],
    [
      'yesterday’s review leaves today’s cap whole',
      57,
      [attempt('a', YESTERDAY)],
      20,
      { due: 57, done: 0, left: 20, cap: 20 },
    ],
    [
      'other quizzes today are not review',
      57,
      [attempt('a', TODAY, 'm-basics')],
      20,
      { due: 57, done: 0, left: 20, cap: 20 },
    ],
  ])('%s', (_name, dueCount, attempts, cap, expected) => {
    expect(todaysReview({ reviewDue: cardDuesOf(due(dueCount)), attempts }, NOW, cap)).toEqual(expected)
  })
})

describe('a question answered in today’s review', () => {
  // The scheduler brings a question answered now back minutes later: still today.
  const soon = reviewCardDue(new Date(NOW.getTime() + 10 * 60_000).toISOString())
  const cards = { 'q-single': soon, 'q-tf': soon, 'q-other': soon }

  it('is not due again today, so the day’s review can be finished', () => {
    expect(todaysReview({ reviewDue: cardDuesOf(cards), attempts: [attempt('a', TODAY)] }, NOW, 20)).toEqual({
      due: 1,
      done: 3,
      left: 1,
      cap: 20,
    })
  })

  it('is due today after another quiz, and tomorrow after the review', () => {
    const attempts = [attempt('a', TODAY, 'm-basics')]
    expect(todaysReview({ reviewDue: cardDuesOf(cards), attempts }, NOW, 20).due).toBe(3)
    const tomorrow = new Date(NOW.getTime() + 24 * 3600_000)
    expect(todaysReview({ reviewDue: cardDuesOf(cards), attempts: [attempt('a', TODAY)] }, tomorrow, 20).due).toBe(3)
  })
})

describe('goalProgress', () => {
  it.each([
    ['no lesson today', { kind: 'lessons', count: 1 } as const, { old: YESTERDAY }, [], 0, false],
    [
      'one lesson today meets a goal of one',
      { kind: 'lessons', count: 1 } as const,
      { a: TODAY, old: YESTERDAY },
      [],
      1,
      true,
    ],
    ['one of two lessons', { kind: 'lessons', count: 2 } as const, { a: TODAY }, [], 1, false],
    [
      'questions answered today in any quiz',
      { kind: 'questions', count: 10 } as const,
      {},
      [attempt('a', TODAY, 'm-basics'), attempt('b', TODAY)],
      6,
      false,
    ],
    [
      'ten questions today',
      { kind: 'questions', count: 10 } as const,
      {},
      [...Array(4).keys()].map((index) => attempt(`a${index}`, TODAY, 'mixed')),
      12,
      true,
    ],
    [
      'yesterday’s questions count nothing today',
      { kind: 'questions', count: 10 } as const,
      {},
      [attempt('a', YESTERDAY)],
      0,
      false,
    ],
  ])('%s', (_name, goal, learned, attempts, done, met) => {
    expect(goalProgress({ ...emptyProgress(), learned, attempts }, NOW, goal)).toEqual({ ...goal, done, met })
  })

  it('an attempt kept as a score alone counts no questions', () => {
    const summary = { ...attempt('a', TODAY), summaryOnly: true as const }
    expect(goalProgress({ learned: {}, attempts: [summary] }, NOW, { kind: 'questions', count: 10 }).done).toBe(0)
  })
})

describe('isReviewCap and isDailyGoal', () => {
  it.each([
    [20, true],
    [50, true],
    [21, false],
    [-1, false],
    ['20', false],
    [null, false],
  ])('review cap %j → %s', (value, expected) => {
    expect(isReviewCap(value)).toBe(expected)
  })

  it.each([
    [{ kind: 'lessons', count: 1 }, true],
    [{ kind: 'questions', count: 10 }, true],
    [{ kind: 'questions', count: 1000 }, false],
    [{ kind: 'minutes', count: 10 }, false],
    ['lessons:1', false],
    [null, false],
  ])('daily goal %j → %s', (value, expected) => {
    expect(isDailyGoal(value)).toBe(expected)
  })

  it('the default goal is one lesson a day', () => {
    expect(DEFAULT_DAILY_GOAL).toEqual({ kind: 'lessons', count: 1 })
  })
})

describe('dailyScores', () => {
  it('averages each day’s quizzes over the last days the glance keeps, oldest day first', () => {
    const a = (id: string, finished: string, percent: number) => {
      const made = attempt(id, finished, 'm-basics')
      return { ...made, score: { ...made.score, percent } }
    }
    const attempts = [
      a('w', '2026-04-20T12:30:00Z', 10),
      a('y', '2026-05-01T12:30:00Z', 50),
      a('z', '2026-05-01T12:35:00Z', 71),
      a('x', '2026-05-03T12:30:00Z', 90),
    ]
    const { days } = withRecords(emptyFigures(), attempts, [])
    expect(dailyScores(days)).toEqual([
      { date: '2026-04-20', percent: 10, quizzes: 1 },
      { date: '2026-05-01', percent: 61, quizzes: 2 },
      { date: '2026-05-03', percent: 90, quizzes: 1 },
    ])
    expect(dailyScores([])).toEqual([])
  })

  it(`keeps only the last ${TREND_DAYS} days with quizzes, whatever order they come in`, () => {
    const days = Array.from({ length: 20 }, (_, i) => `2026-04-${String(i + 1).padStart(2, '0')}T12:00:00Z`)
    const attempts = days.map((day, i) => {
      const made = attempt(`d${i}`, day, 'm-basics')
      return { ...made, score: { ...made.score, percent: i } }
    })
    const inOrder = withRecords(emptyFigures(), attempts, [])
    const oneByOne = [...attempts].reverse().reduce((figures, made) => withRecords(figures, [made], []), emptyFigures())
    expect(dailyScores(inOrder.days).map((day) => day.date)).toEqual(
      days.slice(-TREND_DAYS).map((day) => day.slice(0, 10)),
    )
    expect(oneByOne.days).toEqual(inOrder.days)
  })
})

describe('date labels', () => {
  it.each([
    ['2026-03-07', '3/7', '3 月 7 日'],
    ['2026-11-29', '11/29', '11 月 29 日'],
  ])('%s', (date, short, long) => {
    expect(shortDate(date)).toBe(short)
    expect(chineseDate(date)).toBe(long)
  })

  it.each([
    [0, 5, []],
    [1, 5, [0]],
    [3, 5, [0, 1, 2]],
    [10, 4, [0, 3, 6, 9]],
    [14, 5, [0, 3, 7, 10, 13]],
  ])('labelledIndices(%i, %i)', (count, max, expected) => {
    expect(labelledIndices(count, max)).toEqual(expected)
  })
})
