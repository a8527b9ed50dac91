import 'fake-indexeddb/auto'
import { IDBFactory } from 'fake-indexeddb'
import { beforeEach, describe, expect, it } from 'vitest'
import {
  deleteRecordings,
  deleteRecordingsOf,
  deleteRecordingsExceptOwners,
  recordingsOf,
  recordingsOfRun,
  saveRecording,
  type StoredRecording,
} from '../../../src/platform/recordings'

const recording = (id: string, owner: string, fields: Partial<StoredRecording> = {}): StoredRecording => ({
  id,
  owner,
  createdAt: `2026-11-29T20:0${id.length}:00.000Z`,
  scriptId: 'reading',
  blob: new Blob([new Uint8Array(100)], { type: 'audio/webm' }),
  mimeType: 'audio/webm',
  size: 100,
  partial: false,
  ...fields,
})

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory()
})

describe('recordings', () => {
  it('keeps each learner’s recordings apart, oldest first, with their audio', async () => {
    expect(await saveRecording(recording('bb', 'p1'))).toBeNull()
    expect(await saveRecording(recording('a', 'p1'))).toBeNull()
    expect(await saveRecording(recording('c', 'p2', { runId: 'run-1' }))).toBeNull()
    const mine = await recordingsOf('p1')
    expect(mine.map((r) => r.id)).toEqual(['a', 'bb'])
    expect(mine[0]!.blob.size).toBe(100)
    expect((await recordingsOfRun('run-1')).map((r) => r.id)).toEqual(['c'])
  })

  it('deletes one, and the recordings of learners no longer on the device', async () => {
    for (const r of [recording('a', 'p1'), recording('bb', 'p1'), recording('c', 'gone')]) await saveRecording(r)
    await deleteRecordings(['a'])
    expect((await recordingsOf('p1')).map((r) => r.id)).toEqual(['bb'])
    expect(await deleteRecordingsExceptOwners(['p1'])).toBe(1)
    expect(await recordingsOf('gone')).toEqual([])
    expect((await recordingsOf('p1')).map((r) => r.id)).toEqual(['bb'])
    await deleteRecordingsOf('p1')
    expect(await recordingsOf('p1')).toEqual([])
  })

  it('says when the storage is full', async () => {
    const full = new IDBFactory()
    globalThis.indexedDB = full
    const quota = Object.assign(new Error('full'), { name: 'QuotaExceededError' })
    const { IDBObjectStore } = await import('fake-indexeddb')
    const put = IDBObjectStore.prototype.put
    IDBObjectStore.prototype.put = () => {
      throw quota
    }
    try {
      expect(await saveRecording(recording('a', 'p1'))).toBe('storage-full')
    } finally {
      IDBObjectStore.prototype.put = put
    }
  })
})
