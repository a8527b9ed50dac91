/**
 * The words a learner reads aloud, and how many of them count towards the rate.
 */

/**
 * The characters that take time to say: Chinese characters, digits and Latin letters (each said as a syllable).
 * Punctuation, spaces and symbols do not count.
 *
 * @example
 * countableCharacters('您好，启程客服 108 号！') // 10
 */
export function countableCharacters(text: string): number {
  return text.match(/[\p{Script=Han}0-9A-Za-z]/gu)?.length ?? 0
}

/** Stage directions in full-width or ASCII brackets, e.g. （放慢语速）. */
const DIRECTION = /（[^（）]*）|\([^()]*\)/g

/**
 * What is actually said in a line of the course: stage directions dropped and, where the line
 * narrates what the agent does and quotes what they say, only the quoted speech.
 *
 * @example
 * spokenText('铃响第二声时拿起话筒，说：“您好，启程快递。”') // '您好，启程快递。'
 * spokenText('（放慢语速）好的，您别着急。') // '好的，您别着急。'
 * spokenText('“请问您贵姓？”（“姓陈。”）“陈女士，谢谢您。”') // '请问您贵姓？陈女士，谢谢您。'
 */
export function spokenText(text: string): string {
  // Directions go first: one may quote the other person (（“姓陈。”）), whose words are not the agent's.
  const line = text.replace(DIRECTION, '')
  const quoted = [...line.matchAll(/“([^”]*)”/g)].map((match) => match[1]!.trim()).filter(Boolean)
  const speech = quoted.length > 0 ? quoted.join('') : line
  return speech.replace(/\s+/g, ' ').trim()
}
