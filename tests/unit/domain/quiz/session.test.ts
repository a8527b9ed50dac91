import { describe, expect, it } from 'vitest'
import {
  answerQuestion,
  answeredCount,
  handInSummary,
  mainAction,
  newSession,
  unansweredToConfirm,
  finishSession,
  mistakenQuestionIds,
  mistakesToReview,
  moveTo,
  pickQuestions,
  revealQuestion,
  startSession,
  withTimeOnQuestion,
  MAX_QUESTION_STEP_MS,
  type QuizAttempt,
} from '../../../../src/domain/quiz/session'
import { latestAttempt, quizRecord } from '../../../../src/domain/quiz/records'
import { fixtureQuestions } from '../../../fixtures/quiz'
import type { GivenAnswer } from '../../../../src/domain/quiz/scoring'

const now = new Date('2026-05-01T10:00:00Z')
const later = new Date('2026-05-01T10:05:00Z')
const settings = {
  quizId: 'module:basics',
  title: '基础',
  mode: 'practice' as const,
  rule: 'all-or-nothing' as const,
  passMark: 60,
}

describe('startSession', () => {
  it('builds the same order of questions and options from the same seed', () => {
    const a = startSession(settings, fixtureQuestions, 12345, now, 's1')
    const b = startSession(settings, fixtureQuestions, 12345, now, 's2')
    expect(a.questionIds).toEqual(b.questionIds)
    expect(a.optionOrder).toEqual(b.optionOrder)
    expect([...a.questionIds].sort()).toEqual(['q-multiple', 'q-single', 'q-tf'])
  })

  it('shuffles options of choice questions but never a true/false statement', () => {
    const session = startSession(settings, fixtureQuestions, 7, now, 's1')
    expect([...session.optionOrder['q-single']!].sort()).toEqual([0, 1, 2])
    expect([...session.optionOrder['q-multiple']!].sort()).toEqual([0, 1, 2, 3])
    expect(session.optionOrder['q-tf']).toBeUndefined()
  })

  it('gives different orders for different seeds', () => {
    const orders = new Set(
      Array.from({ length: 20 }, (_, seed) =>
        startSession(settings, fixtureQuestions, seed, now, 's').questionIds.join(),
      ),
    )
    expect(orders.size).toBeGreaterThan(1)
  })
})

describe('answering', () => {
  it('records answers, counts them, and ignores unknown questions', () => {
    let session = startSession(settings, fixtureQuestions, 1, now, 's1')
    session = answerQuestion(session, 'q-single', 0, later)
    session = answerQuestion(session, 'q-multiple', [], later)
    session = answerQuestion(session, 'nope', 1, later)
    expect(session.answers).toEqual({ 'q-single': 0, 'q-multiple': [] })
    expect(answeredCount(session)).toBe(1)
    expect(session.updatedAt).toBe(later.toISOString())
  })

  it('locks a practice answer once its feedback is shown, and shows none for an unanswered one', () => {
    let session = startSession(settings, fixtureQuestions, 1, now, 's1')
    expect(revealQuestion(session, 'q-single', later).revealed).toEqual([])
    session = revealQuestion(answerQuestion(session, 'q-single', 1, later), 'q-single', later)
    expect(session.revealed).toEqual(['q-single'])
    expect(answerQuestion(session, 'q-single', 0, later).answers['q-single']).toBe(1)
  })

  it('keeps the position within the quiz', () => {
    const session = startSession(settings, fixtureQuestions, 1, now, 's1')
    expect(moveTo(session, 2, later).current).toBe(2)
    expect(moveTo(session, 9, later).current).toBe(2)
    expect(moveTo(session, -1, later).current).toBe(0)
  })
})

