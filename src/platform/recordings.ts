/**
 * 语音练习's recordings: audio Blobs kept per learner in their own IndexedDB database (not the
 * rows database: Blobs are large and never synced or exported), never uploaded. A recording is
 * found by its id, by learner, or by the role-play run it was made in.
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb'
import { RECORDINGS_DATABASE_NAME, RECORDINGS_DATABASE_VERSION } from './storageKeys'

/** One recording and what it was of. */
export interface StoredRecording {
  id: string
  /** The learner's profile id. */
  owner: string
  createdAt: string
  /** The script read (a voice-lab script id), or the role-play step spoken. */
  scriptId: string
  /** The role-play run it belongs to, for 「说出来」. */
  runId?: string
  blob: Blob
  mimeType: string
  size: number
  /** True when the recording stopped by itself partway (kept as far as it got). */
  partial: boolean
}

interface RecordingsDB extends DBSchema {
  recordings: { key: string; value: StoredRecording; indexes: { owner: string; run: string } }
}

let opening: Promise<IDBPDatabase<RecordingsDB>> | null = null
/** The IndexedDB the database was opened in (tests give each test a fresh one). */
let openedIn: IDBFactory | null = null

function database(): Promise<IDBPDatabase<RecordingsDB>> {
  if (openedIn !== indexedDB) opening = null
  openedIn = indexedDB
  opening ??= openDB<RecordingsDB>(RECORDINGS_DATABASE_NAME, RECORDINGS_DATABASE_VERSION, {
    upgrade(db) {
      const store = db.createObjectStore('recordings', { keyPath: 'id' })
      store.createIndex('owner', 'owner')
      store.createIndex('run', 'runId')
    },
  }).catch((error: unknown) => {
    opening = null
    throw error
  })
  return opening
}

/** Why saving failed, for a message: the storage is full, or the browser refused. */
export type SaveProblem = 'storage-full' | 'refused'

/** Saves a recording; null once saved, or why not. */
export async function saveRecording(recording: StoredRecording): Promise<SaveProblem | null> {
  try {
    await (await database()).put('recordings', recording)
    return null
  } catch (error) {
    return (error as { name?: string } | null)?.name === 'QuotaExceededError' ? 'storage-full' : 'refused'
  }
}

/** A learner's recordings, oldest first. */
export async function recordingsOf(owner: string): Promise<StoredRecording[]> {
  const all = await (await database()).getAllFromIndex('recordings', 'owner', owner)
  return all.sort((a, b) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0))
}

/** The recordings made in one role-play run. */
export async function recordingsOfRun(runId: string): Promise<StoredRecording[]> {
  return (await database()).getAllFromIndex('recordings', 'run', runId)
}

/** Deletes recordings by id. */
export async function deleteRecordings(ids: readonly string[]): Promise<void> {
  const tx = (await database()).transaction('recordings', 'readwrite')
  await Promise.all([...ids.map((id) => tx.store.delete(id)), tx.done])
}

/** Deletes every recording of one learner (when the learner is deleted). */
export async function deleteRecordingsOf(owner: string): Promise<void> {
  // A device that never opened 语音练习 has no recordings database; opening one here would create it.
  const known = await indexedDB.databases?.().catch(() => null)
  if (known && !known.some((db) => db.name === RECORDINGS_DATABASE_NAME)) return
  const tx = (await database()).transaction('recordings', 'readwrite')
  for (let cursor = await tx.store.index('owner').openCursor(owner); cursor; cursor = await cursor.continue()) {
    await cursor.delete()
  }
  await tx.done
}

/** Deletes the recordings of learners no longer on this device (their profile was deleted). */
export async function deleteRecordingsExceptOwners(owners: readonly string[]): Promise<number> {
  const keep = new Set(owners)
  const tx = (await database()).transaction('recordings', 'readwrite')
  let removed = 0
  for (let cursor = await tx.store.openCursor(); cursor; cursor = await cursor.continue()) {
    if (!keep.has(cursor.value.owner)) {
      await cursor.delete()
      removed++
    }
  }
  await tx.done
  return removed
}
