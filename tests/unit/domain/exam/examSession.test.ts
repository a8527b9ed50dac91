/**
 * An exam under way cannot be made easier by editing what is saved: a cut
 * question list is put back as drawn (repairExamSession), and the exam page's
 * strings are filled in (no literal 「{time}」).
 */
import { describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { drawExam, examQuestionsSeen, repairExamSession } from '../../../../src/domain/exam/exam'
import { EXAM_QUIZ_ID, examSize } from '../../../../src/domain/exam/standing'
import {
  newSession,
  type QuizAttempt,
  type QuizSession,
  type SessionQuestion,
} from '../../../../src/domain/quiz/session'
import { translate } from '../../../../src/i18n'
import { loadedMessages } from '../../../../src/i18n/catalogue'

const bank = (prefix: string, count: number): SessionQuestion[] =>
  Array.from({ length: count }, (_, i) => ({
    id: `${prefix}${i}`,
    type: 'single',
    options: ['甲', '乙', '丙'],
    answer: 0,
  }))
const banks = { a: bank('a', 8), b: bank('b', 6) }
const weights = { a: 3, b: 2 }
const settings = {
  quizId: EXAM_QUIZ_ID,
  title: '结业考试',
  mode: 'test',
  rule: 'all-or-nothing',
  passMark: 80,
} as const
const startedAt = new Date('2026-05-01T09:00:00Z')
const seed = 4242

/** The exam as the exam page starts it, with two answers given. */
function started(attempts: QuizAttempt[] = []): QuizSession {
  const drawn = drawExam(banks, weights, examQuestionsSeen(attempts), seed)
  const session = newSession(settings, drawn, seed, startedAt, 60)
  const [first, second] = session.questionIds
  return { ...session, answers: { [first!]: 1, [second!]: 0 }, current: 2, elapsedMs: 120_000 }
}

describe('repairExamSession', () => {
  const exam = started()

  it('leaves a whole exam as it is', () => {
    expect(exam.questionIds).toHaveLength(examSize(weights))
    expect(repairExamSession(exam, banks, weights, [])).toBe(exam)
  })

  it.each([
    ['cut to one question', (s: QuizSession) => ({ ...s, questionIds: s.questionIds.slice(0, 1), current: 0 })],
    ['cut to none', (s: QuizSession) => ({ ...s, questionIds: [], current: 0 })],
    ['cut to the answered ones', (s: QuizSession) => ({ ...s, questionIds: s.questionIds.slice(0, 2) })],
    ['one question repeated', (s: QuizSession) => ({ ...s, questionIds: s.questionIds.map(() => s.questionIds[0]!) })],
    [
      'ids that are no question',
      (s: QuizSession) => ({ ...s, questionIds: ['x1', 'x2', 'x3', 'x4', s.questionIds[0]!] }),
    ],
  ])('puts back the list as drawn when %s, keeping answers, start, deadline and time used', (_, cut) => {
    const repaired = repairExamSession(cut(exam), banks, weights, [])
    expect(repaired.questionIds).toEqual(exam.questionIds)
    expect(repaired.optionOrder).toEqual(exam.optionOrder)
    expect(repaired.answers).toEqual(exam.answers)
    expect(repaired).toMatchObject({
      startedAt: exam.startedAt,
      deadline: exam.deadline,
      elapsedMs: exam.elapsedMs,
      seed,
    })
  })

  it('draws the same list as at the start when earlier exams are taken into account', () => {
    const earlier = { quizId: EXAM_QUIZ_ID, questionIds: ['a0', 'a1', 'a2', 'b0'] } as QuizAttempt
    const second = started([earlier])
    const cut = { ...second, questionIds: second.questionIds.slice(0, 1) }
    expect(repairExamSession(cut, banks, weights, [earlier]).questionIds).toEqual(second.questionIds)
  })

  it('tops the list up to the exam size when the seed was edited as well, keeping the questions answered', () => {
    const [first, second] = exam.questionIds
    const cut = { ...exam, seed: 1, questionIds: [first!, second!], current: 1 }
    const repaired = repairExamSession(cut, banks, weights, [])
    expect(repaired.questionIds).toHaveLength(examSize(weights))
    expect(new Set(repaired.questionIds).size).toBe(examSize(weights))
    expect(repaired.questionIds).toEqual(expect.arrayContaining([first, second]))
    expect(repaired.answers).toEqual(exam.answers)
    // The learner stays on the question that was on screen.
    expect(repaired.questionIds[repaired.current]).toBe(second)
  })

  it('keeps a question the draw no longer gives first, and tops up from the draw', () => {
    const drawn = drawExam(banks, weights, new Set(), 1).map((question) => question.id)
    const outside = Object.values(banks)
      .flat()
      .find((question) => !drawn.includes(question.id))!.id
    const cut = { ...exam, seed: 1, questionIds: [outside], answers: { [outside]: 2 }, current: 0 }
    const repaired = repairExamSession(cut, banks, weights, [])
    expect(repaired.questionIds[0]).toBe(outside)
    expect(repaired.questionIds).toHaveLength(examSize(weights))
    expect(repaired.answers).toEqual({ [outside]: 2 })
    expect(Object.keys(repaired.optionOrder).sort()).toEqual([...repaired.questionIds].sort())
  })

  it('leaves other quizzes and an exam the banks cannot fill alone', () => {
    const quiz = { ...exam, quizId: 'm-basics', questionIds: exam.questionIds.slice(0, 1) }
    expect(repairExamSession(quiz, banks, weights, [])).toBe(quiz)
    // The banks not loaded (or emptied): nothing to put back.
    const cut = { ...exam, questionIds: exam.questionIds.slice(0, 1) }
    expect(repairExamSession(cut, {}, weights, [])).toBe(cut)
    // Banks that now hold fewer questions than the weights: the list they can give is whole enough.
    const small = { a: bank('a', 2), b: bank('b', 1) }
    const smallExam = newSession(settings, drawExam(small, weights, new Set(), seed), seed, startedAt, 60)
    expect(repairExamSession(smallExam, small, weights, [])).toBe(smallExam)
  })
})

// Every area's strings, as a page that uses them all would have loaded.
import.meta.glob('../../../../src/i18n/zh-CN/*.ts', { eager: true })
const zhCN = loadedMessages()

describe("the exam page's strings", () => {
  it('resume the exam without a placeholder left to fill', () => {
    expect(translate(zhCN, 'exam.resume')).toBe('继续考试')
    expect(translate(zhCN, 'exam.autoHandedIn')).toBe('考试时间已到，已自动交卷。')
  })

  it.each([
    'src/views/ExamView.vue',
    'src/views/QuizPlayView.vue',
    'src/views/QuizResultView.vue',
    'src/components/exam/ExamClock.vue',
    'src/composables/useOverdueHandIn.ts',
  ])('%s fills every placeholder of a message it shows without parameters', (file) => {
    const text = readFileSync(resolve(__dirname, '../../../..', file), 'utf8')
    const unfilled = [...text.matchAll(/\bt\(\s*'([\w.]+)'\s*\)/g)]
      .map((match) => match[1]!)
      .filter((key) => /\{\w+\}/.test(translate(zhCN, key)))
    expect(unfilled).toEqual([])
  })
})
