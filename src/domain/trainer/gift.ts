/**
 * Reading a trainer's GIFT file (single, multiple and true/false questions) into
 * a local bank, reporting what was taken and what was refused and why. Its parser
 * is large, so this module loads only when a trainer imports a file; writing GIFT
 * and Moodle XML is in exchange.ts.
 */
import { parse as parseGiftText, type GIFTQuestion } from 'gift-pegjs'
import { cleanText } from '../text/sanitize'
import { formatBytes } from '../text/size'
import { MAX_GIFT_BYTES, checkQuestion, type ExchangeQuestion, type QuestionDraft } from './exchange'

export interface GiftImport {
  taken: ExchangeQuestion[]
  refused: { question: string; reason: string }[]
  /** Set when the file could not be read as GIFT at all. */
  syntaxError: string | null
}

function label(question: GIFTQuestion, index: number): string {
  const title = 'title' in question && question.title ? cleanText(question.title) : ''
  const stem = 'stem' in question ? cleanText(question.stem.text) : ''
  return `第 ${index + 1} 题${title ? `「${title.slice(0, 30)}」` : stem ? `「${stem.slice(0, 30)}」` : ''}`
}

/**
 * Reads a trainer's GIFT file. Only single, multiple and true/false questions
 * are taken; every other question is refused with the reason (the rules are
 * exchange.ts's `checkQuestion`).
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
    if (question.type === 'Category' || question.type === 'Description') return
    const name = label(question, index)
    if (question.type !== 'MC' && question.type !== 'TF') {
      refused.push({ question: name, reason: `不支持的题型（${question.type}），只能导入单选、多选、判断题` })
      return
    }
    const explanation = question.globalFeedback?.text
    const id = `${idPrefix}-${index + 1}`
    const draft: QuestionDraft =
      question.type === 'TF'
        ? { type: 'truefalse', stem: question.stem.text, answer: question.isTrue, explanation }
        : giftChoiceDraft(question, explanation)
    const checked = checkQuestion(draft, id)
    if (checked.ok) taken.push(checked.question)
    else refused.push({ question: name, reason: checked.reason })
  })
  return { taken, refused, syntaxError: null }
}

/** A GIFT choice question: weighted choices make a multiple-answer question when two or more carry weight. */
function giftChoiceDraft(question: Extract<GIFTQuestion, { type: 'MC' }>, explanation?: string): QuestionDraft {
  const right = question.choices.flatMap((choice, at) => (choice.isCorrect || (choice.weight ?? 0) > 0 ? [at] : []))
  const isMultiple = question.choices.some((choice) => choice.weight !== null) && right.length >= 2
  return {
    type: isMultiple ? 'multiple' : 'single',
    stem: question.stem.text,
    options: question.choices.map((choice) => choice.text.text),
    answer: right,
    explanation,
  }
}
