/**
 * Reading a trainer's GIFT file (single, multiple and true/false questions) into
 * a local bank, reporting what was taken and what was refused and why. Its parser
 * is large, so this module loads only when a trainer imports a file; writing GIFT
 * and Moodle XML is in exchange.ts.
 */
import { parse as parseGiftText, type GIFTQuestion, type TextFormat } from 'gift-pegjs'
import { cleanText } from '../text/sanitize'
import { formatBytes } from '../text/size'
import {
  MAX_GIFT_BYTES,
  MAX_LOCAL_QUESTIONS,
  checkQuestion,
  type ExchangeQuestion,
  type QuestionDraft,
} from './exchange'

/** A question of the file that was not taken, and where the trainer finds it. */
export interface GiftRefusal {
  /** Its place among the file's questions (categories are not counted), from 1. */
  number: number
  /** The line it starts on, or null when the file's layout does not say (see `questionLines`). */
  line: number | null
  /** Its title, or else the start of its stem, cleaned; '' when it has neither. */
  title: string
  reason: string
}

export interface GiftImport {
  taken: ExchangeQuestion[]
  refused: GiftRefusal[]
  /** Set when the file could not be read as GIFT at all: nothing is taken then. */
  syntaxError: string | null
}

function titleOf(question: GIFTQuestion): string {
  const title = 'title' in question && question.title ? cleanText(question.title) : ''
  const stem = 'stem' in question ? cleanText(textOf(question.stem)) : ''
  return (title || stem).slice(0, 30)
}

const BLANK = /^[ \t]*$/

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' }

/**
 * The words of a GIFT text. Moodle exports its questions as `[html]`, and the course shows every
 * text as text: the markup would be read out tag by tag. Tags go (a line break or paragraph
 * becomes a space) and entities become their characters; anything else is kept as written.
 *
 * @example textOf({ format: 'html', text: '<p>甲 &amp; 乙<br></p>' }) // '甲 & 乙'
 */
export function textOf(field: TextFormat): string {
  if (field.format !== 'html') return field.text
  return field.text
    .replace(/<(br|\/p|\/div|\/li)\b[^>]*>/gi, ' ')
    .replace(/<[^>]*>/g, '')
    .replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]+);/gi, (entity, name: string) => {
      if (name[0] !== '#') return ENTITIES[name.toLowerCase()] ?? entity
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1))
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : entity
    })
    .replace(/\s+/g, ' ')
    .trim()
}

/**
 * The line each item of a GIFT file starts on. GIFT separates items by blank lines (the parser
 * requires them), so each run of lines holding more than `//` comments is one item. When the
 * count differs from what the parser found (a layout this reading does not foresee), null:
 * a wrong line number would send the trainer to the wrong question.
 *
 * @example questionLines(['// 第一组', '::a::题{T}', '', '::b::题{F}', ''], 2) // [2, 4]
 */
export function questionLines(lines: readonly string[], items: number): number[] | null {
  const starts: number[] = []
  let inItem = false
  lines.forEach((line, at) => {
    if (BLANK.test(line)) inItem = false
    else if (!inItem && !line.trim().startsWith('//')) {
      inItem = true
      starts.push(at + 1)
    }
  })
  return starts.length === items ? starts : null
}

/** An item of a GIFT file: a question (or category, description), or a run of lines that could not be read. */
type GiftItem =
  | { question: GIFTQuestion; line: number | null; broken?: undefined }
  | { question: null; line: number; broken: { title: string; problem: string } }

/**
 * Where a GIFT text could not be read, said to the trainer: the line (counted in the whole file,
 * the text starting after `offset` lines), and the commonest slip, a question right under the one
 * before with no blank line, named as such. A refused question is listed with its own line
 * (`itemLine`), which is not said again.
 */
function syntaxProblem(error: unknown, lines: readonly string[], offset: number, itemLine?: number): string {
  const at = (error as { location?: { start?: { line?: number } } }).location?.start?.line
  const check = '请检查题目的大括号 { } 和答案前的 = 或 ~'
  if (at === undefined) return check
  const line = at + offset
  if (line > offset + 1 && /}\s*$/.test(lines[line - 2] ?? ''))
    return `第 ${line} 行的题目紧接着上一道题，每两道题之间要空一行`
  return line === itemLine ? `写法不对，${check}` : `第 ${line} 行附近写法不对，${check}`
}

/**
 * The items of a file the parser refused as a whole, each run of lines between blank lines read on
 * its own; null when it holds more questions than the local bank takes, found without reading the rest.
 */
function itemsOneByOne(lines: readonly string[]): GiftItem[] | null {
  const items: GiftItem[] = []
  let questions = 0
  let start = -1
  const close = (end: number) => {
    if (start < 0) return
    const text = lines.slice(start, end).join('\n')
    const line = lines.slice(start, end).findIndex((one) => !one.trim().startsWith('//')) + start + 1
    const before = items.length
    try {
      for (const question of parseGiftText(text)) items.push({ question, line })
    } catch (error) {
      const title = cleanText(/::(.*?)::/.exec(text)?.[1] ?? lines[line - 1] ?? '').slice(0, 30)
      items.push({ question: null, line, broken: { title, problem: syntaxProblem(error, lines, start, line) } })
    }
    questions += items.slice(before).filter(({ question }) => isQuestion(question)).length
    start = -1
  }
  for (let at = 0; at < lines.length && questions <= MAX_LOCAL_QUESTIONS; at++) {
    if (BLANK.test(lines[at]!)) close(at)
    else if (start < 0) start = at
  }
  close(lines.length)
  return questions > MAX_LOCAL_QUESTIONS ? null : items
}

