import { describe, expect, it } from 'vitest'
import { readRecord, writeRecord, type KeyValueStorage } from '../../../src/platform/storage'
import { memoryStorage } from '../../fixtures/memoryStorage'

function throwingStorage(name: string): KeyValueStorage {
  const error = Object.assign(new Error(name), { name })
  return {
    getItem: () => {
      throw error
    },
    setItem: () => {
      throw error
    },
    removeItem: () => undefined,
  }
}

describe('writeRecord', () => {
  it('writes to a working storage', () => {
    const storage = memoryStorage()
    expect(writeRecord(storage, 'k', 'v')).toEqual({ ok: true })
    expect(storage.data.get('k')).toBe('v')
  })
  it.each([
    ['QuotaExceededError', 'quota', '浏览器的存储空间已满'],
    ['SecurityError', 'unavailable', '浏览器拒绝保存数据'],
  ])('reports %s instead of throwing', (name, reason, message) => {
    expect(writeRecord(throwingStorage(name), 'k', 'v')).toEqual({ ok: false, reason, message })
  })
  it('reports a missing storage', () => {
    expect(writeRecord(null, 'k', 'v')).toMatchObject({ ok: false, reason: 'unavailable' })
  })
})

describe('readRecord', () => {
  it('reads what is there and treats a throwing storage as empty', () => {
    const storage = memoryStorage()
    storage.setItem('k', 'v')
    expect(readRecord(storage, 'k')).toBe('v')
    expect(readRecord(throwingStorage('SecurityError'), 'k')).toBeNull()
    expect(readRecord(null, 'k')).toBeNull()
  })
})
