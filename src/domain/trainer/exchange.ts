/**
 * Questions exchanged with Moodle and other LMSs: writing a bank as GIFT or Moodle XML, and
 * reading back the questions a trainer imported earlier (kept on this device). Reading a GIFT
 * file is in gift.ts, with its parser, loaded only when a trainer imports one.
 */
import { cleanText } from '../text/sanitize'

/** What the exchange needs of a question; content questions and local ones both fit. */
export type ExchangeQuestion =
  | { id: string; type: 'single'; stem: string; options: readonly string[]; answer: number; explanation?: string }
  | {
      id: string
      type: 'multiple'
      stem: string
      options: readonly string[]
      answer: readonly number[]
      explanation?: string
    }
  | { id: string; type: 'truefalse'; stem: string; answer: boolean; explanation?: string }

/** GIFT's special characters, escaped with a backslash. */
function giftText(text: string): string {
  return text.replace(/([\\~=#{}:])/g, '\\$1').replace(/\r?\n/g, ' ')
}

function weight(value: number): string {
  return String(Math.round(value * 100000) / 100000)
}

/**
 * The questions as GIFT, one per paragraph, each named by its id, with the explanation as general feedback.
 *
 * @example
 * toGift([{ id: 'q1', type: 'truefalse', stem: '接电话可以用“喂”开头。', answer: false }])
 * // '::q1::接电话可以用“喂”开头。{FALSE}\n'
 */
export function toGift(questions: readonly ExchangeQuestion[]): string {
  return questions
    .map((question) => {
      const feedback = question.explanation ? `####${giftText(question.explanation)}` : ''
      let answers: string
      if (question.type === 'truefalse') answers = question.answer ? 'TRUE' : 'FALSE'
      else if (question.type === 'single') {
        answers = question.options
          .map((option, index) => `${index === question.answer ? '=' : '~'}${giftText(option)}`)
          .join(' ')
      } else {
        const right = question.answer.length
        const wrong = question.options.length - right
        answers = question.options
          .map(
            (option, index) =>
              `~%${question.answer.includes(index) ? weight(100 / right) : weight(-100 / Math.max(1, wrong))}%${giftText(option)}`,
          )
          .join(' ')
      }
      return `::${giftText(question.id)}::${giftText(question.stem)}{${answers}${feedback}}\n`
    })
    .join('\n')
}

function cdata(text: string): string {
  return `<![CDATA[${text.replace(/]]>/g, ']]]]><![CDATA[>')}]]>`
}

/** The questions as Moodle XML (multichoice and truefalse). */
export function toMoodleXml(questions: readonly ExchangeQuestion[]): string {
  const items = questions.map((question) => {
    const head = `    <name><text>${cdata(question.id)}</text></name>\n    <questiontext format="plain_text"><text>${cdata(question.stem)}</text></questiontext>\n    <generalfeedback format="plain_text"><text>${cdata(question.explanation ?? '')}</text></generalfeedback>`
    if (question.type === 'truefalse') {
      return `  <question type="truefalse">\n${head}\n    <answer fraction="${question.answer ? 100 : 0}" format="moodle_auto_format"><text>true</text></answer>\n    <answer fraction="${question.answer ? 0 : 100}" format="moodle_auto_format"><text>false</text></answer>\n  </question>`
    }
    const right = question.type === 'single' ? [question.answer] : [...question.answer]
    const answers = question.options
      .map((option, index) => {
        const fraction = right.includes(index)
          ? weight(100 / right.length)
          : question.type === 'single'
            ? '0'
            : weight(-100 / Math.max(1, question.options.length - right.length))
        return `    <answer fraction="${fraction}" format="plain_text"><text>${cdata(option)}</text></answer>`
      })
      .join('\n')
    return `  <question type="multichoice">\n${head}\n    <single>${question.type === 'single'}</single>\n    <shuffleanswers>true</shuffleanswers>\n    <answernumbering>ABCD</answernumbering>\n${answers}\n  </question>`
  })
  return `<?xml version="1.0" encoding="UTF-8"?>\n<quiz>\n${items.join('\n')}\n</quiz>\n`
}

/**
 * The largest GIFT file taken: about 3000 questions, parsed in well under a second.
 * It is checked on the file's bytes when it is read, and on the text's length here.
 */
export const MAX_GIFT_BYTES = 1024 * 1024

const LOCAL_ID = /^[a-z0-9-]{1,80}$/

/** The longest stem, option or explanation a question may have, in characters. */
export const MAX_TEXT = 500

/** A question read from outside (a GIFT file, the saved local bank) before it is checked. */
export type QuestionDraft =
  | { type: 'truefalse'; stem: string; answer: boolean; explanation?: string }
  | {
      type: 'single' | 'multiple'
      stem: string
      options: readonly string[]
      answer: readonly number[]
      explanation?: string
    }

export type CheckedQuestion = { ok: true; question: ExchangeQuestion } | { ok: false; reason: string }

/**
 * The one set of rules for a question from outside, wherever it was read from. All text is cleaned
 * (`cleanText`) before it is checked, so invisible characters can neither hide a duplicate option
 * nor reorder what a learner reads.
 *
 * @example checkQuestion({ type: 'single', stem: '题', options: ['甲', '甲'], answer: [0] }, 'q1') // { ok: false, reason: '选项有重复' }
 */
export function checkQuestion(draft: QuestionDraft, id: string): CheckedQuestion {
  const refuse = (reason: string): CheckedQuestion => ({ ok: false, reason })
  const stem = cleanText(draft.stem)
  if (stem === '' || stem.length > MAX_TEXT) return refuse('题干为空或太长')
  const explanation = (draft.explanation && cleanText(draft.explanation).slice(0, MAX_TEXT)) || undefined
  if (draft.type === 'truefalse')
    return { ok: true, question: { id, type: 'truefalse', stem, answer: draft.answer, explanation } }
  const options = draft.options.map(cleanText)
  if (options.length < 2 || options.length > 6) return refuse('选项应为 2–6 个')
  if (options.some((option) => option === '' || option.length > MAX_TEXT)) return refuse('有选项为空或太长')
  if (new Set(options).size !== options.length) return refuse('选项有重复')
  const right = draft.answer
  if (right.length === 0) return refuse('没有正确答案')
  if (
    right.some((at) => !Number.isInteger(at) || at < 0 || at >= options.length) ||
    new Set(right).size !== right.length
  )
    return refuse('正确答案不在选项之中')
  if (draft.type === 'multiple') {
    if (right.length < 2) return refuse('多选题至少要有两个正确答案')
    return {
      ok: true,
      question: { id, type: 'multiple', stem, options, answer: [...right].sort((a, b) => a - b), explanation },
    }
  }
  if (right.length !== 1) return refuse('单选题只能有一个正确答案')
  return { ok: true, question: { id, type: 'single', stem, options, answer: right[0]!, explanation } }
}

/**
 * Reads the saved local bank, keeping every question that is still well-formed (by the same rules
 * as an imported one, and with no text the cleaning would change), under the id it was saved with
 * (a quiz in progress refers to it), each id once.
 */
export function parseLocalBank(raw: string | null): ExchangeQuestion[] {
  if (!raw) return []
  try {
    const data = JSON.parse(raw) as unknown
    if (!Array.isArray(data)) return []
    const seen = new Set<string>()
    return data.filter(isExchangeQuestion).flatMap((saved) => {
      if (!LOCAL_ID.test(saved.id) || seen.has(saved.id)) return []
      const draft: QuestionDraft =
        saved.type === 'truefalse'
          ? saved
          : { ...saved, answer: saved.type === 'single' ? [saved.answer] : saved.answer }
      const checked = checkQuestion(draft, saved.id)
      if (!checked.ok || checked.question.stem !== saved.stem) return []
      seen.add(saved.id)
      return [checked.question]
    })
  } catch {
    return []
  }
}

function isExchangeQuestion(value: unknown): value is ExchangeQuestion {
  const q = value as Partial<Record<string, unknown>> | null
  if (!q || typeof q.id !== 'string' || typeof q.stem !== 'string') return false
  if (q.explanation !== undefined && typeof q.explanation !== 'string') return false
  if (q.type === 'truefalse') return typeof q.answer === 'boolean'
  if (!Array.isArray(q.options) || !q.options.every((option) => typeof option === 'string')) return false
  if (q.type === 'single') return typeof q.answer === 'number'
  return q.type === 'multiple' && Array.isArray(q.answer) && q.answer.every((index) => typeof index === 'number')
}
