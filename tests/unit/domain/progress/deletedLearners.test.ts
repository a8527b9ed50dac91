import { describe, expect, it } from 'vitest'
import { dueForErasure, erasedOn, restoredProfile } from '../../../../src/domain/progress/deletedLearners'
import type { Profile } from '../../../../src/domain/progress/profiles'

const li: Profile = { id: 'p-li', name: '小李', createdAt: '2026-03-01T09:00:00.000Z' }
const deletedLi: Profile = { ...li, deletedAt: '2026-03-10T12:00:00.000Z' }

describe('a deleted learner', () => {
  it('is erased 30 days after the deletion, to the millisecond, and a learner not deleted never is', () => {
    expect(dueForErasure(deletedLi, new Date('2026-04-09T11:59:59.999Z'))).toBe(false)
    expect(dueForErasure(deletedLi, new Date('2026-04-09T12:00:00.000Z'))).toBe(true)
    expect(dueForErasure(li, new Date('2030-01-01T00:00:00.000Z'))).toBe(false)
  })

  it('says the day their records go', () => {
    expect(erasedOn(deletedLi)).toBe('2026-04-09')
    expect(erasedOn(li)).toBeNull()
  })

  it('comes back under a name no learner on the list has, and without an LMS id another learner holds', () => {
    const restored = { ...li }
    expect(restoredProfile([{ ...li, id: 'p-other', name: '小王' }], deletedLi)).toEqual(restored)
    expect(
      restoredProfile(
        [
          { ...li, id: 'p-2', name: '小李' },
          { ...li, id: 'p-3', name: '小李（2）' },
        ],
        deletedLi,
      ).name,
    ).toBe('小李（3）')
    const fromLms = { ...deletedLi, lmsLearner: 'lms|007' }
    expect(restoredProfile([{ ...li, id: 'p-2', name: '小王', lmsLearner: 'lms|007' }], fromLms)).toEqual(restored)
    expect(restoredProfile([], fromLms)).toEqual({ ...li, lmsLearner: 'lms|007' })
  })
})
