import { describe, expect, it } from 'vitest'
import { countableCharacters, spokenText } from '../../../../src/domain/voice/text'

describe('countableCharacters', () => {
  it.each([
    ['您好，启程客服 108 号！', 10],
    ['“”，。！？、……', 0],
    ['WEB 还是 OE？', 7],
  ])('%s has %i', (text, count) => {
    expect(countableCharacters(text)).toBe(count)
  })
})

describe('spokenText', () => {
  it.each([
    ['铃响第二声时拿起话筒，面带微笑地说：“您好，启程快递。”', '您好，启程快递。'],
    ['（放慢语速）好的，您别着急。', '好的，您别着急。'],
    ['（语调平稳）“对不起，先生。”', '对不起，先生。'],
    ['“您好。”他停了一下，又说：“请讲。”', '您好。请讲。'],
    ['好的。', '好的。'],
    ['“请问您贵姓？”（“姓陈。”）“陈女士，谢谢您的合作。”', '请问您贵姓？陈女士，谢谢您的合作。'],
    ['“麻烦您确认一下电话。（记下电话后）我复述一下。”', '麻烦您确认一下电话。我复述一下。'],
  ])('%s → %s', (text, spoken) => {
    expect(spokenText(text)).toBe(spoken)
  })
})
