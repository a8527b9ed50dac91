/**
 * Rules for the text learners read: it teaches the job and never talks about
 * the documents behind it (those live behind the 「出处」 disclosure), and a
 * question's right answer must not give itself away by being the longest.
 */

// 原文, 讲义, "003 号", "第 40 条": ways the old text pointed at a document.
const DOCUMENT_MENTION = /原文|讲义|文档|教材|(?<![\d.])00[0-4](?![\d.])|第\s*[0-9一二三四五六七八九十百]+\s*条/gu

/**
 * The phrases in `text` that refer to a source document rather than to the job.
 *
 * @example
 * documentMentions('按 003 号原文，投诉要及时处理') // ['003', '原文']
 * documentMentions('客户一般会告诉 10 到 20 个人') // []
 */
export function documentMentions(text: string): string[] {
  return [...text.matchAll(DOCUMENT_MENTION)].map((match) => match[0])
}

/** Options measured in characters, ignoring spaces and punctuation. */
function visibleLength(option: string): number {
  return option.replace(/[\s\p{P}]/gu, '').length
}

/**
 * True when the keyed option is longer than every other option, the most
 * common way a question hands its answer to a guesser.
 *
 * @example
 * keyIsUniquelyLongest(['好', '非常好，并说明原因'], 1) // true
 * keyIsUniquelyLongest(['甲乙', '丙丁'], 0) // false
 */
export function keyIsUniquelyLongest(options: readonly string[], answer: number): boolean {
  const key = options[answer]
  if (key === undefined) return false
  const length = visibleLength(key)
  return options.every((option, index) => index === answer || visibleLength(option) < length)
}
