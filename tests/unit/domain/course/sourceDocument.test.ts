import { describe, expect, it } from 'vitest'
import { join } from 'node:path'
import { readFileSync } from 'node:fs'
import { parse as parseYaml } from 'yaml'
import { documentLines, isSiteText, readingText } from '../../../../src/domain/course/sourceDocument'
import { SOURCE_FILES } from '../../../../src/content/sources'

const content = join(__dirname, '../../../../content')

describe('isSiteText', () => {
  it.each([
    ['服务管理细则.docx_第1页', true],
    ['ID:61850521', true],
    ['当前文档最多预览五页,下载文档查看全文', true],
    ['搜档网', true],
    ['相关主题', true],
    ['  温馨提示:  ', true],
    ['客服人员岗位职责', false],
    ['时间观念要强', false],
    ['2. 接电话的礼仪', false],
    ['', false],
  ])('%s → %s', (line, expected) => {
    expect(isSiteText(line)).toBe(expected)
  })

  // content/coverage.yaml lists every unquoted line of six or more characters with a reason; the lines
  // it calls 网页附带的文字 are exactly the long lines this rule hides. Shorter ones it cannot list.
  const coverage = parseYaml(readFileSync(join(content, 'coverage.yaml'), 'utf8')) as Record<
    string,
    { line: string; reason: string }[]
  >
  const shortSiteText: Record<string, string[]> = {
    '001_4351cf7fcdc4313a.txt': ['页数:7页', '资源描述:', '温馨提示:'],
    '002_7c298a5d88a5912a.txt': ['搜档网', '相关主题'],
    '003_1cdde22c45bafc02.txt': ['合集下载', '相关主题'],
  }
  it.each(SOURCE_FILES)('hides in %s exactly the lines coverage.yaml gives as the web page’s text', (file) => {
    const text = readFileSync(join(content, 'sources', file), 'utf8')
    const lines = [...new Set(text.split('\n').map((line) => line.trim()))]
    const hidden = lines.filter(isSiteText)
    const listed = (coverage[file] ?? [])
      .filter((entry) => entry.reason.startsWith('网页附带的文字'))
      .map((e) => e.line)
    expect(hidden.filter((line) => line.length >= 6).sort()).toEqual([...listed].sort())
    expect(hidden.filter((line) => line.length < 6).sort()).toEqual([...(shortSiteText[file] ?? [])].sort())
  })
})

describe('documentLines', () => {
  it('flags site text and marks the passage within its line', () => {
    expect(documentLines('搜档网\n接一、顾二、看三', '顾二')).toEqual([
      { text: '搜档网', siteText: true, marked: null },
      { text: '接一、顾二、看三', siteText: false, marked: { before: '接一、', match: '顾二', after: '、看三' } },
    ])
  })

  it('marks a passage that runs over a line break on both lines', () => {
    const lines = documentLines('甲乙\n丙丁\n戊', '乙\n丙')
    expect(lines.map((line) => line.marked)).toEqual([
      { before: '甲', match: '乙', after: '' },
      { before: '', match: '丙', after: '丁' },
      null,
    ])
  })

  it('never hides a line of the passage, even one that looks like site text', () => {
    expect(documentLines('相关主题\n甲', '相关主题')[0]).toMatchObject({
      siteText: false,
      marked: { match: '相关主题' },
    })
  })

  it.each([null, '', '不在文中'])('marks nothing for the quote %j', (quote) => {
    expect(documentLines('甲\n乙', quote).every((line) => line.marked === null)).toBe(true)
  })
})

describe('readingText', () => {
  const textOf = (lines: readonly { text: string }[]) => lines.map((line) => line.text)

  it('leaves out site text and the blank lines it leaves behind', () => {
    expect(textOf(readingText('搜档网\n\n甲\n相关主题\n\n\n乙', null).lines)).toEqual(['甲', '', '乙'])
  })

  it('joins the sentences of a document saved page by page, without its page numbers', () => {
    const saved = '细则.docx_第1页\n1、接一、顾\n\n2、二、看三。然后\n\n3、下一句。再下一句。'
    // Each page break moves to the end of the sentence it split.
    expect(textOf(readingText(saved, null).lines)).toEqual(['接一、顾二、看三。', '', '然后下一句。', '', '再下一句。'])
    // What the trainer is told was left out besides whole lines.
    expect(readingText(saved, null)).toMatchObject({ pageNumbers: 3, notices: 0 })
  })

  it('keeps the numbers of a list: its first item follows a heading, not the web page’s text', () => {
    const list = '⑦ 原则\n1、保证顾客满意\n换位思考。\n2、超出顾客希望\n走在前面。'
    expect(textOf(readingText(list, null).lines)).toEqual(list.split('\n'))
    expect(readingText(list, null).pageNumbers).toBe(0)
  })

  it('leaves out the web page’s notice inside a sentence, even where a page break splits it', () => {
    const saved =
      '细则.docx_第1页\n1、甲。资料内容仅供您学习参考,如有不当或者侵权,请联系改正或者删除。乙资料内容仅供您学习参考,如\n\n2、有不当或者侵权,请联系改正或者删除。丙'
    expect(textOf(readingText(saved, null).lines)).toEqual(['甲。乙丙'])
    expect(readingText(saved, null)).toMatchObject({ pageNumbers: 2, notices: 2 })
  })

  it('shows a heading saved with each character twice once, and leaves a word said twice alone', () => {
    const saved = '((一一))顾顾客客来来访访接接待待\n谢谢\n好好说说'
    expect(textOf(readingText(saved, null).lines)).toEqual(['(一)顾客来访接待', '谢谢', '好好说说'])
    expect(readingText(saved, null).doubled).toBe(1)
    // A passage cited from inside it keeps every character, as it is quoted.
    expect(readingText(saved, '顾顾客客').lines[0]).toMatchObject({ marked: { match: '顾顾客客' } })
  })

  it('marks the passage in the text as read', () => {
    const saved = '细则.docx_第1页\n1、千万不可我行我\n\n2、素,否则'
    expect(readingText(saved, '不可我行我').lines).toEqual([
      {
        text: '千万不可我行我素,否则',
        siteText: false,
        marked: { before: '千万', match: '不可我行我', after: '素,否则' },
      },
    ])
    expect(readingText(saved, '素,否').lines).toEqual([
      {
        text: '千万不可我行我素,否则',
        siteText: false,
        marked: { before: '千万不可我行我', match: '素,否', after: '则' },
      },
    ])
  })

  it('hides nothing of the passage itself, even a line that looks like site text', () => {
    const lines = readingText('相关主题\n甲', '相关主题').lines
    expect(lines[0]).toMatchObject({ text: '相关主题', marked: { match: '相关主题' } })
  })

  it.each(SOURCE_FILES)('shows learners every character of %s that is course material', (file) => {
    const text = readFileSync(join(content, 'sources', file), 'utf8')
    const read = textOf(readingText(text, null).lines).join('')
    // Nothing of the web page's text is left, and what is shown is the document's own words, in order.
    expect(read).not.toContain('资料内容仅供')
    expect(read).not.toMatch(/\.docx|下载文档/)
    let at = 0
    for (const char of read.replace(/\s/g, '')) {
      at = text.indexOf(char, at) + 1
      expect(at).toBeGreaterThan(0)
    }
  })
})
