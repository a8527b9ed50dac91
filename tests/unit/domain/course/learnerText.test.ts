import { describe, expect, it } from 'vitest'
import {
  documentMentions,
  keyIsUniquelyLongest,
  linkLessonTitles,
  missingLessonTitles,
  titleKey,
} from '../../../../src/domain/course/learnerText'

describe('documentMentions', () => {
  it.each([
    ['按 003 号原文，投诉要及时处理', ['003', '原文']],
    ['讲义第 40 条说要先道歉', ['讲义', '第 40 条']],
    ['这份文档和教材都这样写', ['文档', '教材']],
    ['004的四道经典面试问题', ['004']],
    ['见第三十五条', ['第三十五条']],
  ])('finds the document talk in %s', (text, found) => {
    expect(documentMentions(text)).toEqual(found)
  })

  it.each([
    '客户一般会告诉 10 到 20 个人',
    '话筒离嘴 3 厘米左右',
    '一年 10000 通电话',
    '请稍等 5 秒，再说一次“您好”',
    '订单号 2004 开头的包裹',
    '第一时间回复客户',
  ])('leaves job talk alone: %s', (text) => {
    expect(documentMentions(text)).toEqual([])
  })
})

describe('keyIsUniquelyLongest', () => {
  it('is true only when the key is longer than every other option', () => {
    expect(keyIsUniquelyLongest(['好的', '请您稍等，我马上帮您查'], 1)).toBe(true)
    expect(keyIsUniquelyLongest(['请您稍等', '马上为您查'], 1)).toBe(true)
    expect(keyIsUniquelyLongest(['请您稍等', '我为您查'], 1)).toBe(false)
    expect(keyIsUniquelyLongest(['长一些的选项', '短'], 1)).toBe(false)
  })

  it('ignores punctuation and spaces when measuring', () => {
    expect(keyIsUniquelyLongest(['您好！！！……', '您好呀'], 0)).toBe(false)
  })

  it('is false for a key that does not exist', () => {
    expect(keyIsUniquelyLongest(['甲', '乙'], 5)).toBe(false)
  })
})

describe('linkLessonTitles', () => {
  const lessons = new Map([[titleKey('接电话：接听及时、得体挂机'), { moduleId: 'phone', lessonId: 'answering' }]])

  it('turns a lesson named in 《》 into a link, whatever its colon', () => {
    expect(linkLessonTitles('铃响几声接，见《接电话:接听及时、得体挂机》一课。', lessons)).toEqual([
      { text: '铃响几声接，见' },
      { text: '《接电话:接听及时、得体挂机》', lesson: { moduleId: 'phone', lessonId: 'answering' } },
      { text: '一课。' },
    ])
  })

  it('leaves a law or any other title as text', () => {
    expect(linkLessonTitles('熟悉《消费者权益保护法》。', lessons)).toEqual([{ text: '熟悉《消费者权益保护法》。' }])
  })
})

describe('missingLessonTitles', () => {
  it('names the lessons a text points to that no longer exist', () => {
    const titles = new Set([titleKey('担责、致歉与上报')])
    expect(missingLessonTitles('见《担责，致歉与上报》一课和《旧课名》一课', titles)).toEqual(['旧课名'])
    expect(missingLessonTitles('熟悉《消费者权益保护法》', titles)).toEqual([])
  })
})
