/**
 * What a recording says about the speaker's delivery, measured from its samples on the
 * device: when speech starts and ends, the pauses, the rate, the level and the pitch.
 *
 * Voice activity is frame energy against a noise floor taken from the recording itself:
 * 10 ms frames; the floor is the level of the quietest 100 ms of the recording (so a take with
 * little silence still finds it) and the peak the 99th percentile of the frames' levels; a frame is voiced when it is 12 dB above the floor and no more than 40 dB below the peak.
 * Voiced runs shorter than 30 ms (clicks, a knock on the desk) are dropped. This is enough
 * for a learner reading a script in a room; a VAD library would add weight for little gain.
 */
import { PitchDetector } from 'pitchy'
import { spectralCentroid } from './spectrum'

/** Frame length and hop of the energy analysis. */
export const FRAME_MS = 10
/** A silence inside speech at least this long counts as a pause (shorter gaps are stops and breaths within a phrase). */
export const PAUSE_MS = 250
/** Voiced runs shorter than this are noise, not speech. */
export const MIN_VOICED_RUN_MS = 30
/** The noise floor is the level of the quietest window of this length. */
const FLOOR_WINDOW_MS = 100
/** A frame must be this far above the noise floor to be voiced. */
const ABOVE_FLOOR_DB = 12
/** …and no more than this far below the recording's peak. */
const BELOW_PEAK_DB = 40
/** Below this peak level nothing was heard at all. */
const QUIETEST_PEAK_DB = -55
/** Samples at or above this magnitude are clipped. */
const CLIP_LEVEL = 0.999
/** The analysis rate: speech needs nothing above 8 kHz. */
const TARGET_RATE = 16000
/** Pitch is found at 8 kHz in 64 ms windows every 40 ms: plenty for a voice, and cheap enough for a phone. */
const PITCH_WINDOW = 512
const PITCH_HOP_MS = 40
const PITCH_MIN_HZ = 70
const PITCH_MAX_HZ = 450
const CENTROID_WINDOW = 512
const CENTROID_HOP_MS = 80

/** One recording's measures; the rate-like ones are null when no speech was heard. */
export interface VoiceMeasures {
  /** Length of the whole recording. */
  durationMs: number
  /** True when speech was found. */
  heard: boolean
  /**
   * Set when no speech was found but the microphone heard something steady (a fan, a hiss):
   * sound well above silence, with nothing standing out of it as a voice does.
   */
  steadySound?: true
  /** From the first voiced frame to the end of the last one. */
  speakingMs: number
  startMs: number
  endMs: number
  /** Silences of at least PAUSE_MS inside speech. */
  pauseCount: number
  longestPauseMs: number
  pauseMs: number
  /** 字/分: the script's countable characters over the speaking time; null without characters or speech. */
  rate: number | null
  /** 字/分 over the speaking time less the pauses. */
  articulationRate: number | null
  /** Level of the voiced frames, dBFS. */
  levelDb: number | null
  /** Standard deviation of half-second levels, dB: small is steady. */
  steadinessDb: number | null
  /** Share of samples at full scale, in percent. */
  clippedPercent: number
  /** Median pitch of the voiced frames, Hz. */
  pitchHz: number | null
  /** Pitch range, 10th to 90th percentile, in semitones. */
  pitchRangeSemitones: number | null
  /** Mean spectral centroid of the voiced frames, Hz (brighter sounds have a higher one). */
  brightnessHz: number | null
}

/** Mono samples in [-1, 1] at `sampleRate`, and how many countable characters the script has. */
export interface AnalysisInput {
  samples: Float32Array
  sampleRate: number
  characters: number
}

/** Averages each run of `factor` samples: a cheap low-pass and decimation to about 16 kHz. */
export function downsample(samples: Float32Array, sampleRate: number): { samples: Float32Array; sampleRate: number } {
  const factor = Math.max(1, Math.floor(sampleRate / TARGET_RATE))
  if (factor === 1) return { samples, sampleRate }
  const out = new Float32Array(Math.floor(samples.length / factor))
  for (let i = 0; i < out.length; i++) {
    let sum = 0
    for (let j = 0; j < factor; j++) sum += samples[i * factor + j]!
    out[i] = sum / factor
  }
  return { samples: out, sampleRate: sampleRate / factor }
}

function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN
  const index = Math.min(sorted.length - 1, Math.max(0, Math.round((p / 100) * (sorted.length - 1))))
  return sorted[index]!
}

const toDb = (meanSquare: number) => 10 * Math.log10(meanSquare + 1e-12)

