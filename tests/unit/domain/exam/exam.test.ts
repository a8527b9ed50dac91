import { describe, expect, it } from 'vitest'
import { drawExam, examQuestionsSeen } from '../../../../src/domain/exam/exam'
import {
  attemptsLeftAfterHandIn,
  examSize,
  examStanding,
  scoreByModule,
  weakestModules,
} from '../../../../src/domain/exam/standing'
import { finishSession, startSession, type QuizAttempt } from '../../../../src/domain/quiz/session'
import { fixtureQuestions } from '../../../fixtures/quiz'

const bank = (prefix: string, count: number) => Array.from({ length: count }, (_, i) => ({ id: `${prefix}${i}` }))

function examAttempt(id: string, finishedAt: string, answers: QuizAttempt['answers']): QuizAttempt {
  const session = {
    ...startSession(
      { quizId: 'exam', title: '结业考试', mode: 'test', rule: 'all-or-nothing', passMark: 60 },
      fixtureQuestions,
      1,
      new Date(finishedAt),
      id,
    ),
    answers,
  }
  return finishSession(session, fixtureQuestions, new Date(finishedAt), id)
}

describe('drawExam', () => {
  const banks = { a: bank('a', 10), b: bank('b', 4) }
  it("takes each module's weight in questions", () => {
    const drawn = drawExam(banks, { a: 3, b: 2 }, new Set(), 1)
    expect(drawn.filter((q) => q.id.startsWith('a'))).toHaveLength(3)
    expect(drawn.filter((q) => q.id.startsWith('b'))).toHaveLength(2)
    expect(drawExam(banks, { a: 3, b: 2 }, new Set(), 1)).toEqual(drawn)
  })
  it('prefers questions not seen in an earlier exam, then repeats only where the bank runs out', () => {
    const seen = new Set(['a0', 'a1', 'a2', 'a3', 'a4', 'a5', 'a6', 'b0', 'b1', 'b2'])
    const drawn = drawExam(banks, { a: 3, b: 2 }, seen, 9).map((q) => q.id)
    expect(drawn.filter((id) => id.startsWith('a')).sort()).toEqual(['a7', 'a8', 'a9'])
    expect(drawn).toContain('b3')
    expect(drawn.filter((id) => id.startsWith('b'))).toHaveLength(2)
  })
  it('asks no more than a bank holds', () => {
    expect(drawExam({ a: bank('a', 2) }, { a: 5 }, new Set(), 1)).toHaveLength(2)
  })
  it('never asks a question whose key is the course’s own reading, not a quoted rule', () => {
    const quoted = { kind: 'quote' }
    const ownReading = { kind: 'supplementary' }
    const mixed = [
      { id: 'q0', citation: quoted },
      { id: 'q1', citation: ownReading },
      { id: 'q2', citation: quoted },
      { id: 'q3', citation: ownReading },
    ]
    for (const seed of [1, 2, 3, 4, 5]) {
      expect(
        drawExam({ a: mixed }, { a: 4 }, new Set(), seed)
          .map((q) => q.id)
          .sort(),
      ).toEqual(['q0', 'q2'])
    }
  })
})

describe('examSize', () => {
  it('adds up the per-module weights', () => {
    expect(examSize({ basics: 10, phone: 5 })).toBe(15)
    expect(examSize({})).toBe(0)
  })
})

describe('examStanding', () => {
  const low = examAttempt('e1', '2026-05-01T10:00:00Z', { 'q-single': 0 })
  const high = examAttempt('e2', '2026-05-02T10:00:00Z', { 'q-single': 0, 'q-multiple': [0, 1, 2], 'q-tf': false })
  const lowAgain = examAttempt('e3', '2026-05-03T10:00:00Z', {})
  it('counts the highest attempt by default', () => {
    expect(examStanding([low, high, lowAgain], { maxAttempts: 3, counting: 'highest' })).toMatchObject({
      used: 3,
      left: 0,
      counted: { id: 'e2' },
      passed: true,
    })
  })
  it('can count the latest attempt instead', () => {
    expect(examStanding([low, high, lowAgain], { maxAttempts: 5, counting: 'latest' })).toMatchObject({
      used: 3,
      left: 2,
      counted: { id: 'e3' },
      passed: false,
    })
  })
  it('ignores other quizzes and starts empty', () => {
    expect(examStanding([], { maxAttempts: 3, counting: 'highest' })).toEqual({
      used: 0,
      left: 3,
      counted: null,
      passed: false,
    })
    expect(examQuestionsSeen([high])).toEqual(new Set(['q-single', 'q-multiple', 'q-tf']))
  })
})

describe('scoreByModule', () => {
  it('breaks the score down by module', () => {
    const attempt = examAttempt('e', '2026-05-01T10:00:00Z', { 'q-single': 0, 'q-tf': true })
    const modules: Record<string, string> = { 'q-single': 'm1', 'q-multiple': 'm1', 'q-tf': 'm2' }
    expect(scoreByModule(attempt, (id) => modules[id], ['m1', 'm2'])).toEqual([
      { moduleId: 'm1', correct: 1, total: 2, percent: 50 },
      { moduleId: 'm2', correct: 0, total: 1, percent: 0 },
    ])
  })
  it("lists the modules in the course's order, whatever order the questions were drawn in; others last", () => {
    const attempt = examAttempt('e', '2026-05-01T10:00:00Z', { 'q-single': 0, 'q-tf': true })
    const modules: Record<string, string> = { 'q-single': 'm1', 'q-multiple': 'm3', 'q-tf': 'm2' }
    expect(scoreByModule(attempt, (id) => modules[id], ['m2', 'm1']).map((row) => row.moduleId)).toEqual([
      'm2',
      'm1',
      'm3',
    ])
  })
})

describe('attemptsLeftAfterHandIn', () => {
  it.each([
    [3, 2],
    [1, 0],
    [0, 0],
  ])('with %i left before hand-in, %i after', (left, after) => {
    expect(attemptsLeftAfterHandIn({ left })).toBe(after)
  })
})

describe('weakestModules', () => {
  const row = (moduleId: string, correct: number, total: number) => ({
    moduleId,
    correct,
    total,
    percent: Math.round((correct / total) * 100),
  })
  const rows = [row('a', 9, 10), row('b', 2, 10), row('c', 5, 10), row('d', 1, 5), row('e', 2, 5), row('?', 0, 2)]

  it('lists the modules below the pass mark, weakest first, at most three', () => {
    expect(weakestModules(rows, 60).map((r) => r.moduleId)).toEqual(['b', 'd', 'e'])
  })
  it('of modules as weak, puts first the one that lost more questions, then keeps the course’s order', () => {
    const rows = [row('x', 1, 5), row('w', 1, 5), row('y', 2, 10), row('z', 0, 4), row('v', 0, 8)]
    expect(weakestModules(rows, 60, 5).map((r) => r.moduleId)).toEqual(['v', 'z', 'y', 'x', 'w'])
  })
  it('takes a limit', () => {
    expect(weakestModules(rows, 60, 1).map((r) => r.moduleId)).toEqual(['b'])
  })
  it('leaves out modules at or above the pass mark and questions no longer in the course', () => {
    expect(weakestModules([row('a', 6, 10), row('?', 0, 3)], 60)).toEqual([])
  })
})
