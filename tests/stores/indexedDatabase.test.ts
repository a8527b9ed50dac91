import { describe, expect, it } from 'vitest'
import { openSavedDatabase } from '../../src/platform/indexedDatabase'
import type { StoredRow } from '../../src/platform/database'
import { DATABASE_NAME } from '../../src/platform/storageKeys'
import { useFreshDeviceAt } from './helpers'

useFreshDeviceAt('2026-03-10T09:00:00.000Z')

function attemptRows(owner: string, count: number): StoredRow[] {
  return Array.from({ length: count }, (_, i) => ({
    owner,
    kind: 'attempt',
    key: `a${String(i).padStart(4, '0')}`,
    value: i,
  }))
}

describe('the learners the saved rows belong to', () => {
  it('are each named once, in order, however many rows each has', async () => {
    const { database, problem } = await openSavedDatabase()
    expect(problem).toBeNull()
    // 'p-1' is the start of 'p-10': the step past one learner's rows must not skip the other.
    await database.write({
      put: [
        ...attemptRows('p-1', 300),
        ...attemptRows('p-10', 2),
        ...attemptRows('default', 5),
        ...attemptRows('p-1\u0000x', 1),
      ],
    })

    expect(await database.owners()).toEqual(['default', 'p-1', 'p-1\u0000x', 'p-10'])
  })

  it('are none on a device with no rows', async () => {
    const { database } = await openSavedDatabase()
    expect(await database.owners()).toEqual([])
  })
})

/** Opens the course's database name as other code might, and returns the open connection. */
function openAsOthers(upgrade?: (db: IDBDatabase) => void): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    // No version: a name nothing has made yet is made at version 1, as the course's, but empty.
    const request = indexedDB.open(DATABASE_NAME)
    request.onupgradeneeded = () => upgrade?.(request.result)
    request.onsuccess = () => resolve(request.result)
    request.onerror = () => reject(request.error)
  })
}

describe('a database of the course’s name that other code made', () => {
  it('is made again when it holds nothing, and the course saves into it', async () => {
    ;(await openAsOthers()).close()

    const { database, problem } = await openSavedDatabase()

    expect(problem).toBeNull()
    expect(database.kind).toBe('indexeddb')
    await database.write({ put: attemptRows('p-1', 2) })
    expect(await database.rowsOfKind('p-1', 'attempt')).toHaveLength(2)
  })

  it('is left as it is when it holds something else, and the learner is told the course keeps records in memory', async () => {
    const others = await openAsOthers((db) => db.createObjectStore('notes').put('kept', 'n1'))
    others.close()

    const { database, problem } = await openSavedDatabase()

    expect(database.kind).toBe('memory')
    expect(problem).toContain('同名')
    const again = await openAsOthers()
    const kept = await new Promise((resolve) => {
      const read = again.transaction('notes').objectStore('notes').get('n1')
      read.onsuccess = () => resolve(read.result)
    })
    again.close()
    expect(kept).toBe('kept')
  })

  it('held open by code that does not let go: the course keeps records in memory this visit and says why', async () => {
    // Open, empty, and deaf to the course's request to delete it.
    const others = await openAsOthers()

    const { database, problem } = await openSavedDatabase()

    expect(database.kind).toBe('memory')
    expect(problem).toContain('占用')
    others.close()
  })
})
