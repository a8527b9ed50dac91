import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { withEverySectionLaidOut } from '../../src/platform/pageLayout'

/** Frames run by hand: each call runs the callbacks queued before it, as one frame of the browser. */
let queued: FrameRequestCallback[] = []
function frame(): void {
  const now = queued
  queued = []
  for (const callback of now) callback(0)
}

const laidOut = () => document.documentElement.classList.contains('laying-out-every-section')

describe('withEverySectionLaidOut', () => {
  beforeEach(() => {
    queued = []
    vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => queued.push(callback))
  })
  afterEach(() => {
    while (queued.length > 0) frame()
    vi.unstubAllGlobals()
  })

  it('lays out every section while the jump measures the page, and for two frames after it', () => {
    const seen = withEverySectionLaidOut(() => laidOut())
    expect(seen).toBe(true)
    frame()
    expect(laidOut()).toBe(true)
    frame()
    expect(laidOut()).toBe(false)
  })

  it('keeps them laid out until the last of two quick jumps has settled', () => {
    withEverySectionLaidOut(() => undefined)
    frame()
    withEverySectionLaidOut(() => undefined)
    frame()
    // The first jump has settled, the second not yet.
    expect(laidOut()).toBe(true)
    frame()
    expect(laidOut()).toBe(false)
  })

  it('settles after a jump that throws, and passes the error on', () => {
    expect(() =>
      withEverySectionLaidOut(() => {
        throw new Error('no such heading')
      }),
    ).toThrow('no such heading')
    frame()
    frame()
    expect(laidOut()).toBe(false)
  })
})
