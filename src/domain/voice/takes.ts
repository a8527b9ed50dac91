/**
 * A take as saved for a learner: what was read, in which drill, and its measures (the audio
 * itself is kept apart, under the same id). Checked with valibot when read back.
 */
import * as v from 'valibot'
import { BANDS, readInPart } from './bands'

/** The drills a take can come from. */
export const TAKE_MODES = ['practice', 'smile-neutral', 'smile-smiling', 'match'] as const
export type TakeMode = (typeof TAKE_MODES)[number]

const measure = v.nullable(v.number())

/** The measures kept with a take (see VoiceMeasures). */
export const TakeMeasuresSchema = v.object({
  durationMs: v.number(),
  heard: v.boolean(),
  speakingMs: v.number(),
  startMs: v.number(),
  endMs: v.number(),
  pauseCount: v.number(),
  longestPauseMs: v.number(),
  pauseMs: v.number(),
  rate: measure,
  articulationRate: measure,
  levelDb: measure,
  steadinessDb: measure,
  clippedPercent: v.number(),
  pitchHz: measure,
  pitchRangeSemitones: measure,
  brightnessHz: measure,
})

export const VoiceTakeSchema = v.object({
  /** An ISO time and a random tail, so takes sort by time. */
  id: v.pipe(v.string(), v.minLength(1)),
  scriptId: v.pipe(v.string(), v.minLength(1)),
  mode: v.picklist(TAKE_MODES),
  createdAt: v.string(),
  /** 匹配语速: the caller's rate, 字/分. */
  target: v.optional(v.number()),
  /** The audio's size in bytes. */
  size: v.number(),
  measures: TakeMeasuresSchema,
})

export type VoiceTake = v.InferOutput<typeof VoiceTakeSchema>

/** A learner's best so far, for 我的进度: the rate and level nearest the middle of their bands. */
export interface VoiceBest {
  /** 字/分 of the take nearest the rate band's middle. */
  rate: number | null
  /** dBFS of the take nearest the level band's middle. */
  levelDb: number | null
  /** Takes with speech in them. */
  takes: number
}

const middle = (band: { min?: number; max?: number }) => ((band.min ?? 0) + (band.max ?? 0)) / 2

function nearest(values: number[], target: number): number | null {
  return values.reduce<number | null>(
    (best, value) => (best === null || Math.abs(value - target) < Math.abs(best - target) ? value : best),
    null,
  )
}

/**
 * The best rate and level among a learner's takes: "best" is nearest the target band's middle,
 * since both too fast and too slow (too loud and too quiet) miss.
 *
 * @example
 * voiceBest([take({ rate: 180 }), take({ rate: 140 })]).rate // 140
 */
export function voiceBest(takes: readonly VoiceTake[]): VoiceBest {
  const heard = takes.filter((take) => take.measures.heard)
  const rates = heard.flatMap((take) =>
    take.measures.rate === null || readInPart(take.measures) ? [] : [take.measures.rate],
  )
  const levels = heard.flatMap((take) => (take.measures.levelDb === null ? [] : [take.measures.levelDb]))
  return {
    rate: nearest(rates, middle(BANDS.rate)),
    levelDb: nearest(levels, middle(BANDS.level)),
    takes: heard.length,
  }
}

/** What tells a recording apart in 我的录音: its drill, a practice take's number, its length in seconds. */
export interface TakeMark {
  mode: TakeMode
  /** 第 n 遍 of its script, as the script's own list numbers its practice takes; absent for drills. */
  n?: number
  seconds: number
}

/**
 * Each take's mark, by take (and recording) id. Practice takes are numbered per script in the
 * order they were kept, oldest first, as 这段稿子的录音 numbers them.
 *
 * @example
 * takeMarks([practice('a', 'reading'), practice('b', 'reading')]).get('b') // { mode: 'practice', n: 2, seconds: … }
 */
export function takeMarks(takes: readonly VoiceTake[]): Map<string, TakeMark> {
  const counted = new Map<string, number>()
  const marks = new Map<string, TakeMark>()
  for (const take of takes) {
    const seconds = Math.max(1, Math.round(take.measures.durationMs / 1000))
    if (take.mode !== 'practice') {
      marks.set(take.id, { mode: take.mode, seconds })
      continue
    }
    const n = (counted.get(take.scriptId) ?? 0) + 1
    counted.set(take.scriptId, n)
    marks.set(take.id, { mode: take.mode, n, seconds })
  }
  return marks
}