const tooMany = (count: number, atLeast = false) =>
  `题目太多：文件里${atLeast ? '超过' : '有'} ${count} 道题，一次最多导入 ${MAX_LOCAL_QUESTIONS} 道，请把文件分成较小的几份`

/** Whether an item is a question the trainer counts: a broken one is, a category or description is not. */
const isQuestion = (question: GIFTQuestion | null) => question?.type !== 'Category' && question?.type !== 'Description'

/** GIFT's question types the course cannot take, as a trainer knows them from Moodle. */
const TYPE_NAMES: Record<Exclude<GIFTQuestion['type'], 'MC' | 'TF' | 'Category' | 'Description'>, string> = {
  Short: '简答题',
  Essay: '问答题',
  Numerical: '数值题',
  Matching: '匹配题',
}

/**
 * Reads a trainer's GIFT file. Only single, multiple and true/false questions
 * are taken; every other question is refused with the reason (the rules are
 * exchange.ts's `checkQuestion`).
 */
export function importGift(text: string, idPrefix = 'local'): GiftImport {
  if (text.length > MAX_GIFT_BYTES)
    return { taken: [], refused: [], syntaxError: `文件太大：最多 ${formatBytes(MAX_GIFT_BYTES)}` }
  const source = text.replace(/^\uFEFF/, '')
  if (BLANK.test(source.replace(/\r\n|\r|\n/g, '')))
    return { taken: [], refused: [], syntaxError: '文件是空的，里面没有题目' }
  const sourceLines = source.split(/\r\n|\r|\n/)
  if (sourceLines.every((line) => BLANK.test(line) || line.trim().startsWith('//')))
    return { taken: [], refused: [], syntaxError: '文件里没有题目，只有以 // 开头的注释' }
  let items: GiftItem[]
  try {
    const parsed = parseGiftText(source)
    const lines = questionLines(sourceLines, parsed.length)
    items = parsed.map((question, index) => ({ question, line: lines?.[index] ?? null }))
  } catch (error) {
    // One slip need not cost the whole file: each item is read on its own, and the broken ones refused.
    const oneByOne = itemsOneByOne(sourceLines)
    if (!oneByOne) return { taken: [], refused: [], syntaxError: tooMany(MAX_LOCAL_QUESTIONS, true) }
    if (!oneByOne.some(({ question }) => question && isQuestion(question)))
      return { taken: [], refused: [], syntaxError: `GIFT 格式错误：${syntaxProblem(error, sourceLines, 0)}` }
    items = oneByOne
  }
  if (items.every(({ question }) => question?.type === 'Category'))
    return { taken: [], refused: [], syntaxError: '文件里没有题目' }
  const count = items.filter(({ question }) => isQuestion(question)).length
  if (count > MAX_LOCAL_QUESTIONS) return { taken: [], refused: [], syntaxError: tooMany(count) }
  const taken: ExchangeQuestion[] = []
  const refused: GiftRefusal[] = []
  let number = 0
  items.forEach(({ question, line, broken }, index) => {
    if (question?.type === 'Category') return
    number += 1
    if (question?.type === 'Description') return
    if (!question) {
      refused.push({ number, line, title: broken.title, reason: broken.problem })
      return
    }
    const refuse = (reason: string) => refused.push({ number, line, title: titleOf(question), reason })
    if (question.type !== 'MC' && question.type !== 'TF') {
      refuse(`不支持的题型（${TYPE_NAMES[question.type]}），只能导入单选、多选、判断题`)
      return
    }
    const explanation = question.globalFeedback ? textOf(question.globalFeedback) : undefined
    const id = `${idPrefix}-${index + 1}`
    const draft: QuestionDraft =
      question.type === 'TF'
        ? { type: 'truefalse', stem: textOf(question.stem), answer: question.isTrue, explanation }
        : giftChoiceDraft(question, explanation)
    const checked = checkQuestion(draft, id)
    if (checked.ok) taken.push(checked.question)
    else refuse(checked.reason)
  })
  return { taken, refused, syntaxError: null }
}

/** A GIFT choice question: weighted choices make a multiple-answer question when two or more carry weight. */
function giftChoiceDraft(question: Extract<GIFTQuestion, { type: 'MC' }>, explanation?: string): QuestionDraft {
  const right = question.choices.flatMap((choice, at) => (choice.isCorrect || (choice.weight ?? 0) > 0 ? [at] : []))
  const isMultiple = question.choices.some((choice) => choice.weight !== null) && right.length >= 2
  return {
    type: isMultiple ? 'multiple' : 'single',
    stem: textOf(question.stem),
    options: question.choices.map((choice) => textOf(choice.text)),
    answer: right,
    explanation,
  }
}
