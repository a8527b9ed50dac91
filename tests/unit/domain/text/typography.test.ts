import { describe, expect, it } from 'vitest'
import { chinesePunctuation } from '../../../../src/domain/text/typography'

const u = (text: string) => JSON.parse(`"${text}"`) as string

describe('chinesePunctuation', () => {
  it.each([
    [
      'comma and question mark between Chinese',
      '您好,请问有什么可以帮助您?',
      u('您好\\uff0c请问有什么可以帮助您\\uff1f'),
    ],
    ['colon after Chinese', '正确方法:告诉客户', u('正确方法\\uff1a告诉客户')],
    ['brackets around Chinese', '(简单投诉)', u('\\uff08简单投诉\\uff09')],
    ['exclamation before a closing quote', '“您好!”', u('“您好\\uff01”')],
    ['a space after the mark is dropped', '先问候, 再等待', u('先问候\\uff0c再等待')],
    ['times stay ASCII', '上午9:00以后', '上午9:00以后'],
    ['measurements stay ASCII', '1cm--2cm之间', '1cm--2cm之间'],
    ['Latin text stays ASCII', 'WEB, OE', 'WEB, OE'],
    ['paired straight quotes become curly', '原文"不可以说"一栏', u('原文\\u201c不可以说\\u201d一栏')],
    ['an odd straight quote is left alone', '他说"好', '他说"好'],
    ['a bracket pair converts as a pair', '本课(见 004 号原文第 20 条)', u('本课\\uff08见 004 号原文第 20 条\\uff09')],
    ['a Latin bracket pair stays ASCII', 'Moodle (GIFT)', 'Moodle (GIFT)'],
    ['already full-width text is unchanged', u('您好\\uff0c请问'), u('您好\\uff0c请问')],
  ])('%s', (_name, input, expected) => {
    expect(chinesePunctuation(input)).toBe(expected)
  })
})
