/**
 * Writing a question bank for Moodle and other LMSs: GIFT text and Moodle XML. Only the
 * trainer's export needs it.
 */
import type { ExchangeQuestion } from './exchange'

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
