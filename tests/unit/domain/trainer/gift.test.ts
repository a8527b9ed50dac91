import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { join } from 'node:path'
import { parse } from 'gift-pegjs'
import { importGift, questionLines } from '../../../../src/domain/trainer/gift'
import { parseLocalBank, splitCourseCopies, type ExchangeQuestion } from '../../../../src/domain/trainer/exchange'
import { toGift, toMoodleXml } from '../../../../src/domain/trainer/bankExport'
import { loadCourse } from '../../../../src/content/build/loadCourse'

const bank = loadCourse(join(__dirname, '../../../../content')).questions as unknown as ExchangeQuestion[]

describe('toGift', () => {
  it('exports the whole bank so that an independent GIFT parser reads the same questions and keys', () => {
    const parsed = parse(toGift(bank))
    expect(parsed).toHaveLength(bank.length)
    parsed.forEach((question, index) => {
      const original = bank[index]!
      expect(question.title).toBe(original.id)
      if (original.type === 'truefalse') {
        expect(question.type).toBe('TF')
        expect(question.type === 'TF' && question.isTrue).toBe(original.answer)
      } else {
        expect(question.type).toBe('MC')
        if (question.type !== 'MC') return
        expect(question.stem.text).toBe(original.stem)
        expect(question.choices.map((choice) => choice.text.text)).toEqual(original.options)
        const right = question.choices.flatMap((choice, at) =>
          choice.isCorrect || (choice.weight ?? 0) > 0 ? [at] : [],
        )
        expect(right).toEqual(
          original.type === 'single' ? [original.answer] : [...original.answer].sort((a, b) => a - b),
        )
      }
    })
  })

  it("knows the course's own questions when its export comes back, and only them", () => {
    const imported = importGift(toGift(bank)).taken
    expect(splitCourseCopies(bank, imported)).toEqual({ fresh: [], inCourse: bank.length })
    const own = importGift('::mine::接听电话应在几声之内？{=三声 ~五声}\n').taken
    expect(splitCourseCopies(bank, [...own, ...imported])).toEqual({ fresh: own, inCourse: bank.length })
  })

  it("escapes GIFT's special characters", () => {
    const gift = toGift([{ id: 'q:1', type: 'single', stem: 'a{b}=c~d#e', options: ['x:y', '甲'], answer: 1 }])
    expect(gift).toBe('::q\\:1::a\\{b\\}\\=c\\~d\\#e{~x\\:y =甲}\n')
    expect(parse(gift)[0]).toMatchObject({ title: 'q:1', stem: { text: 'a{b}=c~d#e' } })
  })

  it('round-trips through the importer', () => {
    const imported = importGift(toGift(bank))
    expect(imported.syntaxError).toBeNull()
    expect(imported.refused).toEqual([])
    // Every question of an export can be found by its line.
    expect(questionLines(toGift(bank).split('\n'), bank.length)).toHaveLength(bank.length)
    expect(imported.taken.map((q) => [q.type, q.answer])).toEqual(
      bank.map((q) => [q.type, q.type === 'multiple' ? [...q.answer].sort((a, b) => a - b) : q.answer]),
    )
  })
})

describe('toMoodleXml', () => {
  it('writes one question element per question, with Chinese text in CDATA', () => {
    const xml = toMoodleXml(bank)
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<quiz>')).toBe(true)
    expect(xml.match(/<question type=/g)).toHaveLength(bank.length)
    expect(xml.match(/<question type="truefalse">/g)).toHaveLength(bank.filter((q) => q.type === 'truefalse').length)
    expect(toMoodleXml([{ id: 'x', type: 'truefalse', stem: 'a]]>b', answer: true }])).toContain(
      '<![CDATA[a]]]]><![CDATA[>b]]>',
    )
  })
})

