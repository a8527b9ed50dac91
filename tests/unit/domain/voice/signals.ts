/** Synthetic test signals: tones, noise, silence and bursts, built sample by sample. */

/** A piece of signal: a tone (with harmonics, like a voice), noise or silence. */
export type Piece =
  | { kind: 'silence'; ms: number }
  | { kind: 'tone'; ms: number; hz: number; amplitude: number; toHz?: number }
  | { kind: 'noise'; ms: number; amplitude: number }

/** A repeatable pseudo-random source, so noise is the same on every run. */
function seeded(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0
    return state / 2 ** 32
  }
}

/** The pieces one after the other at `sampleRate`, with a faint noise floor under everything. */
export function signal(pieces: Piece[], sampleRate = 16000, floor = 0.0005): Float32Array {
  const random = seeded(7)
  const total = pieces.reduce((sum, piece) => sum + Math.round((piece.ms * sampleRate) / 1000), 0)
  const out = new Float32Array(total)
  let at = 0
  for (const piece of pieces) {
    const length = Math.round((piece.ms * sampleRate) / 1000)
    let phase = 0
    for (let i = 0; i < length; i++) {
      let value = (random() * 2 - 1) * floor
      if (piece.kind === 'tone') {
        const hz = piece.toHz ? piece.hz * (piece.toHz / piece.hz) ** (i / length) : piece.hz
        phase += (2 * Math.PI * hz) / sampleRate
        value += piece.amplitude * (0.6 * Math.sin(phase) + 0.3 * Math.sin(2 * phase) + 0.1 * Math.sin(3 * phase))
      } else if (piece.kind === 'noise') value += (random() * 2 - 1) * piece.amplitude
      out[at + i] = value
    }
    at += length
  }
  return out
}

/** `count` syllable-like bursts of `burstMs` with `gapMs` between them. */
export function bursts(count: number, burstMs: number, gapMs: number, hz = 200, amplitude = 0.2): Piece[] {
  return Array.from({ length: count }, (_, i) => [
    ...(i > 0 ? [{ kind: 'silence' as const, ms: gapMs }] : []),
    { kind: 'tone' as const, ms: burstMs, hz, amplitude },
  ]).flat()
}
