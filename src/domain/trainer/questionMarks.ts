/**
 * Which questions of an assignment a learner got right, small enough to travel in a
 * result code: 100 questions add about 500 characters, so a code stays under its limit.
 *
 * The question ids are sorted and front-coded: each id is one base-36 digit saying how
 * many leading characters it shares with the id before it, then the rest
 * (`phone-q001,c2,c3` is phone-q001, phone-q002, phone-q003). The marks are one bit
 * per question in that order, 1 for right, written in hex. Sorting makes the codes of
 * learners who drew the same questions in different orders alike, and the item
 * analysis does not need the order in which each learner saw them.
 *
 * What each learner chose travels beside the marks, so the item analysis can show which
 * wrong option drew them: one comma-separated token per question in the same order (see
 * `CHOICE_TOKEN`), in the options' written order, whatever order the learner saw them in.
 */
import type { Decoded } from './transferCode'
import type { GivenAnswer } from '../quiz/scoring'

/**
 * One question of a hand-in: right (fully, as the quiz scores it) or not, and what the
 * learner chose (absent on codes from before choices travelled).
 */
export interface QuestionMark {
  questionId: string
  correct: boolean
  given?: GivenAnswer
}

/** The packed form: front-coded sorted ids, the marks as hex, and the choices when they travel. */
export interface PackedMarks {
  questions: string
  marks: string
  choices?: string
}

/**
 * A choice's token: `-` no answer, `T` / `F` true or false, one base-36 digit for the option
 * chosen of a single-choice question, and `*` then a digit per option ticked (rising) of a
 * multiple-choice one. A question has at most 20 options, so one digit is enough.
 *
 * @example
 * // null, true, option 2, options 0 and 3
 * '-,T,2,*03'
 */
const CHOICE_TOKEN = /^(?:-|T|F|[0-9a-j]|\*[0-9a-j]*)$/
const optionDigit = (index: number) => index.toString(36)
const isOption = (value: unknown): value is number =>
  Number.isInteger(value) && (value as number) >= 0 && (value as number) < 20

/**
 * Whether a value is a choice as a result carries it: no answer, true or false, an option's
 * index, or the indices ticked, rising and none twice.
 */
export function isChoice(value: unknown): value is GivenAnswer {
  if (value === null || typeof value === 'boolean' || isOption(value)) return true
  return Array.isArray(value) && value.every((index, at) => isOption(index) && (at === 0 || index > value[at - 1]))
}

/**
 * A learner's saved answer as a result carries it (the indices ticked put in order), or
 * undefined when it is not one a quiz gives.
 *
 * @example
 * choiceOf([3, 0]) // [0, 3]
 */
export function choiceOf(value: unknown): GivenAnswer | undefined {
  const choice = Array.isArray(value) ? [...new Set(value)].sort((a, b) => a - b) : value
  return isChoice(choice) ? choice : undefined
}

/** A choice as its token (`choiceOf`'s form). */
function choiceToken(given: GivenAnswer): string {
  if (given === null) return '-'
  if (typeof given === 'boolean') return given ? 'T' : 'F'
  if (typeof given === 'number') return optionDigit(given)
  return `*${given.map(optionDigit).join('')}`
}

function tokenChoice(token: string): GivenAnswer {
  if (token === '-') return null
  if (token === 'T' || token === 'F') return token === 'T'
  if (token.startsWith('*')) return [...token.slice(1)].map((digit) => parseInt(digit, 36))
  return parseInt(token, 36)
}

/** A question id, in the course or a trainer's own bank. */
export const QUESTION_ID = /^[a-z0-9-]{1,80}$/
/** The longest shared prefix one base-36 digit can say. */
const MAX_SHARED = 35

