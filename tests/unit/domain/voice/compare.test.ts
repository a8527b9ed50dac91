import { describe, expect, it } from 'vitest'
import { compareSmile, matchPace } from '../../../../src/domain/voice/compare'

describe('compareSmile', () => {
  it('reports a higher, brighter smiling take in semitones and percent', () => {
    expect(compareSmile({ pitchHz: 200, brightnessHz: 1500 }, { pitchHz: 224.5, brightnessHz: 1650 })).toEqual({
      pitchSemitones: 2,
      pitch: 'higher',
      brightnessPercent: 10,
      brightness: 'higher',
    })
  })

  it('calls small changes the same, and lower ones lower', () => {
    const difference = compareSmile({ pitchHz: 200, brightnessHz: 1500 }, { pitchHz: 202, brightnessHz: 1300 })
    expect(difference.pitch).toBe('same')
    expect(difference.brightness).toBe('lower')
  })

  it('has no comparison where a take had no pitch', () => {
    expect(compareSmile({ pitchHz: null, brightnessHz: 1500 }, { pitchHz: 200, brightnessHz: 1500 })).toMatchObject({
      pitchSemitones: null,
      pitch: null,
      brightness: 'same',
    })
  })
})

describe('matchPace', () => {
  it.each([
    [100, 220, 'faster'],
    [200, 220, 'match'],
    [180, 220, 'match'],
    [130, 100, 'slower'],
    [110, 100, 'match'],
  ] as const)('%i 字/分 against a caller at %i: %s', (rate, target, advice) => {
    expect(matchPace(rate, target).advice).toBe(advice)
  })
})