/** Mean square of each FRAME_MS frame. */
export function frameEnergies(samples: Float32Array, sampleRate: number): Float64Array {
  const size = Math.max(1, Math.round((sampleRate * FRAME_MS) / 1000))
  const energies = new Float64Array(Math.floor(samples.length / size))
  for (let f = 0; f < energies.length; f++) {
    let sum = 0
    for (let i = f * size; i < (f + 1) * size; i++) sum += samples[i]! * samples[i]!
    energies[f] = sum / size
  }
  return energies
}

/** The level of the quietest FLOOR_WINDOW_MS of the recording, in dB. */
function quietestWindow(energies: Float64Array): number {
  const size = Math.min(energies.length, FLOOR_WINDOW_MS / FRAME_MS)
  if (size === 0) return toDb(0)
  let quietest = Infinity
  for (let start = 0; start + size <= energies.length; start += Math.max(1, Math.floor(size / 2))) {
    let sum = 0
    for (let f = start; f < start + size; f++) sum += energies[f]!
    quietest = Math.min(quietest, sum / size)
  }
  return toDb(quietest)
}

/** The recording's noise floor and peak, dBFS (see the head of this file). */
function floorAndPeak(energies: Float64Array, levels: readonly number[]): { floor: number; peak: number } {
  return {
    floor: quietestWindow(energies),
    peak: percentile(
      [...levels].sort((a, b) => a - b),
      99,
    ),
  }
}

/**
 * Which frames are voiced, from their mean squares.
 *
 * @example
 * voicedFrames(new Float64Array([0, 0, 0.1, 0.1, 0.1, 0])) // [false, false, true, true, true, false]
 */
export function voicedFrames(energies: Float64Array): boolean[] {
  const levels = Array.from(energies, toDb)
  const { floor, peak } = floorAndPeak(energies, levels)
  if (!(peak >= QUIETEST_PEAK_DB) || peak - floor < ABOVE_FLOOR_DB) return levels.map(() => false)
  const threshold = Math.max(floor + ABOVE_FLOOR_DB, peak - BELOW_PEAK_DB)
  const voiced = levels.map((level) => level > threshold)
  const minRun = Math.ceil(MIN_VOICED_RUN_MS / FRAME_MS)
  for (let start = 0; start < voiced.length;) {
    if (!voiced[start]) {
      start++
      continue
    }
    let end = start
    while (end < voiced.length && voiced[end]) end++
    if (end - start < minRun) voiced.fill(false, start, end)
    start = end
  }
  return voiced
}

/** The unvoiced gaps inside speech that are at least PAUSE_MS long, in frames. */
export function pausesOf(voiced: readonly boolean[]): number[] {
  const first = voiced.indexOf(true)
  const last = voiced.lastIndexOf(true)
  const pauses: number[] = []
  let gap = 0
  for (let f = first; f >= 0 && f <= last; f++) {
    if (voiced[f]) {
      if (gap * FRAME_MS >= PAUSE_MS) pauses.push(gap)
      gap = 0
    } else gap++
  }
  return pauses
}

function standardDeviation(values: readonly number[]): number {
  const mean = values.reduce((a, b) => a + b, 0) / values.length
  return Math.sqrt(values.reduce((sum, v) => sum + (v - mean) ** 2, 0) / values.length)
}

/**
 * Half-second blocks' levels over their voiced frames, from the first (`first`); blocks with under
 * 100 ms of voice are skipped.
 */
function blockLevels(energies: Float64Array, voiced: readonly boolean[], first: number): number[] {
  const perBlock = 500 / FRAME_MS
  const levels: number[] = []
  for (let start = first; start < energies.length; start += perBlock) {
    let sum = 0
    let count = 0
    for (let f = start; f < Math.min(energies.length, start + perBlock); f++) {
      if (voiced[f]) {
        sum += energies[f]!
        count++
      }
    }
    if (count * FRAME_MS >= 100) levels.push(toDb(sum / count))
  }
  return levels
}

/**
 * The pitches of the voiced windows. Windows (like the blocks and the brightness's) are laid from
 * the first voiced frame, not from the recording's start: the same words then give the same
 * figures however long the learner waited before speaking.
 */
function pitches(fullRate: Float32Array, fullSampleRate: number, voiced: readonly boolean[], first: number): number[] {
  const halved = new Float32Array(Math.floor(fullRate.length / 2))
  for (let i = 0; i < halved.length; i++) halved[i] = (fullRate[2 * i]! + fullRate[2 * i + 1]!) / 2
  const samples = halved
  const sampleRate = fullSampleRate / 2
  const detector = PitchDetector.forFloat32Array(PITCH_WINDOW)
  const hop = Math.round((sampleRate * PITCH_HOP_MS) / 1000)
  const frame = (sampleRate * FRAME_MS) / 1000
  const found: number[] = []
  for (let start = first * frame; start + PITCH_WINDOW <= samples.length; start += hop) {
    if (!voiced[Math.floor((start + PITCH_WINDOW / 2) / frame)]) continue
    const [pitch, clarity] = detector.findPitch(samples.subarray(start, start + PITCH_WINDOW), sampleRate)
    if (clarity >= 0.9 && pitch >= PITCH_MIN_HZ && pitch <= PITCH_MAX_HZ) found.push(pitch)
  }
  return found
}

