import { describe, expect, it } from 'vitest'
import {
  analyseVoice,
  downsample,
  frameEnergies,
  pausesOf,
  voicedFrames,
  PAUSE_MS,
} from '../../../../src/domain/voice/analysis'
import { bursts, signal, type Piece } from './signals'

const silence = (ms: number): Piece => ({ kind: 'silence', ms })

describe('analyseVoice', () => {
  it('hears nothing in silence, or in steady noise with nothing above it', () => {
    for (const samples of [new Float32Array(16000), signal([{ kind: 'noise', ms: 2000, amplitude: 0.05 }])]) {
      const measures = analyseVoice({ samples, sampleRate: 16000, characters: 10 })
      expect(measures.heard).toBe(false)
      expect(measures.rate).toBeNull()
    }
  })

  it('tells a steady sound from silence, so the learner is not told the microphone is muted', () => {
    const analysed = (samples: Float32Array) => analyseVoice({ samples, sampleRate: 16000, characters: 10 })
    expect(analysed(signal([{ kind: 'noise', ms: 2000, amplitude: 0.05 }])).steadySound).toBe(true)
    // Silence, a faint hiss, and one click in a quiet room are not a steady sound.
    expect(analysed(new Float32Array(16000))).not.toHaveProperty('steadySound')
    expect(analysed(signal([{ kind: 'noise', ms: 2000, amplitude: 0.0005 }]))).not.toHaveProperty('steadySound')
    const click = analysed(signal([silence(800), { kind: 'tone', ms: 20, hz: 1000, amplitude: 0.5 }, silence(800)]))
    expect(click.heard).toBe(false)
    expect(click).not.toHaveProperty('steadySound')
    // Speech over the same noise is heard, and is not called a steady sound.
    const over = analysed(signal([{ kind: 'noise', ms: 500, amplitude: 0.01 }, ...bursts(10, 200, 100, 200, 0.3)]))
    expect(over.heard).toBe(true)
    expect(over).not.toHaveProperty('steadySound')
  })

  it.each([
    // 30 syllables at three paces: the speaking time is bursts plus gaps, so the rate is known exactly
    { burstMs: 150, gapMs: 50, rate: 30 / ((30 * 150 + 29 * 50) / 60000) },
    { burstMs: 250, gapMs: 100, rate: 30 / ((30 * 250 + 29 * 100) / 60000) },
    { burstMs: 350, gapMs: 150, rate: 30 / ((30 * 350 + 29 * 150) / 60000) },
  ])('measures the rate of bursts of $burstMs ms every $gapMs ms', ({ burstMs, gapMs, rate }) => {
    const samples = signal([silence(700), ...bursts(30, burstMs, gapMs), silence(900)])
    const measures = analyseVoice({ samples, sampleRate: 16000, characters: 30 })
    expect(measures.heard).toBe(true)
    expect(measures.startMs).toBeCloseTo(700, -1)
    expect(measures.rate! / rate).toBeGreaterThan(0.98)
    expect(measures.rate! / rate).toBeLessThan(1.02)
    expect(measures.pauseCount).toBe(0)
    expect(measures.articulationRate).toBe(measures.rate)
  })

  it('counts pauses of at least 250 ms inside speech, and the longest', () => {
    const samples = signal([
      silence(500),
      ...bursts(4, 200, 100),
      silence(600),
      ...bursts(4, 200, 100),
      silence(PAUSE_MS + 50),
      ...bursts(4, 200, 100),
      silence(500),
    ])
    const measures = analyseVoice({ samples, sampleRate: 16000, characters: 12 })
    expect(measures.pauseCount).toBe(2)
    expect(measures.longestPauseMs).toBeCloseTo(600, -1)
    expect(measures.pauseMs).toBeCloseTo(900, -1)
    // Without the pauses the same characters take less time.
    expect(measures.articulationRate!).toBeGreaterThan(measures.rate!)
  })

  it('ignores a click shorter than 30 ms before the speech', () => {
    const samples = signal([
      silence(300),
      { kind: 'noise', ms: 10, amplitude: 0.5 },
      silence(500),
      ...bursts(5, 200, 100),
    ])
    expect(analyseVoice({ samples, sampleRate: 16000, characters: 5 }).startMs).toBeCloseTo(810, -1)
  })

  it('gives the level of the voice in dBFS and finds clipping', () => {
    const quiet = analyseVoice({
      samples: signal([silence(300), ...bursts(6, 300, 100, 200, 0.05)]),
      sampleRate: 16000,
      characters: 6,
    })
    const loud = analyseVoice({
      samples: signal([silence(300), ...bursts(6, 300, 100, 200, 0.5)]),
      sampleRate: 16000,
      characters: 6,
    })
    expect(loud.levelDb! - quiet.levelDb!).toBeCloseTo(20, 0)
    expect(loud.clippedPercent).toBe(0)
    const clipped = signal([silence(300), ...bursts(6, 300, 100, 200, 1.6)]).map((x) => Math.max(-1, Math.min(1, x)))
    expect(analyseVoice({ samples: clipped, sampleRate: 16000, characters: 6 }).clippedPercent).toBeGreaterThan(1)
  })

  it('finds a steady level steady and a swinging one unsteady', () => {
    const steady = signal([silence(300), { kind: 'tone', ms: 3000, hz: 200, amplitude: 0.2 }])
    // Half a second loud, half a second soft: aligned with the half-second blocks.
    const swinging = signal([
      silence(500),
      ...Array.from({ length: 6 }, (_, i): Piece => ({
        kind: 'tone',
        ms: 500,
        hz: 200,
        amplitude: i % 2 ? 0.4 : 0.04,
      })),
    ])
    expect(analyseVoice({ samples: steady, sampleRate: 16000, characters: 1 }).steadinessDb!).toBeLessThan(1)
    expect(analyseVoice({ samples: swinging, sampleRate: 16000, characters: 1 }).steadinessDb!).toBeGreaterThan(8)
  })

  it('finds the pitch of a steady tone and the range of a glide in semitones', () => {
    const flat = analyseVoice({
      samples: signal([silence(300), { kind: 'tone', ms: 2000, hz: 200, amplitude: 0.2 }]),
      sampleRate: 16000,
      characters: 1,
    })
    expect(flat.pitchHz).toBeGreaterThan(195)
    expect(flat.pitchHz).toBeLessThan(205)
    expect(flat.pitchRangeSemitones!).toBeLessThan(0.5)
    // An octave glide: 10th to 90th percentile covers 80% of 12 semitones.
    const glide = analyseVoice({
      samples: signal([silence(300), { kind: 'tone', ms: 3000, hz: 150, toHz: 300, amplitude: 0.2 }]),
      sampleRate: 16000,
      characters: 1,
    })
    expect(glide.pitchRangeSemitones!).toBeGreaterThan(8.5)
    expect(glide.pitchRangeSemitones!).toBeLessThan(10.5)
  })

  it('measures the same speech alike however long the silence before it', () => {
    // Syllables that rise and fall, short enough that a window's place within each matters.
    const speech: Piece[] = [120, 180, 140, 220, 160, 200, 130, 240].flatMap((hz, i) => [
      silence(60),
      { kind: 'tone', ms: 90 + (i % 3) * 20, hz, toHz: hz * (i % 2 ? 0.8 : 1.25), amplitude: 0.2 },
    ])
    const measures = (leadMs: number) => {
      const { durationMs, startMs, endMs, ...rest } = analyseVoice({
        samples: signal([silence(leadMs), ...speech, silence(300)]),
        sampleRate: 16000,
        characters: 8,
      })
      expect(startMs).toBeGreaterThanOrEqual(leadMs)
      expect(endMs - startMs).toBe(rest.speakingMs)
      expect(durationMs).toBe(leadMs + 300 + speech.reduce((sum, piece) => sum + piece.ms, 0))
      return rest
    }
    const { brightnessHz, ...promptly } = measures(200)
    expect(promptly.pitchRangeSemitones).not.toBeNull()
    for (const leadMs of [220, 500, 1230, 3010]) {
      const later = measures(leadMs)
      // The faint noise under the speech differs sample by sample, and the brightness hears it.
      expect(Math.abs(later.brightnessHz! - brightnessHz!), `brightness after ${leadMs} ms`).toBeLessThanOrEqual(2)
      expect({ ...later, brightnessHz }, `after ${leadMs} ms`).toEqual({ ...promptly, brightnessHz })
    }
  })

  it('measures a 48 kHz recording like a 16 kHz one', () => {
    const pieces = [silence(500), ...bursts(20, 200, 100), silence(500)]
    const at16 = analyseVoice({ samples: signal(pieces, 16000), sampleRate: 16000, characters: 20 })
    const at48 = analyseVoice({ samples: signal(pieces, 48000), sampleRate: 48000, characters: 20 })
    expect(at48.speakingMs).toBe(at16.speakingMs)
    expect(at48.durationMs).toBe(at16.durationMs)
    expect(Math.abs(at48.pitchHz! - at16.pitchHz!)).toBeLessThan(3)
  })

  it('has no rate without countable characters', () => {
    const measures = analyseVoice({
      samples: signal([silence(200), ...bursts(3, 200, 100)]),
      sampleRate: 16000,
      characters: 0,
    })
    expect(measures.heard).toBe(true)
    expect(measures.rate).toBeNull()
  })
})

describe('downsample', () => {
  it('averages to about 16 kHz', () => {
    const { samples, sampleRate } = downsample(new Float32Array([1, 2, 3, 4, 5, 6]), 48000)
    expect(sampleRate).toBe(16000)
    expect(Array.from(samples)).toEqual([2, 5])
  })
})

describe('voicedFrames and pausesOf', () => {
  it('marks frames above the floor and finds the gaps inside speech', () => {
    const energies = frameEnergies(signal([silence(200), ...bursts(2, 100, 300), silence(200)]), 16000)
    const voiced = voicedFrames(energies)
    expect(voiced.filter(Boolean)).toHaveLength(20)
    expect(pausesOf(voiced)).toEqual([30])
  })
})