/**
 * Packs the marks of a hand-in; the ids must be unique (a hand-in asks each question once).
 * The choices are packed when every mark has one (in `choiceOf`'s form).
 *
 * @example
 * packMarks([{ questionId: 'q2', correct: false }, { questionId: 'q1', correct: true }])
 * // { questions: '0q1,12', marks: '8' }
 * packMarks([{ questionId: 'q1', correct: true, given: 2 }, { questionId: 'q2', correct: false, given: null }])
 * // { questions: '0q1,12', marks: '8', choices: '2,-' }
 */
export function packMarks(answers: readonly QuestionMark[]): PackedMarks {
  const sorted = [...answers].sort((a, b) => (a.questionId < b.questionId ? -1 : a.questionId > b.questionId ? 1 : 0))
  let previous = ''
  const ids = sorted.map(({ questionId }) => {
    let shared = 0
    while (shared < MAX_SHARED && previous[shared] !== undefined && previous[shared] === questionId[shared]) shared++
    previous = questionId
    return shared.toString(36) + questionId.slice(shared)
  })
  let marks = ''
  for (let at = 0; at < sorted.length; at += 4) {
    let nibble = 0
    for (let bit = 0; bit < 4; bit++) nibble = (nibble << 1) | (sorted[at + bit]?.correct ? 1 : 0)
    marks += nibble.toString(16)
  }
  const packed = { questions: ids.join(','), marks }
  if (sorted.length === 0 || !sorted.every((answer) => answer.given !== undefined && isChoice(answer.given)))
    return packed
  return { ...packed, choices: sorted.map((answer) => choiceToken(answer.given!)).join(',') }
}

const BROKEN = '每题对错的记录格式不对'
const BROKEN_CHOICES = '每题所选答案的记录格式不对'
/** A token as `choiceToken` writes it: a multiple choice's digits rising, none twice. */
const isChoiceToken = (token: string) => CHOICE_TOKEN.test(token) && isChoice(tokenChoice(token))

/**
 * Reads packed marks from outside, for a hand-in of `total` questions: every id well formed
 * and in strictly rising order (so none twice), one mark per question and nothing after the last,
 * and, when choices came, one well-formed choice per question.
 *
 * @example
 * unpackMarks({ questions: '0q1,12', marks: '8' }, 2)
 * // { ok: true, value: [{ questionId: 'q1', correct: true }, { questionId: 'q2', correct: false }] }
 */
export function unpackMarks(packed: PackedMarks, total: number): Decoded<QuestionMark[]> {
  const { questions, marks, choices } = packed
  if (!/^[0-9a-f]*$/.test(marks)) return { ok: false, problem: BROKEN }
  const items = questions === '' ? [] : questions.split(',')
  if (items.length !== total || marks.length !== Math.ceil(total / 4))
    return { ok: false, problem: `每题对错的记录有 ${items.length} 题，与总题数 ${total} 题不符` }
  const tokens = choices?.split(',')
  if (tokens && (tokens.length !== total || !tokens.every(isChoiceToken))) return { ok: false, problem: BROKEN_CHOICES }
  const answers: QuestionMark[] = []
  let previous = ''
  for (const [at, item] of items.entries()) {
    const shared = parseInt(item.charAt(0), 36)
    if (!/^[0-9a-z]$/.test(item.charAt(0)) || shared > previous.length) return { ok: false, problem: BROKEN }
    const questionId = previous.slice(0, shared) + item.slice(1)
    if (!QUESTION_ID.test(questionId) || questionId <= previous) return { ok: false, problem: BROKEN }
    const nibble = parseInt(marks.charAt(at >> 2), 16)
    const correct = ((nibble >> (3 - (at & 3))) & 1) === 1
    answers.push(tokens ? { questionId, correct, given: tokenChoice(tokens[at]!) } : { questionId, correct })
    previous = questionId
  }
  // Bits after the last question are always 0: anything else is not what `packMarks` wrote.
  const unused = (4 - (total % 4)) % 4
  if (unused > 0 && (parseInt(marks.charAt(marks.length - 1), 16) & ((1 << unused) - 1)) !== 0)
    return { ok: false, problem: BROKEN }
  return { ok: true, value: answers }
}