describe('importGift', () => {
  it('takes single, multiple and true/false questions and refuses the rest with reasons', () => {
    const file = [
      '::单选::接听电话应在几声之内？{=三声 ~五声 ~十声}',
      '::多选::沟通效果三要素包括哪些？{~%50%文字 ~%50%声调 ~%-100%服装}',
      '::判断::可以用“喂”开头。{F}',
      '::简答::请写出问候语。{=您好}',
      '::论述::谈谈服务意识。{}',
      '::无答案::哪一项正确？{~甲 ~乙}',
      '::重复选项::哪一项正确？{=甲 ~甲}',
    ].join('\n\n')
    const result = importGift(file)
    expect(result.syntaxError).toBeNull()
    expect(result.taken).toEqual([
      {
        id: 'local-1',
        type: 'single',
        stem: '接听电话应在几声之内？',
        options: ['三声', '五声', '十声'],
        answer: 0,
        explanation: undefined,
      },
      {
        id: 'local-2',
        type: 'multiple',
        stem: '沟通效果三要素包括哪些？',
        options: ['文字', '声调', '服装'],
        answer: [0, 1],
        explanation: undefined,
      },
      { id: 'local-3', type: 'truefalse', stem: '可以用“喂”开头。', answer: false, explanation: undefined },
    ])
    expect(result.refused).toEqual([
      { number: 4, line: 7, title: '简答', reason: '不支持的题型（简答题），只能导入单选、多选、判断题' },
      { number: 5, line: 9, title: '论述', reason: '不支持的题型（问答题），只能导入单选、多选、判断题' },
      { number: 6, line: 11, title: '无答案', reason: '没有正确答案' },
      { number: 7, line: 13, title: '重复选项', reason: '选项有重复' },
    ])
  })

  it('numbers questions as the trainer counts them, with the line each starts on, past comments and categories', () => {
    const file = [
      '// 第一组',
      '$CATEGORY: 电话礼仪',
      '',
      '// 这一题没有正确答案',
      '哪一项正确？{~甲 ~乙}',
      '',
      '',
      '::好题::接听电话应在几声之内？{=三声 ~五声}',
      '',
      '::坏题::',
      '哪一项正确？{=甲 ~甲}',
      '',
    ].join('\r\n')
    expect(importGift(file).refused).toEqual([
      { number: 1, line: 5, title: '哪一项正确？', reason: '没有正确答案' },
      { number: 3, line: 10, title: '坏题', reason: '选项有重复' },
    ])
  })

  it.each<[string, string, string]>([
    ['a file that is not GIFT, saying where', '::a::题目\n\n::b::题目{=甲 ~乙', '第 3 行附近写法不对'],
    ['an empty file', ' \n\n', '文件是空的，里面没有题目'],
    ['a file of categories only', '$CATEGORY: 空\n', '文件里没有题目'],
    [
      'a file of comments only, without naming a line past its end',
      '// 第一组\n// 待补\n',
      '文件里没有题目，只有以 // 开头的注释',
    ],
    [
      'two questions with no blank line between, naming the slip',
      '::a::题一{T}\n::b::题二{F}\n',
      '第 2 行的题目紧接着上一道题，每两道题之间要空一行',
    ],
  ])('refuses %s', (_name, file, problem) => {
    const result = importGift(file)
    expect(result.syntaxError).toContain(problem)
    expect(result.taken).toEqual([])
  })

  it('takes the good questions of a file with a broken one, refusing the broken one by number, line and reason', () => {
    const file = [
      '::问候::接听电话先说什么？{=您好 ~喂}',
      '',
      '// 少了右大括号',
      '::礼貌::通话结束谁先挂机？{=客户先挂 ~坐席先挂',
      '',
      '::判断::可以让客户等太久。{F}',
      '::紧挨::这道题和上一道之间没有空行。{T}',
      '',
      '$CATEGORY: 投诉',
      '',
      '::填空::客户投诉时先要____。{=道歉}',
      '',
      '::专心::接电话时可以边吃东西边说话。{F}',
    ].join('\n')
    const result = importGift(file)
    expect(result.syntaxError).toBeNull()
    expect(result.taken.map((question) => question.stem)).toEqual([
      '接听电话先说什么？',
      '接电话时可以边吃东西边说话。',
    ])
    expect(result.refused).toEqual([
      {
        number: 2,
        line: 4,
        title: '礼貌',
        // Its line is listed beside it, not said again.
        reason: '写法不对，请检查题目的大括号 { } 和答案前的 = 或 ~',
      },
      { number: 3, line: 6, title: '判断', reason: '第 7 行的题目紧接着上一道题，每两道题之间要空一行' },
      { number: 4, line: 11, title: '填空', reason: '不支持的题型（简答题），只能导入单选、多选、判断题' },
    ])
  })

  it("names the line of a slip further down a question than the question's own line", () => {
    const file = '::a::通话结束谁先挂机？{=客户 ~坐席}\n\n::b::哪一项\n正确？{=甲 ~乙\n~丙\n\n::c::可以。{F}\n'
    expect(importGift(file).refused).toEqual([
      { number: 2, line: 3, title: 'b', reason: '第 5 行附近写法不对，请检查题目的大括号 { } 和答案前的 = 或 ~' },
    ])
  })

  it('never throws on random input', () => {
    fc.assert(fc.property(fc.string({ maxLength: 400 }), (text) => Array.isArray(importGift(text).taken)))
  })
})

