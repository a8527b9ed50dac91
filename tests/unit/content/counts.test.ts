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
    selfCheckLongestKeyShare: 0.3,
    trueShare: 0,
    bestReplyLongestShare: 0.35,
    shorterMistakesShare: 0.5,
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

  it('refuses self-checks and role-plays whose best answer is most often the longest', () => {
    expect(
      bankProblems(counts({ selfCheckLongestKeyShare: 0.31, bestReplyLongestShare: 0.36, shorterMistakesShare: 0.55 })),
    ).toEqual([
      '课后自测中正确选项独自最长的占 31%，不能超过 30%',
      '找茬的通话中，违规的句子平均比正确的句子短的占 55%，不能超过 50%',
      '情景演练中最佳回应独自最长的步骤占 36%，不能超过 35%',
    ])
  })

  it('refuses a true/false bank where always answering one way pays, and has no opinion on a bank without any', () => {
    const withTrueFalse = (trueShare: number) =>
      counts({ questionsByType: { single: 10, multiple: 0, truefalse: 20 }, trueShare })
    expect(bankProblems(withTrueFalse(0.35))).toEqual([])
    expect(bankProblems(withTrueFalse(0.65))).toEqual([])
    expect(bankProblems(withTrueFalse(0.325))).toEqual([
      '判断题中答案为「对」的占 32.5%，应在 35% 到 65% 之间：总选一边不该占便宜',
    ])
    expect(bankProblems(withTrueFalse(0.7))).toHaveLength(1)
    expect(bankProblems(counts({ trueShare: 0 }))).toEqual([])
  })
})
