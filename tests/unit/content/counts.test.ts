import { describe, expect, it } from 'vitest'
import { BANK_RULES, bankProblems, type CourseCounts } from '../../../src/content/build/counts'

function counts(overrides: Partial<CourseCounts>): CourseCounts {
  return {
    modules: 1,
    lessons: 1,
    sections: 1,
    citations: 1,
    supplementary: 0,
    selfCheck: 1,
    questions: 10,
    questionsByType: { single: 10, multiple: 0, truefalse: 0 },
    questionsByKind: { situational: 6, recall: 4 },
    situationalShare: 0.6,
    longestKeyShare: 0.3,
    documentMentions: 0,
    scenarios: 0,
    spotting: 0,
    ...overrides,
  }
}

describe('bankProblems', () => {
  it('accepts a bank exactly at the bars', () => {
    expect(BANK_RULES).toEqual({ minSituationalShare: 0.6, maxLongestKeyShare: 0.3 })
    expect(bankProblems(counts({}))).toEqual([])
  })

  it('refuses too few situational questions and keys that give themselves away', () => {
    expect(bankProblems(counts({ situationalShare: 0.55, longestKeyShare: 0.4 }))).toEqual([
      '情景题只占 55%，至少要 60%',
      '单选题中正确选项独自最长的占 40%，不能超过 30%',
    ])
  })
})
