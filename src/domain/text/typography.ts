/**
 * Chinese typography for course text. The source documents, and much text
 * typed on ordinary keyboards, use ASCII punctuation between Chinese
 * characters; the course shows the full-width forms a Chinese reader expects.
 * Quotations are never changed: only their displayed copy is.
 */

const FULL_WIDTH: Record<string, string> = {
  ',': '\uff0c',
  ';': '\uff1b',
  ':': '\uff1a',
  '?': '\uff1f',
  '!': '\uff01',
  '(': '\uff08',
  ')': '\uff09',
}

// A Chinese character, or Chinese quotation marks and brackets.
const HAN = '[\\u3400-\\u9fff\\uf900-\\ufaff\\u201c\\u201d\\u2018\\u2019\\u300c-\\u300f\\u3001\\u3002\\uff08\\uff09]'
const NEXT_TO_HAN = new RegExp(`(?<=${HAN})([,;:?!()]) ?|([,;:?!()])(?=${HAN})`, 'g')

/**
 * Replaces ASCII punctuation that stands next to Chinese text with its
 * full-width form, and paired straight double quotes in Chinese text with
 * “curly” ones, leaving numbers, times and Latin text alone.
 *
 * @example
 * chinesePunctuation('您好,请问有什么可以帮助您?') // '您好,请问有什么可以帮助您?'
 * chinesePunctuation('9:00 与 1cm--2cm') // unchanged
 */
export function chinesePunctuation(text: string): string {
  let result = curlyQuotes(text)
  // Twice, so a mark between two others that changed (e.g. "?)") is also reached.
  for (let pass = 0; pass < 2; pass++) {
    result = result.replace(NEXT_TO_HAN, (_match, before: string | undefined, after: string | undefined) => {
      const mark = (before ?? after)!
      return FULL_WIDTH[mark] ?? mark
    })
  }
  return matchBrackets(result)
}

/** A bracket pair where either side became full-width is made full-width on both sides. */
function matchBrackets(text: string): string {
  const chars = [...text]
  const open: number[] = []
  chars.forEach((char, index) => {
    if (char === '(' || char === '\uff08') open.push(index)
    else if ((char === ')' || char === '\uff09') && open.length > 0) {
      const start = open.pop()!
      if (chars[start] === '\uff08' || char === '\uff09') {
        chars[start] = '\uff08'
        chars[index] = '\uff09'
      }
    }
  })
  return chars.join('')
}

const HAN_CHAR = /[\u3400-\u9fff]/

/** Straight double quotes, in pairs, become “ and ” when the text is Chinese; an odd count is left alone. */
function curlyQuotes(text: string): string {
  const count = text.split('"').length - 1
  if (count === 0 || count % 2 !== 0 || !HAN_CHAR.test(text)) return text
  let open = true
  return text.replace(/"/g, () => {
    const mark = open ? '\u201c' : '\u201d'
    open = !open
    return mark
  })
}
