/**
 * Keyboard and letter conventions of the quiz: options are lettered A, B, C…
 * and can be picked with the number or letter keys.
 */
import type { GivenAnswer, QuestionType } from './scoring'

const LETTERS = 'ABCDEFGHIJ'

/** @example optionLetter(2) // 'C' */
export function optionLetter(position: number): string {
  return LETTERS[position] ?? String(position + 1)
}

/**
 * Which displayed position a key picks: 1–9 or A–J (either case); null for other keys.
 *
 * @example
 * positionForKey('2') // 1
 * positionForKey('c') // 2
 */
export function positionForKey(key: string): number | null {
  if (/^[1-9]$/.test(key)) return Number(key) - 1
  const letter = LETTERS.indexOf(key.toUpperCase())
  return key.length === 1 && letter !== -1 ? letter : null
}

/**
 * The answer after the learner picks the option shown at `position`:
 * single and true/false choose it, multiple toggles it. Out-of-range picks change nothing.
 *
 * @example
 * pickPosition('multiple', [2, 0, 1], [0], 1) // [0, 1]: position 1 shows option 0… toggled
 */
export function pickPosition(
  type: QuestionType,
  order: readonly number[],
  current: GivenAnswer,
  position: number,
): GivenAnswer {
  if (type === 'truefalse') {
    if (position === 0) return true
    if (position === 1) return false
    return current
  }
  const original = order[position]
  if (original === undefined) return current
  if (type === 'single') return original
  const chosen = Array.isArray(current) ? current : []
  const next = chosen.includes(original) ? chosen.filter((item) => item !== original) : [...chosen, original]
  return next.sort((a, b) => a - b)
}

/**
 * Describes an answer in the letters the learner saw, e.g. "A、C", or the true/false words.
 *
 * @example
 * answerLetters('multiple', [1, 0, 2], [0, 2], { yes: '正确', no: '错误' }) // 'B、C'
 */
export function answerLetters(
  type: QuestionType,
  order: readonly number[],
  given: GivenAnswer,
  words: { yes: string; no: string },
): string | null {
  if (given === null) return null
  if (type === 'truefalse') return typeof given === 'boolean' ? (given ? words.yes : words.no) : null
  const originals = Array.isArray(given) ? given : typeof given === 'number' ? [given] : []
  if (originals.length === 0) return null
  return originals
    .map((original) => order.indexOf(original))
    .filter((position) => position !== -1)
    .sort((a, b) => a - b)
    .map(optionLetter)
    .join('、')
}

/**
 * The original option indices in the order the learner sees them; as written
 * when no shuffled order was saved.
 *
 * @example
 * shownOrder(3, undefined) // [0, 1, 2]
 * shownOrder(3, [2, 0, 1]) // [2, 0, 1]
 */
export function shownOrder(optionCount: number, order: readonly number[] | undefined): number[] {
  return order ? [...order] : Array.from({ length: optionCount }, (_, index) => index)
}
