import { describe, expect, it } from 'vitest'
import { optionMark } from '../../../../src/domain/quiz/marks'
import type { GivenAnswer, ScorableQuestion } from '../../../../src/domain/quiz/scoring'

const single: ScorableQuestion = { id: 's', type: 'single', answer: 1 }
const multiple: ScorableQuestion = { id: 'm', type: 'multiple', answer: [0, 2] }
const verdict: ScorableQuestion = { id: 't', type: 'truefalse', answer: false }

describe('optionMark', () => {
  it.each([
    ['single, the right one chosen', single, 1, 1, 'chosen-right'],
    ['single, a wrong one chosen', single, 0, 0, 'chosen-wrong'],
    ['single, the right one not chosen', single, 0, 1, 'missed'],
    ['single, another wrong one', single, 0, 2, 'none'],
    ['single, nothing chosen: the right one is still shown', single, null, 1, 'missed'],
    ['multiple, a right one chosen', multiple, [0, 1], 0, 'chosen-right'],
    ['multiple, a wrong one chosen', multiple, [0, 1], 1, 'chosen-wrong'],
    ['multiple, a right one missed', multiple, [0, 1], 2, 'missed'],
    ['multiple, a wrong one left alone', multiple, [0, 1], 3, 'none'],
    ['true/false, the wrong verdict chosen', verdict, true, true, 'chosen-wrong'],
    ['true/false, the right verdict missed', verdict, true, false, 'missed'],
    ['true/false, the right verdict chosen', verdict, false, false, 'chosen-right'],
  ] as [string, ScorableQuestion, GivenAnswer, number | boolean, string][])(
    '%s',
    (_name, question, given, value, mark) => {
      expect(optionMark(question, given, value)).toBe(mark)
    },
  )
})
