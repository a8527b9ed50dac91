/**
 * How each option is marked once an answer is checked: the learner's wrong choice ✗,
 * the right options ✓ (whether chosen or missed).
 */
import type { GivenAnswer, ScorableQuestion } from './scoring'

/**
 * - `chosen-right`: the learner chose it and it is right
 * - `chosen-wrong`: the learner chose it and it is wrong
 * - `missed`: right, but not chosen
 * - `none`: neither chosen nor right
 */
export type OptionMark = 'chosen-right' | 'chosen-wrong' | 'missed' | 'none'

/**
 * The mark of one option, named by its value: an original option index, or for true/false the verdict.
 *
 * @example
 * optionMark({ id: 'q', type: 'single', answer: 1 }, 0, 0) // 'chosen-wrong'
 * optionMark({ id: 'q', type: 'single', answer: 1 }, 0, 1) // 'missed'
 * optionMark({ id: 'q', type: 'truefalse', answer: true }, true, true) // 'chosen-right'
 */
export function optionMark(question: ScorableQuestion, given: GivenAnswer, value: number | boolean): OptionMark {
  const right = Array.isArray(question.answer) ? question.answer.includes(value as number) : question.answer === value
  const chosen = Array.isArray(given) ? given.includes(value as number) : given !== null && given === value
  if (chosen) return right ? 'chosen-right' : 'chosen-wrong'
  return right ? 'missed' : 'none'
}
