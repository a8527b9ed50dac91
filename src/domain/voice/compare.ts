/**
 * Relative feedback between two takes: the smile A/B and the 「匹配语速」 drill.
 * Only directions and sizes of change are reported, never a verdict on the voice itself.
 */

/** How one take differs from another. */
export type Direction = 'higher' | 'same' | 'lower'

/** Changes smaller than these are within the noise of two readings. */
export const SAME_PITCH_SEMITONES = 0.5
export const SAME_BRIGHTNESS_PERCENT = 3

/** The smiling take against the neutral one. */
export interface SmileDifference {
  /** Median pitch change in semitones (positive: higher when smiling); null when either take had no pitch. */
  pitchSemitones: number | null
  pitch: Direction | null
  /** Spectral-centroid change in percent (positive: brighter when smiling). */
  brightnessPercent: number | null
  brightness: Direction | null
}

const direction = (change: number, same: number): Direction =>
  Math.abs(change) < same ? 'same' : change > 0 ? 'higher' : 'lower'

/**
 * Compares a smiling take with a neutral take of the same phrase.
 *
 * @example
 * compareSmile({ pitchHz: 200, brightnessHz: 1500 }, { pitchHz: 212, brightnessHz: 1650 })
 * // { pitchSemitones: 1, pitch: 'higher', brightnessPercent: 10, brightness: 'higher' }
 */
export function compareSmile(
  neutral: { pitchHz: number | null; brightnessHz: number | null },
  smiling: { pitchHz: number | null; brightnessHz: number | null },
): SmileDifference {
  const pitchSemitones =
    neutral.pitchHz && smiling.pitchHz ? Math.round(12 * Math.log2(smiling.pitchHz / neutral.pitchHz) * 10) / 10 : null
  const brightnessPercent =
    neutral.brightnessHz && smiling.brightnessHz
      ? Math.round(((smiling.brightnessHz - neutral.brightnessHz) / neutral.brightnessHz) * 100)
      : null
  return {
    pitchSemitones,
    pitch: pitchSemitones === null ? null : direction(pitchSemitones, SAME_PITCH_SEMITONES),
    brightnessPercent,
    brightness: brightnessPercent === null ? null : direction(brightnessPercent, SAME_BRIGHTNESS_PERCENT),
  }
}

/** The drill's two callers: a hurried one and an unhurried one, in 字/分 (补充建议: typical fast and slow speech). */
export const CALLER_PACES = { fast: 220, slow: 100 } as const
export type CallerPace = keyof typeof CALLER_PACES

/** Within this share of the caller's rate, the learner matched it. */
export const MATCH_TOLERANCE = 0.2

/** How the learner's answer matched the caller's pace. */
export interface PaceMatch {
  /** Learner's rate over the caller's. */
  ratio: number
  /** 'match', or which way the learner should move: 'faster' means they were too slow. */
  advice: 'match' | 'faster' | 'slower'
}

/**
 * Whether `rate` (字/分) matches the caller's `target`: within MATCH_TOLERANCE either way.
 *
 * @example
 * matchPace(100, 180) // { ratio: 0.56, advice: 'faster' }
 */
export function matchPace(rate: number, target: number): PaceMatch {
  const ratio = Math.round((rate / target) * 100) / 100
  const advice = ratio < 1 - MATCH_TOLERANCE ? 'faster' : ratio > 1 + MATCH_TOLERANCE ? 'slower' : 'match'
  return { ratio, advice }
}
