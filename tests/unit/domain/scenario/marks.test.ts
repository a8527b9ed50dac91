import { describe, expect, it } from 'vitest'
import type { ChoiceStepDef } from '../../../../src/domain/scenario/engine'
import { freeReplyMark, markFor, replyMark, replyTotal } from '../../../../src/domain/scenario/marks'

describe('markFor', () => {
  it.each([
    // [reply total, best total, mark]
    [5, 5, 'good'],
    [6, 5, 'good'],
    [4, 5, 'acceptable'],
    [3, 5, 'acceptable'],
    [3, 6, 'acceptable'], // exactly half
    [2, 5, 'poor'], // less than half
    [1, 2, 'acceptable'],
    [0, 2, 'poor'], // nothing earned is never acceptable
    [-1, 5, 'poor'],
    [0, 0, 'good'], // when even the best earns nothing, the best is still good
    [-1, 0, 'poor'],
  ] as const)('a reply earning %i where the best earns %i is %s', (total, best, mark) => {
    expect(markFor(total, best)).toBe(mark)
  })
})

describe('replyTotal', () => {
  it('adds the four areas, negative points included', () => {
    expect(replyTotal({ courtesy: 2, empathy: 1, solving: -1 })).toBe(2)
    expect(replyTotal({})).toBe(0)
  })
})

describe('replyMark', () => {
  const step: ChoiceStepDef = {
    id: 'request',
    kind: 'choice',
    replies: [
      { scores: { courtesy: -1, solving: 1 }, next: 'a' }, // 0 of 5
      { scores: { courtesy: 2, empathy: 1, solving: 2 }, next: 'a' }, // the best: 5
      { scores: { courtesy: 1, solving: 2 }, next: 'a' }, // 3 of 5
      { scores: { empathy: -1, solving: -1 }, next: 'a' }, // -2
    ],
  }

  it('marks each reply against the best reply of its step, wherever the best is written', () => {
    expect(step.replies.map((_, index) => replyMark(step, index))).toEqual(['poor', 'good', 'acceptable', 'poor'])
  })

  it('marks a reply the step does not have as poor', () => {
    expect(replyMark(step, 9)).toBe('poor')
  })
})

describe('freeReplyMark', () => {
  it.each([
    [{ courtesy: 1, solving: 2 }, 'good'],
    [{ solving: 2 }, 'acceptable'],
    [{ courtesy: 1 }, 'poor'],
    [{}, 'poor'],
  ] as const)('a typed reply scoring %o is %s (of 3 points)', (scores, mark) => {
    expect(freeReplyMark(scores)).toBe(mark)
  })
})
