import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { hasChineseVoice, onVoicesChanged, speak, stopSpeaking } from '../../../src/platform/speech'

interface FakeUtterance {
  text: string
  voice?: { lang: string }
  lang?: string
  rate?: number
  onstart?: () => void
  onend?: () => void
  onerror?: () => void
}

/** A device's speech synthesis with the voices given; `starts` says whether a reading ever begins. */
function fakeDevice(langs: string[], starts = true) {
  const listeners = new Set<() => void>()
  const spoken: FakeUtterance[] = []
  const synthesis = {
    voices: langs.map((lang): { lang: string; name: string; localService?: boolean } => ({ lang, name: lang })),
    speaking: false,
    getVoices: () => synthesis.voices,
    addEventListener: (_type: string, changed: () => void) => listeners.add(changed),
    removeEventListener: (_type: string, changed: () => void) => listeners.delete(changed),
    speak: (utterance: FakeUtterance) => {
      spoken.push(utterance)
      if (!starts) return
      synthesis.speaking = true
      utterance.onstart?.()
    },
    cancel: vi.fn(() => (synthesis.speaking = false)),
  }
  vi.stubGlobal('window', { speechSynthesis: synthesis })
  vi.stubGlobal(
    'SpeechSynthesisUtterance',
    class {
      constructor(public text: string) {}
    },
  )
  return { synthesis, listeners, spoken }
}

beforeEach(() => vi.useFakeTimers())
afterEach(() => {
  vi.useRealTimers()
  vi.unstubAllGlobals()
})

describe('hasChineseVoice', () => {
  it.each([
    [[], false],
    [['en-US', 'de-DE'], false],
    [['en-US', 'zh-CN'], true],
    [['zh_TW'], true],
    [['cmn-Hans-CN'], true],
    [['zu-ZA'], false],
  ])('with voices %o: %s', (langs, expected) => {
    fakeDevice(langs)
    expect(hasChineseVoice()).toBe(expected)
  })

  it('skips network voices: only voices on the device work offline and keep the text here', () => {
    const device = fakeDevice(['zh-CN', 'zh-TW'])
    Object.assign(device.synthesis.voices[0]!, { localService: false })
    Object.assign(device.synthesis.voices[1]!, { localService: true })
    expect(speak('您好', { onEnd: vi.fn(), onError: vi.fn() })).toBe(true)
    expect(device.spoken[0]).toMatchObject({ lang: 'zh-TW' })
    device.synthesis.voices[1]!.localService = false
    expect(hasChineseVoice()).toBe(false)
  })

  it('reads at the rate asked for', () => {
    const device = fakeDevice(['zh-CN'])
    speak('您好', { onEnd: vi.fn(), onError: vi.fn(), rate: 1.5 })
    expect(device.spoken[0]).toMatchObject({ rate: 1.5 })
  })

  it('is false where the browser has no speech synthesis', () => {
    vi.stubGlobal('window', {})
    expect(hasChineseVoice()).toBe(false)
    expect(speak('您好', { onEnd: vi.fn(), onError: vi.fn() })).toBe(false)
    expect(() => stopSpeaking()).not.toThrow()
  })
})

describe('onVoicesChanged', () => {
  it('tells when voices arrive, until told to stop', () => {
    const device = fakeDevice([])
    const changed = vi.fn()
    const stop = onVoicesChanged(changed)
    device.listeners.forEach((listener) => listener())
    expect(changed).toHaveBeenCalledTimes(1)
    stop()
    expect(device.listeners.size).toBe(0)
  })
})

describe('speak', () => {
  it('reads in the mainland Chinese voice when there is one, and says when it ends', () => {
    const device = fakeDevice(['en-US', 'zh-TW', 'zh-CN'])
    const onEnd = vi.fn()
    expect(speak('您好', { onEnd, onError: vi.fn() })).toBe(true)
    expect(device.spoken[0]).toMatchObject({ text: '您好', lang: 'zh-CN' })
    device.spoken[0]!.onend!()
    expect(onEnd).toHaveBeenCalledTimes(1)
  })

  it('does not start without a Chinese voice', () => {
    const device = fakeDevice(['en-US'])
    expect(speak('您好', { onEnd: vi.fn(), onError: vi.fn() })).toBe(false)
    expect(device.spoken).toEqual([])
  })

  it('counts a reading that never starts as failed, once', () => {
    const device = fakeDevice(['zh-CN'], false)
    const onError = vi.fn()
    const onEnd = vi.fn()
    expect(speak('您好', { onEnd, onError })).toBe(true)
    vi.advanceTimersByTime(3000)
    expect(onError).toHaveBeenCalledTimes(1)
    // A late end after the failure changes nothing.
    device.spoken[0]!.onend!()
    expect(onEnd).not.toHaveBeenCalled()
  })

  it('leaves a reading that started alone', () => {
    fakeDevice(['zh-CN'])
    const onError = vi.fn()
    speak('您好', { onEnd: vi.fn(), onError })
    vi.advanceTimersByTime(10_000)
    expect(onError).not.toHaveBeenCalled()
  })
})
