import { describe, expect, it, vi } from 'vitest'
import { deferredDatabase, memoryDatabase, writeProblem, DatabaseDownloadError } from '../../../src/platform/database'

const row = { owner: 'p1', kind: 'lesson', key: 'l1', value: '2026-03-10T09:00:00.000Z' }

describe('a database opened when first used', () => {
  it('opens nothing until called, then once for calls made together, and goes to what it opened', async () => {
    const memory = memoryDatabase()
    const open = vi.fn(async () => memory)
    const database = deferredDatabase(open)
    expect(open).not.toHaveBeenCalled()

    await Promise.all([database.write({ put: [row] }), database.profiles(), database.meta('x')])
    expect(open).toHaveBeenCalledTimes(1)
    expect(await database.rowsOf('p1')).toEqual([row])
    expect(await memory.rowsOf('p1')).toEqual([row])
    expect(open).toHaveBeenCalledTimes(1)
  })

  it('tells the kind of what it opened: IndexedDB until then, so unfinished writes are noted', async () => {
    const database = deferredDatabase(async () => memoryDatabase())
    expect(database.kind).toBe('indexeddb')
    await database.owners()
    expect(database.kind).toBe('memory')
  })

  it('tries to open again on the next call after a failed one, and the failure says why in plain words', async () => {
    const memory = memoryDatabase()
    const open = vi
      .fn<() => Promise<typeof memory>>()
      .mockRejectedValueOnce(new DatabaseDownloadError('offline'))
      .mockResolvedValue(memory)
    const database = deferredDatabase(open)

    const failure = await database.write({ put: [row] }).catch((error: unknown) => error)
    expect(writeProblem(failure)).toBe('网络中断，保存功能没有下载成功')
    await database.write({ put: [row] })
    expect(open).toHaveBeenCalledTimes(2)
    expect(await memory.rowsOf('p1')).toEqual([row])
  })
})