describe('finishSession', () => {
  it('scores the answers and keeps them with the attempt', () => {
    let session = startSession({ ...settings, mode: 'test' }, fixtureQuestions, 3, now, 's1')
    session = answerQuestion(session, 'q-single', 0, now)
    session = answerQuestion(session, 'q-multiple', [0, 1], now)
    const attempt = finishSession(session, fixtureQuestions, later, 'a1')
    expect(attempt).toMatchObject({
      id: 'a1',
      quizId: 'module:basics',
      mode: 'test',
      finishedAt: later.toISOString(),
      points: { 'q-single': 1, 'q-multiple': 0, 'q-tf': 0 },
      answers: { 'q-single': 0, 'q-multiple': [0, 1], 'q-tf': null },
      score: { points: 1, max: 3, correct: 1, percent: 33.3, passed: false },
    })
  })

  it('keeps how long each question asked was on screen, stepped and capped per step', () => {
    let session = startSession({ ...settings, mode: 'test' }, fixtureQuestions, 3, now, 's1')
    session = withTimeOnQuestion(session, 'q-single', 12_000)
    session = withTimeOnQuestion(session, 'q-single', 3_400)
    // A page left open for an hour counts as five minutes at most.
    session = withTimeOnQuestion(session, 'q-tf', 60 * 60_000)
    // Time on a question this quiz does not ask, or no time at all, changes nothing.
    expect(withTimeOnQuestion(session, 'not-asked', 5_000)).toBe(session)
    expect(withTimeOnQuestion(session, 'q-tf', 0)).toBe(session)

    const attempt = finishSession(session, fixtureQuestions.slice(0, 2).concat(fixtureQuestions[2]!), later, 'a1')
    expect(attempt.spentMs).toEqual({ 'q-single': 15_400, 'q-tf': MAX_QUESTION_STEP_MS })
    expect(
      finishSession(
        session,
        fixtureQuestions.filter((q) => q.id !== 'q-tf'),
        later,
        'a2',
      ).spentMs,
    ).toEqual({
      'q-single': 15_400,
    })
  })

  it('leaves out questions removed from the bank since the quiz began', () => {
    const session = startSession(settings, fixtureQuestions, 3, now, 's1')
    const attempt = finishSession(session, fixtureQuestions.slice(0, 2), later, 'a1')
    expect(attempt.questionIds.sort()).toEqual(['q-multiple', 'q-single'])
    expect(attempt.score.max).toBe(2)
  })
})

describe('pickQuestions', () => {
  it('draws the requested number, the same for the same seed', () => {
    const pool = ['a', 'b', 'c', 'd', 'e']
    expect(pickQuestions(pool, 3, 5)).toHaveLength(3)
    expect(pickQuestions(pool, 3, 5)).toEqual(pickQuestions(pool, 3, 5))
    expect(pickQuestions(pool, 10, 5).sort()).toEqual(pool)
  })
})

describe('mistakenQuestionIds', () => {
  function attempt(id: string, finishedAt: string, answers: QuizAttempt['answers']): QuizAttempt {
    const session = { ...startSession(settings, fixtureQuestions, 1, now, id), answers }
    return finishSession(session, fixtureQuestions, new Date(finishedAt), id)
  }
  it('lists questions whose latest answer was wrong', () => {
    const first = attempt('a1', '2026-05-01T00:00:00Z', { 'q-single': 1, 'q-multiple': [0, 1, 2], 'q-tf': true })
    const second = attempt('a2', '2026-05-02T00:00:00Z', { 'q-single': 0, 'q-multiple': [0], 'q-tf': false })
    expect(mistakenQuestionIds([first]).sort()).toEqual(['q-single', 'q-tf'])
    // Order of the list does not matter: the later attempt decides.
    expect(mistakenQuestionIds([second, first])).toEqual(['q-multiple'])
  })
  it('is empty with no attempts', () => {
    expect(mistakenQuestionIds([])).toEqual([])
    expect(mistakesToReview([])).toEqual([])
  })
  it('gives each mistake with the hand-in that decided it, the most recent first, to read through', () => {
    const first = attempt('a1', '2026-05-01T00:00:00Z', { 'q-single': 1, 'q-multiple': [0, 1, 2], 'q-tf': true })
    const second = attempt('a2', '2026-05-02T00:00:00Z', { 'q-multiple': [0] })
    const mistakes = mistakesToReview([second, first])
    // Left blank or wrong in the later hand-in: in the 错题本 with that hand-in, in the order it asked them.
    expect(mistakes.map(({ questionId, attempt }) => [questionId, attempt.id])).toEqual(
      second.questionIds.map((questionId) => [questionId, 'a2']),
    )
    expect(mistakes[1]!.attempt.answers['q-multiple']).toEqual([0])
    // The same questions as the 错题本 counts.
    expect(mistakes.map(({ questionId }) => questionId).sort()).toEqual(mistakenQuestionIds([first, second]).sort())
  })
})

