/**
 * Question-bank exchange with Moodle: export as GIFT and Moodle XML, and
 * import a trainer's GIFT file (single, multiple and true/false questions)
 * into a local bank, reporting what was taken and what was refused and why.
 */
import { parse as parseGiftText, type GIFTQuestion } from 'gift-pegjs'
import { cleanText } from '../text/sanitize'
import { formatBytes } from '../text/size'

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

export interface GiftImport {
  taken: ExchangeQuestion[]
  refused: { question: string; reason: string }[]
  /** Set when the file could not be read as GIFT at all. */
  syntaxError: string | null
}

/**
 * The largest GIFT file taken: about 3000 questions, parsed in well under a second.
 * It is checked on the file's bytes when it is read, and on the text's length here.
 */
export const MAX_GIFT_BYTES = 1024 * 1024
const MAX_TEXT = 500

function label(question: GIFTQuestion, index: number): string {
  const title = 'title' in question && question.title ? cleanText(question.title) : ''
  const stem = 'stem' in question ? cleanText(question.stem.text) : ''
  return `第 ${index + 1} 题${title ? `「${title.slice(0, 30)}」` : stem ? `「${stem.slice(0, 30)}」` : ''}`
}

/**
 * Reads a trainer's GIFT file. Only single, multiple and true/false questions
 * are taken; every other question is refused with the reason. All text is
 * cleaned (`cleanText`) before it is checked, so invisible characters can
 * neither hide a duplicate option nor reorder what a learner reads.
 */
export function importGift(text: string, idPrefix = 'local'): GiftImport {
  if (text.length > MAX_GIFT_BYTES)
    return { taken: [], refused: [], syntaxError: `文件太大：最多 ${formatBytes(MAX_GIFT_BYTES)}` }
  let parsed: GIFTQuestion[]
  try {
    parsed = parseGiftText(text.replace(/^\uFEFF/, ''))
  } catch (error) {
    const location = (error as { location?: { start?: { line?: number } } }).location?.start?.line
    return { taken: [], refused: [], syntaxError: `GIFT 格式错误${location ? `（第 ${location} 行附近）` : ''}` }
  }
  const taken: ExchangeQuestion[] = []
  const refused: GiftImport['refused'] = []
  parsed.forEach((question, index) => {
    const name = label(question, index)
    const refuse = (reason: string) => refused.push({ question: name, reason })
    if (question.type === 'Category' || question.type === 'Description') return
    if (question.type !== 'MC' && question.type !== 'TF')
      return refuse(`不支持的题型（${question.type}），只能导入单选、多选、判断题`)
    const stem = cleanText(question.stem.text)
    if (stem === '' || stem.length > MAX_TEXT) return refuse('题干为空或太长')
    const id = `${idPrefix}-${index + 1}`
    const explanation = (question.globalFeedback && cleanText(question.globalFeedback.text)) || undefined
    if (question.type === 'TF') {
      taken.push({ id, type: 'truefalse', stem, answer: question.isTrue, explanation })
      return
    }
    const options = question.choices.map((choice) => cleanText(choice.text.text))
    if (options.length < 2 || options.length > 6) return refuse('选项应为 2–6 个')
    if (options.some((option) => option === '' || option.length > MAX_TEXT)) return refuse('有选项为空或太长')
    if (new Set(options).size !== options.length) return refuse('选项有重复')
    const right = question.choices.flatMap((choice, at) => (choice.isCorrect || (choice.weight ?? 0) > 0 ? [at] : []))
    if (right.length === 0) return refuse('没有正确答案')
    const isMultiple = question.choices.some((choice) => choice.weight !== null)
    if (isMultiple && right.length >= 2) taken.push({ id, type: 'multiple', stem, options, answer: right, explanation })
    else if (right.length === 1) taken.push({ id, type: 'single', stem, options, answer: right[0]!, explanation })
    else refuse('单选题只能有一个正确答案')
  })
  return { taken, refused, syntaxError: null }
}

const LOCAL_ID = /^[a-z0-9-]{1,80}$/

/**
 * Reads the saved local bank, keeping every question that is still well-formed,
 * under the id it was saved with (a quiz in progress refers to it), each id once.
 */
export function parseLocalBank(raw: string | null): ExchangeQuestion[] {
  if (!raw) return []
  try {
    const data = JSON.parse(raw) as unknown
    if (!Array.isArray(data)) return []
    const saved = data.filter(isExchangeQuestion)
    // Saved by this app from a checked import; re-checking through GIFT keeps one set of rules.
    // toGift writes one question per saved one, so the checked question's number says which it was.
    const checked = importGift(toGift(saved), 'n').taken
    const seen = new Set<string>()
    return checked.flatMap((question) => {
      const original = saved[Number(question.id.slice(2)) - 1]
      const id = original?.id ?? ''
      if (!LOCAL_ID.test(id) || seen.has(id) || cleanText(original!.stem) !== question.stem) return []
      seen.add(id)
      return [{ ...question, id }]
    })
  } catch {
    return []
  }
}

function isExchangeQuestion(value: unknown): value is ExchangeQuestion {
  const q = value as Partial<Record<string, unknown>> | null
  if (!q || typeof q.id !== 'string' || typeof q.stem !== 'string') return false
  if (q.type === 'truefalse') return typeof q.answer === 'boolean'
  if (!Array.isArray(q.options) || !q.options.every((option) => typeof option === 'string')) return false
  if (q.type === 'single') return typeof q.answer === 'number'
  return q.type === 'multiple' && Array.isArray(q.answer) && q.answer.every((index) => typeof index === 'number')
}
