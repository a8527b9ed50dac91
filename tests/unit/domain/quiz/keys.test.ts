import { describe, expect, it } from 'vitest'
import { answerLetters, optionLetter, pickPosition, positionForKey, shownOrder } from '../../../../src/domain/quiz/keys'

const words = { yes: '正确', no: '错误' }

describe('positionForKey', () => {
  it.each([
    ['1', 0],
    ['4', 3],
    ['a', 0],
    ['C', 2],
    ['0', null],
    ['Enter', null],
    ['z', null],
  ])('%s picks %s', (key, position) => {
    expect(positionForKey(key)).toBe(position)
  })
})

describe('pickPosition', () => {
  it.each<[string, 'single' | 'multiple' | 'truefalse', number[], unknown, number, unknown]>([
    ['single picks the option shown there', 'single', [2, 0, 1], null, 0, 2],
    ['multiple adds an option', 'multiple', [2, 0, 1], [0], 0, [0, 2]],
    ['multiple removes a chosen option', 'multiple', [2, 0, 1], [0, 2], 0, [0]],
    ['true/false: first key is 正确', 'truefalse', [], null, 0, true],
    ['true/false: second key is 错误', 'truefalse', [], null, 1, false],
    ['a key beyond the options changes nothing', 'single', [1, 0], 1, 5, 1],
  ])('%s', (_name, type, order, current, position, expected) => {
    expect(pickPosition(type, order, current as never, position)).toEqual(expected)
  })
})

describe('answerLetters and shownOrder', () => {
  it('names answers by the letters the learner saw', () => {
    expect(optionLetter(2)).toBe('C')
    expect(answerLetters('multiple', [1, 0, 2], [0, 2], words)).toBe('B、C')
    expect(answerLetters('truefalse', [], false, words)).toBe('错误')
    expect(answerLetters('single', [0, 1], null, words)).toBeNull()
  })
  it('shows the saved order, or the written order when none was saved', () => {
    expect(shownOrder(3, undefined)).toEqual([0, 1, 2])
    expect(shownOrder(3, [2, 0, 1])).toEqual([2, 0, 1])
  })
})
