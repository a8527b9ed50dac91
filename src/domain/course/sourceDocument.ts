/**
 * The clean view of a source document: its lines, with the text the web page
 * added around the material (download prompts, site names, page labels) flagged
 * so learners read only the material, and the cited passage marked.
 */
import { locateQuote, type QuoteLocation } from './citations'

// The documents were saved from document-sharing sites. content/coverage.yaml lists each such line
// of six characters or more with the reason 「网页附带的文字」; tests/unit/domain/course/sourceDocument.test.ts
// checks this rule against that list, so the two cannot drift apart.
const SITE_TEXT =
  /\.docx|搜档网|天天文库|文档|下载|^(?:ID|大小|页数|时间)[:：]|^(?:资源描述|温馨提示|相关主题|合集下载)[:：]?$|通用版$/u

/**
 * True when a whole line is text the web page added, not course material.
 *
 * @example
 * isSiteText('服务管理细则.docx_第1页') // true
 * isSiteText('客服人员岗位职责') // false
 */
export function isSiteText(line: string): boolean {
  return SITE_TEXT.test(line.trim())
}

/** One line of a document, cut around the marked passage where it crosses the line. */
export interface DocumentLine {
  /** The line's text (without its line break). */
  text: string
  /** Added by the web page; learners do not see it. Never true for a line of the marked passage. */
  siteText: boolean
  /** The part of the line inside the marked passage, or null. */
  marked: { before: string; match: string; after: string } | null
}

/**
 * Cuts a document into lines, flags the web page's own text and marks the first
 * occurrence of `quote` (which may run over several lines).
 *
 * @example
 * documentLines('搜档网\n接一、顾二、看三', '顾二')
 * // [{ text: '搜档网', siteText: true, marked: null },
 * //  { text: '接一、顾二、看三', siteText: false, marked: { before: '接一、', match: '顾二', after: '、看三' } }]
 */
export function documentLines(document: string, quote: string | null): DocumentLine[] {
  const location = quote ? locateQuote(document, quote) : null
  let lineStart = 0
  return document.split('\n').map((text) => {
    const start = lineStart
    lineStart += text.length + 1
    // The passage's part on this line, in the line's own offsets.
    const from = location ? Math.max(location.start - start, 0) : 0
    const to = location ? Math.min(location.end - start, text.length) : 0
    const crosses = location !== null && from < to
    return {
      text,
      siteText: !crosses && isSiteText(text),
      marked: crosses ? { before: text.slice(0, from), match: text.slice(from, to), after: text.slice(to) } : null,
    }
  })
}

/**
 * The web page's notice that some documents carry inside their sentences (once split by a page
 * break): hidden from readers with the lines of site text.
 */
const INLINE_NOTICE = '资料内容仅供您学习参考,如有不当或者侵权,请联系改正或者删除。'

/** A page of a document saved page by page starts with its number: 「4、素”,否则…」. */
const PAGE_START = /^(\d+)、/

/** What a learner reads of a document, and what of the text was left out besides whole lines. */
export interface ReadingText {
  lines: DocumentLine[]
  /** Page numbers left out, with the page breaks they opened. */
  pageNumbers: number
  /** Times the web page's notice was left out from inside the text. */
  notices: number
  /** Lines saved with each character twice (bold headings), shown once. */
  doubled: number
}

/**
 * The lines a learner reads: the web page's text left out (whole lines, the notice inside
 * sentences), a heading saved with each character twice shown once, and never more than one
 * blank line in a row, none at the start. A document saved page by page loses its page numbers,
 * and each page break moves to the end of the sentence it split. Nothing of the marked passage
 * is hidden.
 *
 * A page is a line starting 「N、」 whose last non-blank line is page N − 1 (page 1: a line of
 * site text). A numbered list (「1、保证顾客满意」 under a heading) is not one.
 *
 * `lines` are the document's own lines (`documentLines`), when they are at hand already.
 *
 * @example
 * readingText('页面.docx_第1页\n1、我行我\n\n2、素。再见', null).lines.map((line) => line.text) // ['我行我素。', '', '再见']
 */
