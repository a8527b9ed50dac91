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
export function visibleLength(option: string): number {
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

/** A lesson's title, as compared: no spaces or punctuation, so 「接电话:」 and 「接电话：」 are the same title. */
export function titleKey(title: string): string {
  return title.replace(/[\s\p{P}\p{S}]/gu, '')
}

/** A piece of learner text: plain words, or the title of another lesson it points to. */
export type TextPart = { text: string } | { text: string; lesson: { moduleId: string; lessonId: string } }

/**
 * Splits text at the lessons it names in 《》, so a view can make each a link
 * ("见《担责、致歉与上报》一课"). Titles that are not lessons (a law, a book) stay text.
 *
 * @example
 * linkLessonTitles('见《担责》一课', new Map([['担责', { moduleId: 'm', lessonId: 'l' }]]))
 * // [{ text: '见' }, { text: '《担责》', lesson: { moduleId: 'm', lessonId: 'l' } }, { text: '一课' }]
 */
export function linkLessonTitles(
  text: string,
  lessons: ReadonlyMap<string, { moduleId: string; lessonId: string }>,
): TextPart[] {
  const parts: TextPart[] = []
  let last = 0
  for (const match of text.matchAll(/《([^》]+)》/gu)) {
    const lesson = lessons.get(titleKey(match[1]!))
    if (!lesson) continue
    if (match.index > last) parts.push({ text: text.slice(last, match.index) })
    parts.push({ text: match[0], lesson })
    last = match.index + match[0].length
  }
  if (last < text.length || parts.length === 0) parts.push({ text: text.slice(last) })
  return parts
}

/**
 * The lesson titles that `text` names as lessons (《…》一课) but that no lesson has:
 * a renamed lesson leaves these behind.
 *
 * @example
 * missingLessonTitles('见《旧课名》一课', new Set(['新课名'])) // ['旧课名']
 */
export function missingLessonTitles(text: string, titleKeys: ReadonlySet<string>): string[] {
  return [...text.matchAll(/《([^》]+)》一课/gu)]
    .map((match) => match[1]!)
    .filter((title) => !titleKeys.has(titleKey(title)))
}
