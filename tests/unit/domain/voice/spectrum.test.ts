import { describe, expect, it } from 'vitest'
import { magnitudes, spectralCentroid } from '../../../../src/domain/voice/spectrum'

const sine = (hz: number, length: number, rate: number) =>
  Float32Array.from({ length }, (_, i) => Math.sin((2 * Math.PI * hz * i) / rate))

describe('magnitudes', () => {
  it('puts a sine in its bin', () => {
    const bins = magnitudes(sine(2000, 512, 16000))
    expect(bins.indexOf(Math.max(...bins))).toBe(64)
  })

  it('refuses a frame that is not a power of two', () => {
    expect(() => magnitudes(new Float32Array(300))).toThrow('帧长必须是 2 的幂')
  })
})

describe('spectralCentroid', () => {
  it.each([500, 1000, 3000])('is near the frequency of a %i Hz sine', (hz) => {
    expect(Math.abs(spectralCentroid(sine(hz, 512, 16000), 16000)! - hz)).toBeLessThan(hz * 0.05)
  })

  it('is null for silence', () => {
    expect(spectralCentroid(new Float32Array(512), 16000)).toBeNull()
  })
})