export function readingText(
  document: string,
  quote: string | null,
  lines: readonly DocumentLine[] = documentLines(document, quote),
): ReadingText {
  const location = quote ? locateQuote(document, quote) : null
  const quoted = (at: number) => location !== null && at >= location.start && at < location.end
  const hidden = new Uint8Array(document.length)
  const hide = (from: number, to: number) => {
    for (let at = from; at < to; at++) if (!quoted(at)) hidden[at] = 1
  }
  // Where a page ran on from the one before: its paragraph ends with the sentence the break split.
  const joins: number[] = []
  let lineStart = 0
  // The last non-blank line: its end, whether it was site text, and its page number (0 when none).
  let last = { end: -1, siteText: false, page: 0 }
  let pageNumbers = 0
  let doubled = 0
  for (const line of lines) {
    const end = lineStart + line.text.length
    if (line.siteText) hide(lineStart, end + 1)
    else if (isDoubled(line.text)) {
      for (let at = lineStart + 1; at < end; at += 2) hide(at, at + 1)
      doubled++
    }
    if (line.text.trim() !== '') {
      const number = Number(PAGE_START.exec(line.text)?.[1] ?? 0)
      const page = number === 1 ? last.siteText : number > 1 && number === last.page + 1
      // Page N runs on from page N − 1: the line break and blank lines between go with the number.
      if (page) {
        hide(number === 1 ? lineStart : last.end, lineStart + String(number).length + 1)
        pageNumbers++
      }
      if (page && number > 1) joins.push(lineStart)
      last = { end, siteText: line.siteText, page: page ? number : 0 }
    }
    lineStart = end + 1
  }
  // The notice, found in the text as read (it can run over a page break).
  const kept: number[] = []
  for (let at = 0; at < document.length; at++) if (!hidden[at]) kept.push(at)
  const reading = kept.map((at) => document[at]).join('')
  let notices = 0
  for (let from = reading.indexOf(INLINE_NOTICE); from !== -1; from = reading.indexOf(INLINE_NOTICE, from + 1)) {
    for (let i = from; i < from + INLINE_NOTICE.length; i++) hide(kept[i]!, kept[i]! + 1)
    notices++
  }
  const breaks = new Set<number>()
  for (const join of joins) {
    let at = join
    while (at < document.length && (hidden[at] || !SENTENCE_END.includes(document[at]!))) at++
    breaks.add(at)
  }
  return { lines: withoutExtraBlanks(shownLines(document, hidden, breaks, location)), pageNumbers, notices, doubled }
}

/**
 * A heading saved with each character twice, as bold text copied from the web page came out:
 * 「((一一))顾顾客客来来访访」. A word said twice (谢谢) is too short to be one.
 */
function isDoubled(text: string): boolean {
  if (text.length < 6 || text.length % 2 !== 0) return false
  for (let at = 0; at < text.length; at += 2) if (text[at] !== text[at + 1]) return false
  return true
}

const SENTENCE_END = '。！？!?'

/**
 * The characters not hidden, cut into lines at the line breaks left and into paragraphs after the
 * characters at `breaks`, with the passage marked.
 */
function shownLines(
  document: string,
  hidden: Uint8Array,
  breaks: ReadonlySet<number>,
  location: QuoteLocation | null,
): DocumentLine[] {
  const shown: DocumentLine[] = []
  let parts = { before: '', match: '', after: '' }
  const close = () => {
    const text = parts.before + parts.match + parts.after
    shown.push({ text, siteText: false, marked: parts.match ? parts : null })
    parts = { before: '', match: '', after: '' }
  }
  for (let at = 0; at < document.length; at++) {
    if (hidden[at]) continue
    const char = document[at]!
    if (char === '\n') close()
    else if (location && at >= location.start && at < location.end) parts.match += char
    else if (parts.match) parts.after += char
    else parts.before += char
    if (breaks.has(at)) {
      // The end of the paragraph, and a blank line, as between the pages.
      close()
      close()
    }
  }
  close()
  return shown
}

function withoutExtraBlanks(lines: readonly DocumentLine[]): DocumentLine[] {
  const shown: DocumentLine[] = []
  for (const line of lines) {
    const blank = line.text.trim() === '' && line.marked === null
    const previousBlank = shown.length === 0 || shown.at(-1)!.text.trim() === ''
    if (blank && previousBlank) continue
    shown.push(line)
  }
  return shown
}
