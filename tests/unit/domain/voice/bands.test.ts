import { describe, expect, it } from 'vitest'
import { BANDS, judge, readInPart, verdictOf } from '../../../../src/domain/voice/bands'
import type { VoiceMeasures } from '../../../../src/domain/voice/analysis'

const measures: VoiceMeasures = {
  durationMs: 6000,
  heard: true,
  speakingMs: 5000,
  startMs: 500,
  endMs: 5500,
  pauseCount: 1,
  longestPauseMs: 2000,
  pauseMs: 2000,
  rate: 160,
  articulationRate: 180,
  levelDb: -20,
  steadinessDb: null,
  clippedPercent: 0,
  pitchHz: 210,
  pitchRangeSemitones: 2.5,
  brightnessHz: 1400,
}

describe('verdictOf', () => {
  it.each([
    [100, 'low'],
    [120, 'ok'],
    [150, 'ok'],
    [151, 'high'],
  ] as const)('%i 字/分 against 120–150 is %s', (value, verdict) => {
    expect(verdictOf(value, BANDS.rate)).toBe(verdict)
  })

  it('treats a missing end as open', () => {
    expect(verdictOf(-1000, { max: 5 })).toBe('ok')
  })
})

describe('judge', () => {
  it('judges every measure the take has, and leaves out the missing ones', () => {
    const judged = Object.fromEntries(judge(measures).map((j) => [j.id, j.verdict]))
    expect(judged).toEqual({
      rate: 'high',
      articulation: 'ok',
      longestPause: 'high',
      level: 'ok',
      clipping: 'ok',
      pitchRange: 'low',
    })
  })

  it('leaves out the rates of a take too fast to have read its whole script, and keeps the rest', () => {
    // 115 characters in 4.7 seconds: 1,468 字/分.
    const short = { ...measures, speakingMs: 4700, rate: 1468, articulationRate: 3632 }
    expect(readInPart(short)).toBe(true)
    expect(judge(short).map((j) => j.id)).toEqual(['longestPause', 'level', 'clipping', 'pitchRange'])
    // Half of a short script, read with a pause: the pace stays under the limit, but not without the pause.
    const half = { ...measures, speakingMs: 4200, rate: 343, articulationRate: 370 }
    expect(readInPart(half)).toBe(true)
    expect(judge(half).map((j) => j.id)).not.toContain('rate')
    // A brisk reader is still judged.
    expect(readInPart({ rate: 300 })).toBe(false)
    expect(readInPart({ rate: 300, articulationRate: 340 })).toBe(false)
    expect(readInPart({ rate: null })).toBe(false)
  })

  it('says a rate without pauses is slow only when the pace is slow too, never beside a right pace', () => {
    // Read evenly with few pauses: 126 字/分 in all, 132 without the pauses.
    const even = { ...measures, rate: 126, articulationRate: 132, longestPauseMs: 600 }
    expect(judge(even).map((j) => [j.id, j.verdict])).not.toContainEqual(['articulation', 'low'])
    expect(judge(even).find((j) => j.id === 'rate')?.verdict).toBe('ok')
    // Slow with drawn-out syllables: both are said, the second saying why.
    const slow = { ...measures, rate: 100, articulationRate: 110 }
    expect(
      judge(slow)
        .filter((j) => j.id === 'rate' || j.id === 'articulation')
        .map((j) => j.verdict),
    ).toEqual(['low', 'low'])
  })

  it('judges nothing when nothing was heard', () => {
    expect(judge({ ...measures, heard: false })).toEqual([])
  })

  it('marks every band as supplementary guidance, since the documents give no numbers', () => {
    expect(Object.values(BANDS).every((band) => band.supplementary)).toBe(true)
  })
})
