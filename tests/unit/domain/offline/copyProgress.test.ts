import { describe, expect, it } from 'vitest'
import { copyProgressMessage, percentSaved, readCopyProgress } from '../../../../src/domain/offline/copyProgress'

describe('readCopyProgress', () => {
  it('reads back what the worker sends: a count, or that the copy stopped', () => {
    expect(readCopyProgress(copyProgressMessage({ saved: 12, total: 328 }))).toEqual({ saved: 12, total: 328 })
    expect(readCopyProgress(copyProgressMessage({ saved: 328, total: 328 }))).toEqual({ saved: 328, total: 328 })
    expect(readCopyProgress(copyProgressMessage({ failed: true }))).toEqual({ failed: true })
  })

  it.each([
    ['nothing', undefined],
    ['a string', 'offline-copy-progress'],
    ['another message', { type: 'SKIP_WAITING' }],
    ['figures as text', { type: 'offline-copy-progress', saved: '3', total: '10' }],
    ['more saved than there are', { type: 'offline-copy-progress', saved: 11, total: 10 }],
    ['a negative count', { type: 'offline-copy-progress', saved: -1, total: 10 }],
    ['no files', { type: 'offline-copy-progress', saved: 0, total: 0 }],
    ['a fraction', { type: 'offline-copy-progress', saved: 1.5, total: 10 }],
    ['failed as text', { type: 'offline-copy-progress', failed: 'true' }],
  ])('ignores %s', (_what, data) => {
    expect(readCopyProgress(data)).toBeNull()
  })
})

describe('percentSaved', () => {
  it.each([
    [0, 328, 0],
    [164, 328, 50],
    [327, 328, 99],
    [328, 328, 100],
    [1, 1000, 0],
  ])('%i of %i → %i%%', (saved, total, percent) => {
    expect(percentSaved({ saved, total })).toBe(percent)
  })
})
