import { acceptHMRUpdate, defineStore } from 'pinia'
import { computed, ref, shallowRef, watch } from 'vue'
import { learnerRecords } from './learnerRecords'
import { useProfileStore } from './profiles'
import { useSavedDataStore } from './savedData'
import { now } from '../platform/clock'
import { newId } from '../platform/random'
import {
  deleteRecordings,
  deleteRecordingsExceptOwners,
  recordingsOf,
  recordingsOfRun,
  saveRecording,
  type StoredRecording,
} from '../platform/recordings'
import type { RecordedAudio } from '../platform/recorder'
import type { VoiceMeasures } from '../domain/voice/analysis'
import type { VoiceScript } from '../domain/voice/scripts'
import { voiceBest, VoiceTakeSchema, type TakeMode, type VoiceTake } from '../domain/voice/takes'

const STORAGE_FULL = '设备的存储空间已满，这段录音没有保存。请先删除一些旧录音再试。'
const REFUSED = '浏览器拒绝保存录音，这段录音没有保存。'

/**
 * 语音练习: the scripts (loaded from the course when the page opens), the learner's takes with
 * their measures (rows under the learner) and the recordings themselves (Blobs in their own
 * database, under the same id). Everything stays on the device.
 */
export const useVoiceLabStore = defineStore('voiceLab', () => {
  const profiles = useProfileStore()
  const saved = useSavedDataStore()
  const takes = learnerRecords<VoiceTake>({
    kind: 'voice-take',
    keyOf: (take) => take.id,
    schema: VoiceTakeSchema,
    name: '语音练习记录',
  })
  const scripts = shallowRef<VoiceScript[]>([])
  const scriptsError = ref<string | null>(null)
  const recordings = shallowRef<StoredRecording[]>([])
  const recordingsError = ref<string | null>(null)

  let loadingScripts: Promise<void> | null = null
  /** Loads the scripts once: gathered from the phrase lessons and role-plays when the course is built. */
  function loadScripts(): Promise<void> {
    loadingScripts ??= (async () => {
      try {
        scripts.value = (await import('../content/voiceScripts')).voiceScripts
        scriptsError.value = null
      } catch {
        loadingScripts = null
        scriptsError.value = '练习稿没有加载出来，请检查网络后重试。'
      }
    })()
    return loadingScripts
  }

  /**
   * Reads the active learner's recordings, first dropping those of learners erased since (only
   * when the learners themselves are saved: learners kept in memory would not know the others).
   */
  async function loadRecordings(): Promise<void> {
    try {
      if (saved.database.kind === 'indexeddb') {
        // A deleted learner's are kept while they may be restored.
        await deleteRecordingsExceptOwners(
          [...profiles.list.profiles, ...profiles.deleted].map((profile) => profile.id),
        )
      }
      recordings.value = await recordingsOf(profiles.activeId)
      recordingsError.value = null
    } catch {
      recordingsError.value = '录音读不出来：浏览器可能禁止了本地存储。'
    }
  }

  let recordingsRead = false
  /** The learner's takes (all 我的进度 needs), read once (again after a learner change). */
  function ready(): Promise<void> {
    return takes.ready()
  }
  /** Everything the voice lab shows: the takes and the recordings themselves. */
  async function readyAll(): Promise<void> {
    recordingsRead = true
    await Promise.all([takes.ready(), loadRecordings()])
  }
  // Another learner chosen: their recordings from now on.
  watch(
    () => profiles.activeId,
    () => {
      if (recordingsRead) void loadRecordings()
    },
  )

  /** The recording of a take, if it is still on the device. */
  const recordingOf = (id: string) => recordings.value.find((recording) => recording.id === id)

  /** Saves a take: its audio first, then its measures; a problem in plain Chinese, or null once saved. */
  async function saveTake(
    fields: { scriptId: string; mode: TakeMode; target?: number },
    audio: RecordedAudio,
    measures: VoiceMeasures,
  ): Promise<string | null> {
    const createdAt = now().toISOString()
    const id = `${createdAt}-${newId()}`
    const recording: StoredRecording = {
      id,
      owner: profiles.activeId,
      createdAt,
      scriptId: fields.scriptId,
      blob: audio.blob,
      mimeType: audio.mimeType,
      size: audio.blob.size,
      partial: audio.partial,
    }
    const problem = await saveRecording(recording)
    if (problem) return problem === 'storage-full' ? STORAGE_FULL : REFUSED
    recordings.value = [...recordings.value, recording]
    const take: VoiceTake = { id, ...fields, createdAt, size: audio.blob.size, measures: { ...measures } }
    const saveProblem = await takes.add(take)
    if (saveProblem) {
      await deleteRecordings([id]).catch(() => {})
      recordings.value = recordings.value.filter((kept) => kept.id !== id)
    }
    return saveProblem
  }

  /** Deletes recordings and their takes; a problem, or null. */
  async function remove(ids: readonly string[]): Promise<string | null> {
    try {
      await deleteRecordings(ids)
    } catch {
      return '录音没有删掉：浏览器拒绝了修改。'
    }
    recordings.value = recordings.value.filter((recording) => !ids.includes(recording.id))
    for (const id of ids) {
      if (!takes.items.value.some((take) => take.id === id)) continue
      const problem = await takes.remove(id)
      if (problem) return problem
    }
    return null
  }

  /** Deletes every recording and take of the active learner. */
  async function removeAll(): Promise<string | null> {
    const ids = [...new Set([...recordings.value.map((r) => r.id), ...takes.items.value.map((t) => t.id)])]
    return remove(ids)
  }

  /** 「说出来」 in a role-play: keeps a spoken reply with the run; a problem, or null. */
  async function saveRunRecording(runId: string, stepId: string, audio: RecordedAudio): Promise<string | null> {
    const createdAt = now().toISOString()
    const problem = await saveRecording({
      id: `${createdAt}-${newId()}`,
      owner: profiles.activeId,
      createdAt,
      scriptId: stepId,
      runId,
      blob: audio.blob,
      mimeType: audio.mimeType,
      size: audio.blob.size,
      partial: audio.partial,
    })
    return problem === null ? null : problem === 'storage-full' ? STORAGE_FULL : REFUSED
  }

  /** The spoken replies of a role-play run. */
  async function runRecordings(runId: string): Promise<StoredRecording[]> {
    try {
      return (await recordingsOfRun(runId)).filter((recording) => recording.owner === profiles.activeId)
    } catch {
      return []
    }
  }

  /** For 我的进度: the learner's best rate and level (call `ready()` first). */
  const best = computed(() => voiceBest(takes.items.value))

  return {
    scripts,
    scriptsError,
    loadScripts,
    takes: takes.items,
    takesLoaded: takes.loaded,
    saveError: takes.saveError,
    recordings,
    recordingsError,
    ready,
    readyAll,
    recordingOf,
    saveTake,
    remove,
    removeAll,
    saveRunRecording,
    runRecordings,
    best,
  }
})

if (import.meta.hot) import.meta.hot.accept(acceptHMRUpdate(useVoiceLabStore, import.meta.hot))
