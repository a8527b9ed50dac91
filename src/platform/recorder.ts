/**
 * The microphone: recording with getUserMedia and MediaRecorder, decoding a recording to
 * samples for analysis, and playing it back. Chunks are collected every half second, so a
 * recording that stops by itself (the microphone unplugged, the browser stopping it) keeps
 * everything up to that moment.
 */

/** Why recording could not start. */
export type MicrophoneProblem = 'no-microphone' | 'denied' | 'busy' | 'unsupported'

/** A finished recording. */
export interface RecordedAudio {
  blob: Blob
  mimeType: string
  /** True when it stopped by itself before the learner stopped it. */
  partial: boolean
}

/** A recording under way. */
export interface ActiveRecording {
  /** Stops and resolves to the recording (also when it had already stopped by itself). */
  stop: () => Promise<RecordedAudio>
  /** Stops and throws the recording away. */
  cancel: () => void
}

/** Chunks are handed over this often, so little is lost if recording fails. */
const CHUNK_MS = 500

function problemOf(error: unknown): MicrophoneProblem {
  const name = (error as { name?: string } | null)?.name ?? ''
  if (name === 'NotAllowedError' || name === 'SecurityError') return 'denied'
  if (name === 'NotFoundError' || name === 'OverconstrainedError') return 'no-microphone'
  return 'busy'
}

/** True when this browser can record at all. */
export function canRecord(): boolean {
  return (
    typeof navigator !== 'undefined' && !!navigator.mediaDevices?.getUserMedia && typeof MediaRecorder !== 'undefined'
  )
}

/**
 * Asks for the microphone and starts recording. `onStoppedByItself` gets what was recorded
 * when the recording ends without `stop()` (it is also what `stop()` then resolves to).
 */
export async function startRecording(
  onStoppedByItself: (audio: RecordedAudio) => void,
): Promise<{ recording: ActiveRecording } | { problem: MicrophoneProblem }> {
  if (!canRecord()) return { problem: 'unsupported' }
  let stream: MediaStream
  try {
    stream = await navigator.mediaDevices.getUserMedia({
      audio: { echoCancellation: false, noiseSuppression: false, autoGainControl: false },
    })
  } catch (error) {
    return { problem: problemOf(error) }
  }
  const chunks: Blob[] = []
  let recorder: MediaRecorder
  try {
    recorder = new MediaRecorder(stream)
  } catch {
    stream.getTracks().forEach((track) => track.stop())
    return { problem: 'unsupported' }
  }
  let byLearner = false
  let cancelled = false
  const finished = new Promise<RecordedAudio>((resolve) => {
    recorder.ondataavailable = (event) => {
      if (event.data.size > 0) chunks.push(event.data)
    }
    recorder.onstop = () => {
      stream.getTracks().forEach((track) => track.stop())
      const mimeType = recorder.mimeType || chunks[0]?.type || 'audio/webm'
      const audio = { blob: new Blob(chunks, { type: mimeType }), mimeType, partial: !byLearner }
      resolve(audio)
      if (!byLearner && !cancelled) onStoppedByItself(audio)
    }
  })
  const stopNow = () => {
    if (recorder.state !== 'inactive') recorder.stop()
  }
  recorder.onerror = stopNow
  stream.getTracks().forEach((track) => track.addEventListener('ended', stopNow))
  recorder.start(CHUNK_MS)
  return {
    recording: {
      stop: () => {
        if (recorder.state !== 'inactive') byLearner = true
        stopNow()
        return finished
      },
      cancel: () => {
        cancelled = true
        byLearner = true
        stopNow()
      },
    },
  }
}

/** The analysis rate: speech needs nothing above 8 kHz, and fewer samples analyse faster. */
const DECODE_RATE = 16000

/** Decodes a recording to mono samples at 16 kHz; null when it cannot be decoded (empty or damaged). */
export async function decodeRecording(blob: Blob): Promise<{ samples: Float32Array; sampleRate: number } | null> {
  try {
    const context = new OfflineAudioContext(1, 1, DECODE_RATE)
    const buffer = await context.decodeAudioData(await blob.arrayBuffer())
    const samples = new Float32Array(buffer.length)
    for (let channel = 0; channel < buffer.numberOfChannels; channel++) {
      const data = buffer.getChannelData(channel)
      for (let i = 0; i < data.length; i++) samples[i] = samples[i]! + data[i]! / buffer.numberOfChannels
    }
    return { samples, sampleRate: buffer.sampleRate }
  } catch {
    return null
  }
}

/** A recording being played; `stop` ends it early. */
export interface Playback {
  stop: () => void
}

/**
 * Plays a recording through Web Audio (an `<audio>` element would need the page's
 * Content-Security-Policy to allow blob: media). `onEnd` is called when it ends or is stopped;
 * null when it cannot be played.
 */
export async function playRecording(blob: Blob, onEnd: () => void): Promise<Playback | null> {
  try {
    const context = new AudioContext()
    const buffer = await context.decodeAudioData(await blob.arrayBuffer())
    const source = context.createBufferSource()
    source.buffer = buffer
    source.connect(context.destination)
    let ended = false
    source.onended = () => {
      if (ended) return
      ended = true
      void context.close()
      onEnd()
    }
    source.start()
    return { stop: () => source.stop() }
  } catch {
    return null
  }
}