describe('quizRecord', () => {
  function attempt(
    id: string,
    finishedAt: string,
    answers: QuizAttempt['answers'],
    quizId = 'module:basics',
  ): QuizAttempt {
    const session = { ...startSession({ ...settings, quizId }, fixtureQuestions, 1, now, id), answers }
    return finishSession(session, fixtureQuestions, new Date(finishedAt), id)
  }
  it('gives the best and the latest percent of one quiz', () => {
    const attempts = [
      attempt('a1', '2026-05-01T00:00:00Z', { 'q-single': 0, 'q-tf': false }),
      attempt('a2', '2026-05-03T00:00:00Z', {}),
      attempt('a3', '2026-05-02T00:00:00Z', { 'q-single': 0 }),
      attempt('a4', '2026-05-04T00:00:00Z', { 'q-single': 0 }, 'other'),
    ]
    expect(quizRecord(attempts, 'module:basics')).toEqual({ best: 66.7, latest: 0, count: 3 })
    expect(quizRecord(attempts, 'never')).toBeNull()
    // The latest by when it was finished, not by when it was saved; of two at once, the later saved.
    expect(latestAttempt(attempts, 'module:basics')?.id).toBe('a2')
    const tie = attempt('a5', '2026-05-03T00:00:00Z', {})
    expect(latestAttempt([...attempts, tie], 'module:basics')?.id).toBe('a5')
    expect(latestAttempt(attempts, 'never')).toBeNull()
  })
})

describe('mainAction', () => {
  const base = startSession(settings, fixtureQuestions, 1, now, 's1')
  const first = base.questionIds[0]!
  const last = base.questionIds.length - 1
  it.each([
    ['practice, not yet checked', { ...base, mode: 'practice' as const }, 'check'],
    ['practice, checked', { ...base, mode: 'practice' as const, revealed: [first] }, 'next'],
    [
      'practice, last question checked',
      { ...base, mode: 'practice' as const, current: last, revealed: [base.questionIds[last]!] },
      'finish-practice',
    ],
    ['test, first question', { ...base, mode: 'test' as const }, 'next'],
    ['test, last question', { ...base, mode: 'test' as const, current: last }, 'hand-in'],
  ])('%s → %s', (_name, session, expected) => {
    expect(mainAction(session)).toBe(expected)
  })
})

describe('unansweredToConfirm', () => {
  const test = { ...startSession(settings, fixtureQuestions, 1, now, 's1'), mode: 'test' as const }
  const oneAnswered = answerQuestion(test, 'q-single', 0, later)
  it.each([
    ['a test with two of three unanswered', oneAnswered, false, 2],
    ['the same test handed in at the deadline', oneAnswered, true, 0],
    ['a practice quiz', { ...oneAnswered, mode: 'practice' as const }, false, 0],
  ])('%s: %i', (_name, session, atDeadline, expected) => {
    expect(unansweredToConfirm(session, atDeadline)).toBe(expected)
  })
})

describe('newSession', () => {
  it('gives a timed quiz a deadline fixed at the start, and an untimed one none', () => {
    const timed = newSession(settings, fixtureQuestions, 42, now, 90)
    expect(timed.deadline).toBe('2026-05-01T11:30:00.000Z')
    expect(timed.startedAt).toBe(now.toISOString())
    expect(newSession(settings, fixtureQuestions, 42, now).deadline).toBeUndefined()
  })

  it('names each quiz uniquely by quiz, time and seed, and draws the same order for the same seed', () => {
    const a = newSession(settings, fixtureQuestions, 42, now)
    const b = newSession(settings, fixtureQuestions, 43, now)
    expect(a.id).not.toBe(b.id)
    expect(a.id.startsWith('module:basics-')).toBe(true)
    expect(newSession(settings, fixtureQuestions, 42, now).questionIds).toEqual(a.questionIds)
  })
})

describe('handInSummary', () => {
  it.each([
    ['nothing answered', {}, 0, [0, 1, 2]],
    ['some answered', { b: 1 }, 1, [0, 2]],
    ['an empty set of options is no answer', { a: [], b: true, c: 0 }, 2, [0]],
    ['everything answered', { a: 0, b: false, c: [1] }, 3, []],
  ] as const)('%s', (_name, answers, answered, unanswered) => {
    const summary = handInSummary({ questionIds: ['a', 'b', 'c'], answers: answers as Record<string, GivenAnswer> })
    expect(summary).toEqual({ total: 3, answered, unanswered })
  })
})
