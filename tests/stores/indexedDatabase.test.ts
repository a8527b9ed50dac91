import { describe, expect, it } from 'vitest'
import { openSavedDatabase } from '../../src/platform/indexedDatabase'
import type { StoredRow } from '../../src/platform/database'
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
