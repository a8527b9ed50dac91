/**
 * The clean view of a source document: its lines, with the text the web page
 * added around the material (download prompts, site names, page labels) flagged
 * so learners read only the material, and the cited passage marked.
 */
import { locateQuote } from './citations'

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
 * The lines a reader sees: with `showSiteText` false the web page's text is left out, and so
 * are the blank lines it leaves behind (never more than one blank line in a row, none at the start).
 *
 * @example
 * visibleLines(documentLines('搜档网\n\n甲\n\n\n乙', null), false).map((line) => line.text) // ['甲', '', '乙']
 */
export function visibleLines(lines: readonly DocumentLine[], showSiteText: boolean): DocumentLine[] {
  if (showSiteText) return [...lines]
  const shown: DocumentLine[] = []
  for (const line of lines) {
    if (line.siteText) continue
    const blank = line.text.trim() === '' && line.marked === null
    const previousBlank = shown.length === 0 || shown.at(-1)!.text.trim() === ''
    if (blank && previousBlank) continue
    shown.push(line)
  }
  return shown
}
