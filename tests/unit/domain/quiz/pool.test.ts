import { describe, expect, it } from 'vitest'
import { drawQuiz, lengthChoices, questionCount, quizPool } from '../../../../src/domain/quiz/pool'
import { finishSession, startSession } from '../../../../src/domain/quiz/session'
import { fixtureQuestions, fixtureSettings } from '../../../fixtures/quiz'
import { reviewCardDue } from '../../../fixtures/reviewCard'

const settings = fixtureSettings
const now = new Date('2026-03-02T10:00:00')
// q-single right, the other two wrong.
const attempt = finishSession(
  { ...startSession(settings, fixtureQuestions, 1, now, 's1'), answers: { 'q-single': 0, 'q-tf': true } },
  fixtureQuestions,
  now,
  'a1',
)
const history = {
  attempts: [attempt],
  reviewCards: {
    'q-single': reviewCardDue('2026-03-02T20:00:00'),
    'q-tf': reviewCardDue('2026-03-09T08:00:00'),
  },
}
const ids = (questions: readonly { id: string }[]) => questions.map((question) => question.id).sort()

describe('quizPool', () => {
  it.each([
    ['a module quiz draws from every question', 'module', ['q-multiple', 'q-single', 'q-tf']],
    ['the mixed quiz draws from every question', 'mixed', ['q-multiple', 'q-single', 'q-tf']],
    ['错题本 draws the questions last answered wrong', 'mistakes', ['q-multiple', 'q-tf']],
    ['今日复习 draws the questions due by the end of today', 'review', ['q-single']],
  ] as const)('%s', (_name, kind, expected) => {
    expect(ids(quizPool(kind, fixtureQuestions, history, now))).toEqual(expected)
  })

  it('leaves out of 今日复习 a question already answered in today’s review', () => {
    const reviewedNow = finishSession(
      {
        ...startSession({ ...settings, quizId: 'review' }, fixtureQuestions, 1, now, 's2'),
        answers: { 'q-single': 0 },
      },
      fixtureQuestions,
      now,
      'a2',
    )
    expect(quizPool('review', fixtureQuestions, { ...history, attempts: [attempt, reviewedNow] }, now)).toEqual([])
  })

  it('is empty for 错题本 before any mistake', () => {
    expect(quizPool('mistakes', fixtureQuestions, { attempts: [], reviewCards: {} }, now)).toEqual([])
  })
})

describe('lengthChoices and questionCount', () => {
  it.each([
    [3, [], 10, 3],
    [15, [10], 10, 10],
    [15, [10], 20, 15],
    [25, [10, 20], 20, 20],
    [20, [10], 20, 20],
  ])('a pool of %i offers %j; asking for %i gives %i questions', (size, offered, requested, count) => {
    expect(lengthChoices(size)).toEqual(offered)
    expect(questionCount(requested, size)).toBe(count)
  })
})

describe('drawQuiz', () => {
  const banks = {
    a: [{ id: 'a1' }, { id: 'a2' }, { id: 'a3' }],
    b: [{ id: 'b1' }],
  }
  it('takes the mixed quiz from each module in turn', () => {
    const drawn = drawQuiz('mixed', banks, [], 2, 5)
    expect(drawn.map((q) => q.id[0]).sort()).toEqual(['a', 'b'])
  })

  it('draws other quizzes from the pool, the same for the same seed', () => {
    const pool = banks.a
    const drawn = drawQuiz('module', banks, pool, 2, 5)
    expect(drawn).toHaveLength(2)
    expect(drawn.every((q) => q.id.startsWith('a'))).toBe(true)
    expect(drawQuiz('module', banks, pool, 2, 5)).toEqual(drawn)
  })
})

describe('quizPool for 今日复习 with a daily cap', () => {
  const questions = ['q1', 'q2', 'q3', 'q4'].map((id) => ({ id }))
  const reviewCards = {
    q1: reviewCardDue('2026-03-01T09:00:00'),
    q2: reviewCardDue('2026-02-20T09:00:00'),
    q3: reviewCardDue('2026-02-25T09:00:00'),
    q4: reviewCardDue('2026-03-05T09:00:00'),
    gone: reviewCardDue('2026-01-01T09:00:00'),
  }
  const pool = (reviewCap?: number) =>
    quizPool('review', questions, { attempts: [], reviewCards }, now, reviewCap === undefined ? {} : { reviewCap }).map(
      (question) => question.id,
    )

  it.each([
    [undefined, ['q2', 'q3', 'q1']],
    [20, ['q2', 'q3', 'q1']],
    [2, ['q2', 'q3']],
    [1, ['q2']],
    [0, []],
  ])('a cap of %s gives the most overdue first: %j', (cap, expected) => {
    expect(pool(cap)).toEqual(expected)
  })

  it('counts only questions still in the course against the cap', () => {
    // 'gone' is the most overdue but no longer in the banks: it does not take a place.
    expect(pool(1)).toEqual(['q2'])
  })

  it('leaves other quizzes uncapped', () => {
    expect(quizPool('module', questions, { attempts: [], reviewCards }, now, { reviewCap: 1 })).toHaveLength(4)
  })
})
