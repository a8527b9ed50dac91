import { describe, expect, it } from 'vitest'
import {
  checkQuestion,
  parseLocalBank,
  bankRoomProblem,
  splitRepeats,
  type ExchangeQuestion,
  type QuestionDraft,
} from '../../../../src/domain/trainer/exchange'

describe('checkQuestion: one set of rules for a GIFT file and the saved local bank', () => {
  const single = (change: Partial<Extract<QuestionDraft, { type: 'single' | 'multiple' }>> = {}): QuestionDraft => ({
    type: 'single',
    stem: '顾客来电时先说什么？',
    options: ['您好', '喂'],
    answer: [0],
    ...change,
  })

  it.each<[string, QuestionDraft, string]>([
    ['an empty stem', single({ stem: ' \u200b ' }), '题干为空或太长'],
    ['one option', single({ options: ['您好'] }), '选项应为 2–6 个'],
    ['seven options', single({ options: ['1', '2', '3', '4', '5', '6', '7'] }), '选项应为 2–6 个'],
    ['an empty option', single({ options: ['您好', ''] }), '有选项为空或太长'],
    ['options equal once cleaned', single({ options: ['您好', '您\u200b好'] }), '选项有重复'],
    ['no right answer', single({ answer: [] }), '没有正确答案'],
    ['an answer beyond the options', single({ answer: [2] }), '正确答案不在选项之中'],
    ['a fractional answer', single({ answer: [0.5] }), '正确答案不在选项之中'],
    ['the same answer twice', single({ type: 'multiple', answer: [1, 1] }), '正确答案不在选项之中'],
    ['a single question with two keys', single({ answer: [0, 1] }), '单选题只能有一个正确答案'],
    ['a multiple question with one key', single({ type: 'multiple', answer: [1] }), '多选题至少要有两个正确答案'],
  ])('refuses %s', (_name, draft, reason) => {
    expect(checkQuestion(draft, 'q')).toEqual({ ok: false, reason })
  })

  it('takes a well-formed question with its text cleaned and its keys in order', () => {
    expect(
      checkQuestion(
        { type: 'multiple', stem: '哪些\u202e说法对？', options: ['甲', '乙', '丙'], answer: [2, 0] },
        'q9',
      ),
    ).toEqual({
      ok: true,
      question: { id: 'q9', type: 'multiple', stem: '哪些说法对？', options: ['甲', '乙', '丙'], answer: [0, 2] },
    })
  })
})

describe('parseLocalBank', () => {
  const saved = (questions: unknown[]) => JSON.stringify(questions)
  const good = { id: 'local-a-1', type: 'single', stem: '题干', options: ['甲', '乙'], answer: 1 }

  it('keeps a well-formed saved question under its id', () => {
    expect(parseLocalBank(saved([good]))).toEqual([good])
  })

  it.each([
    ['an answer beyond its options', { ...good, answer: 5 }],
    ['a stem the cleaning would change', { ...good, stem: '题\u200b干' }],
    ['an id of another shape', { ...good, id: '../x' }],
    ['an explanation that is not text', { ...good, explanation: 3 }],
  ])('drops %s and keeps the rest', (_name, bad) => {
    expect(parseLocalBank(saved([bad, { ...good, id: 'local-a-2' }]))).toEqual([{ ...good, id: 'local-a-2' }])
  })

  it('keeps each id once', () => {
    expect(parseLocalBank(saved([good, { ...good, stem: '另一题' }]))).toEqual([good])
  })
})

describe('a GIFT file imported again', () => {
  const single = (id: string, stem: string, answer = 0): ExchangeQuestion => ({
    id,
    type: 'single',
    stem,
    options: ['三声', '五声'],
    answer,
  })

  it('adds only the questions the local bank does not hold, whatever ids the import gave them', () => {
    const bank = [single('local-a-1', '接听电话应在几声之内？')]
    const { fresh, repeated } = splitRepeats(bank, [
      single('local-b-1', ' 接听电话应在几声之内？'),
      single('local-b-2', '转接前要先说什么？'),
      single('local-b-3', '转接前要先说什么？'),
    ])
    expect(fresh.map((question) => question.id)).toEqual(['local-b-2'])
    expect(repeated).toBe(2)
  })

  it('keeps a question whose answer differs', () => {
    const bank = [single('local-a-1', '接听电话应在几声之内？')]
    expect(splitRepeats(bank, [single('local-b-1', '接听电话应在几声之内？', 1)]).repeated).toBe(0)
  })
})

describe('bankRoomProblem', () => {
  it('lets the local bank fill up to 3000 questions and refuses one more, with both counts', () => {
    expect(bankRoomProblem(2900, 100)).toBeNull()
    expect(bankRoomProblem(2900, 101)).toBe(
      '本地题库最多 3000 道题：现有 2900 道，这个文件又有 101 道新题。请先清空本地题库，或把文件分成较小的几份',
    )
  })
})
