/**
 * Questions exchanged with Moodle and other LMSs: their shape, the one set of rules a question from
 * outside must meet, and reading back the questions a trainer imported earlier (kept on this
 * device). Reading a GIFT file is in gift.ts, with its parser, loaded only when a trainer imports
 * one; writing GIFT and Moodle XML is in bankExport.ts.
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

/**
 * The largest GIFT file taken: about 3000 questions, parsed in well under a second.
 * It is checked on the file's bytes when it is read, and on the text's length here.
 */
export const MAX_GIFT_BYTES = 1024 * 1024

/**
 * The most questions one file and the local bank may hold. Short questions fit 30,000 in a
 * megabyte: parsed, saved and listed on every trainer visit, they would freeze the page for seconds.
 */
export const MAX_LOCAL_QUESTIONS = 3000

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

/** A question as the trainer wrote it, whatever id an import gave it; the key's order aside. */
function questionKey(question: ExchangeQuestion): string {
  const options = 'options' in question ? question.options : []
  const answer = Array.isArray(question.answer) ? [...question.answer].sort((a, b) => a - b) : question.answer
  return JSON.stringify([question.type, question.stem.trim(), options.map((option) => option.trim()), answer])
}

/**
 * Questions an import brings, split into those new to the local bank and those it already holds
 * (the same file imported twice): the bank keeps one of each.
 *
 * @example
 * splitRepeats(bank, imported) // { fresh: [...those not in bank], repeated: 3 }
 */
export function splitRepeats(
  bank: readonly ExchangeQuestion[],
  incoming: readonly ExchangeQuestion[],
): { fresh: ExchangeQuestion[]; repeated: number } {
  const seen = new Set(bank.map(questionKey))
  const fresh: ExchangeQuestion[] = []
  for (const question of incoming) {
    const key = questionKey(question)
    if (seen.has(key)) continue
    seen.add(key)
    fresh.push(question)
  }
  return { fresh, repeated: incoming.length - fresh.length }
}

/**
 * Questions an import brings that the course's own bank already has (its own export imported
 * back), set apart: the local bank is for the trainer's own questions.
 *
 * @example
 * splitCourseCopies(courseBank, imported) // { fresh: [...those not in the course], inCourse: 56 }
 */
export function splitCourseCopies(
  course: readonly ExchangeQuestion[],
  incoming: readonly ExchangeQuestion[],
): { fresh: ExchangeQuestion[]; inCourse: number } {
  const inCourse = new Set(course.map(questionKey))
  const fresh = incoming.filter((question) => !inCourse.has(questionKey(question)))
  return { fresh, inCourse: incoming.length - fresh.length }
}

/**
 * Why the local bank cannot take `fresh` more questions, or null when it can.
 *
 * @example
 * bankRoomProblem(2900, 200) // '本地题库最多 3000 道题：现有 2900 道，…'
 */
export function bankRoomProblem(bankSize: number, fresh: number): string | null {
  if (bankSize + fresh <= MAX_LOCAL_QUESTIONS) return null
  return `本地题库最多 ${MAX_LOCAL_QUESTIONS} 道题：现有 ${bankSize} 道，这个文件又有 ${fresh} 道新题。请先清空本地题库，或把文件分成较小的几份`
}
