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
 */
import type { Decoded } from './transferCode'

/** One question of a hand-in: right (fully, as the quiz scores it) or not. */
export interface QuestionMark {
  questionId: string
  correct: boolean
}

/** The packed form: front-coded sorted ids, and the marks as hex. */
export interface PackedMarks {
  questions: string
  marks: string
}

/** A question id, in the course or a trainer's own bank. */
export const QUESTION_ID = /^[a-z0-9-]{1,80}$/
/** The longest shared prefix one base-36 digit can say. */
const MAX_SHARED = 35

/**
 * Packs the marks of a hand-in; the ids must be unique (a hand-in asks each question once).
 *
 * @example
 * packMarks([{ questionId: 'q2', correct: false }, { questionId: 'q1', correct: true }])
 * // { questions: '0q1,12', marks: '8' }
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
  return { questions: ids.join(','), marks }
}

const BROKEN = '每题对错的记录格式不对'

/**
 * Reads packed marks from outside, for a hand-in of `total` questions: every id well formed
 * and in strictly rising order (so none twice), one mark per question and nothing after the last.
 *
 * @example
 * unpackMarks({ questions: '0q1,12', marks: '8' }, 2)
 * // { ok: true, value: [{ questionId: 'q1', correct: true }, { questionId: 'q2', correct: false }] }
 */
export function unpackMarks(packed: PackedMarks, total: number): Decoded<QuestionMark[]> {
  const { questions, marks } = packed
  if (!/^[0-9a-f]*$/.test(marks)) return { ok: false, problem: BROKEN }
  const items = questions === '' ? [] : questions.split(',')
  if (items.length !== total || marks.length !== Math.ceil(total / 4))
    return { ok: false, problem: `每题对错的记录有 ${items.length} 题，与总题数 ${total} 题不符` }
  const answers: QuestionMark[] = []
  let previous = ''
  for (const [at, item] of items.entries()) {
    const shared = parseInt(item.charAt(0), 36)
    if (!/^[0-9a-z]$/.test(item.charAt(0)) || shared > previous.length) return { ok: false, problem: BROKEN }
    const questionId = previous.slice(0, shared) + item.slice(1)
    if (!QUESTION_ID.test(questionId) || questionId <= previous) return { ok: false, problem: BROKEN }
    const nibble = parseInt(marks.charAt(at >> 2), 16)
    answers.push({ questionId, correct: ((nibble >> (3 - (at & 3))) & 1) === 1 })
    previous = questionId
  }
  // Bits after the last question are always 0: anything else is not what `packMarks` wrote.
  const unused = (4 - (total % 4)) % 4
  if (unused > 0 && (parseInt(marks.charAt(marks.length - 1), 16) & ((1 << unused) - 1)) !== 0)
    return { ok: false, problem: BROKEN }
  return { ok: true, value: answers }
}
