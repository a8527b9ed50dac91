import { describe, expect, it } from 'vitest'
import * as v from 'valibot'
import { takeMarks, voiceBest, VoiceTakeSchema, type VoiceTake } from '../../../../src/domain/voice/takes'

function take(measures: Partial<VoiceTake['measures']>, id = 't'): VoiceTake {
  return {
    id,
    scriptId: 'reading',
    mode: 'practice',
    createdAt: '2026-11-29T20:00:00.000Z',
    size: 1000,
    measures: {
      durationMs: 5000,
      heard: true,
      speakingMs: 4000,
      startMs: 500,
      endMs: 4500,
      pauseCount: 0,
      longestPauseMs: 0,
      pauseMs: 0,
      rate: 130,
      articulationRate: 130,
      levelDb: -20,
      steadinessDb: 2,
      clippedPercent: 0,
      pitchHz: 200,
      pitchRangeSemitones: 5,
      brightnessHz: 1500,
      ...measures,
    },
  }
}

describe('voiceBest', () => {
  it('picks the rate and level nearest the middle of their bands', () => {
    expect(
      voiceBest([take({ rate: 180, levelDb: -5 }), take({ rate: 140, levelDb: -35 }), take({ rate: 100 })]),
    ).toEqual({
      rate: 140,
      levelDb: -20,
      takes: 3,
    })
  })

  it('never counts the rate of a take that did not read its whole script as a best', () => {
    expect(voiceBest([take({ rate: 1468 }), take({ rate: 190 })]).rate).toBe(190)
    expect(voiceBest([take({ rate: 1468 })]).rate).toBeNull()
  })

  it('has nothing without takes in which speech was heard', () => {
    expect(voiceBest([take({ heard: false, rate: null, levelDb: null })])).toEqual({
      rate: null,
      levelDb: null,
      takes: 0,
    })
  })
})

describe('VoiceTakeSchema', () => {
  it('accepts a take and refuses one with an unknown drill', () => {
    expect(v.safeParse(VoiceTakeSchema, take({})).success).toBe(true)
    expect(v.safeParse(VoiceTakeSchema, { ...take({}), mode: 'karaoke' }).success).toBe(false)
  })
})

describe('takeMarks', () => {
  it('numbers practice takes per script as the script’s list does, and marks drills by their kind', () => {
    const reading = (id: string, durationMs: number) => take({ durationMs }, id)
    const marks = takeMarks([
      reading('a', 31_400),
      { ...take({ durationMs: 800 }, 'b'), scriptId: 'greeting' },
      { ...take({ durationMs: 6_000 }, 'c'), mode: 'smile-smiling' },
      reading('d', 29_600),
    ])
    expect(Object.fromEntries(marks)).toEqual({
      a: { mode: 'practice', n: 1, seconds: 31 },
      // Under a second still reads as a length, not as 0 秒.
      b: { mode: 'practice', n: 1, seconds: 1 },
      c: { mode: 'smile-smiling', seconds: 6 },
      d: { mode: 'practice', n: 2, seconds: 30 },
    })
  })
})
