import { describe, expect, it } from 'vitest'
import { DEFAULT_DAILY_REVIEW_CAP, courseRule, dailyReviewCap, startsDirectly } from '../../../../src/domain/quiz/start'

describe('courseRule', () => {
  it.each([
    ['exam', 'all-or-nothing'],
    ['assignment', 'all-or-nothing'],
    ['module', 'partial'],
    ['mixed', 'partial'],
    ['mistakes', 'partial'],
    ['review', 'partial'],
    ['local', 'partial'],
  ] as const)('scores multiple choice in %s quizzes %s', (kind, rule) => {
    expect(courseRule(kind)).toBe(rule)
  })
})

describe('startsDirectly', () => {
  it.each([
    ['review', true],
    ['mistakes', true],
    ['module', false],
    ['mixed', false],
    ['exam', false],
  ] as const)('%s: %s', (kind, direct) => {
    expect(startsDirectly(kind)).toBe(direct)
  })
})

describe('dailyReviewCap', () => {
  it.each([
    [30, 30],
    [1, 1],
    [undefined, DEFAULT_DAILY_REVIEW_CAP],
    [null, 20],
    [0, 20],
    [-5, 20],
    [2.5, 20],
    ['15', 20],
    [Number.NaN, 20],
  ])('reads %j as %i', (value, cap) => {
    expect(dailyReviewCap(value)).toBe(cap)
  })
})
