import { describe, expect, it } from 'vitest'
import {
  isCorrect,
  scoreAnswer,
  scoreQuiz,
  type GivenAnswer,
  type MultipleChoiceRule,
  type ScorableQuestion,
} from '../../../../src/domain/quiz/scoring'

const single: ScorableQuestion = { id: 's', type: 'single', answer: 2 }
const multiple: ScorableQuestion = { id: 'm', type: 'multiple', answer: [0, 2] }
const multipleOfThree: ScorableQuestion = { id: 'm3', type: 'multiple', answer: [0, 1, 2] }
const trueStatement: ScorableQuestion = { id: 't', type: 'truefalse', answer: true }
const falseStatement: ScorableQuestion = { id: 'f', type: 'truefalse', answer: false }

describe('scoreAnswer', () => {
  it.each<[string, ScorableQuestion, GivenAnswer, MultipleChoiceRule, number]>([
    ['single: right option', single, 2, 'all-or-nothing', 1],
    ['single: wrong option', single, 1, 'all-or-nothing', 0],
    ['single: nothing picked', single, null, 'all-or-nothing', 0],
    ['single: a set given by mistake', single, [2], 'all-or-nothing', 0],
    ['true/false: right verdict true', trueStatement, true, 'all-or-nothing', 1],
    ['true/false: wrong verdict', trueStatement, false, 'all-or-nothing', 0],
    ['true/false: right verdict false', falseStatement, false, 'all-or-nothing', 1],
    ['true/false: nothing picked', falseStatement, null, 'all-or-nothing', 0],
    ['true/false: an index given by mistake', falseStatement, 0, 'all-or-nothing', 0],
    ['multiple, all-or-nothing: exactly right', multiple, [2, 0], 'all-or-nothing', 1],
    ['multiple, all-or-nothing: one missing', multiple, [0], 'all-or-nothing', 0],
    ['multiple, all-or-nothing: one extra', multiple, [0, 1, 2], 'all-or-nothing', 0],
    ['multiple, all-or-nothing: all picked', multiple, [0, 1, 2, 3], 'all-or-nothing', 0],
    ['multiple, all-or-nothing: none picked', multiple, [], 'all-or-nothing', 0],
    ['multiple, partial: exactly right', multiple, [0, 2], 'partial', 1],
    ['multiple, partial: one of two right', multiple, [0], 'partial', 0.5],
    ['multiple, partial: one right one wrong', multiple, [0, 1], 'partial', 0],
    ['multiple, partial: all right plus one wrong', multipleOfThree, [0, 1, 2, 3], 'partial', 0.666667],
    ['multiple, partial: two of three right', multipleOfThree, [0, 2], 'partial', 0.666667],
    ['multiple, partial: only wrong options never go below 0', multiple, [1, 3], 'partial', 0],
    ['multiple, partial: all picked', multiple, [0, 1, 2, 3], 'partial', 0],
    ['multiple, partial: none picked', multiple, [], 'partial', 0],
    ['multiple, partial: nothing at all', multiple, null, 'partial', 0],
  ])('%s', (_name, question, given, rule, points) => {
    expect(scoreAnswer(question, given, rule)).toBe(points)
  })

  it('counts three thirds as exactly one point', () => {
    expect(scoreAnswer(multipleOfThree, [0, 1, 2], 'partial')).toBe(1)
  })
})

describe('isCorrect', () => {
  it('is true only for a fully right answer, whatever partial credit would give', () => {
    expect(isCorrect(multiple, [0, 2])).toBe(true)
    expect(isCorrect(multiple, [0])).toBe(false)
  })
})

describe('scoreQuiz', () => {
  const questions = [single, multiple, trueStatement, falseStatement]
  it.each<
    [
      string,
      Record<string, GivenAnswer>,
      MultipleChoiceRule,
      number,
      { points: number; correct: number; percent: number; passed: boolean },
    ]
  >([
    [
      'all right',
      { s: 2, m: [0, 2], t: true, f: false },
      'all-or-nothing',
      60,
      { points: 4, correct: 4, percent: 100, passed: true },
    ],
    ['nothing answered', {}, 'all-or-nothing', 60, { points: 0, correct: 0, percent: 0, passed: false }],
    [
      'exactly on the pass mark passes',
      { s: 2, m: [0], t: true, f: false },
      'all-or-nothing',
      75,
      { points: 3, correct: 3, percent: 75, passed: true },
    ],
    [
      'just under the pass mark fails',
      { s: 2, m: [0], t: true, f: true },
      'all-or-nothing',
      60,
      { points: 2, correct: 2, percent: 50, passed: false },
    ],
    [
      'partial credit adds half a point',
      { s: 2, m: [0], t: true, f: true },
      'partial',
      60,
      { points: 2.5, correct: 2, percent: 62.5, passed: true },
    ],
  ])('%s', (_name, answers, rule, passMark, expected) => {
    expect(scoreQuiz(questions, answers, { rule, passMark })).toEqual({ ...expected, max: 4, passMark })
  })

  it('fails an empty quiz rather than dividing by zero', () => {
    expect(scoreQuiz([], {}, { rule: 'all-or-nothing', passMark: 0 })).toEqual({
      points: 0,
      max: 0,
      correct: 0,
      percent: 0,
      passMark: 0,
      passed: false,
    })
  })

  it('rounds the percent to one decimal', () => {
    expect(
      scoreQuiz([single, trueStatement, falseStatement], { s: 2 }, { rule: 'all-or-nothing', passMark: 30 }).percent,
    ).toBe(33.3)
  })
})
