import { onBeforeUnmount, ref, type Ref } from 'vue'
import { useMessages } from '../i18n'
import {
  decodeRecording,
  startRecording,
  type ActiveRecording,
  type MicrophoneProblem,
  type RecordedAudio,
} from '../platform/recorder'
import { monotonicNow } from '../platform/monotonic'
import { analyseVoice, type VoiceMeasures } from '../domain/voice/analysis'
import '../i18n/zh-CN/voice'

/** A finished, measured take. */
export interface MeasuredTake {
  audio: RecordedAudio
  measures: VoiceMeasures
}

export interface UseVoiceRecordingOptions {
  /** The script's countable characters, for the rate. */
  characters: () => number
  /** Called with each take in which speech was heard (also one that stopped by itself). */
  onTake: (take: MeasuredTake) => void | Promise<void>
  /** What to say once a whole take is kept (where its result is), if anything. */
  keptNotice?: () => string | undefined
}

export interface UseVoiceRecordingReturn {
  /** idle, recording, or analysing what was just recorded. */
  state: Ref<'idle' | 'recording' | 'analysing'>
  /** Whole seconds recorded so far. */
  seconds: Ref<number>
  /** Why the last take failed, in plain Chinese; null when it did not. */
  problem: Ref<string | null>
  /** A note about the last take: it was kept (and where its result is), or it stopped partway and was kept. */
  notice: Ref<string | null>
  /** Asks for the microphone and starts recording. */
  start: () => Promise<void>
  /** Stops, measures and hands over the take. */
  stop: () => Promise<void>
}

/** Recording one take at a time: the microphone, the clock on screen, the analysis and every failure's message. */
export function useVoiceRecording(options: UseVoiceRecordingOptions): UseVoiceRecordingReturn {
  const { t } = useMessages()
  const state = ref<'idle' | 'recording' | 'analysing'>('idle')
  const seconds = ref(0)
  const problem = ref<string | null>(null)
  const notice = ref<string | null>(null)
  let active: ActiveRecording | null = null
  let timer: ReturnType<typeof setInterval> | undefined

  const problems: Record<MicrophoneProblem, () => string> = {
    'no-microphone': () => t('voice.record.noMicrophone'),
    denied: () => t('voice.record.denied'),
    busy: () => t('voice.record.busy'),
    unsupported: () => t('voice.record.unsupported'),
  }

  async function finish(audio: RecordedAudio): Promise<void> {
    clearInterval(timer)
    active = null
    state.value = 'analysing'
    const decoded = await decodeRecording(audio.blob)
    if (!decoded) {
      // An empty recording cannot be decoded: nothing was captured at all.
      problem.value = audio.blob.size === 0 ? t('voice.record.noAudio') : t('voice.record.undecodable')
      state.value = 'idle'
      return
    }
    const measures = analyseVoice({ ...decoded, characters: options.characters() })
    if (!measures.heard) {
      // A steady sound (a fan, a hiss) with no speech over it is not a muted microphone: say which it was.
      problem.value = measures.steadySound ? t('voice.record.steadySound') : t('voice.record.noAudio')
      state.value = 'idle'
      return
    }
    notice.value = audio.partial ? t('voice.record.partial') : (options.keptNotice?.() ?? null)
    await options.onTake({ audio, measures })
    state.value = 'idle'
  }

  async function start(): Promise<void> {
    if (state.value !== 'idle') return
    problem.value = null
    notice.value = null
    const started = await startRecording((audio) => void finish(audio))
    if ('problem' in started) {
      problem.value = problems[started.problem]()
      return
    }
    active = started.recording
    state.value = 'recording'
    seconds.value = 0
    const startedAt = monotonicNow()
    timer = setInterval(() => (seconds.value = Math.floor((monotonicNow() - startedAt) / 1000)), 200)
  }

  async function stop(): Promise<void> {
    if (!active || state.value !== 'recording') return
    const recording = active
    active = null
    await finish(await recording.stop())
  }

  onBeforeUnmount(() => {
    clearInterval(timer)
    active?.cancel()
  })

  return { state, seconds, problem, notice, start, stop }
}
