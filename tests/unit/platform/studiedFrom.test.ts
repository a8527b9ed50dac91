import { describe, expect, it } from 'vitest'
import { rememberStudied, takeStudiedQuestion } from '../../../src/platform/studiedFrom'
import { memoryStorage } from '../../fixtures/memoryStorage'

describe('the question studied from a result', () => {
  it('is given back once for its result, the latest one kept per result', () => {
    const storage = memoryStorage()
    rememberStudied('attempt-1', 'phone-q004', storage)
    rememberStudied('attempt-2', 'voice-q001', storage)
    rememberStudied('attempt-1', 'phone-q007', storage)
    expect(takeStudiedQuestion('attempt-1', storage)).toBe('phone-q007')
    // Taken: the result opened again some other way starts at its top.
    expect(takeStudiedQuestion('attempt-1', storage)).toBeNull()
    expect(takeStudiedQuestion('attempt-2', storage)).toBe('voice-q001')
    expect(takeStudiedQuestion('attempt-3', storage)).toBeNull()
  })

  it('keeps a tab’s latest 20 results', () => {
    const storage = memoryStorage()
    for (let n = 1; n <= 25; n++) rememberStudied(`attempt-${n}`, `q-${n}`, storage)
    expect(takeStudiedQuestion('attempt-5', storage)).toBeNull()
    expect(takeStudiedQuestion('attempt-6', storage)).toBe('q-6')
    expect(takeStudiedQuestion('attempt-25', storage)).toBe('q-25')
  })

  it.each([['not json'], ['{"attempt-1":"q"}'], ['[["attempt-1"],[1,2],"x"]']])(
    'forgets a damaged value (%s) without failing',
    (saved) => {
      const storage = memoryStorage()
      storage.data.set('kefu-course.studiedFrom', saved)
      expect(takeStudiedQuestion('attempt-1', storage)).toBeNull()
      rememberStudied('attempt-1', 'q-1', storage)
      expect(takeStudiedQuestion('attempt-1', storage)).toBe('q-1')
    },
  )

  it('does without a storage the browser refuses', () => {
    expect(() => rememberStudied('attempt-1', 'q-1', null)).not.toThrow()
    expect(takeStudiedQuestion('attempt-1', null)).toBeNull()
  })
})
