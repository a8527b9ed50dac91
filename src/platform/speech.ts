/**
 * Reading text aloud with the browser's own speech synthesis (nothing is
 * fetched). Offered only where a Chinese voice exists: without one the
 * browser would read Chinese with a wrong voice, or say nothing at all.
 */

function synthesis(): SpeechSynthesis | null {
  return typeof window !== 'undefined' && 'speechSynthesis' in window ? window.speechSynthesis : null
}

/**
 * The first installed Chinese voice (lang zh, zh-CN, zh-TW, cmn…), mainland first; null when there
 * is none. Only voices on the device (`localService`): a network voice would send the text away
 * and fail offline.
 */
function chineseVoice(): SpeechSynthesisVoice | null {
  const voices = synthesis()?.getVoices() ?? []
  const chinese = voices.filter(
    (voice) => voice.localService !== false && /^(zh|cmn)\b/i.test(voice.lang.replace('_', '-')),
  )
  return chinese.find((voice) => /^(zh|cmn)-(CN|Hans)/i.test(voice.lang.replace('_', '-'))) ?? chinese[0] ?? null
}

/** True when this device can read Chinese aloud now. */
export function hasChineseVoice(): boolean {
  return chineseVoice() !== null
}

/**
 * Calls `changed` when the device's voices change (browsers load them late,
 * after the page); returns a function that stops listening.
 */
export function onVoicesChanged(changed: () => void): () => void {
  const speech = synthesis()
  if (!speech) return () => {}
  speech.addEventListener('voiceschanged', changed)
  return () => speech.removeEventListener('voiceschanged', changed)
}

/** What happens to one reading: it ended (or was stopped), or it failed. */
export interface SpeakHandlers {
  onEnd: () => void
  onError: () => void
  /** Speed, 1 the voice's own (0.5 half as fast, 2 twice as fast); for 语音练习's 匹配语速. */
  rate?: number
}

/** How long a reading may take to start before it counts as failed (some browsers never say). */
const START_TIMEOUT_MS = 3000

/**
 * Reads `text` aloud in a Chinese voice, stopping whatever was being read.
 * Returns false (and calls nothing) when it cannot start; a reading that has
 * not started after a few seconds, and is not waiting its turn, has failed.
 */
export function speak(text: string, handlers: SpeakHandlers): boolean {
  const speech = synthesis()
  const voice = chineseVoice()
  if (!speech || !voice) return false
  try {
    const utterance = new SpeechSynthesisUtterance(text)
    utterance.voice = voice
    utterance.lang = voice.lang
    if (handlers.rate) utterance.rate = handlers.rate
    let settled = false
    const settle = (handler: () => void) => () => {
      if (settled) return
      settled = true
      handler()
    }
    let started = false
    utterance.onstart = () => (started = true)
    utterance.onend = settle(handlers.onEnd)
    utterance.onerror = settle(handlers.onError)
    speech.cancel()
    speech.speak(utterance)
    setTimeout(() => {
      if (!started && !speech.speaking) settle(handlers.onError)()
    }, START_TIMEOUT_MS)
    return true
  } catch {
    return false
  }
}

/** Stops reading aloud. */
export function stopSpeaking(): void {
  synthesis()?.cancel()
}
