import { describe, expect, it } from 'vitest'
import { scoreSpotting, SPOTTING_POINTS, unnamedMarks } from '../../../../src/domain/spotting/score'

// Five lines: 0 and 3 break one rule each, 4 breaks two; 1 and 2 are fine.
const lines = [
  { breaks: ['greet'] },
  { breaks: [] },
  { breaks: [] },
  { breaks: ['hold'] },
  { breaks: ['close', 'blame'] },
]

describe('scoreSpotting', () => {
  it.each([
    ['nothing marked', [], ['missed', 'fine', 'fine', 'missed', 'missed'], 0, 0],
    [
      'every violation with its rule',
      [
        [0, 'greet'],
        [3, 'hold'],
        [4, 'blame'],
      ],
      ['found', 'fine', 'fine', 'found', 'found'],
      3,
      100,
    ],
    [
      'one right, one wrong rule, one fine line marked, one missed',
      [
        [0, 'greet'],
        [3, 'close'],
        [2, 'hold'],
      ],
      ['found', 'fine', 'wronglyMarked', 'wrongRule', 'missed'],
      1,
      33,
    ],
    [
      'fine lines marked never take the total below 0',
      [
        [1, 'greet'],
        [2, 'greet'],
      ],
      ['missed', 'wronglyMarked', 'wronglyMarked', 'missed', 'missed'],
      0,
      0,
    ],
    [
      'every line marked with the right rules',
      [
        [0, 'greet'],
        [1, 'greet'],
        [2, 'greet'],
        [3, 'hold'],
        [4, 'close'],
      ],
      ['found', 'wronglyMarked', 'wronglyMarked', 'found', 'found'],
      2,
      67,
    ],
  ] as const)('%s', (_name, marks, verdicts, points, percent) => {
    const score = scoreSpotting(lines, new Map(marks))
    expect(score.verdicts).toEqual(verdicts)
    expect(score.points).toBe(points)
    expect(score.max).toBe(3)
    expect(score.percent).toBe(percent)
  })

  it('counts each verdict and weighs them by SPOTTING_POINTS', () => {
    const score = scoreSpotting(
      lines,
      new Map([
        [0, 'greet'],
        [3, 'close'],
        [2, 'hold'],
      ]),
    )
    expect(score.counts).toEqual({ found: 1, wrongRule: 1, missed: 1, wronglyMarked: 1 })
    expect(score.points).toBe(SPOTTING_POINTS.found + SPOTTING_POINTS.wrongRule + SPOTTING_POINTS.wronglyMarked)
  })

  it('gives 0% to a call with no violation rather than dividing by zero', () => {
    expect(scoreSpotting([{ breaks: [] }], new Map()).percent).toBe(0)
  })
})

describe('unnamedMarks', () => {
  it('lists the marked lines without a rule, in line order', () => {
    expect(
      unnamedMarks(
        new Map([
          [4, ''],
          [0, 'greet'],
          [2, ''],
        ]),
      ),
    ).toEqual([2, 4])
    expect(unnamedMarks(new Map())).toEqual([])
  })
})
