import { describe, expect, it } from 'vitest'
import { locateQuote, readingMinutes, splitAroundQuote } from '../../../../src/domain/course/citations'

describe('locateQuote', () => {
  it.each([
    ['finds a quote in the middle', '接一、顾二、看三', '顾二', { start: 3, end: 5 }],
    ['finds a quote at the start', '您好,请问', '您好', { start: 0, end: 2 }],
    ['is exact about punctuation', '三声之内接听。', '三声之内接听.', null],
    ['does not match simplified against traditional', '遇到無聲電話時', '遇到无声电话时', null],
    ['refuses an empty quote', '任何文字', '', null],
  ])('%s', (_name, document, quote, expected) => {
    expect(locateQuote(document, quote)).toEqual(expected)
  })
})

describe('splitAroundQuote', () => {
  it('cuts the document around the first occurrence', () => {
    expect(splitAroundQuote('甲乙丙乙', '乙')).toEqual({ before: '甲', match: '乙', after: '丙乙' })
  })
  it('returns null when the quote is missing, so the view can say so', () => {
    expect(splitAroundQuote('甲乙丙', '丁')).toBeNull()
  })
})

describe('readingMinutes', () => {
  it.each([
    ['', 1],
    ['字'.repeat(299), 1],
    ['字'.repeat(900), 3],
    [`${'字'.repeat(450)}   \n ${'字'.repeat(450)}`, 3],
  ])('estimates %#', (text, minutes) => {
    expect(readingMinutes(text)).toBe(minutes)
  })
})
