import { describe, expect, it } from 'vitest'
import * as v from 'valibot'
import {
  bestByTranscript,
  spottingOverview,
  spottingResult,
  SpottingResultSchema,
  type SpottingResult,
} from '../../../../src/domain/spotting/results'
import { scoreSpotting } from '../../../../src/domain/spotting/score'

function result(transcriptId: string, percent: number, at: string): SpottingResult {
  return {
    id: `${at}-x`,
    transcriptId,
    at,
    points: percent / 25,
    max: 4,
    percent,
    found: 0,
    wrongRule: 0,
    missed: 0,
    wronglyMarked: 0,
  }
}

describe('spottingResult', () => {
  it('keeps the score with a key that sorts by time, and passes its own schema', () => {
    const score = scoreSpotting([{ breaks: ['a'] }, { breaks: [] }], new Map([[0, 'a']]))
    const kept = spottingResult('call', score, new Date('2026-01-02T03:04:05Z'), 'ab12')
    expect(kept).toEqual({
      id: '2026-01-02T03:04:05.000Z-ab12',
      transcriptId: 'call',
      at: '2026-01-02T03:04:05.000Z',
      points: 1,
      max: 1,
      percent: 100,
      found: 1,
      wrongRule: 0,
      missed: 0,
      wronglyMarked: 0,
    })
    expect(v.safeParse(SpottingResultSchema, kept).success).toBe(true)
  })

  it('refuses a damaged record', () => {
    const kept = result('call', 50, '2026-01-02T03:04:05.000Z')
    expect(v.safeParse(SpottingResultSchema, { ...kept, percent: 140 }).success).toBe(false)
    expect(v.safeParse(SpottingResultSchema, { ...kept, at: 'yesterday' }).success).toBe(false)
    expect(v.safeParse(SpottingResultSchema, { ...kept, found: 1.5 }).success).toBe(false)
  })
})

describe('bestByTranscript', () => {
  it('keeps the highest percent of each transcript and counts the attempts', () => {
    const best = bestByTranscript([
      result('a', 50, '2026-01-01T00:00:00.000Z'),
      result('a', 75, '2026-01-02T00:00:00.000Z'),
      result('a', 25, '2026-01-03T00:00:00.000Z'),
      result('b', 100, '2026-01-03T00:00:00.000Z'),
    ])
    expect(best.get('a')).toEqual({ percent: 75, points: 3, max: 4, count: 3 })
    expect(best.get('b')).toEqual({ percent: 100, points: 4, max: 4, count: 1 })
    expect(best.has('c')).toBe(false)
  })
})

describe('spottingOverview', () => {
  it.each([
    [[], { attempted: 0, averageBest: null, attempts: 0 }],
    [
      [
        result('a', 50, '2026-01-01T00:00:00.000Z'),
        result('a', 75, '2026-01-02T00:00:00.000Z'),
        result('b', 100, '2026-01-03T00:00:00.000Z'),
      ],
      { attempted: 2, averageBest: 88, attempts: 3 },
    ],
  ])('%j', (results, expected) => {
    expect(spottingOverview(results)).toEqual(expected)
  })
})