function brightness(
  samples: Float32Array,
  sampleRate: number,
  voiced: readonly boolean[],
  first: number,
): number | null {
  const hop = Math.round((sampleRate * CENTROID_HOP_MS) / 1000)
  const frame = Math.round((sampleRate * FRAME_MS) / 1000)
  const centroids: number[] = []
  for (let start = first * frame; start + CENTROID_WINDOW <= samples.length; start += hop) {
    if (!voiced[Math.floor((start + CENTROID_WINDOW / 2) / frame)]) continue
    const centroid = spectralCentroid(samples.subarray(start, start + CENTROID_WINDOW), sampleRate)
    if (centroid !== null) centroids.push(centroid)
  }
  return centroids.length ? centroids.reduce((a, b) => a + b, 0) / centroids.length : null
}

/** Characters per minute over `ms`, or null when either is missing. */
const perMinute = (characters: number, ms: number) =>
  characters > 0 && ms > 0 ? Math.round((characters * 60000) / ms) : null

/**
 * Measures one recording.
 *
 * @example
 * const m = analyseVoice({ samples, sampleRate: 48000, characters: 24 })
 * m.heard // false for silence
 * m.rate  // 字/分, e.g. 132
 */
export function analyseVoice({ samples: raw, sampleRate: rawRate, characters }: AnalysisInput): VoiceMeasures {
  let clipped = 0
  for (let i = 0; i < raw.length; i++) if (Math.abs(raw[i]!) >= CLIP_LEVEL) clipped++
  const { samples, sampleRate } = downsample(raw, rawRate)
  const energies = frameEnergies(samples, sampleRate)
  const voiced = voicedFrames(energies)
  const first = voiced.indexOf(true)
  const last = voiced.lastIndexOf(true)
  const durationMs = Math.round((raw.length / rawRate) * 1000)
  const clippedPercent = raw.length ? (clipped / raw.length) * 100 : 0
  if (first < 0) {
    const { floor, peak } = floorAndPeak(energies, Array.from(energies, toDb))
    return {
      durationMs,
      heard: false,
      // Loud enough to be heard, and level all through: not a muted microphone but a steady sound.
      ...(peak >= QUIETEST_PEAK_DB && floor >= QUIETEST_PEAK_DB && peak - floor < ABOVE_FLOOR_DB
        ? { steadySound: true as const }
        : {}),
      speakingMs: 0,
      startMs: 0,
      endMs: 0,
      pauseCount: 0,
      longestPauseMs: 0,
      pauseMs: 0,
      rate: null,
      articulationRate: null,
      levelDb: null,
      steadinessDb: null,
      clippedPercent,
      pitchHz: null,
      pitchRangeSemitones: null,
      brightnessHz: null,
    }
  }
  const speakingMs = (last + 1 - first) * FRAME_MS
  const pauses = pausesOf(voiced).map((frames) => frames * FRAME_MS)
  const pauseMs = pauses.reduce((a, b) => a + b, 0)
  let voicedEnergy = 0
  let voicedCount = 0
  voiced.forEach((isVoiced, f) => {
    if (isVoiced) {
      voicedEnergy += energies[f]!
      voicedCount++
    }
  })
  const blocks = blockLevels(energies, voiced, first)
  const found = pitches(samples, sampleRate, voiced, first).sort((a, b) => a - b)
  const enoughPitch = found.length >= 5
  return {
    durationMs,
    heard: true,
    speakingMs,
    startMs: first * FRAME_MS,
    endMs: (last + 1) * FRAME_MS,
    pauseCount: pauses.length,
    longestPauseMs: pauses.length ? Math.max(...pauses) : 0,
    pauseMs,
    rate: perMinute(characters, speakingMs),
    articulationRate: perMinute(characters, speakingMs - pauseMs),
    levelDb: Math.round(toDb(voicedEnergy / voicedCount) * 10) / 10,
    steadinessDb: blocks.length >= 2 ? Math.round(standardDeviation(blocks) * 10) / 10 : null,
    clippedPercent,
    pitchHz: enoughPitch ? Math.round(percentile(found, 50)) : null,
    pitchRangeSemitones: enoughPitch
      ? Math.round(12 * Math.log2(percentile(found, 90) / percentile(found, 10)) * 10) / 10
      : null,
    brightnessHz: ((b) => (b === null ? null : Math.round(b)))(brightness(samples, sampleRate, voiced, first)),
  }
}
