import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { clip, cleanText } from '../../../../src/domain/text/sanitize'

describe('cleanText', () => {
  it.each<[string, string, string]>([
    ['a right-to-left override that spoofs a file name', '作业\u202Eexe.gpj', '作业exe.gpj'],
    ['left-to-right and right-to-left embeddings and the pop', '\u202A王\u202B芳\u202C', '王芳'],
    ['a left-to-right override', '\u202D张三', '张三'],
    ['isolates (LRI, RLI, FSI, PDI)', '\u2066李\u2067四\u2068五\u2069', '李四五'],
    ['left-to-right, right-to-left and Arabic letter marks', '\u200E王\u200F芳\u061C', '王芳'],
    ['zero-width space, non-joiner and joiner', '王\u200B\u200C\u200D芳', '王芳'],
    ['a byte-order mark and a word joiner', '\uFEFF王\u2060芳', '王芳'],
    ['a soft hyphen and a Hangul filler that look like nothing', '王\u00AD芳\u3164', '王芳'],
    ['NUL, BEL, ESC, DEL and C1 controls', '王\u0000\u0007\u001B\u007F\u0085\u009B芳', '王 芳'],
    ['tabs and line breaks, which become spaces', '第一周\t电话\r\n礼仪\u2028测验', '第一周 电话  礼仪 测验'],
    ['surrounding spaces, including the ideographic space', '\u3000 王芳 \u00A0', '王芳'],
    ['a decomposed accent, composed (NFC)', 'Jose\u0301', 'Jos\u00E9'],
    ['a CJK compatibility ideograph, unified (NFC)', '\uF900', '\u8C48'],
    ['a lone surrogate', 'a\uD800b', 'ab'],
    ['noncharacters', 'a\uFFFEb\uFDD0', 'ab'],
    ['nothing but invisible characters', '\u200B\u202E\uFEFF', ''],
  ])('removes %s', (_name, input, expected) => {
    expect(cleanText(input)).toBe(expected)
  })

  it.each<[string, string]>([
    ['plain Chinese', '第一周电话礼仪小测'],
    ['full-width punctuation', '（一）您好，请问？'],
    ['an emoji with its presentation selector', '\u2764\uFE0F'],
    ['a Chinese character with an ideographic variation selector', '\u845B\u{E0100}'],
    ['a surrogate pair', '\u{20BB7}吉'],
  ])('keeps %s', (_name, input) => {
    expect(cleanText(input)).toBe(input)
  })

  const FORBIDDEN =
    /[\u0000-\u001F\u007F-\u009F\u00AD\u061C\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/u
  it('leaves no control or invisible format character, and cleaning twice changes nothing', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (text) => {
        const once = cleanText(text)
        return (
          !FORBIDDEN.test(once) && once === once.trim() && once === once.normalize('NFC') && cleanText(once) === once
        )
      }),
    )
  })
})

describe('clip', () => {
  it.each<[string, number, string]>([
    ['王芳', 5, '王芳'],
    ['王芳', 1, '王'],
    ['\u{20BB7}吉', 1, ''],
    ['a\u{20BB7}', 2, 'a'],
    ['a\u{20BB7}', 3, 'a\u{20BB7}'],
  ])('clip(%j, %i) is %j', (text, max, expected) => {
    expect(clip(text, max)).toBe(expected)
  })
})