describe('importGift cleans what it takes', () => {
  it('removes bidirectional and invisible characters from titles, stems, options and feedback', () => {
    const file = '::\u202Etitle::接听电话\u200B应在几声之内？\u2066{=三声\u200D ~五声 ~十声 ####三声\u202E之内}'
    expect(importGift(file).taken).toEqual([
      {
        id: 'local-1',
        type: 'single',
        stem: '接听电话应在几声之内？',
        options: ['三声', '五声', '十声'],
        answer: 0,
        explanation: '三声之内',
      },
    ])
  })

  it.each<[string, string, string]>([
    ['options that differ only by a zero-width space', '::q::哪一项？{=甲 ~甲\u200B}', '选项有重复'],
    ['a stem of nothing but invisible characters', '::q::\u200B\u202E{=甲 ~乙}', '题干为空或太长'],
    ['an option of nothing but a byte-order mark', '::q::哪一项？{=甲 ~\uFEFF}', '有选项为空或太长'],
  ])('refuses %s', (_name, file, reason) => {
    expect(importGift(file).refused.map((item) => item.reason)).toEqual([reason])
  })

  it('names a refused question by its cleaned title', () => {
    expect(importGift('::\u202E重复::哪一项？{=甲 ~甲}').refused).toEqual([
      { number: 1, line: 1, title: '重复', reason: '选项有重复' },
    ])
  })

  it('takes a Moodle export written as [html] as the words a learner reads, with no markup', () => {
    const moodle =
      '::Q1::[html]<p dir\\="ltr" style\\="text-align\\: left;">哪个是对的？&lt;先&gt;&\\#x4E00;<br></p>' +
      '{=<p>甲</p> ~<p>乙 &amp; 丙</p>####<p>因为</p><p>如此</p>}'
    expect(importGift(moodle).taken).toEqual([
      {
        id: 'local-1',
        type: 'single',
        stem: '哪个是对的？<先>一',
        options: ['甲', '乙 & 丙'],
        answer: 0,
        explanation: '因为 如此',
      },
    ])
    // Plain and Moodle-format texts keep what the trainer wrote, angle brackets included.
    expect(importGift('::Q2::2 <b> 3 ?{T}').taken[0]).toMatchObject({ stem: '2 <b> 3 ?' })
  })

  it('refuses a text over the size limit, naming the limit', () => {
    expect(importGift('x'.repeat(1024 * 1024 + 1))).toEqual({
      taken: [],
      refused: [],
      syntaxError: '文件太大：最多 1 MB',
    })
  })

  it('refuses a file of more questions than the local bank holds, under the size limit, naming both counts', () => {
    const questions = (count: number) =>
      Array.from({ length: count }, (_, index) => `::q${index}::第${index}题{=甲 ~乙}`).join('\n\n')
    expect(importGift(questions(3000)).taken).toHaveLength(3000)
    const tooMany = questions(3001)
    expect(tooMany.length).toBeLessThan(1024 * 1024)
    expect(importGift(tooMany)).toEqual({
      taken: [],
      refused: [],
      syntaxError: '题目太多：文件里有 3001 道题，一次最多导入 3000 道，请把文件分成较小的几份',
    })
    // With a broken question among them, read one by one, stopping once past the limit.
    expect(importGift(`${questions(2000)}\n\n::坏::{\n\n${questions(100_000)}`.slice(0, 1024 * 1024))).toEqual({
      taken: [],
      refused: [],
      syntaxError: '题目太多：文件里超过 3000 道题，一次最多导入 3000 道，请把文件分成较小的几份',
    })
  })
})

describe('questionLines', () => {
  it('finds where each item starts, or says nothing when the layout does not match the items found', () => {
    expect(questionLines(['// 第一组', '::a::题{T}', '', '::b::题{F}', ''], 2)).toEqual([2, 4])
    expect(questionLines(['::a::题', '{T}', ' \t', '', '::b::题{F}'], 2)).toEqual([1, 5])
    expect(questionLines(['::a::题{T}', '', '::b::题{F}'], 3)).toBeNull()
  })
})

describe('parseLocalBank', () => {
  const saved: ExchangeQuestion[] = [
    { id: 'local-m1abc-1', type: 'truefalse', stem: '可以用“喂”开头。', answer: false },
    { id: 'local-m1abc-2', type: 'single', stem: '几声之内？', options: ['三声', '五声'], answer: 0 },
    { id: 'local-m2xyz-1', type: 'multiple', stem: '哪些？', options: ['甲', '乙', '丙'], answer: [0, 2] },
  ]
  it('keeps every question under the id it was saved with', () => {
    expect(parseLocalBank(JSON.stringify(saved)).map((q) => q.id)).toEqual([
      'local-m1abc-1',
      'local-m1abc-2',
      'local-m2xyz-1',
    ])
  })
  it('drops a malformed question, a second question with the same id, and an id that is not an id', () => {
    const raw = JSON.stringify([
      saved[0],
      { id: 'broken', type: 'single', stem: '无选项' },
      { ...saved[1], id: 'local-m1abc-1' },
      { ...saved[2], id: '<img src=x>' },
      saved[1],
    ])
    expect(parseLocalBank(raw).map((q) => q.id)).toEqual(['local-m1abc-1', 'local-m1abc-2'])
  })
})
