/**
 * Each measure of a take against a target band. The documents describe delivery in words
 * (语速适中、与客户匹配、重要内容放慢; 音量适中; 声调有起伏) but give no numbers, so every band
 * here is the course's supplementary guidance (补充建议), chosen from common practice for
 * telephone service in Mandarin, and each verdict comes with a tip from the voice lessons.
 */
import type { VoiceMeasures } from './analysis'

export type MeasureId = 'rate' | 'articulation' | 'longestPause' | 'level' | 'steadiness' | 'clipping' | 'pitchRange'

/** A target band; a missing end is open. */
export interface Band {
  min?: number
  max?: number
  /** True when the band is the course's own guidance rather than a number from the documents. */
  supplementary: boolean
  /** The lesson the tip comes from. */
  lesson: { moduleId: string; lessonId: string }
}

const PRONUNCIATION = { moduleId: 'voice-language', lessonId: 'voice-pronunciation' }
const TECHNIQUES = { moduleId: 'voice-language', lessonId: 'voice-techniques-training' }

/** The bands, in the order they are shown. */
export const BANDS: Readonly<Record<MeasureId, Band>> = {
  rate: { min: 120, max: 150, supplementary: true, lesson: PRONUNCIATION },
  articulation: { min: 150, max: 210, supplementary: true, lesson: PRONUNCIATION },
  longestPause: { max: 1500, supplementary: true, lesson: TECHNIQUES },
  level: { min: -30, max: -10, supplementary: true, lesson: PRONUNCIATION },
  steadiness: { max: 6, supplementary: true, lesson: PRONUNCIATION },
  clipping: { max: 0.1, supplementary: true, lesson: PRONUNCIATION },
  pitchRange: { min: 4, max: 14, supplementary: true, lesson: PRONUNCIATION },
}

export type Verdict = 'low' | 'ok' | 'high'

/** A take's two rates; a pace drill measures only the first. */
type TakeRates = Pick<VoiceMeasures, 'rate'> & Partial<Pick<VoiceMeasures, 'articulationRate'>>

/** 字/分 beyond anyone reading aloud (over twice a brisk reader's pace): the take left part of its script out. */
export const FASTEST_READING = 360

/**
 * Whether a take's rate is too fast to be real, so the script cannot have been read through: the
 * rate counts the whole script's characters over the time heard. Without its pauses too: half of a
 * short script read with a pause can keep the pace just under the limit.
 *
 * @example
 * readInPart({ rate: 1468 }) // true: 115 characters in under 5 seconds
 * readInPart({ rate: 343, articulationRate: 370 }) // true: 24 characters, about half read
 * readInPart({ rate: 140 }) // false
 */
export function readInPart(measures: TakeRates): boolean {
  return fastestRate(measures) > FASTEST_READING
}

/** The faster of a take's two rates (0 when it has none): what `readInPart` tells by, and says. */
export function fastestRate(measures: TakeRates): number {
  return Math.max(measures.rate ?? 0, measures.articulationRate ?? 0)
}

/** One measure's value against its band. */
export interface Judgement {
  id: MeasureId
  value: number
  band: Band
  verdict: Verdict
}

/**
 * Where `value` falls against `band`.
 *
 * @example
 * verdictOf(160, { min: 120, max: 150, supplementary: true, lesson }) // 'high'
 */
export function verdictOf(value: number, band: Pick<Band, 'min' | 'max'>): Verdict {
  if (band.min !== undefined && value < band.min) return 'low'
  if (band.max !== undefined && value > band.max) return 'high'
  return 'ok'
}

/**
 * Every measure a take has, judged; measures the take lacks (no speech, no pitch) are left out, and
 * so are the rates of a take that did not read its whole script (`readInPart`), and a slow rate
 * without pauses beside a pace that is not slow.
 *
 * @example
 * judge(measures).find((j) => j.id === 'rate') // { id: 'rate', value: 132, verdict: 'ok', band }
 */
export function judge(measures: VoiceMeasures): Judgement[] {
  if (!measures.heard) return []
  const values: Record<MeasureId, number | null> = {
    rate: readInPart(measures) ? null : measures.rate,
    articulation: readInPart(measures) ? null : measures.articulationRate,
    longestPause: measures.longestPauseMs,
    level: measures.levelDb,
    steadiness: measures.steadinessDb,
    clipping: Math.round(measures.clippedPercent * 100) / 100,
    pitchRange: measures.pitchRangeSemitones,
  }
  const judged = (Object.keys(BANDS) as MeasureId[]).flatMap((id) => {
    const value = values[id]
    return value === null ? [] : [{ id, value, band: BANDS[id], verdict: verdictOf(value, BANDS[id]) }]
  })
  // Said slow without its pauses only when the pace is slow too: a reader who pauses little at a right
  // pace has nearly the same rate either way, and 语速适中 beside 偏慢 would leave them not knowing what to do.
  const paceSlow = judged.some((item) => item.id === 'rate' && item.verdict === 'low')
  return judged.filter((item) => item.id !== 'articulation' || item.verdict !== 'low' || paceSlow)
}
