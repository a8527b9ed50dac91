/**
 * A small radix-2 FFT and the spectral centroid built on it: the "brightness" of a sound,
 * which rises when a speaker smiles (the mouth's shape shortens the vocal tract).
 */

/**
 * The magnitudes of the first n/2 bins of a real frame (length a power of two), Hann-windowed.
 *
 * @example
 * magnitudes(new Float32Array(8).fill(1)).length // 4
 */
export function magnitudes(frame: Float32Array): Float64Array {
  const n = frame.length
  if (n === 0 || (n & (n - 1)) !== 0) throw new Error('帧长必须是 2 的幂')
  const re = new Float64Array(n)
  const im = new Float64Array(n)
  for (let i = 0; i < n; i++) re[i] = frame[i]! * (0.5 - 0.5 * Math.cos((2 * Math.PI * i) / (n - 1)))
  for (let i = 1, j = 0; i < n; i++) {
    let bit = n >> 1
    for (; j & bit; bit >>= 1) j ^= bit
    j ^= bit
    if (i < j) {
      ;[re[i], re[j]] = [re[j]!, re[i]!]
    }
  }
  for (let size = 2; size <= n; size <<= 1) {
    const angle = (-2 * Math.PI) / size
    const wr = Math.cos(angle)
    const wi = Math.sin(angle)
    for (let start = 0; start < n; start += size) {
      let cr = 1
      let ci = 0
      for (let k = 0; k < size / 2; k++) {
        const a = start + k
        const b = a + size / 2
        const tr = re[b]! * cr - im[b]! * ci
        const ti = re[b]! * ci + im[b]! * cr
        re[b] = re[a]! - tr
        im[b] = im[a]! - ti
        re[a] = re[a]! + tr
        im[a] = im[a]! + ti
        const next = cr * wr - ci * wi
        ci = cr * wi + ci * wr
        cr = next
      }
    }
  }
  const out = new Float64Array(n / 2)
  for (let k = 0; k < n / 2; k++) out[k] = Math.hypot(re[k]!, im[k]!)
  return out
}

/**
 * The magnitude-weighted mean frequency of a frame between 100 Hz and 8 kHz; null for silence.
 *
 * @example
 * spectralCentroid(sine(1000, 512, 16000), 16000) // ≈ 1000
 */
export function spectralCentroid(frame: Float32Array, sampleRate: number): number | null {
  const bins = magnitudes(frame)
  const binHz = sampleRate / frame.length
  let weighted = 0
  let total = 0
  for (let k = 0; k < bins.length; k++) {
    const hz = k * binHz
    if (hz < 100 || hz > 8000) continue
    weighted += hz * bins[k]!
    total += bins[k]!
  }
  return total > 1e-9 ? weighted / total : null
}
